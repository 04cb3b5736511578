#pragma once

#include "records.h"

#include <span>
#include <vector>

// Adjacency over CatalogData::lineage. Lineage relations (relation::isLineage) form a directed
// graph from parents to children; the non-lineage ones (competes_with, open_alt_to) are kept
// apart as plain links. Stored as compressed arrays so that a million models stay cheap.
class LineageGraph final
{
public:
    struct Edge
    {
        int parent = -1;
        int child = -1;
        int relation = -1; // index into relations()
        bool lineage = true;
    };

    LineageGraph() = default;
    explicit LineageGraph(const CatalogData &data);
    // A graph over `nodeCount` nodes; edge relations index into `relationNames`.
    LineageGraph(int nodeCount, std::vector<Edge> edges, QStringList relationNames);

    int size() const { return m_nodeCount; }
    const std::vector<Edge> &edges() const { return m_edges; }
    const QStringList &relations() const { return m_relations; }

    // Direct lineage neighbours, each in ascending index order.
    std::span<const int> parents(int node) const { return range(m_parentOffsets, m_parents, node); }
    std::span<const int> children(int node) const
    {
        return range(m_childOffsets, m_children, node);
    }
    // Indexes into edges() of every edge (lineage or not) touching `node`.
    std::span<const int> edgesOf(int node) const { return range(m_edgeOffsets, m_edgeIndex, node); }

    // Transitive closures over lineage edges, excluding the node itself, sorted.
    std::vector<int> ancestors(int node) const;
    std::vector<int> descendants(int node) const;
    // The node, its ancestors and its descendants, sorted.
    std::vector<int> family(int node) const;
    // The shortest chain of lineage edges between two nodes, followed in either direction,
    // from `from` to `to` inclusive; empty when they are not connected.
    std::vector<int> path(int from, int to) const;

private:
    void build();
    std::vector<int> walk(int node, bool up) const;
    static std::span<const int> range(const std::vector<int> &offsets,
                                      const std::vector<int> &values, int node);

    int m_nodeCount = 0;
    std::vector<Edge> m_edges;
    QStringList m_relations;
    std::vector<int> m_parentOffsets, m_parents;
    std::vector<int> m_childOffsets, m_children;
    std::vector<int> m_edgeOffsets, m_edgeIndex;
};
