#include "articleview.h"

#include "articlescheme.h"
#include "catalog.h"
#include "cataloglabels.h"

#include <QDesktopServices>
#include <QEvent>
#include <QMessageBox>
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

// Navigation: the program's own pages load in the view; a clicked http(s) link may leave the
// program for the system browser once `confirm` agrees; every other scheme (mailto:, smb:,
// vscode:, ...) goes nowhere and is reported.
class ArticlePage final : public QWebEnginePage
{
public:
    ArticlePage(QWebEngineProfile *profile, QObject *parent,
                std::function<bool(const QUrl &)> confirm,
                std::function<void(const QUrl &)> blocked)
        : QWebEnginePage(profile, parent), m_confirm(std::move(confirm)),
          m_blocked(std::move(blocked))
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (url.scheme().toLatin1() == articlescheme::name())
            return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
        const bool web =
            url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (web && type == NavigationTypeLinkClicked) {
            if (m_confirm(url))
                QDesktopServices::openUrl(url);
        } else {
            m_blocked(url); // typed, scripted or redirected: never loaded, never handed on
        }
        return false;
    }

private:
    std::function<bool(const QUrl &)> m_confirm;
    std::function<void(const QUrl &)> m_blocked;
};

} // namespace

ArticleView::ArticleView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_confirmExternal(askBeforeOpening)
{
    setObjectName("articleView");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

ArticleView::~ArticleView() = default;

bool ArticleView::askBeforeOpening(const QUrl &url, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Open in your web browser?"),
                    tr("This link leaves Model Atlas and opens in your web browser:"),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setInformativeText(url.toDisplayString());
    box.setDefaultButton(QMessageBox::Open);
    return box.exec() == QMessageBox::Open;
}

void ArticleView::setExternalLinkConfirmation(std::function<bool(const QUrl &, QWidget *)> confirm)
{
    m_confirmExternal = confirm ? std::move(confirm) : askBeforeOpening;
}

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

    auto *page = new ArticlePage(
        profile, m_view, [this](const QUrl &url) { return m_confirmExternal(url, this); },
        [this](const QUrl &url) { emit requestBlocked(url); });
    QWebEngineSettings *settings = page->settings();
    // Links of schemes Chromium does not know are not handed to the desktop either.
    settings->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
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
