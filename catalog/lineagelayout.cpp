#include "lineagelayout.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// The lowest lane at or after a start lane whose last card ends before a position: a segment
// tree over the lanes holding the minimum end position in each range.
class LaneTree final
{
public:
    explicit LaneTree(int lanes)
    {
        while (m_size < lanes)
            m_size *= 2;
        m_min.assign(size_t(m_size) * 2, -std::numeric_limits<double>::infinity());
    }

    int firstFree(int from, double position) const { return find(1, 0, m_size, from, position); }

    void set(int lane, double end)
    {
        size_t i = size_t(lane + m_size);
        m_min[i] = end;
        for (i /= 2; i >= 1; i /= 2)
            m_min[i] = std::min(m_min[2 * i], m_min[2 * i + 1]);
    }

private:
    int find(int node, int lo, int hi, int from, double position) const
    {
        if (hi <= from || m_min[size_t(node)] > position)
            return -1;
        if (hi - lo == 1)
            return lo;
        const int mid = (lo + hi) / 2;
        const int left = find(2 * node, lo, mid, from, position);
        return left >= 0 ? left : find(2 * node + 1, mid, hi, from, position);
    }

    int m_size = 1;
    std::vector<double> m_min;
};

// Release days pushed forward so that no node comes before a lineage parent, in topological
// order; nodes on a cycle (bad data) keep their own day.
std::vector<qint64> placedDays(const LineageGraph &graph, const std::vector<qint64> &days)
{
    const int n = graph.size();
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (int i = 0; i < n; ++i)
        if (size_t(i) < days.size() && days[size_t(i)] != lineage::kUnknownDay)
            earliest = std::min(earliest, days[size_t(i)]);
    if (earliest == std::numeric_limits<qint64>::max())
        earliest = QDate(2000, 1, 1).toJulianDay();
    std::vector<qint64> out(size_t(n), lineage::kUnknownDay);
    std::vector<int> waiting(size_t(n), 0), ready;
    for (int i = 0; i < n; ++i) {
        waiting[size_t(i)] = int(graph.parents(i).size());
        if (waiting[size_t(i)] == 0)
            ready.push_back(i);
    }
    auto settle = [&](int v) {
        qint64 day = size_t(v) < days.size() ? days[size_t(v)] : lineage::kUnknownDay;
        for (int p : graph.parents(v))
            if (out[size_t(p)] != lineage::kUnknownDay)
                day = std::max(day, out[size_t(p)]);
        out[size_t(v)] = day == lineage::kUnknownDay ? earliest : day;
    };
    for (size_t k = 0; k < ready.size(); ++k) {
        const int v = ready[k];
        settle(v);
        for (int c : graph.children(v))
            if (--waiting[size_t(c)] == 0)
                ready.push_back(c);
    }
    for (int v = 0; v < n; ++v)
        if (out[size_t(v)] == lineage::kUnknownDay)
            settle(v);
    return out;
}

lineage::TimeAxis makeAxis(const std::vector<qint64> &days, double extent, double density)
{
    lineage::TimeAxis axis;
    if (days.empty())
        return axis;
    const auto [first, last] = std::minmax_element(days.begin(), days.end());
    const QDate start = QDate::fromJulianDay(*first), end = QDate::fromJulianDay(*last);
    const int months = (end.year() - start.year()) * 12 + end.month() - start.month() + 1;
    std::vector<int> count(size_t(months), 0);
    for (qint64 day : days) {
        const QDate d = QDate::fromJulianDay(day);
        ++count[size_t((d.year() - start.year()) * 12 + d.month() - start.month())];
    }
    double position = 0;
    int emptyRun = 0;
    QDate month(start.year(), start.month(), 1);
    for (int i = 0; i <= months; ++i, month = month.addMonths(1)) {
        axis.stops.emplace_back(month.toJulianDay(), position);
        if (i == months)
            break;
        emptyRun = count[size_t(i)] == 0 ? emptyRun + 1 : 0;
        // A long empty stretch counts as half a year at most.
        if (emptyRun <= 6)
            position += extent * (0.15 + density * std::sqrt(double(count[size_t(i)])));
    }
    axis.pixelsPerDay = position / double(axis.stops.back().first - axis.stops.front().first);
    return axis;
}

} // namespace

qint64 lineage::releaseDay(const QString &released)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?$"));
    const QRegularExpressionMatch m = re.match(released.trimmed());
    if (!m.hasMatch())
        return kUnknownDay;
    const QDate date(m.captured(1).toInt(), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(),
                     m.captured(3).isEmpty() ? 1 : m.captured(3).toInt());
    return date.isValid() ? date.toJulianDay() : kUnknownDay;
}

double lineage::TimeAxis::position(qint64 day) const
{
    if (stops.empty())
        return 0;
    if (day <= stops.front().first)
        return stops.front().second - double(stops.front().first - day) * pixelsPerDay;
    if (day >= stops.back().first)
        return stops.back().second + double(day - stops.back().first) * pixelsPerDay;
    const auto it = std::lower_bound(stops.begin(), stops.end(), day,
                                     [](const auto &stop, qint64 d) { return stop.first < d; });
    const auto &[d1, p1] = *it;
    const auto &[d0, p0] = *(it - 1);
    return p0 + (p1 - p0) * double(day - d0) / double(d1 - d0);
}

lineage::Layout lineage::layout(const LineageGraph &graph, const std::vector<qint64> &days,
                                const std::vector<int> &groups, const LayoutOptions &options)
{
    const int n = graph.size();
    const bool horizontal = options.orientation == Orientation::Horizontal;
    const double extent = horizontal ? options.cardWidth : options.cardHeight;
    const double pitch = (horizontal ? options.cardHeight : options.cardWidth) + options.laneGap;
    auto groupOf = [&](int v) { return size_t(v) < groups.size() ? groups[size_t(v)] : 0; };

    Layout out;
    out.orientation = options.orientation;
    out.days = placedDays(graph, days);
    out.axis = makeAxis(out.days, extent, options.monthDensity);
    std::vector<double> position(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        position[size_t(v)] = out.axis.position(out.days[size_t(v)]);

    // Each node hangs under one parent: the latest one of its own group, else the latest one.
    std::vector<int> primary(size_t(n), -1);
    for (int v = 0; v < n; ++v) {
        auto better = [&](int a, int b) {
            const bool sameA = groupOf(a) == groupOf(v), sameB = groupOf(b) == groupOf(v);
            if (sameA != sameB)
                return sameA;
            return out.days[size_t(a)] != out.days[size_t(b)]
                       ? out.days[size_t(a)] > out.days[size_t(b)]
                       : a < b;
        };
        for (int p : graph.parents(v))
            if (primary[size_t(v)] < 0 || better(p, primary[size_t(v)]))
                primary[size_t(v)] = p;
    }
    // A cycle in the data would leave nodes without a root; the node where the walk meets its
    // own chain again becomes one.
    std::vector<char> state(size_t(n), 0); // 0 not seen, 1 on the current chain, 2 rooted
    std::vector<int> chain;
    for (int v = 0; v < n; ++v) {
        chain.clear();
        int u = v;
        while (u >= 0 && state[size_t(u)] == 0) {
            state[size_t(u)] = 1;
            chain.push_back(u);
            u = primary[size_t(u)];
        }
        if (u >= 0 && state[size_t(u)] == 1)
            primary[size_t(u)] = -1;
        for (int c : chain)
            state[size_t(c)] = 2;
    }

    // Children of each node in the spanning forest, by placed day: siblings in release order.
    auto byDay = [&](int a, int b) {
        return out.days[size_t(a)] != out.days[size_t(b)]
                   ? out.days[size_t(a)] < out.days[size_t(b)]
                   : a < b;
    };
    std::vector<int> offsets(size_t(n) + 1, 0), kids(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        if (primary[size_t(v)] >= 0)
            ++offsets[size_t(primary[size_t(v)]) + 1];
    for (int v = 0; v < n; ++v)
        offsets[size_t(v) + 1] += offsets[size_t(v)];
    {
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (int v = 0; v < n; ++v)
            if (primary[size_t(v)] >= 0)
                kids[size_t(fill[size_t(primary[size_t(v)])]++)] = v;
    }
    for (int v = 0; v < n; ++v)
        std::sort(kids.begin() + offsets[size_t(v)], kids.begin() + offsets[size_t(v) + 1], byDay);

    // Roots: larger groups first, then by day, so that each organisation forms one region.
    std::vector<int> roots, groupSize;
    for (int v = 0; v < n; ++v) {
        const int g = std::max(0, groupOf(v));
        if (size_t(g) >= groupSize.size())
            groupSize.resize(size_t(g) + 1, 0);
        ++groupSize[size_t(g)];
        if (primary[size_t(v)] < 0)
            roots.push_back(v);
    }
    std::sort(roots.begin(), roots.end(), [&](int a, int b) {
        const int ga = std::max(0, groupOf(a)), gb = std::max(0, groupOf(b));
        if (ga != gb)
            return groupSize[size_t(ga)] != groupSize[size_t(gb)]
                       ? groupSize[size_t(ga)] > groupSize[size_t(gb)]
                       : ga < gb;
        return byDay(a, b);
    });

    // Depth-first over each tree: a card takes the first lane, from its parent's lane down, that
    // is free at its day. Lanes fill left to right, so cards in one lane never overlap.
    LaneTree lanes(n + 1);
    out.lanes.assign(size_t(n), 0);
    int regionStart = 0, lastLane = -1, regionGroup = std::numeric_limits<int>::min();
    std::vector<int> stack;
    for (int root : roots) {
        if (groupOf(root) != regionGroup) {
            regionGroup = groupOf(root);
            regionStart = lastLane + 1;
        }
        stack.push_back(root);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            const int from =
                primary[size_t(v)] >= 0 ? out.lanes[size_t(primary[size_t(v)])] : regionStart;
            const int lane = lanes.firstFree(from, position[size_t(v)]);
            lanes.set(lane, position[size_t(v)] + extent + options.timeGap);
            out.lanes[size_t(v)] = lane;
            lastLane = std::max(lastLane, lane);
            for (int k = offsets[size_t(v) + 1] - 1; k >= offsets[size_t(v)]; --k)
                stack.push_back(kids[size_t(k)]);
        }
    }

    out.cards.resize(size_t(n));
    for (int v = 0; v < n; ++v) {
        const double t = position[size_t(v)], across = out.lanes[size_t(v)] * pitch;
        out.cards[size_t(v)] = horizontal
                                   ? QRectF(t, across, options.cardWidth, options.cardHeight)
                                   : QRectF(across, t, options.cardWidth, options.cardHeight);
        out.bounds = v == 0 ? out.cards[0] : out.bounds.united(out.cards[size_t(v)]);
    }
    return out;
}
