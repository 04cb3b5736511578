#include "articlescheme.h"

#include "catalog.h"
#include "cataloglabels.h"
#include "markdown.h"

#include <QBuffer>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace {

// Latin text first in the interface font; Chinese pages put a CJK face first so that Han
// characters and CJK punctuation come from one consistent font.
const char kCjkFonts[] = R"("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", )"
                         R"("PingFang SC", "Microsoft YaHei")";

QString cssColor(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString emptyState(const QString &text)
{
    return QStringLiteral("<p class=\"empty\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

QByteArray articlescheme::name()
{
    return QByteArrayLiteral("atlas");
}

void articlescheme::registerScheme()
{
    if (!QWebEngineUrlScheme::schemeByName(name()).name().isEmpty())
        return;
    QWebEngineUrlScheme scheme(name());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: our pages count as a secure context. Not "local": Chromium would then treat our
    // style sheet like a file:// URL, which the view's settings forbid.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl articlescheme::articleUrl(const QString &slug, const QString &lang)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(name()));
    url.setHost(QStringLiteral("app"));
    url.setPath(QStringLiteral("/article/") + slug);
    url.setQuery(QStringLiteral("lang=") + lang);
    return url;
}

ArticleSchemeHandler::ArticleSchemeHandler(const Catalog &catalog, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_catalog(catalog)
{
}

void ArticleSchemeHandler::setAppearance(const QPalette &palette, const QFont &font)
{
    m_palette = palette;
    m_font = font;
    ++m_styleVersion;
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    QByteArray mime;
    QByteArray body;
    const QString page = QStringLiteral("/article/");
    if (url.host() != "app") {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (url.path().startsWith(page)) {
        mime = "text/html";
        body = articlePage(url.path().mid(page.size()), QUrlQuery(url).queryItemValue("lang"));
    } else if (url.path() == "/article.css") {
        mime = "text/css";
        body = styleSheet();
    } else {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job); // read by QtWebEngine until the job is deleted
    buffer->setData(body);
    job->reply(mime, buffer);
}

QByteArray ArticleSchemeHandler::articlePage(const QString &slug, const QString &lang) const
{
    const CatalogData &data = m_catalog.data();
    const int model = data.model(slug);
    const QString interfaceLang = lang == "zh_CN" ? QStringLiteral("zh-CN") : QStringLiteral("en");
    QString textLang = interfaceLang;
    QString title;
    QString body;
    if (model < 0) {
        body = emptyState(tr("Select a model in the list to read its article."));
    } else {
        title = labels::modelName(data.models[model]);
        body = "<h1>" + title.toHtmlEscaped() + "</h1>";
        const QMap<QString, QString> articles = m_catalog.details(model).articles;
        const QString wanted = lang == "zh_CN" ? QStringLiteral("zh_CN") : QStringLiteral("en");
        const QString other = wanted == "en" ? QStringLiteral("zh_CN") : QStringLiteral("en");
        if (articles.contains(wanted)) {
            body += markdown::toHtml(articles.value(wanted));
        } else if (articles.contains(other)) {
            const QString note = wanted == "en"
                                     ? tr("This article is not written in English yet; here is "
                                          "the Chinese text.")
                                     : tr("This article is not written in Chinese yet; here is "
                                          "the English text.");
            body += QStringLiteral("<p class=\"note\" lang=\"%1\">%2</p>")
                        .arg(interfaceLang, note.toHtmlEscaped());
            body += markdown::toHtml(articles.value(other));
            textLang = other == "zh_CN" ? QStringLiteral("zh-CN") : QStringLiteral("en");
        } else {
            body += emptyState(tr("No article about this model yet."));
        }
    }
    // Nothing but our own style sheet: no scripts, no frames, no remote or local files.
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src %2:; img-src %2:\">"
               "<link rel=\"stylesheet\" href=\"%2://app/article.css?v=%3\">"
               "<title>%4</title></head>\n<body><article>%5</article></body></html>\n")
        .arg(textLang, QString::fromLatin1(articlescheme::name()))
        .arg(m_styleVersion)
        .arg(title.toHtmlEscaped(), body)
        .toUtf8();
}

QByteArray ArticleSchemeHandler::styleSheet() const
{
    const QPalette &p = m_palette;
    const QString family = QStringLiteral("\"%1\"").arg(m_font.family());
    const double points = qMax(10.0, m_font.pointSizeF()) + 1; // long text reads better larger
    QString css = QStringLiteral(R"(
:root { color-scheme: %1; }
html { background: %2; color: %3; }
body { margin: 0; font-family: %4, "DejaVu Sans", "Noto Sans", %5, sans-serif;
       font-size: %6pt; line-height: 1.6; }
:lang(zh-CN) { font-family: %5, %4, sans-serif; }
article { max-width: 46em; margin: 0 auto; padding: 20px 28px 40px; }
h1 { font-size: 1.8em; line-height: 1.25; margin: 0.2em 0 0.6em; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em;
     border-bottom: 1px solid %7; }
h3 { font-size: 1.1em; margin: 1.3em 0 0.4em; }
a { color: %8; }
a:visited { color: %9; }
code, pre { font-family: "DejaVu Sans Mono", "Noto Sans Mono", %5, monospace; font-size: 0.92em;
            background: %10; border-radius: 3px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.7em 1em; overflow-x: auto; }
pre code { padding: 0; background: none; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid %7; color: %11; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid %7; padding: 0.3em 0.7em; text-align: left; }
img { max-width: 100%; }
hr { border: none; border-top: 1px solid %7; }
.note { background: %10; border-left: 3px solid %12; padding: 0.6em 1em; }
.empty { color: %11; text-align: center; margin-top: 4em; }
)");
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    css = css.arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                  cssColor(p.color(QPalette::Base)), cssColor(p.color(QPalette::Text)), family,
                  QString::fromLatin1(kCjkFonts), QString::number(points),
                  cssColor(p.color(QPalette::Mid)), cssColor(p.color(QPalette::Link)),
                  cssColor(p.color(QPalette::LinkVisited)));
    return css
        .arg(cssColor(p.color(QPalette::AlternateBase)),
             cssColor(p.color(QPalette::PlaceholderText)), cssColor(p.color(QPalette::Highlight)))
        .toUtf8();
}
