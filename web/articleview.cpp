#include "articleview.h"

#include "articlescheme.h"
#include "catalog.h"
#include "cataloglabels.h"

#include <QDesktopServices>
#include <QEvent>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

#include <functional>

namespace {

// Lets only the program's own scheme through: no network, no file:// and no other scheme.
class OwnSchemeOnly final : public QWebEngineUrlRequestInterceptor
{
public:
    OwnSchemeOnly(std::function<void(const QUrl &)> blocked, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent), m_blocked(std::move(blocked))
    {
    }

    // Called on the UI thread (Qt 6).
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (info.requestUrl().scheme().toLatin1() == articlescheme::name())
            return;
        info.block(true);
        m_blocked(info.requestUrl());
    }

private:
    std::function<void(const QUrl &)> m_blocked;
};

// A clicked web link opens in the system browser instead of the view.
class ArticlePage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        const bool web = url.scheme() == "http" || url.scheme() == "https";
        if (web && type == NavigationTypeLinkClicked) {
            QDesktopServices::openUrl(url);
            return false;
        }
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    }
};

} // namespace

ArticleView::ArticleView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    setObjectName("articleView");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

ArticleView::~ArticleView() = default;

void ArticleView::showModel(int model)
{
    m_model = (model >= 0 && model < int(m_catalog.data().models.size())) ? model : -1;
    if (m_view && isVisible())
        load();
}

void ArticleView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_view)
        createView();
    load();
}

void ArticleView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const QEvent::Type type = event->type();
    if (type != QEvent::LanguageChange && type != QEvent::PaletteChange &&
        type != QEvent::FontChange)
        return;
    m_loaded.clear(); // rendered again in the new language or colours
    if (m_view && isVisible())
        load();
}

void ArticleView::createView()
{
    // The view is created before the profile so that it, and its page, are deleted first.
    m_view = new QWebEngineView(this);
    auto *profile = new QWebEngineProfile(this); // off the record: nothing is written to disk
    profile->setSpellCheckEnabled(false);
    m_handler = new ArticleSchemeHandler(m_catalog, profile);
    profile->installUrlSchemeHandler(articlescheme::name(), m_handler);
    profile->setUrlRequestInterceptor(
        new OwnSchemeOnly([this](const QUrl &url) { emit requestBlocked(url); }, profile));

    auto *page = new ArticlePage(profile, m_view);
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    m_view->setPage(page);
    connect(page, &QWebEnginePage::loadFinished, this, &ArticleView::loadFinished);
    layout()->addWidget(m_view);
}

void ArticleView::load()
{
    const QString slug = m_model >= 0 ? m_catalog.data().models[m_model].slug : QString();
    const QUrl url = articlescheme::articleUrl(slug, labels::textLanguage());
    if (url == m_loaded && m_view->url() == url)
        return;
    m_loaded = url;
    m_handler->setAppearance(palette(), font());
    m_view->page()->setBackgroundColor(palette().color(QPalette::Base)); // no flash while loading
    m_view->setUrl(url);
}
