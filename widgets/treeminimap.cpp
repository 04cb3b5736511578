#include "treeminimap.h"

#include "evolutiontreeitems.h"
#include "evolutiontreemodel.h"

#include <QEvent>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

namespace {
constexpr int kWidth = 200;
constexpr int kHeight = 130;
} // namespace

TreeMinimap::TreeMinimap(const EvolutionTreeModel &model, QGraphicsView *view, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(view), m_viewport(view->viewport())
{
    setFixedSize(kWidth, kHeight);
    setCursor(Qt::PointingHandCursor);
    // Stays in the corner however the viewport changes: a resize, or scroll bars coming and going.
    view->viewport()->installEventFilter(this);
    place();
}

bool TreeMinimap::eventFilter(QObject *watched, QEvent *event)
{
    // Compared by address only: while the view is being destroyed its viewport still sends
    // events, and the view is no longer a QGraphicsView to ask for its viewport.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

QTransform TreeMinimap::toMap() const
{
    const QRectF b = m_model.bounds();
    if (b.isEmpty())
        return {};
    const double s = std::min((kWidth - 8) / b.width(), (kHeight - 8) / b.height());
    const double ox = (kWidth - b.width() * s) / 2, oy = (kHeight - b.height() * s) / 2;
    return QTransform::fromTranslate(-b.left(), -b.top()) * QTransform::fromScale(s, s) *
           QTransform::fromTranslate(ox, oy);
}

void TreeMinimap::reload()
{
    m_image = QImage(size(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::white);
    QPainter p(&m_image);
    const QTransform t = toMap();
    const CatalogData &data = m_model.data();
    for (int v = 0; v < m_model.nodeCount(); ++v) {
        const int m = m_model.modelOf(v);
        const QString &org = data.models[size_t(m >= 0 ? m : m_model.foldedParent(v))].org;
        const QRectF r = t.mapRect(m_model.card(v));
        p.fillRect(QRectF(r.topLeft(), r.size().expandedTo(QSizeF(1, 1))),
                   treepaint::orgColor(data, org));
    }
    update();
}

void TreeMinimap::place()
{
    // In the lower right corner of the view's viewport, clear of its scroll bars.
    const QRect area = m_view->viewport()->geometry();
    move(area.x() + area.width() - width() - 12, area.y() + area.height() - height() - 12);
    update();
}

void TreeMinimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.drawImage(0, 0, m_image);
    p.setPen(QColor(0x9ca3af));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    p.setPen(QPen(QColor(0x1d4ed8), 1.5));
    p.setBrush(QColor(29, 78, 216, 30));
    p.drawRect(toMap().mapRect(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void TreeMinimap::moveView(const QPoint &point)
{
    bool invertible = false;
    const QTransform back = toMap().inverted(&invertible);
    if (invertible)
        m_view->centerOn(back.map(QPointF(point)));
}

void TreeMinimap::mousePressEvent(QMouseEvent *event)
{
    moveView(event->position().toPoint());
}

void TreeMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveView(event->position().toPoint());
}
