#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class ArticleSchemeHandler;
class Catalog;
class QWebEngineView;

// A model's long-form article, rendered by QtWebEngine from the program's own URL scheme in the
// interface language (or the other one, with a note). The web view, and with it Chromium, is
// created only when this widget is first shown. Only atlas: URLs load: every other request
// (network, file) is blocked; a clicked http(s) link opens in the system browser once the user
// agrees, and links of any other scheme open nothing.
class ArticleView final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(const Catalog &catalog, QWidget *parent = nullptr);
    ~ArticleView() override;

    void showModel(int model); // -1 shows the empty state
    int model() const { return m_model; }

    // Asked before a clicked http(s) link leaves the program; by default a question box.
    // Null restores the default.
    void setExternalLinkConfirmation(std::function<bool(const QUrl &, QWidget *)> confirm);
    static bool askBeforeOpening(const QUrl &url, QWidget *parent);

    // Null until the widget is first shown.
    QWebEngineView *webView() const { return m_view; }

signals:
    void loadFinished(bool ok);
    void requestBlocked(const QUrl &url);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createView();
    void load();

    const Catalog &m_catalog;
    int m_model = -1;
    QWebEngineView *m_view = nullptr;
    ArticleSchemeHandler *m_handler = nullptr;
    QUrl m_loaded; // the page last rendered, to skip rendering it again
    std::function<bool(const QUrl &, QWidget *)> m_confirmExternal;
};
