#include "presentationwindow.h"

#include "evolutiontreeview.h"

#include "catalog.h"
#include "catalogcharts.h"
#include "compareview.h"
#include "detailpanel.h"

#include <QEvent>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

QPalette themePalette(bool dark)
{
    const QColor window = dark ? QColor(0x1c, 0x1e, 0x22) : QColor(0xfb, 0xfb, 0xfa);
    const QColor text = dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x1f, 0x23, 0x28);
    QPalette pal;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        pal.setColor(role, window);
    pal.setColor(QPalette::AlternateBase, dark ? window.lighter(120) : window.darker(104));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        pal.setColor(role, text);
    pal.setColor(QPalette::PlaceholderText,
                 dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6b, 0x72, 0x80));
    pal.setColor(QPalette::Highlight, dark ? QColor(0x6c, 0xa8, 0xf0) : QColor(0x1f, 0x6f, 0xd0));
    pal.setColor(QPalette::Mid, dark ? QColor(0x5f, 0x63, 0x68) : QColor(0xb0, 0xb4, 0xba));
    pal.setColor(QPalette::Midlight, dark ? QColor(0x35, 0x38, 0x3d) : QColor(0xe3, 0xe5, 0xe8));
    pal.setColor(QPalette::Dark, dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x5f, 0x63, 0x68));
    pal.setColor(QPalette::Link, pal.color(QPalette::Highlight));
    return pal;
}

} // namespace

PresentationWindow::PresentationWindow(const QList<Slide> &slides,
                                       const QHash<QString, SlideFactory> &factories,
                                       QWidget *parent)
    : QWidget(parent), m_slides(slides), m_factories(factories)
{
    setObjectName("presentationWindow");
    setWindowTitle(tr("Presentation"));
    setAutoFillBackground(true);
    // Larger type for a projector; the slides inherit it.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 28, 48, 16);
    m_title = new QLabel;
    m_title->setObjectName("slideTitle");
    QFont titleFont = f;
    titleFont.setPointSizeF(f.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
    m_counter = new QLabel;
    m_counter->setObjectName("slideCounter");
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_counter);

    // Shortcuts rather than key events, so that a focused widget inside a slide cannot take them.
    auto keys = [this](std::initializer_list<int> list, auto slot) {
        for (int key : list) {
            auto *s = new QShortcut(QKeySequence(key), this);
            connect(s, &QShortcut::activated, this, slot);
        }
    };
    keys({Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space}, [this] { next(); });
    keys({Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Backspace}, [this] { previous(); });
    keys({Qt::Key_Home}, [this] { goTo(0); });
    keys({Qt::Key_End}, [this] { goTo(count() - 1); });
    keys({Qt::Key_D}, [this] { setDark(!m_dark); });
    keys({Qt::Key_Escape}, [this] { close(); });
    setDark(false);
    goTo(0);
}

QHash<QString, SlideFactory> PresentationWindow::standardFactories(const Catalog &catalog)
{
    QHash<QString, SlideFactory> factories;
    factories.insert("card", [&catalog](const Slide &slide) -> QWidget * {
        const int model = catalog.data().model(slide.models.value(0));
        if (model < 0)
            return nullptr;
        auto *panel = new DetailPanel(catalog);
        panel->showModel(model);
        return panel;
    });
    factories.insert("compare", [&catalog](const Slide &slide) -> QWidget * {
        auto *view = new CompareView(catalog);
        view->setPresentation(true);
        view->setModels(slide.models);
        if (view->models().isEmpty()) {
            delete view;
            return nullptr;
        }
        return view;
    });
    factories.insert("tree", [&catalog](const Slide &slide) -> QWidget * {
        // The family of one model: its ancestors and descendants on the time axis.
        if (slide.models.isEmpty() || catalog.data().model(slide.models.first()) < 0)
            return nullptr;
        auto *tree = new EvolutionTreeView(catalog);
        tree->selectModel(slide.models.first());
        tree->setFamilyMode(true);
        return tree;
    });
    factories.insert("chart", [&catalog](const Slide &slide) -> QWidget * {
        const QStringList kinds = {"intelligence-price", "intelligence-time", "context-time"};
        const int kind = kinds.indexOf(slide.option);
        if (kind < 0)
            return nullptr;
        auto *charts = new CatalogCharts(catalog.data());
        charts->setKind(catalogcharts::Kind(kind));
        charts->setControlsVisible(false);
        QList<int> compared;
        for (const QString &slug : slide.models)
            compared << catalog.data().model(slug);
        charts->setHighlighted(-1, compared);
        return charts;
    });
    return factories;
}

void PresentationWindow::start()
{
    // The screen's size first: without a window manager a full-screen request is not honoured.
    if (QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
    goTo(0);
}

void PresentationWindow::goTo(int index)
{
    if (m_slides.isEmpty()) {
        showSlide(-1);
        return;
    }
    index = std::clamp(index, 0, count() - 1);
    if (index == m_current && m_widget)
        return;
    showSlide(index);
}

void PresentationWindow::showSlide(int index)
{
    if (m_widget) {
        m_body->removeWidget(m_widget);
        delete m_widget;
        m_widget = nullptr;
    }
    m_current = index;
    const Slide *slide = index >= 0 ? &m_slides.at(index) : nullptr;
    if (slide) {
        const SlideFactory factory = m_factories.value(slide->kind);
        m_widget = factory ? factory(*slide) : nullptr;
    }
    if (!m_widget) {
        auto *message = new QLabel(
            !slide ? tr("This presentation has no slides yet. Add cards, comparisons and charts "
                        "from the View menu.")
                   : tr("This slide cannot be shown: '%1' with %2 is not in this catalog.")
                         .arg(slide->kind, slide->models.join(QStringLiteral(", "))));
        message->setObjectName("slideMessage");
        message->setAlignment(Qt::AlignCenter);
        message->setWordWrap(true);
        m_widget = message;
    }
    m_body->addWidget(m_widget);
    m_title->setText(slide ? slide->title : QString());
    m_title->setVisible(slide && !slide->title.isEmpty());
    updateCounter();
    emit currentChanged(m_current);
}

void PresentationWindow::setDark(bool dark)
{
    m_dark = dark;
    setPalette(themePalette(dark));
}

void PresentationWindow::updateCounter()
{
    m_counter->setText(
        tr("%1 / %2  ·  ← →  ·  D light / dark  ·  Esc leaves").arg(m_current + 1).arg(count()));
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCounter();
    QWidget::changeEvent(event);
}
