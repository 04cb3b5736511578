#include "treecanvas.h"

#include "cataloglabels.h"
#include "evolutiontreeitems.h"
#include "evolutiontreemodel.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

TreeCanvas::TreeCanvas(const EvolutionTreeModel &model, QWidget *parent)
    : QGraphicsView(parent), m_model(model), m_scene(new QGraphicsScene(this)),
      m_layer(new TreeLayer(model))
{
    // One item draws everything, so the scene needs no index of its own.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_scene->addItem(m_layer);
    setScene(m_scene);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(FullViewportUpdate);
    setBackgroundBrush(QColor(0xf7f8fa));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::ArrowCursor);
}

void TreeCanvas::reload(int focusNode)
{
    m_layer->reset();
    m_selected = -1;
    m_hovered = -1;
    m_highlighted.clear();
    // Room around the tree so that any card can be centred.
    const QRectF bounds = m_model.bounds().adjusted(-1000, -1000, 1000, 1000);
    m_scene->setSceneRect(bounds);
    if (focusNode >= 0)
        setSelectedNode(focusNode, true);
    m_scene->update();
    emit viewChanged();
}

void TreeCanvas::setSelectedNode(int node, bool centre)
{
    m_selected = node;
    m_layer->setSelected(node);
    if (centre && node >= 0)
        centerOn(m_model.card(node).center());
}

void TreeCanvas::pinPath(int from, int to)
{
    m_pinned = from >= 0 && to >= 0 ? m_model.graph().path(from, to) : std::vector<int>{};
    m_layer->setPinnedPath(m_pinned);
}

void TreeCanvas::fit()
{
    fitInView(m_model.bounds().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    emit viewChanged();
}

void TreeCanvas::zoomBy(double factor)
{
    const double current = transform().m11();
    factor = std::clamp(current * factor, 0.001, 4.0) / current;
    scale(factor, factor);
    emit viewChanged();
}

void TreeCanvas::setHovered(int node)
{
    if (node == m_hovered)
        return;
    m_hovered = node;
    m_highlighted = node >= 0 ? m_model.lineageOf(node) : std::vector<int>{};
    m_layer->setHighlight(m_highlighted);
    // The full name, which a narrow card may cut short.
    const int model = node >= 0 ? m_model.modelOf(node) : -1;
    setToolTip(node < 0    ? QString()
               : model < 0 ? treepaint::foldedLabel(m_model.foldedCount(node))
                           : labels::modelName(m_model.data().models[size_t(model)]));
}

void TreeCanvas::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (!(event->buttons() & Qt::LeftButton))
        setHovered(m_model.nodeAt(mapToScene(event->position().toPoint())));
}

void TreeCanvas::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QGraphicsView::leaveEvent(event);
}

void TreeCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TreeCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    viewport()->setCursor(Qt::ArrowCursor);
    // A press and release in place is a click; anything longer was a pan.
    if (event->button() != Qt::LeftButton ||
        (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    const int node = m_model.nodeAt(mapToScene(event->position().toPoint()));
    if (node < 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier && m_selected >= 0) {
        pinPath(m_selected, node);
        return;
    }
    setSelectedNode(node, false);
    emit nodeClicked(node);
}

void TreeCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int node = m_model.nodeAt(mapToScene(event->position().toPoint()));
    if (node >= 0)
        emit nodeActivated(node);
}

void TreeCanvas::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void TreeCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewChanged();
}

int TreeCanvas::step(int key) const
{
    if (m_selected < 0)
        return -1;
    const LineageGraph &graph = m_model.graph();
    const lineage::Layout &layout = m_model.layout();
    auto earlier = [&](int a, int b) {
        return layout.days[size_t(a)] != layout.days[size_t(b)]
                   ? layout.days[size_t(a)] < layout.days[size_t(b)]
                   : m_model.card(a).top() + m_model.card(a).left() <
                         m_model.card(b).top() + m_model.card(b).left();
    };
    const bool horizontal = layout.orientation == lineage::Orientation::Horizontal;
    const int toChild = horizontal ? Qt::Key_Right : Qt::Key_Down;
    const int toParent = horizontal ? Qt::Key_Left : Qt::Key_Up;
    const int nextSibling = horizontal ? Qt::Key_Down : Qt::Key_Right;
    const int previousSibling = horizontal ? Qt::Key_Up : Qt::Key_Left;
    const auto children = graph.children(m_selected);
    const auto parents = graph.parents(m_selected);
    if (key == toChild)
        return children.empty() ? -1 : *std::min_element(children.begin(), children.end(), earlier);
    // The latest parent is the one the card hangs under.
    const int parent =
        parents.empty() ? -1 : *std::max_element(parents.begin(), parents.end(), earlier);
    if (key == toParent)
        return parent;
    if (parent < 0 || (key != nextSibling && key != previousSibling))
        return -1;
    std::vector<int> siblings(graph.children(parent).begin(), graph.children(parent).end());
    std::sort(siblings.begin(), siblings.end(), earlier);
    const auto at = std::find(siblings.begin(), siblings.end(), m_selected);
    if (key == nextSibling)
        return at + 1 < siblings.end() ? *(at + 1) : -1;
    return at > siblings.begin() ? *(at - 1) : -1;
}

void TreeCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int next = step(event->key());
        if (next >= 0) {
            setSelectedNode(next, true);
            emit nodeClicked(next);
        }
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            emit nodeActivated(m_selected);
        event->accept();
        return;
    case Qt::Key_Escape:
        pinPath(-1, -1);
        event->accept();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}
