#include "articlescheme.h"
#include "articleview.h"
#include "catalog.h"
#include "markdown.h"
#include "minicatalog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <functional>

// The article tab: QtWebEngine showing catalog markdown through the program's own URL scheme.
class ArticleViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ArticleView> m_view;
    QList<QUrl> m_opened;    // what reached the desktop, by any scheme
    QList<QUrl> m_confirmed; // what the user was asked about
    bool m_agree = true;     // the user's answer
    static constexpr const char *kSchemes[] = {"https", "http",   "mailto",
                                               "smb",   "vscode", "x-unknown-scheme"};

    // Clicks the link whose href starts with `prefix`, as the user does.
    bool clickLink(const QString &prefix)
    {
        const QVariantList xy =
            evaluate(
                QStringLiteral("(function() { const r = document.querySelector('a[href^=\"%1\"]')"
                               ".getBoundingClientRect();"
                               " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                    .arg(prefix))
                .toList();
        QWidget *surface = m_view->webView()->focusProxy();
        if (xy.size() != 2 || !surface)
            return false;
        QTest::mouseClick(surface, Qt::LeftButton, {},
                          QPoint(qRound(xy[0].toDouble()), qRound(xy[1].toDouble())));
        return true;
    }

    int model(const QString &slug) const { return m_catalog->data().model(slug); }

    // Runs `action`, then waits for the page it loads; false when none loaded successfully.
    bool loads(const std::function<void()> &action)
    {
        QSignalSpy loaded(m_view.get(), &ArticleView::loadFinished);
        action();
        return loaded.wait(30000) && loaded.last().at(0).toBool();
    }

    // Shows the article of `slug` and waits until it is on screen.
    bool showArticle(const QString &slug)
    {
        QWebEngineView *web = m_view->webView();
        if (web && m_view->model() == model(slug) && web->url().path() == "/article/" + slug &&
            web->url().query() == "lang=en")
            return true;
        return loads([&] { m_view->showModel(model(slug)); });
    }

    // The page as text or HTML, read through `get` (toPlainText or toHtml).
    QString page(void (QWebEnginePage::*get)(const std::function<void(const QString &)> &) const)
    {
        QString text;
        bool done = false;
        (m_view->webView()->page()->*get)([&](const QString &t) {
            text = t;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) ? text : QStringLiteral("<no answer>");
    }
    // Evaluates `script` in the application's script world (the page's own scripts are off).
    QVariant evaluate(const QString &script)
    {
        QVariant result;
        bool done = false;
        m_view->webView()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                                 [&](const QVariant &v) {
                                                     result = v;
                                                     done = true;
                                                 });
        return QTest::qWaitFor([&] { return done; }, 10000) ? result : QVariant();
    }
    QString plainText() { return page(&QWebEnginePage::toPlainText); }
    QString html() { return page(&QWebEnginePage::toHtml); }

    void setLanguage(QLocale::Language language, QLocale::Territory territory)
    {
        QLocale::setDefault(QLocale(language, territory));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_view.get(), &change);
    }

public slots:
    // Stands in for the system browser.
    void openInBrowser(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase()
    {
        const QString dir = m_dir.filePath("data");
        writeFile(dir, "articles/alpha-base.en.md", R"(Alpha Base is a **small** test model.

## Links

Read the [model card](https://example.org/alpha-base) online.

Elsewhere: [mail](mailto:team@example.org), [share](smb://server/share),
[editor](vscode://file/etc/hostname) and [odd](x-unknown-scheme:thing).

<script>document.title = "scripted"</script>

<b class="raw">raw markup</b> stays text.
)");
        writeFile(dir, "articles/alpha-base.zh_CN.md", "阿尔法基座是一个**小型**测试模型。\n");
        writeFile(dir, "articles/alpha-coder.en.md", "Alpha Coder writes code in English only.\n");
        QString error;
        m_catalog = Catalog::open(compileMiniCatalog(dir), &error);
        QVERIFY2(m_catalog, qPrintable(error));
        for (const char *scheme : kSchemes)
            QDesktopServices::setUrlHandler(scheme, this, "openInBrowser");
    }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (!m_view) {
            m_view = std::make_unique<ArticleView>(*m_catalog);
            m_view->resize(800, 600);
        }
    }

    void cleanupTestCase()
    {
        m_view.reset();
        for (const char *scheme : kSchemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void theWebViewIsCreatedWhenFirstShown()
    {
        ArticleView view(*m_catalog);
        view.showModel(model("alpha-base"));
        QVERIFY(!view.webView());
        QVERIFY(!view.findChild<QWebEngineView *>());
    }

    void loadsTheArticleThroughItsScheme()
    {
        QVERIFY(loads([&] {
            m_view->showModel(model("alpha-base"));
            m_view->show();
        }));
        QVERIFY(m_view->webView());
        const QUrl url = m_view->webView()->url();
        QCOMPARE(url.scheme(), QStringLiteral("atlas"));
        QCOMPARE(url.path(), QStringLiteral("/article/alpha-base"));
        const QString text = plainText();
        QVERIFY2(text.startsWith("Alpha Base\n"), qPrintable(text)); // the title
        QVERIFY2(text.contains("Alpha Base is a small test model."), qPrintable(text));
        QVERIFY(html().contains("<h2>Links</h2>"));
    }

    void coloursFollowThePalette()
    {
        QVERIFY(showArticle("alpha-base"));
        const QPalette light = m_view->palette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x10, 0x20, 0x30));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xd0));
        QVERIFY(loads([&] { m_view->setPalette(dark); }));
        const QString style = "(function() { const s = getComputedStyle(document.documentElement);"
                              " return s.backgroundColor + ' ' + s.color; })()";
        QCOMPARE(evaluate(style).toString(), QStringLiteral("rgb(16, 32, 48) rgb(224, 224, 208)"));
        QVERIFY(loads([&] { m_view->setPalette(light); }));
        QVERIFY(
            evaluate(style).toString().startsWith(QStringLiteral("rgb(%1, %2, %3) ")
                                                      .arg(light.color(QPalette::Base).red())
                                                      .arg(light.color(QPalette::Base).green())
                                                      .arg(light.color(QPalette::Base).blue())));
    }

    void rawHtmlIsNotRendered()
    {
        QVERIFY(showArticle("alpha-base"));
        const QString markup = html();
        QVERIFY2(!markup.contains("<script"), qPrintable(markup));
        QVERIFY2(!markup.contains("class=\"raw\""), qPrintable(markup));
        QVERIFY(plainText().contains("raw markup stays text."));
        QCOMPARE(m_view->webView()->title(), QStringLiteral("Alpha Base"));
        // The renderer on its own: markup is dropped, unsafe link targets emptied.
        const QString fragment = markdown::toHtml(
            "<img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](file:///etc)");
        QVERIFY2(!fragment.contains("<img") && !fragment.contains("javascript:") &&
                     !fragment.contains("file:"),
                 qPrintable(fragment));
    }

    void followsTheInterfaceLanguage()
    {
        QVERIFY(showArticle("alpha-base"));
        QVERIFY(loads([&] { setLanguage(QLocale::Chinese, QLocale::China); }));
        QVERIFY2(plainText().contains("阿尔法基座是一个小型测试模型。"), qPrintable(plainText()));
        QVERIFY(html().contains("lang=\"zh-CN\""));
        QVERIFY(loads([&] { setLanguage(QLocale::English, QLocale::UnitedStates); }));
        QVERIFY(plainText().contains("Alpha Base is a small test model."));
    }

    void fallsBackToTheOtherLanguageWithANote()
    {
        QVERIFY(loads([&] {
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            m_view->showModel(model("alpha-coder"));
        }));
        const QString text = plainText();
        QVERIFY2(text.contains("not written in Chinese yet"), qPrintable(text));
        QVERIFY(text.contains("Alpha Coder writes code in English only."));
    }

    void saysWhenThereIsNoArticle()
    {
        QVERIFY(loads([&] { m_view->showModel(model("alpha-two")); }));
        QVERIFY(plainText().contains("No article about this model yet."));
        QVERIFY(loads([&] { m_view->showModel(-1); }));
        QVERIFY(plainText().contains("Select a model in the list to read its article."));
    }

    void refusesNetworkAndFileUrls()
    {
        QVERIFY(showArticle("alpha-base"));
        for (const QUrl &url : {QUrl("https://example.org/"), QUrl("file:///etc/hostname")}) {
            QSignalSpy blocked(m_view.get(), &ArticleView::requestBlocked);
            QSignalSpy loaded(m_view.get(), &ArticleView::loadFinished);
            m_view->webView()->load(url);
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
            QCOMPARE(loaded.first().at(0).toBool(), false);
            QCOMPARE(blocked.size(), 1);
            QCOMPARE(blocked.first().at(0).toUrl(), url);
        }
    }

    void webLinksOpenInTheSystemBrowserWhenTheUserAgrees()
    {
        QVERIFY(showArticle("alpha-base"));
        m_view->setExternalLinkConfirmation([this](const QUrl &url, QWidget *) {
            m_confirmed << url;
            return m_agree;
        });
        m_opened.clear();
        m_confirmed.clear();
        m_agree = true;
        QVERIFY(clickLink("https:"));
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 10000);
        QCOMPARE(m_confirmed, QList<QUrl>{QUrl("https://example.org/alpha-base")});
        QCOMPARE(m_opened.first(), QUrl("https://example.org/alpha-base"));
        QCOMPARE(m_view->webView()->url().scheme(), QStringLiteral("atlas"));

        // Declined: nothing leaves.
        m_agree = false;
        QVERIFY(clickLink("https:"));
        QTRY_COMPARE_WITH_TIMEOUT(m_confirmed.size(), 2, 10000);
        QTest::qWait(300);
        QCOMPARE(m_opened.size(), 1);
        m_view->setExternalLinkConfirmation(nullptr);
    }

    // mailto:, smb:, vscode: and unknown schemes never reach the desktop, asked or not.
    void otherSchemesOpenNothing()
    {
        QVERIFY(showArticle("alpha-base"));
        m_view->setExternalLinkConfirmation([this](const QUrl &url, QWidget *) {
            m_confirmed << url;
            return true;
        });
        for (const char *prefix : {"mailto:", "smb:", "vscode:", "x-unknown-scheme:"}) {
            m_opened.clear();
            m_confirmed.clear();
            QVERIFY2(clickLink(QString::fromLatin1(prefix)), prefix);
            QTest::qWait(500);
            QVERIFY2(m_opened.isEmpty(), prefix);
            QVERIFY2(m_confirmed.isEmpty(), prefix);
            QCOMPARE(m_view->webView()->url().scheme(), QStringLiteral("atlas"));
        }
        m_view->setExternalLinkConfirmation(nullptr);
    }
};

int main(int argc, char *argv[])
{
    articlescheme::registerScheme(); // before the application, as in the program's main()
    QApplication app(argc, argv);
    ArticleViewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_articleview.moc"
