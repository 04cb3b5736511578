#include "evolutiontreeitems.h"

#include "cardtext.h"
#include "cataloglabels.h"
#include "evolutiontreemodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <map>
#include <unordered_map>

namespace {

struct RelationStyle
{
    const char *id;
    QRgb color;
};

const RelationStyle kRelations[] = {
    {"builds_on", 0x3b6fd8},    {"fine_tunes", 0x2e9e5b},    {"distills", 0x8a4fd0},
    {"scales", 0xe08a1e},       {"merges", 0x1a9ba3},        {"quantizes", 0x8c8c8c},
    {"successor_of", 0x4a5568}, {"competes_with", 0xd64545}, {"open_alt_to", 0xc9a227},
};

const RelationStyle *style(const QString &relation)
{
    for (const RelationStyle &s : kRelations)
        if (relation == QLatin1String(s.id))
            return &s;
    return nullptr;
}

QColor faded(QColor c, bool bright)
{
    if (!bright)
        c.setAlphaF(0.14f);
    return c;
}

} // namespace

QColor treepaint::relationColor(const QString &relation)
{
    const RelationStyle *s = style(relation);
    return s ? QColor(s->color) : QColor(0x6b7280);
}

QString treepaint::relationName(const QString &relation)
{
    return card::relationLabel(relation); // the card's wording, so both views agree
}

bool treepaint::isDashed(const QString &relation)
{
    return !relation::isLineage(relation);
}

QColor treepaint::orgColor(const CatalogData &data, const QString &org)
{
    const OrgRecord *record = data.org(org);
    if (record && QColor::isValidColorName(record->color))
        return QColor::fromString(record->color);
    // Organisations without a colour get a stable hue of their own.
    return QColor::fromHsv(int(qHash(org, 7) % 360), 120, 170);
}

QString treepaint::foldedLabel(int count)
{
    return QCoreApplication::translate("EvolutionTree", "+%n fine-tunes", nullptr, count);
}

QPainterPath treepaint::edgePath(const QRectF &parent, const QRectF &child,
                                 lineage::Orientation orientation)
{
    const bool horizontal = orientation == lineage::Orientation::Horizontal;
    // Along the time axis: from the parent's late side to the child's early side.
    const bool after =
        horizontal ? child.left() >= parent.right() - 1 : child.top() >= parent.bottom() - 1;
    QPointF from, to, bend;
    if (horizontal) {
        from = after ? QPointF(parent.right(), parent.center().y()) : parent.topLeft();
        to = QPointF(child.left(), child.center().y());
        bend = QPointF(std::max(40.0, (to.x() - from.x()) / 2), 0);
    } else {
        from = after ? QPointF(parent.center().x(), parent.bottom()) : parent.topLeft();
        to = QPointF(child.center().x(), child.top());
        bend = QPointF(0, std::max(30.0, (to.y() - from.y()) / 2));
    }
    if (!after) {
        // A child of (nearly) the same date sits beside its parent: a bracket in the gap on
        // the early side joins them without crossing the cards between.
        const double gap = 7;
        if (horizontal) {
            from = QPointF(parent.left(), parent.center().y());
            const double x = std::min(parent.left(), child.left()) - gap;
            QPainterPath path(from);
            path.cubicTo(QPointF(x, from.y()), QPointF(x, to.y()), to);
            return path;
        }
        from = QPointF(parent.center().x(), parent.top());
        const double y = std::min(parent.top(), child.top()) - gap;
        QPainterPath path(from);
        path.cubicTo(QPointF(from.x(), y), QPointF(to.x(), y), to);
        return path;
    }
    QPainterPath path(from);
    path.cubicTo(from + bend, to - bend, to);
    return path;
}

void treepaint::paintCard(QPainter *painter, const EvolutionTreeModel &model, int node,
                          bool selected)
{
    const QRectF r = model.card(node);
    const int m = model.modelOf(node);
    const CatalogData &data = model.data();
    const QString org =
        m >= 0 ? data.models[size_t(m)].org : data.models[size_t(model.foldedParent(node))].org;
    const QColor accent = orgColor(data, org);
    const QColor ink = painter->pen().color(); // the caller's pen carries the fade
    const double alpha = ink.alphaF();

    QColor fill = m >= 0 ? QColor(Qt::white) : QColor(0xf1f3f6);
    fill.setAlphaF(float(alpha));
    QColor border = selected ? QColor(0x1d4ed8) : accent.darker(110);
    border.setAlphaF(float(alpha));
    painter->setPen(QPen(border, selected ? 2.5 : 1.0, m >= 0 ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    // The organisation's colour dot with its initial.
    const QRectF dot(r.left() + 7, r.center().y() - 11, 22, 22);
    QColor dotColor = accent;
    dotColor.setAlphaF(float(alpha));
    painter->setPen(Qt::NoPen);
    painter->setBrush(dotColor);
    painter->drawEllipse(dot);
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(255, 255, 255, int(255 * alpha)));
    const QString orgLabel = labels::orgName(data, org);
    painter->drawText(dot, Qt::AlignCenter, orgLabel.left(1).toUpper());

    const QRectF text(dot.right() + 6, r.top() + 4, r.right() - dot.right() - 12, r.height() - 8);
    QColor main(0x111827), sub(0x6b7280);
    main.setAlphaF(float(alpha));
    sub.setAlphaF(float(alpha));
    const QFontMetricsF bold(font);
    painter->setPen(main);
    const QString title =
        m >= 0 ? labels::modelName(data.models[size_t(m)]) : foldedLabel(model.foldedCount(node));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
                      bold.elidedText(title, Qt::ElideRight, text.width()));
    font.setBold(false);
    font.setPixelSize(10);
    painter->setFont(font);
    painter->setPen(sub);
    QString detail;
    if (m >= 0) {
        const ModelRecord &record = data.models[size_t(m)];
        detail = QStringLiteral("%1 · %2").arg(record.released.isEmpty() ? labels::notReported()
                                                                         : record.released,
                                               labels::kindLabel(record.kind));
    } else {
        detail = QCoreApplication::translate("EvolutionTree", "click to expand");
    }
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                      QFontMetricsF(font).elidedText(detail, Qt::ElideRight, text.width()));
}

void treepaint::paintYears(QPainter *painter, const EvolutionTreeModel &model, const QRectF &rect)
{
    const lineage::Layout &layout = model.layout();
    if (layout.days.empty())
        return;
    const bool horizontal = layout.orientation == lineage::Orientation::Horizontal;
    const auto [first, last] = std::minmax_element(layout.days.begin(), layout.days.end());
    const int y0 = QDate::fromJulianDay(*first).year(), y1 = QDate::fromJulianDay(*last).year();
    QFont font = painter->font();
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (int year = y0; year <= y1; ++year) {
        const double a = layout.axis.position(QDate(year, 1, 1).toJulianDay());
        const double b = layout.axis.position(QDate(year + 1, 1, 1).toJulianDay());
        const QRectF band = horizontal ? QRectF(a, rect.top(), b - a, rect.height())
                                       : QRectF(rect.left(), a, rect.width(), b - a);
        if (!band.intersects(rect))
            continue;
        painter->fillRect(band, year % 2 ? QColor(0xf7f8fa) : QColor(0xeef1f5));
        const QString label = QString::number(year);
        // Years squeezed by the shortened empty stretches keep their band but lose the label.
        if ((horizontal ? band.width() : band.height()) < metrics.horizontalAdvance(label) + 8)
            continue;
        painter->setPen(QColor(0x9ca3af));
        // Labels keep to the visible edge, but not beyond the tree's margin.
        const QRectF near = rect.intersected(model.bounds().adjusted(-40, -40, 40, 40));
        const QRectF place = horizontal ? QRectF(a + 6, near.top() + 4, b - a - 12, 20)
                                        : QRectF(near.left() + 6, a + 4, 60, 20);
        painter->drawText(place, Qt::AlignLeft | Qt::AlignTop, label);
    }
}

TreeLayer::TreeLayer(const EvolutionTreeModel &model) : m_model(model)
{
    setFlag(ItemUsesExtendedStyleOption);
}

void TreeLayer::reset()
{
    prepareGeometryChange();
    const size_t n = size_t(m_model.nodeCount());
    m_highlight.assign(n, 0);
    m_pinned.assign(n, 0);
    m_drawn.assign(n, 0);
    m_colors.resize(n);
    const CatalogData &data = m_model.data();
    for (size_t v = 0; v < n; ++v) {
        const int m = m_model.modelOf(int(v));
        m_colors[v] = treepaint::orgColor(
                          data, data.models[size_t(m >= 0 ? m : m_model.foldedParent(int(v)))].org)
                          .rgba();
    }
    m_highlightCount = 0;
    m_selected = -1;
}

void TreeLayer::setHighlight(const std::vector<int> &nodes)
{
    std::fill(m_highlight.begin(), m_highlight.end(), 0);
    for (int v : nodes)
        m_highlight[size_t(v)] = 1;
    m_highlightCount = int(nodes.size());
    update();
}

void TreeLayer::setSelected(int node)
{
    m_selected = node;
    update();
}

void TreeLayer::setPinnedPath(const std::vector<int> &nodes)
{
    std::fill(m_pinned.begin(), m_pinned.end(), 0);
    for (int v : nodes)
        m_pinned[size_t(v)] = 1;
    update();
}

QRectF TreeLayer::boundingRect() const
{
    return m_model.bounds().adjusted(-400, -400, 400, 400);
}

void TreeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    treepaint::paintYears(painter, m_model, exposed);
    // Edges reach cards somewhat outside the exposed area too.
    const double margin = 600;
    const std::vector<int> nodes =
        m_model.nodesIn(exposed.adjusted(-margin, -margin, margin, margin));
    for (int v : nodes)
        m_drawn[size_t(v)] = 1;
    paintEdges(painter, nodes, lod);
    for (int v : nodes)
        m_drawn[size_t(v)] = 0;

    if (lod < 0.3) {
        // Far away: cards are plain blocks in their organisation's colour, one batch per colour.
        std::unordered_map<QRgb, std::vector<QRectF>> blocks;
        for (int v : nodes) {
            const QRectF r = m_model.card(v);
            if (r.intersects(exposed))
                blocks[v == m_selected
                           ? QColor(0x1d4ed8).rgba()
                           : faded(QColor::fromRgba(m_colors[size_t(v)]), bright(v)).rgba()]
                    .push_back(r);
        }
        painter->setPen(Qt::NoPen);
        for (const auto &[color, rects] : blocks) {
            painter->setBrush(QColor::fromRgba(color));
            painter->drawRects(rects.data(), int(rects.size()));
        }
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (int v : nodes) {
        if (!m_model.card(v).intersects(exposed))
            continue;
        painter->setPen(faded(Qt::black, bright(v)));
        treepaint::paintCard(painter, m_model, v, v == m_selected || m_pinned[size_t(v)]);
    }
}

void TreeLayer::paintEdges(QPainter *painter, const std::vector<int> &nodes, double lod)
{
    const LineageGraph &graph = m_model.graph();
    std::vector<int> edges;
    for (int v : nodes)
        for (int e : graph.edgesOf(v)) {
            const LineageGraph::Edge &edge = graph.edges()[size_t(e)];
            // Drawn once: from its child when both ends are here.
            if (edge.parent != v || !m_drawn[size_t(edge.child)])
                edges.push_back(e);
        }
    // Far away, or where a model has thousands of children, edges are plain hairlines drawn in
    // one batch per relation and brightness.
    if (lod < 0.3 || edges.size() > 3000) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        std::map<std::pair<int, bool>, std::vector<QLineF>> batches;
        for (int e : edges) {
            const LineageGraph::Edge &edge = graph.edges()[size_t(e)];
            const bool lit = m_highlightCount == 0 ||
                             (m_highlight[size_t(edge.parent)] && m_highlight[size_t(edge.child)]);
            batches[{edge.relation, lit}].emplace_back(m_model.card(edge.parent).center(),
                                                       m_model.card(edge.child).center());
        }
        for (const auto &[key, lines] : batches) {
            const QString &relation = graph.relations()[key.first];
            QPen pen(faded(treepaint::relationColor(relation), key.second), 0);
            if (treepaint::isDashed(relation))
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->drawLines(lines.data(), int(lines.size()));
        }
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    for (int e : edges) {
        const LineageGraph::Edge &edge = graph.edges()[size_t(e)];
        const QString &relation = graph.relations()[edge.relation];
        const bool lit = m_highlightCount > 0 && m_highlight[size_t(edge.parent)] &&
                         m_highlight[size_t(edge.child)];
        const bool pinned = m_pinned[size_t(edge.parent)] && m_pinned[size_t(edge.child)];
        QPen pen(faded(treepaint::relationColor(relation), m_highlightCount == 0 || lit || pinned),
                 pinned ? 4 : (lit ? 2.2 : 1.4));
        if (treepaint::isDashed(relation))
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawPath(treepaint::edgePath(m_model.card(edge.parent), m_model.card(edge.child),
                                              m_model.orientation()));
    }
}
