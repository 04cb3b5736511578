#include "facetpanel.h"

#include "cardtext.h"
#include "cataloglabels.h"
#include "records.h"
#include "searchquery.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kTermRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2;
constexpr int kMaxOrgs = 12; // the most frequent; active ones are always listed

} // namespace

FacetPanel::FacetPanel(const CatalogData &data, QWidget *parent) : QWidget(parent), m_data(data)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget;
    m_tree->setObjectName("facetTree");
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString term = item->data(0, kTermRole).toString();
        if (!term.isEmpty())
            emit termToggled(term);
    });
    auto remember = [this](QTreeWidgetItem *item, bool collapsed) {
        const QString id = item->data(0, kGroupRole).toString();
        m_collapsed.removeAll(id);
        if (collapsed)
            m_collapsed << id;
    };
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [remember](QTreeWidgetItem *item) { remember(item, true); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [remember](QTreeWidgetItem *item) { remember(item, false); });
}

void FacetPanel::setFacets(const FacetCounts &counts, const QString &query)
{
    m_counts = counts;
    m_query = query;
    m_active.clear();
    for (const SearchQueryTerm &t : SearchQuery::terms(query))
        m_active << t.text.toLower();
    rebuild();
}

QTreeWidgetItem *FacetPanel::group(const QString &id, const QString &title)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setData(0, kGroupRole, id);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void FacetPanel::value(QTreeWidgetItem *group, const QString &label, qint64 count,
                       const QString &term)
{
    const bool active = m_active.contains(term.toLower());
    if (count == 0 && !active)
        return;
    auto *item = new QTreeWidgetItem(group, {label, QLocale().toString(count)});
    item->setData(0, kTermRole, term);
    item->setCheckState(0, active ? Qt::Checked : Qt::Unchecked);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(0, term);
}

void FacetPanel::rebuild()
{
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    const FacetCounts &c = m_counts;

    QTreeWidgetItem *g = group("org", tr("Organisation"));
    int shown = 0;
    for (const auto &[id, count] : c.orgs) {
        const QString term = "org:" + id;
        if (shown++ < kMaxOrgs || m_active.contains(term.toLower()))
            value(g, labels::orgName(m_data, id), count, term);
    }
    g = group("kind", tr("Kind"));
    for (const auto &[kind, count] : c.kinds)
        value(g, labels::kindName(kind), count, "kind:" + kind);
    g = group("cap", tr("Capability"));
    const bool zh = labels::textLanguage() == QLatin1String("zh_CN");
    for (const auto &[id, count] : c.capabilities) {
        QString name = id;
        for (const CapabilityRecord &r : m_data.capabilities)
            if (r.id == id)
                name = zh && !r.nameZh.isEmpty() ? r.nameZh : r.name;
        value(g, name, count, "cap:" + id);
    }
    g = group("open", tr("Weights"));
    value(g, tr("Open weights"), c.openWeights, "open:yes");
    value(g, tr("Closed weights"), c.closedWeights, "open:no");
    g = group("ctx", tr("Context window"));
    for (size_t i = 0; i < c.context.size(); ++i) {
        const qint64 tokens = FacetCounts::kContextAtLeast[i];
        value(g, tr("%1 or more").arg(card::contextShort(tokens)), c.context[i],
              "ctx:>=" + card::contextShort(tokens).toLower());
    }
    g = group("price", tr("Output price per million tokens"));
    value(g, tr("Under $1"), c.price[0], "price:<1");
    value(g, tr("$1 to $5"), c.price[1], "price:1..5");
    value(g, tr("$5 or more"), c.price[2], "price:>=5");
    g = group("year", tr("Released"));
    for (const auto &[year, count] : c.years)
        value(g, QString::number(year), count, "year:" + QString::number(year));

    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->childCount() == 0) {
            delete item; // nothing to offer under this facet
            continue;
        }
        item->setExpanded(!m_collapsed.contains(item->data(0, kGroupRole).toString()));
    }
    m_tree->setUpdatesEnabled(true);
}

void FacetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
