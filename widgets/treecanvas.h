#pragma once

#include <QGraphicsView>

#include <vector>

class EvolutionTreeModel;
class TreeLayer;

// The evolution tree's drawing surface: wheel zoom around the cursor, drag to pan, hover
// highlighting of a model's ancestors and descendants, click to select, shift-click to pin the
// path from the selection, arrow keys to walk the lineage.
class TreeCanvas final : public QGraphicsView
{
    Q_OBJECT

public:
    TreeCanvas(const EvolutionTreeModel &model, QWidget *parent = nullptr);

    // Call after the model was rebuilt; keeps the view centred on `focus` when it is shown.
    void reload(int focusNode);
    int selectedNode() const { return m_selected; }
    void setSelectedNode(int node, bool centre);
    int hoveredNode() const { return m_hovered; }
    const std::vector<int> &highlighted() const { return m_highlighted; }
    void pinPath(int from, int to);                             // -1: unpin
    const std::vector<int> &pinned() const { return m_pinned; } // the pinned path, in order
    void fit();
    void zoomBy(double factor);

signals:
    void nodeClicked(int node);   // a model or a folded fan-out, clicked or walked to
    void nodeActivated(int node); // Enter or double click
    void viewChanged();           // zoomed, panned or reloaded

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void setHovered(int node);
    int step(int key) const; // the node an arrow key leads to from the selection, or -1

    const EvolutionTreeModel &m_model;
    QGraphicsScene *m_scene = nullptr;
    TreeLayer *m_layer = nullptr;
    int m_selected = -1;
    int m_hovered = -1;
    std::vector<int> m_highlighted;
    std::vector<int> m_pinned;
    QPoint m_pressPos;
};
