#pragma once

#include "lineagelayout.h"

#include <QSet>
#include <QString>

#include <vector>

// What the evolution tree shows: the models that pass the filters (or one family), large fan-outs
// of leaf models folded into "+N" nodes, their layout and a grid index over the cards for
// hit tests and drawing. Shared by the view and the exporters; no widgets.
class EvolutionTreeModel final
{
public:
    struct Filter
    {
        QString org;        // empty: every organisation
        QString kind;       // empty: every kind
        QString capability; // empty: any capabilities
        QString licence;    // empty: any licence
        QSet<QString> hiddenRelations{QStringLiteral("competes_with"),
                                      QStringLiteral("open_alt_to")};
        int familyOf = -1; // a model index: only it, its ancestors and its descendants
    };

    explicit EvolutionTreeModel(const CatalogData &data);

    const CatalogData &data() const { return m_data; }
    const LineageGraph &catalogGraph() const { return m_full; }

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter) { m_filter = filter; }
    lineage::Orientation orientation() const { return m_options.orientation; }
    void setOrientation(lineage::Orientation orientation) { m_options.orientation = orientation; }
    // Fan-outs of more than `count` leaf children fold into one node; 0 never folds.
    void setFoldAbove(int count) { m_foldAbove = count; }
    void setExpanded(int model, bool expanded);
    // Unfolds whatever hides `model` when it passes the filters; true when it is now shown.
    bool reveal(int model);
    // Recomputes the shown nodes, their layout and the index after any setter.
    void rebuild();

    // Nodes are what is drawn: shown models and folded fan-outs, numbered 0..nodeCount()-1.
    int nodeCount() const { return m_graph.size(); }
    int modelOf(int node) const { return m_nodeModel[size_t(node)]; } // -1: a folded fan-out
    int nodeOf(int model) const;
    int foldedParent(int node) const; // the model whose children a fan-out node holds
    int foldedCount(int node) const;
    const LineageGraph &graph() const { return m_graph; } // over nodes
    const lineage::Layout &layout() const { return m_layout; }
    QRectF card(int node) const { return m_layout.cards[size_t(node)]; }
    QRectF bounds() const { return m_layout.bounds; }

    int nodeAt(const QPointF &point) const;
    // Nodes whose cards intersect `rect`, each once.
    std::vector<int> nodesIn(const QRectF &rect) const;
    // The node, its ancestors and its descendants among the shown nodes.
    std::vector<int> lineageOf(int node) const { return m_graph.family(node); }

private:
    bool passes(int model) const;
    void buildIndex();

    const CatalogData &m_data;
    LineageGraph m_full;
    std::vector<qint64> m_days;
    std::vector<int> m_groups;
    Filter m_filter;
    lineage::LayoutOptions m_options;
    int m_foldAbove = 12;
    QSet<int> m_expanded;

    LineageGraph m_graph;
    lineage::Layout m_layout;
    std::vector<int> m_nodeModel;  // node -> model, -1 for a fan-out
    std::vector<int> m_modelNode;  // model -> node, -1 when not shown
    std::vector<int> m_foldParent; // node -> model whose fan-out it is, else -1
    std::vector<int> m_foldCount;  // node -> models folded into it
    std::vector<int> m_foldedInto; // model -> fan-out node holding it, else -1

    // A uniform grid over the bounds; cell c holds m_cellNodes[m_cellStart[c]..m_cellStart[c+1]).
    double m_cell = 1;
    int m_columns = 0, m_rows = 0;
    std::vector<int> m_cellStart, m_cellNodes;
};
