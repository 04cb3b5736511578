#include "compareview.h"

#include "bilingual.h"
#include "capabilitybars.h"
#include "cardjson.h"
#include "cardstats.h"
#include "cardtext.h"
#include "catalog.h"
#include "cataloglabels.h"
#include "comparefacts.h"
#include "compareset.h"
#include "contextladder.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace {

// A tint over the background rather than a solid colour, so that the text keeps the palette's
// colour in light and dark themes. A palette, not a style sheet: style sheets drop the inherited
// font size that presentation mode sets.
void tint(QLabel *label, CompareView::Mark mark)
{
    if (mark == CompareView::Mark::None)
        return;
    QPalette pal = label->palette();
    pal.setColor(QPalette::Window, mark == CompareView::Mark::Better ? QColor(46, 160, 67, 64)
                                                                     : QColor(218, 54, 51, 56));
    label->setPalette(pal);
    label->setAutoFillBackground(true);
}

} // namespace

CompareView::CompareView(const Catalog &catalog, const QString &storePath, QWidget *parent)
    : QWidget(parent), m_catalog(catalog),
      m_store(std::make_unique<CompareSetStore>(storePath.isEmpty() ? CompareSetStore::defaultPath()
                                                                    : storePath))
{
    setObjectName("compareView");
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_toolbar = new QWidget;
    auto *bar = new QHBoxLayout(m_toolbar);
    bar->setContentsMargins(12, 8, 12, 0);
    m_sets = new QComboBox;
    m_sets->setObjectName("compareSets");
    m_sets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto button = [&](const char *name, auto slot) {
        auto *b = new QToolButton;
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    bar->addWidget(m_sets);
    m_save = button("saveSet", [this] { saveSetInteractively(); });
    m_delete = button("deleteSet", [this] {
        QString error;
        if (!m_store->remove(m_sets->currentText(), &error))
            QMessageBox::warning(this, tr("Compare"), error);
        refreshSets();
    });
    bar->addStretch();
    m_clear = button("clearCompare", [this] { setModels({}); });
    m_export = button("exportCompare", [this] { exportInteractively(); });
    layout->addWidget(m_toolbar);
    connect(m_sets, &QComboBox::activated, this,
            [this](int index) { openSet(m_sets->itemText(index)); });

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget;
    m_content->setObjectName("compareContent");
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(20, 12, 20, 16);
    m_empty = new QLabel;
    m_empty->setObjectName("emptyState");
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    content->addWidget(m_empty);
    auto *gridHost = new QWidget;
    m_grid = new QGridLayout(gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    content->addWidget(gridHost);
    auto heading = [&] {
        auto *h = new QLabel;
        h->setObjectName("sectionHeading");
        content->addWidget(h);
        return h;
    };
    m_barsHeading = heading();
    m_bars = new CapabilityBars;
    content->addWidget(m_bars);
    m_ladderHeading = heading();
    m_ladder = new ContextLadder;
    content->addWidget(m_ladder);
    content->addStretch();
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll);
    retranslate();
}

CompareView::~CompareView() = default;

QStringList CompareView::rowIds()
{
    QStringList ids;
    for (const comparefacts::Row &r : comparefacts::rows())
        ids << QString::fromLatin1(r.id);
    return ids;
}

QColor CompareView::modelColor(int column)
{
    // Distinct from each other and from the better / worse tints.
    static const QColor colors[kMaxModels] = {QColor(0x2b, 0x7b, 0xd6), QColor(0xe0, 0x7b, 0x10),
                                              QColor(0x8e, 0x5b, 0xd0), QColor(0x0f, 0x9d, 0x9a)};
    return colors[column % kMaxModels];
}

bool CompareView::addModel(const QString &slug)
{
    if (m_slugs.size() >= kMaxModels || m_slugs.contains(slug) || m_catalog.data().model(slug) < 0)
        return false;
    m_slugs << slug;
    rebuild();
    return true;
}

void CompareView::removeModel(int column)
{
    if (column < 0 || column >= m_slugs.size())
        return;
    m_slugs.removeAt(column);
    rebuild();
}

void CompareView::moveModel(int from, int to)
{
    if (from < 0 || from >= m_slugs.size() || to < 0 || to >= m_slugs.size() || from == to)
        return;
    m_slugs.move(from, to);
    rebuild();
}

void CompareView::setModels(const QStringList &slugs)
{
    m_slugs.clear();
    for (const QString &slug : slugs)
        if (m_slugs.size() < kMaxModels && !m_slugs.contains(slug) &&
            m_catalog.data().model(slug) >= 0)
            m_slugs << slug;
    rebuild();
}

bool CompareView::saveSet(const QString &name, QString *error)
{
    if (m_slugs.size() < 2) {
        *error = tr("Add at least two models before saving the set.");
        return false;
    }
    const bool ok = m_store->save({name.trimmed(), m_slugs}, error);
    refreshSets();
    return ok;
}

bool CompareView::openSet(const QString &name)
{
    const std::optional<CompareSet> set = m_store->find(name);
    if (!set)
        return false;
    setModels(set->slugs);
    return true;
}

QStringList CompareView::savedSets() const
{
    QStringList names;
    for (const CompareSet &set : m_store->sets())
        names << set.name;
    return names;
}

QStringList CompareView::setsWithUnknownModels() const
{
    QStringList names;
    for (const CompareSet &set : m_store->sets())
        if (std::any_of(set.slugs.cbegin(), set.slugs.cend(),
                        [&](const QString &slug) { return m_catalog.data().model(slug) < 0; }))
            names << set.name;
    return names;
}

void CompareView::setPresentation(bool on)
{
    m_presentation = on;
    m_toolbar->setVisible(!on);
    rebuild();
}

QString CompareView::cellText(const QString &row, int column) const
{
    return m_cells.value(row).value(column).text;
}

CompareView::Mark CompareView::mark(const QString &row, int column) const
{
    return m_cells.value(row).value(column).mark;
}

QWidget *CompareView::header(int column)
{
    const CatalogData &data = m_catalog.data();
    const QString slug = m_slugs.at(column);
    const ModelRecord &m = data.models[size_t(data.model(slug))];
    auto *w = new QWidget;
    w->setObjectName(QStringLiteral("header_%1").arg(column));
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 6);
    l->setSpacing(2);
    auto *strip = new QFrame;
    strip->setFixedHeight(4);
    strip->setStyleSheet(
        QStringLiteral("background: %1; border-radius: 2px;").arg(modelColor(column).name()));
    l->addWidget(strip);
    auto *name = new QLabel(QStringLiteral("<a href=\"model:%1\" style=\"text-decoration:none; "
                                           "color:%2\">%3</a>")
                                .arg(slug, palette().color(QPalette::WindowText).name(),
                                     labels::modelName(m).toHtmlEscaped()));
    name->setObjectName("modelName");
    name->setWordWrap(true);
    QFont f = font(); // the view's own, which presentation mode enlarges
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() + 3);
    name->setFont(f);
    name->setToolTip(m.nameZh.isEmpty() ? m.name : m.name + " · " + m.nameZh);
    connect(name, &QLabel::linkActivated, this,
            [this](const QString &link) { emit modelActivated(link.mid(6)); });
    l->addWidget(name);
    if (m_presentation)
        return w;
    auto *buttons = new QHBoxLayout;
    auto tool = [&](const char *objectName, const QString &text, const QString &tip, bool enabled,
                    auto slot) {
        auto *b = new QToolButton;
        b->setObjectName(objectName);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setEnabled(enabled);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    tool("moveLeft", QStringLiteral("◀"), tr("Move left"), column > 0,
         [this, column] { moveModel(column, column - 1); });
    tool("moveRight", QStringLiteral("▶"), tr("Move right"), column + 1 < m_slugs.size(),
         [this, column] { moveModel(column, column + 1); });
    buttons->addStretch();
    tool("removeModel", QStringLiteral("✕"), tr("Remove from the comparison"), true,
         [this, column] { removeModel(column); });
    l->addLayout(buttons);
    return w;
}

void CompareView::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        // Deferred and renamed: a column's own button may be rebuilding the grid from inside
        // its clicked signal.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    m_cells.clear();
    const CatalogData &data = m_catalog.data();
    const int columns = int(m_slugs.size());
    const bool shown = columns > 0;
    m_empty->setVisible(!shown);
    for (QWidget *w :
         {static_cast<QWidget *>(m_bars), static_cast<QWidget *>(m_ladder),
          static_cast<QWidget *>(m_barsHeading), static_cast<QWidget *>(m_ladderHeading)})
        w->setVisible(shown);
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() + 2);
    m_barsHeading->setFont(headingFont);
    m_ladderHeading->setFont(headingFont);
    m_delete->setEnabled(m_sets->count() > 0);
    m_clear->setEnabled(shown);
    m_export->setEnabled(shown);

    for (int c = 0; c < columns; ++c) {
        m_grid->addWidget(header(c), 0, c + 1, Qt::AlignTop);
        m_grid->setColumnStretch(c + 1, 1);
    }
    m_grid->setColumnStretch(0, 0);
    int gridRow = 1;
    for (const comparefacts::Row &spec : comparefacts::rows()) {
        const QString id = QString::fromLatin1(spec.id);
        QList<comparefacts::Value> values;
        for (const QString &slug : m_slugs)
            values << comparefacts::value(id, m_catalog, m_catalog.statistics(), data.model(slug));
        // The best value is better and the worst is worse, once two models report different ones.
        std::optional<double> best, worst;
        for (const comparefacts::Value &v : values)
            if (v.number && spec.better != 0) {
                const double n = *v.number * spec.better;
                best = best ? std::max(*best, n) : n;
                worst = worst ? std::min(*worst, n) : n;
            }
        QList<Cell> cells;
        for (const comparefacts::Value &v : values) {
            Mark mark = Mark::None;
            if (v.number && best && *best != *worst)
                mark = *v.number * spec.better == *best    ? Mark::Better
                       : *v.number * spec.better == *worst ? Mark::Worse
                                                           : Mark::None;
            cells << Cell{v.text, mark};
        }
        m_cells.insert(id, cells);
        if (!shown)
            continue;
        auto *caption = new QLabel(bilingualTr("CompareView", spec.caption));
        caption->setObjectName(QStringLiteral("caption_%1").arg(id));
        caption->setWordWrap(true); // long captions in Both mode take two lines, not the width
        caption->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(caption, gridRow, 0);
        for (int c = 0; c < columns; ++c) {
            const Cell &cell = cells.at(c);
            const QString arrow = cell.mark == Mark::Better  ? QStringLiteral("  ▲")
                                  : cell.mark == Mark::Worse ? QStringLiteral("  ▼")
                                                             : QString();
            auto *label = new QLabel(cell.text + arrow);
            label->setTextFormat(Qt::PlainText); // catalog values, never markup
            label->setObjectName(QStringLiteral("cell_%1_%2").arg(id).arg(c));
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setContentsMargins(6, 2, 6, 2);
            tint(label, cell.mark);
            label->setToolTip(cell.mark == Mark::Better  ? tr("Best of the compared models")
                              : cell.mark == Mark::Worse ? tr("Weakest of the compared models")
                                                         : QString());
            m_grid->addWidget(label, gridRow, c + 1);
        }
        ++gridRow;
    }

    QList<CapabilityBars::Row> rows;
    for (card::Measure measure : card::kMeasures) {
        const card::Band band = m_catalog.statistics().band(measure);
        rows << CapabilityBars::Row{bilingualTr("Card", card::measureLabelSource(measure)),
                                    card::measureSource(measure),
                                    band.p20,
                                    band.p80,
                                    band.n,
                                    {},
                                    {},
                                    QString()};
    }
    QList<CapabilityBars::Marker> barMarkers;
    QList<ContextLadder::Marker> ladderMarkers;
    for (int c = 0; c < columns; ++c) {
        const int model = data.model(m_slugs.at(c));
        const QString name = labels::modelName(data.models[size_t(model)]);
        CapabilityBars::Marker marker{name, modelColor(c), {}};
        for (card::Measure measure : card::kMeasures)
            marker.values << m_catalog.statistics().value(measure, model);
        barMarkers << marker;
        ladderMarkers << ContextLadder::Marker{name, modelColor(c),
                                               data.models[size_t(model)].contextTokens};
    }
    m_bars->setRows(rows);
    m_bars->setMarkers(barMarkers);
    m_ladder->setMarkers(ladderMarkers);
    emit modelsChanged(m_slugs);
}

void CompareView::retranslate()
{
    m_empty->setText(tr("Add two to four models to compare them: right-click a model in the list "
                        "and choose Compare, Ctrl+click it, or drag it here."));
    m_save->setText(tr("Save set…"));
    m_delete->setText(tr("Delete set"));
    m_clear->setText(tr("Clear"));
    m_export->setText(tr("Export…"));
    m_sets->setPlaceholderText(tr("Saved sets"));
    m_barsHeading->setText(tr("Capability / performance"));
    m_ladderHeading->setText(tr("Context window"));
    refreshSets();
    rebuild();
}

void CompareView::refreshSets()
{
    m_sets->clear();
    m_sets->addItems(savedSets());
    m_sets->setCurrentIndex(-1);
    m_delete->setEnabled(m_sets->count() > 0);
}

void CompareView::saveSetInteractively()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save compare set"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!saveSet(name, &error))
        QMessageBox::warning(this, tr("Save compare set"), error);
}

void CompareView::exportInteractively()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export comparison"), QStringLiteral("compare.pdf"),
                                     tr("PDF document (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export comparison"), error);
}

QStringList CompareView::slugsFrom(const QMimeData *mime)
{
    const QByteArray raw =
        mime->hasFormat(kSlugMimeType) ? mime->data(kSlugMimeType) : mime->text().toUtf8();
    QStringList slugs;
    for (const QByteArray &line : raw.split('\n'))
        if (const QString slug = QString::fromUtf8(line).trimmed(); !slug.isEmpty())
            slugs << slug;
    return slugs;
}

void CompareView::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QString &slug : slugsFrom(event->mimeData()))
        if (m_catalog.data().model(slug) >= 0 && !m_slugs.contains(slug) &&
            m_slugs.size() < kMaxModels) {
            event->acceptProposedAction();
            return;
        }
}

void CompareView::dropEvent(QDropEvent *event)
{
    bool added = false;
    for (const QString &slug : slugsFrom(event->mimeData()))
        added = addModel(slug) || added;
    if (added)
        event->acceptProposedAction();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild(); // model names carry the text colour and a size relative to the view's font
    QWidget::changeEvent(event);
}
