#include "lineagegraph.h"

#include <algorithm>
#include <deque>

namespace {

// Fills a compressed adjacency: offsets[n]..offsets[n + 1] index the values of node n, in the
// order of `pairs`.
void compress(int nodeCount, const std::vector<std::pair<int, int>> &pairs,
              std::vector<int> &offsets, std::vector<int> &values)
{
    offsets.assign(size_t(nodeCount) + 1, 0);
    for (const auto &p : pairs)
        ++offsets[size_t(p.first) + 1];
    for (int i = 0; i < nodeCount; ++i)
        offsets[size_t(i) + 1] += offsets[size_t(i)];
    values.assign(pairs.size(), 0);
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    for (const auto &p : pairs)
        values[size_t(fill[size_t(p.first)]++)] = p.second;
}

} // namespace

LineageGraph::LineageGraph(const CatalogData &data)
    : m_nodeCount(int(data.models.size())), m_relations(relation::all())
{
    m_edges.reserve(data.lineage.size());
    for (const LineageRecord &l : data.lineage) {
        if (l.child < 0 || l.parent < 0 || l.child >= m_nodeCount || l.parent >= m_nodeCount)
            continue;
        qsizetype r = m_relations.indexOf(l.relation);
        if (r < 0) {
            m_relations << l.relation;
            r = m_relations.size() - 1;
        }
        m_edges.push_back({l.parent, l.child, int(r), relation::isLineage(l.relation)});
    }
    build();
}

LineageGraph::LineageGraph(int nodeCount, std::vector<Edge> edges, QStringList relationNames)
    : m_nodeCount(nodeCount), m_edges(std::move(edges)), m_relations(std::move(relationNames))
{
    std::erase_if(m_edges, [nodeCount](const Edge &e) {
        return e.parent < 0 || e.child < 0 || e.parent >= nodeCount || e.child >= nodeCount;
    });
    build();
}

void LineageGraph::build()
{
    std::vector<std::pair<int, int>> up, down, touch;
    up.reserve(m_edges.size());
    down.reserve(m_edges.size());
    touch.reserve(m_edges.size() * 2);
    for (int i = 0; i < int(m_edges.size()); ++i) {
        const Edge &e = m_edges[size_t(i)];
        touch.emplace_back(e.parent, i);
        if (e.child != e.parent)
            touch.emplace_back(e.child, i);
        if (!e.lineage || e.child == e.parent)
            continue;
        up.emplace_back(e.child, e.parent);
        down.emplace_back(e.parent, e.child);
    }
    // A model may name the same parent twice with different relations; neighbours stay unique.
    for (auto *pairs : {&up, &down}) {
        std::sort(pairs->begin(), pairs->end());
        pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
    }
    compress(m_nodeCount, up, m_parentOffsets, m_parents);
    compress(m_nodeCount, down, m_childOffsets, m_children);
    compress(m_nodeCount, touch, m_edgeOffsets, m_edgeIndex);
}

std::span<const int> LineageGraph::range(const std::vector<int> &offsets,
                                         const std::vector<int> &values, int node)
{
    if (node < 0 || size_t(node) + 1 >= offsets.size())
        return {};
    return std::span<const int>(values).subspan(
        size_t(offsets[size_t(node)]), size_t(offsets[size_t(node) + 1] - offsets[size_t(node)]));
}

std::vector<int> LineageGraph::walk(int node, bool up) const
{
    if (node < 0 || node >= m_nodeCount)
        return {};
    const auto &offsets = up ? m_parentOffsets : m_childOffsets;
    const auto &values = up ? m_parents : m_children;
    std::vector<char> seen(size_t(m_nodeCount), 0);
    std::vector<int> stack{node}, out;
    seen[size_t(node)] = 1;
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        for (int k = offsets[size_t(n)]; k < offsets[size_t(n) + 1]; ++k) {
            const int m = values[size_t(k)];
            if (!seen[size_t(m)]) {
                seen[size_t(m)] = 1;
                out.push_back(m);
                stack.push_back(m);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<int> LineageGraph::ancestors(int node) const
{
    return walk(node, true);
}

std::vector<int> LineageGraph::descendants(int node) const
{
    return walk(node, false);
}

std::vector<int> LineageGraph::family(int node) const
{
    if (node < 0 || node >= m_nodeCount)
        return {};
    std::vector<int> out = ancestors(node);
    const std::vector<int> down = descendants(node);
    out.insert(out.end(), down.begin(), down.end());
    out.push_back(node);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<int> LineageGraph::path(int from, int to) const
{
    if (from < 0 || to < 0 || from >= m_nodeCount || to >= m_nodeCount)
        return {};
    std::vector<int> previous(size_t(m_nodeCount), -1);
    previous[size_t(from)] = from;
    std::deque<int> queue{from};
    while (!queue.empty() && previous[size_t(to)] < 0) {
        const int n = queue.front();
        queue.pop_front();
        for (const auto &[offsets, values] :
             {std::pair{&m_parentOffsets, &m_parents}, std::pair{&m_childOffsets, &m_children}}) {
            for (int k = (*offsets)[size_t(n)]; k < (*offsets)[size_t(n) + 1]; ++k) {
                const int m = (*values)[size_t(k)];
                if (previous[size_t(m)] < 0) {
                    previous[size_t(m)] = n;
                    queue.push_back(m);
                }
            }
        }
    }
    if (previous[size_t(to)] < 0)
        return {};
    std::vector<int> out{to};
    while (out.back() != from)
        out.push_back(previous[size_t(out.back())]);
    std::reverse(out.begin(), out.end());
    return out;
}
