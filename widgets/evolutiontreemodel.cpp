#include "evolutiontreemodel.h"

#include <algorithm>
#include <cmath>

EvolutionTreeModel::EvolutionTreeModel(const CatalogData &data) : m_data(data), m_full(data)
{
    m_days.reserve(data.models.size());
    m_groups.reserve(data.models.size());
    for (const ModelRecord &m : data.models) {
        m_days.push_back(lineage::releaseDay(m.released));
        m_groups.push_back(data.orgById.value(m.org, -1));
    }
}

void EvolutionTreeModel::setExpanded(int model, bool expanded)
{
    if (expanded)
        m_expanded.insert(model);
    else
        m_expanded.remove(model);
}

bool EvolutionTreeModel::passes(int model) const
{
    const ModelRecord &m = m_data.models[size_t(model)];
    return (m_filter.org.isEmpty() || m.org == m_filter.org) &&
           (m_filter.kind.isEmpty() || m.kind == m_filter.kind) &&
           (m_filter.capability.isEmpty() || m.capabilities.contains(m_filter.capability)) &&
           (m_filter.licence.isEmpty() || m.license == m_filter.licence);
}

bool EvolutionTreeModel::reveal(int model)
{
    if (model < 0 || model >= int(m_data.models.size()))
        return false;
    if (nodeOf(model) >= 0)
        return true;
    const int fold = m_foldedInto.empty() ? -1 : m_foldedInto[size_t(model)];
    if (fold < 0)
        return false;
    m_expanded.insert(m_foldParent[size_t(fold)]);
    rebuild();
    return nodeOf(model) >= 0;
}

int EvolutionTreeModel::nodeOf(int model) const
{
    return model >= 0 && size_t(model) < m_modelNode.size() ? m_modelNode[size_t(model)] : -1;
}

int EvolutionTreeModel::foldedParent(int node) const
{
    return node >= 0 && size_t(node) < m_foldParent.size() ? m_foldParent[size_t(node)] : -1;
}

int EvolutionTreeModel::foldedCount(int node) const
{
    return node >= 0 && size_t(node) < m_foldCount.size() ? m_foldCount[size_t(node)] : 0;
}

void EvolutionTreeModel::rebuild()
{
    const int models = int(m_data.models.size());
    std::vector<char> shown(size_t(models), 0);
    if (m_filter.familyOf >= 0 && m_filter.familyOf < models) {
        for (int m : m_full.family(m_filter.familyOf))
            shown[size_t(m)] = passes(m) || m == m_filter.familyOf;
    } else {
        for (int m = 0; m < models; ++m)
            shown[size_t(m)] = passes(m);
    }
    const QStringList &relations = m_full.relations();
    std::vector<char> relationShown(size_t(relations.size()));
    for (qsizetype r = 0; r < relations.size(); ++r)
        relationShown[size_t(r)] = !m_filter.hiddenRelations.contains(relations[r]);
    std::vector<const LineageGraph::Edge *> edges;
    std::vector<int> inDegree(size_t(models), 0), outDegree(size_t(models), 0),
        onlyParent(size_t(models), -1);
    for (const LineageGraph::Edge &e : m_full.edges()) {
        if (!shown[size_t(e.parent)] || !shown[size_t(e.child)] ||
            !relationShown[size_t(e.relation)])
            continue;
        edges.push_back(&e);
        if (e.lineage) {
            ++inDegree[size_t(e.child)];
            ++outDegree[size_t(e.parent)];
            onlyParent[size_t(e.child)] = e.parent;
        }
    }

    // Leaves hanging from one parent fold into a "+N" node when there are many of them.
    std::vector<int> leaves(size_t(models), 0);
    for (int m = 0; m < models; ++m)
        if (shown[size_t(m)] && inDegree[size_t(m)] == 1 && outDegree[size_t(m)] == 0)
            ++leaves[size_t(onlyParent[size_t(m)])];
    auto folds = [&](int parent) {
        return m_foldAbove > 0 && leaves[size_t(parent)] > m_foldAbove &&
               !m_expanded.contains(parent);
    };
    m_modelNode.assign(size_t(models), -1);
    m_foldedInto.assign(size_t(models), -1);
    m_nodeModel.clear();
    std::vector<qint64> days;
    std::vector<int> groups;
    for (int m = 0; m < models; ++m) {
        const bool folded =
            inDegree[size_t(m)] == 1 && outDegree[size_t(m)] == 0 && folds(onlyParent[size_t(m)]);
        if (!shown[size_t(m)] || folded)
            continue;
        m_modelNode[size_t(m)] = int(m_nodeModel.size());
        m_nodeModel.push_back(m);
        days.push_back(m_days[size_t(m)]);
        groups.push_back(m_groups[size_t(m)]);
    }
    const int modelNodes = int(m_nodeModel.size());
    m_foldParent.assign(size_t(modelNodes), -1);
    m_foldCount.assign(size_t(modelNodes), 0);
    std::vector<LineageGraph::Edge> nodeEdges;
    const int foldRelation = int(relations.indexOf(QStringLiteral("fine_tunes")));
    std::vector<int> foldNode(size_t(models), -1);
    for (const LineageGraph::Edge *e : edges) {
        const int child = m_modelNode[size_t(e->child)];
        if (child >= 0) {
            nodeEdges.push_back({m_modelNode[size_t(e->parent)], child, e->relation, e->lineage});
            continue;
        }
        int &fold = foldNode[size_t(e->parent)];
        if (fold < 0) {
            fold = int(m_nodeModel.size());
            m_nodeModel.push_back(-1);
            m_foldParent.push_back(e->parent);
            m_foldCount.push_back(0);
            days.push_back(m_days[size_t(e->child)]);
            groups.push_back(m_groups[size_t(e->parent)]);
            nodeEdges.push_back({m_modelNode[size_t(e->parent)], fold, foldRelation, true});
        }
        ++m_foldCount[size_t(fold)];
        m_foldedInto[size_t(e->child)] = fold;
        // The fan-out sits at its earliest member's date.
        if (m_days[size_t(e->child)] != lineage::kUnknownDay &&
            (days[size_t(fold)] == lineage::kUnknownDay ||
             m_days[size_t(e->child)] < days[size_t(fold)]))
            days[size_t(fold)] = m_days[size_t(e->child)];
    }
    m_graph = LineageGraph(int(m_nodeModel.size()), std::move(nodeEdges), relations);
    m_layout = lineage::layout(m_graph, days, groups, m_options);
    buildIndex();
}

void EvolutionTreeModel::buildIndex()
{
    const int n = nodeCount();
    m_cell = 4 * std::max(m_options.cardWidth, m_options.cardHeight);
    const QRectF b = bounds();
    m_columns = n == 0 ? 0 : int(std::floor(b.width() / m_cell)) + 1;
    m_rows = n == 0 ? 0 : int(std::floor(b.height() / m_cell)) + 1;
    m_cellStart.assign(size_t(m_columns) * size_t(m_rows) + 1, 0);
    std::vector<int> cellOf(static_cast<size_t>(n));
    // Each card is filed under the cell of its top-left corner; queries widen by one card.
    for (int v = 0; v < n; ++v) {
        const QPointF p = card(v).topLeft() - b.topLeft();
        const int c = std::min(m_columns - 1, int(p.x() / m_cell)) +
                      std::min(m_rows - 1, int(p.y() / m_cell)) * m_columns;
        cellOf[size_t(v)] = c;
        ++m_cellStart[size_t(c) + 1];
    }
    for (size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_cellNodes.assign(size_t(n), 0);
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int v = 0; v < n; ++v)
        m_cellNodes[size_t(fill[size_t(cellOf[size_t(v)])]++)] = v;
}

std::vector<int> EvolutionTreeModel::nodesIn(const QRectF &rect) const
{
    std::vector<int> out;
    if (nodeCount() == 0)
        return out;
    const QRectF b = bounds();
    const double w = m_options.cardWidth, h = m_options.cardHeight;
    const int c0 =
        std::clamp(int(std::floor((rect.left() - w - b.left()) / m_cell)), 0, m_columns - 1);
    const int c1 =
        std::clamp(int(std::floor((rect.right() - b.left()) / m_cell)), 0, m_columns - 1);
    const int r0 = std::clamp(int(std::floor((rect.top() - h - b.top()) / m_cell)), 0, m_rows - 1);
    const int r1 = std::clamp(int(std::floor((rect.bottom() - b.top()) / m_cell)), 0, m_rows - 1);
    if (rect.right() < b.left() - w || rect.bottom() < b.top() - h || rect.left() > b.right() ||
        rect.top() > b.bottom())
        return out;
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            const size_t cell = size_t(r) * size_t(m_columns) + size_t(c);
            for (int k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k)
                if (card(m_cellNodes[size_t(k)]).intersects(rect))
                    out.push_back(m_cellNodes[size_t(k)]);
        }
    return out;
}

int EvolutionTreeModel::nodeAt(const QPointF &point) const
{
    for (int v : nodesIn(QRectF(point, QSizeF(0.01, 0.01))))
        if (card(v).contains(point))
            return v;
    return -1;
}
