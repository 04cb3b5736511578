#include "evolutiontreeview.h"

#include "catalog.h"
#include "cataloglabels.h"
#include "evolutiontreeitems.h"
#include "evolutiontreemodel.h"
#include "treecanvas.h"
#include "treeminimap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <QHash>
#include <algorithm>

namespace {

QIcon swatch(const QString &relation)
{
    QPixmap pixmap(18, 10);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    QPen pen(treepaint::relationColor(relation), 3);
    if (treepaint::isDashed(relation))
        pen.setStyle(Qt::DotLine);
    p.setPen(pen);
    p.drawLine(1, 5, 17, 5);
    return QIcon(pixmap);
}

// Distinct values by how many models have them, most common first, then by name.
QStringList byCount(const QHash<QString, int> &counts)
{
    std::vector<std::pair<QString, int>> values;
    values.reserve(size_t(counts.size()));
    for (auto it = counts.begin(); it != counts.end(); ++it)
        values.emplace_back(it.key(), it.value());
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList out;
    for (const auto &v : values)
        out << v.first;
    return out;
}

} // namespace

EvolutionTreeView::EvolutionTreeView(const Catalog &catalog, QWidget *parent)
    : EvolutionTreeView(catalog.data(), parent)
{
}

EvolutionTreeView::EvolutionTreeView(const CatalogData &data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    buildBar();
    retranslate();
}

void EvolutionTreeView::ensureBuilt()
{
    // The graph, its layout and the filters take seconds at a million models: they are made
    // when the view is first shown or asked about, not when the window opens.
    if (m_model)
        return;
    m_model = std::make_unique<EvolutionTreeModel>(m_data);
    m_canvas = new TreeCanvas(*m_model, this);
    m_canvas->setObjectName("treeCanvas");
    m_minimap = new TreeMinimap(*m_model, m_canvas, m_canvas);
    m_minimap->setObjectName("treeMinimap");
    static_cast<QVBoxLayout *>(layout())->addWidget(m_canvas, 1);
    layout()->activate(); // the canvas gets its size now: centring and the minimap need it
    connect(m_canvas, &TreeCanvas::nodeClicked, this, &EvolutionTreeView::onNodeClicked);
    connect(m_canvas, &TreeCanvas::nodeActivated, this, &EvolutionTreeView::onNodeActivated);
    connect(m_canvas, &TreeCanvas::viewChanged, m_minimap, qOverload<>(&QWidget::update));
    fillFilters();
    retranslate();
    rebuild(m_selectedModel);
    if (m_selectedModel >= 0) // chosen while the view was not yet built
        focusModel(m_selectedModel);
}

const EvolutionTreeModel &EvolutionTreeView::built() const
{
    // Asking what is on screen builds the view as showing it would; nothing visible changes.
    const_cast<EvolutionTreeView *>(this)->ensureBuilt();
    return *m_model;
}

EvolutionTreeView::~EvolutionTreeView() = default;

void EvolutionTreeView::buildBar()
{
    // Three short rows rather than one long one, so the tab fits beside the list at 1024 px:
    // search and view buttons, the filters, then the legend.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 0, 6, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName("treeSearch");
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    connect(m_search, &QLineEdit::returnPressed, this, &EvolutionTreeView::searchFocus);
    bar->addWidget(m_search);
    for (auto [combo, name] : {std::pair{&m_org, "orgFilter"},
                               {&m_kind, "kindFilter"},
                               {&m_capability, "capabilityFilter"},
                               {&m_licence, "licenceFilter"}}) {
        *combo = new QComboBox(this);
        (*combo)->setObjectName(name);
        (*combo)->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        (*combo)->setMinimumContentsLength(8);
        connect(*combo, &QComboBox::activated, this, &EvolutionTreeView::applyFilters);
        filters->addWidget(*combo, 1);
    }
    m_family = new QToolButton(this);
    m_family->setObjectName("familyMode");
    m_family->setCheckable(true);
    connect(m_family, &QToolButton::toggled, this, &EvolutionTreeView::applyFilters);
    m_orientation = new QToolButton(this);
    m_orientation->setObjectName("orientation");
    connect(m_orientation, &QToolButton::clicked, this, [this] {
        setOrientation(m_model->orientation() == lineage::Orientation::Horizontal
                           ? lineage::Orientation::Vertical
                           : lineage::Orientation::Horizontal);
    });
    m_fit = new QToolButton(this);
    m_fit->setObjectName("fit");
    connect(m_fit, &QToolButton::clicked, this, &EvolutionTreeView::fitToView);
    bar->addWidget(m_family);
    bar->addWidget(m_orientation);
    bar->addWidget(m_fit);
    m_status = new QLabel(this);
    m_status->setObjectName("treeStatus");
    bar->addWidget(m_status);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
    static_cast<QVBoxLayout *>(layout())->addLayout(filters);

    // The legend: one toggle per relation, coloured like its edges.
    auto *legend = new QGridLayout;
    legend->setContentsMargins(6, 0, 6, 0);
    m_legendTitle = new QLabel(this);
    legend->addWidget(m_legendTitle, 0, 0, 2, 1, Qt::AlignTop);
    const EvolutionTreeModel::Filter defaults;
    for (const QString &relation : relation::all()) {
        auto *box = new QCheckBox(this);
        box->setObjectName("relation:" + relation);
        box->setProperty("relation", relation);
        box->setIcon(swatch(relation));
        box->setChecked(!defaults.hiddenRelations.contains(relation));
        connect(box, &QCheckBox::toggled, this, &EvolutionTreeView::applyFilters);
        const int i = int(m_relations.size());
        legend->addWidget(box, i / 5, 1 + i % 5);
        m_relations << box;
    }
    legend->setColumnStretch(6, 1);
    static_cast<QVBoxLayout *>(layout())->addLayout(legend);
}

void EvolutionTreeView::fillFilters()
{
    const CatalogData &data = m_data;
    QHash<QString, int> orgs, kinds, capabilities, licences;
    for (const ModelRecord &m : data.models) {
        ++orgs[m.org];
        ++kinds[m.kind];
        for (const QString &c : m.capabilities)
            ++capabilities[c];
        if (!m.license.isEmpty())
            ++licences[m.license];
    }
    for (const QString &org : byCount(orgs))
        m_org->addItem(labels::orgName(data, org), org);
    for (const QString &kind : byCount(kinds))
        m_kind->addItem(labels::kindName(kind), kind);
    for (const QString &c : byCount(capabilities))
        m_capability->addItem(c, c);
    for (const QString &licence : byCount(licences))
        m_licence->addItem(licence, licence);
    for (QComboBox *combo : {m_org, m_kind, m_capability, m_licence})
        combo->insertItem(0, QString(), QString());
    for (QComboBox *combo : {m_org, m_kind, m_capability, m_licence})
        combo->setCurrentIndex(0);
}

void EvolutionTreeView::retranslate()
{
    const CatalogData &data = m_data;
    m_search->setPlaceholderText(tr("Find a model in the tree…"));
    m_org->setItemText(0, tr("All organisations"));
    m_kind->setItemText(0, tr("All kinds"));
    m_capability->setItemText(0, tr("Any capability"));
    m_licence->setItemText(0, tr("Any licence"));
    for (int i = 1; i < m_org->count(); ++i)
        m_org->setItemText(i, labels::orgName(data, m_org->itemData(i).toString()));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, labels::kindName(m_kind->itemData(i).toString()));
    for (int i = 1; i < m_capability->count(); ++i) {
        const QString id = m_capability->itemData(i).toString();
        const auto it = std::find_if(data.capabilities.begin(), data.capabilities.end(),
                                     [&](const CapabilityRecord &c) { return c.id == id; });
        const bool zh = labels::textLanguage() == QLatin1String("zh_CN");
        m_capability->setItemText(i, it == data.capabilities.end()
                                         ? id
                                         : (zh && !it->nameZh.isEmpty() ? it->nameZh : it->name));
    }
    m_family->setText(tr("Family"));
    m_family->setToolTip(tr("Show only the selected model, its ancestors and its descendants"));
    const bool horizontal = !m_model || m_model->orientation() == lineage::Orientation::Horizontal;
    m_orientation->setText(horizontal ? tr("Vertical") : tr("Horizontal"));
    m_orientation->setToolTip(tr("Run time from top to bottom or from left to right"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole tree"));
    m_legendTitle->setText(tr("Relations:"));
    for (QCheckBox *box : m_relations)
        box->setText(treepaint::relationName(box->property("relation").toString()));
    if (!m_model)
        return;
    m_canvas->setToolTip(QString());
    m_canvas->viewport()->setWhatsThis(
        tr("Hover a model to see its ancestors and descendants; click to select it; shift-click "
           "another to pin the path between them; arrow keys walk the lineage, Enter opens the "
           "card."));
    updateStatus();
    m_canvas->viewport()->update();
}

void EvolutionTreeView::updateStatus()
{
    m_status->setText(tr("%n models shown", nullptr, int(shownModels().size())));
}

void EvolutionTreeView::applyFilters()
{
    ensureBuilt();
    EvolutionTreeModel::Filter f;
    f.org = m_org->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.capability = m_capability->currentData().toString();
    f.licence = m_licence->currentData().toString();
    f.hiddenRelations.clear();
    for (QCheckBox *box : m_relations)
        if (!box->isChecked())
            f.hiddenRelations.insert(box->property("relation").toString());
    f.familyOf = m_family->isChecked() ? m_selectedModel : -1;
    m_model->setFilter(f);
    rebuild(m_selectedModel);
}

void EvolutionTreeView::rebuild(int focusModel)
{
    m_model->rebuild();
    m_canvas->reload(m_model->nodeOf(focusModel));
    m_minimap->reload();
    updateStatus();
}

void EvolutionTreeView::setOrientation(lineage::Orientation orientation)
{
    ensureBuilt();
    m_model->setOrientation(orientation);
    rebuild(m_selectedModel);
    if (m_selectedModel < 0)
        fitToView();
    retranslate();
}

void EvolutionTreeView::setFamilyMode(bool on)
{
    ensureBuilt();
    m_family->setChecked(on);
}

void EvolutionTreeView::fitToView()
{
    ensureBuilt();
    m_canvas->fit();
    m_fitted = true;
}

void EvolutionTreeView::selectModel(const QString &slug)
{
    const int model = m_data.model(slug);
    if (!m_model) { // shown on first showing
        if (model >= 0)
            m_selectedModel = model;
        return;
    }
    // The echo of a click here, coming back from the rest of the window, leaves the view still.
    if (model < 0 || (model == m_selectedModel && m_model->nodeOf(model) >= 0 && isVisible()))
        return;
    focusModel(model);
}

void EvolutionTreeView::focusModel(int model)
{
    m_selectedModel = model;
    if (m_family->isChecked() && m_model->filter().familyOf != model) {
        applyFilters();
        return;
    }
    const int before = m_model->nodeCount();
    if (m_model->reveal(model) && m_model->nodeCount() != before)
        rebuild(model);
    const int node = m_model->nodeOf(model);
    m_canvas->setSelectedNode(node, true);
    // Close enough to read the card.
    if (node >= 0 && m_canvas->transform().m11() < 0.6)
        m_canvas->zoomBy(1.0 / m_canvas->transform().m11());
    if (node >= 0)
        m_canvas->centerOn(m_model->card(node).center());
}

QString EvolutionTreeView::selectedModel() const
{
    return m_selectedModel >= 0 ? m_data.models[size_t(m_selectedModel)].slug : QString();
}

void EvolutionTreeView::searchFocus()
{
    const QString query = m_search->text().simplified().toLower().remove(' ').remove('-');
    if (query.isEmpty())
        return;
    ensureBuilt();
    // Best match among shown models: exact name or slug, then prefix, then substring.
    int best = -1, bestRank = 4;
    const CatalogData &data = m_model->data();
    for (int v = 0; v < m_model->nodeCount(); ++v) {
        const int m = m_model->modelOf(v);
        if (m < 0)
            continue;
        const ModelRecord &r = data.models[size_t(m)];
        for (const QString &text : {r.name, r.slug, r.nameZh}) {
            const QString key = text.toLower().remove(' ').remove('-');
            const int rank = key == query            ? 0
                             : key.startsWith(query) ? 1
                             : key.contains(query)   ? 2
                                                     : 4;
            if (rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
    }
    if (best < 0) {
        m_status->setText(tr("No shown model matches “%1”").arg(m_search->text()));
        return;
    }
    focusModel(best);
    emit modelSelected(data.models[size_t(best)].slug);
}

void EvolutionTreeView::onNodeClicked(int node)
{
    const int model = m_model->modelOf(node);
    if (model < 0) {
        // A folded fan-out opens in place.
        const int parent = m_model->foldedParent(node);
        m_model->setExpanded(parent, true);
        rebuild(parent);
        return;
    }
    m_selectedModel = model;
    emit modelSelected(m_model->data().models[size_t(model)].slug);
}

void EvolutionTreeView::onNodeActivated(int node)
{
    const int model = m_model->modelOf(node);
    if (model < 0)
        onNodeClicked(node);
    else
        emit modelOpened(m_model->data().models[size_t(model)].slug);
}

QStringList EvolutionTreeView::shownModels() const
{
    built();
    QStringList out;
    for (int v = 0; v < m_model->nodeCount(); ++v)
        if (m_model->modelOf(v) >= 0)
            out << m_model->data().models[size_t(m_model->modelOf(v))].slug;
    return out;
}

QStringList EvolutionTreeView::slugsOf(const std::vector<int> &nodes) const
{
    QStringList out;
    for (int v : nodes)
        if (m_model->modelOf(v) >= 0)
            out << m_data.models[size_t(m_model->modelOf(v))].slug;
    return out;
}

QStringList EvolutionTreeView::highlightedModels() const
{
    built();
    return slugsOf(m_canvas->highlighted());
}

QStringList EvolutionTreeView::pinnedModels() const
{
    built();
    return slugsOf(m_canvas->pinned());
}

QRectF EvolutionTreeView::cardRect(const QString &slug) const
{
    built();
    const int node = m_model->nodeOf(m_model->data().model(slug));
    return node >= 0 ? m_model->card(node) : QRectF();
}

QGraphicsView *EvolutionTreeView::canvas() const
{
    built();
    return m_canvas;
}

void EvolutionTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvolutionTreeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureBuilt();
    // The first time on screen: the whole tree, or the model selected while hidden.
    if (m_fitted)
        return;
    if (m_selectedModel >= 0)
        focusModel(m_selectedModel);
    else
        fitToView();
    m_fitted = true;
}
