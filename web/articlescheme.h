#pragma once

#include <QFont>
#include <QPalette>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

class Catalog;

// The program's own URL scheme, the only one the article view loads:
//   atlas://app/article/<slug>?lang=en|zh_CN   the model's article as an HTML page
//   atlas://app/article.css?v=<n>              its style sheet (n changes with the palette)
namespace articlescheme {

QByteArray name(); // "atlas"

// Declares the scheme to QtWebEngine. Must run before the QApplication is created.
void registerScheme();

QUrl articleUrl(const QString &slug, const QString &lang);

} // namespace articlescheme

// Serves the pages of the article scheme: markdown from the catalog rendered without raw HTML,
// in the requested language or, with a note, the other one.
class ArticleSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit ArticleSchemeHandler(const Catalog &catalog, QObject *parent = nullptr);

    // Colours and font of the pages served from now on.
    void setAppearance(const QPalette &palette, const QFont &font);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QByteArray articlePage(const QString &slug, const QString &lang) const;
    QByteArray styleSheet() const;

    const Catalog &m_catalog;
    QPalette m_palette;
    QFont m_font;
    int m_styleVersion = 0;
};
