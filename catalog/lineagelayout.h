#pragma once

#include "lineagegraph.h"

#include <QRectF>

#include <limits>
#include <vector>

// The layout of the evolution tree: a pure function from models (release days, organisation) and
// their lineage edges to card rectangles on a time axis.
namespace lineage {

constexpr qint64 kUnknownDay = std::numeric_limits<qint64>::min();

// The Julian day a model was released ("2024", "2024-05" or "2024-05-17"; a year or month alone
// counts from its first day); kUnknownDay when empty or malformed.
qint64 releaseDay(const QString &released);

enum class Orientation { Horizontal, Vertical }; // time runs left to right, or top to bottom

struct LayoutOptions
{
    Orientation orientation = Orientation::Horizontal;
    double cardWidth = 200;
    double cardHeight = 44;
    double timeGap = 14; // between neighbouring cards along the time axis
    double laneGap = 10; // between lanes
    // A month with n cards gets (0.15 + monthDensity * sqrt(n)) card extents along the time
    // axis: busy months widen, empty stretches shrink, and the lanes stay few.
    double monthDensity = 0.7;
};

// Maps days to positions along the time axis: piecewise linear through `stops` (the first day of
// each month), months outside at the average pace.
struct TimeAxis
{
    std::vector<std::pair<qint64, double>> stops; // ascending days
    double pixelsPerDay = 1;
    double position(qint64 day) const;
};

struct Layout
{
    Orientation orientation = Orientation::Horizontal;
    std::vector<QRectF> cards; // one per node, in scene coordinates
    std::vector<int> lanes;    // the lane of each card, counted from 0
    std::vector<qint64> days;  // the day each card is placed at (never before its parents)
    TimeAxis axis;
    QRectF bounds;
};

// Places every node of `graph`: cards never overlap, a child never starts before any of its
// lineage parents, siblings follow their release order, each family keeps to a block of
// neighbouring lanes (grouped by `groups`, e.g. organisation, when given) so that few edges
// cross. Non-lineage edges are ignored. Deterministic; O(n log n).
Layout layout(const LineageGraph &graph, const std::vector<qint64> &days,
              const std::vector<int> &groups, const LayoutOptions &options = {});

} // namespace lineage
