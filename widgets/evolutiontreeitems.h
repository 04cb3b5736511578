#pragma once

#include "lineagelayout.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

#include <vector>

class EvolutionTreeModel;
class QPainter;

// Drawing of the evolution tree, shared by the view and the exporters.
namespace treepaint {

QColor relationColor(const QString &relation);
QString relationName(const QString &relation); // translated, e.g. "fine-tunes"
bool isDashed(const QString &relation);        // the non-lineage relations
QColor orgColor(const CatalogData &data, const QString &org);
// A smooth curve from the parent's card to the child's, leaving along the time axis.
QPainterPath edgePath(const QRectF &parent, const QRectF &child, lineage::Orientation orientation);
// The text of a folded fan-out node: "+12 fine-tunes".
QString foldedLabel(int count);

// Draws one node's card at full detail.
void paintCard(QPainter *painter, const EvolutionTreeModel &model, int node, bool selected);
// Draws the year bands behind the cards over `rect`.
void paintYears(QPainter *painter, const EvolutionTreeModel &model, const QRectF &rect);

} // namespace treepaint

// The whole tree as one graphics item: it draws only the cards and edges in the exposed area,
// with cheaper shapes as the zoom goes down, so that 100,000 nodes stay fluid.
class TreeLayer final : public QGraphicsItem
{
public:
    explicit TreeLayer(const EvolutionTreeModel &model);

    // Call after the model was rebuilt.
    void reset();
    // Nodes drawn bright while others fade; empty: everything is bright.
    void setHighlight(const std::vector<int> &nodes);
    void setSelected(int node);
    void setPinnedPath(const std::vector<int> &nodes);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool bright(int node) const { return m_highlightCount == 0 || m_highlight[size_t(node)]; }
    void paintEdges(QPainter *painter, const std::vector<int> &nodes, double lod);

    const EvolutionTreeModel &m_model;
    std::vector<char> m_highlight, m_pinned;
    std::vector<char> m_drawn;  // scratch: nodes in the current exposed area
    std::vector<QRgb> m_colors; // each node's organisation colour
    int m_highlightCount = 0;
    int m_selected = -1;
};
