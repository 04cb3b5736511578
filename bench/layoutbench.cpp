#include "layoutbench.h"

#include "evolutiontreemodel.h"
#include "lineagelayout.h"
#include "syntheticcatalog.h"
#include "treecanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <unordered_map>

namespace {

struct Graph
{
    CatalogData data;
    LineageGraph graph;
    std::vector<qint64> days;
    std::vector<int> groups;
};

Graph synthetic(int models, quint64 seed)
{
    Graph g;
    g.data = synth::generate(models, seed);
    g.data.index();
    g.graph = LineageGraph(g.data);
    for (const ModelRecord &m : g.data.models) {
        g.days.push_back(lineage::releaseDay(m.released));
        g.groups.push_back(g.data.orgById.value(m.org, -1));
    }
    return g;
}

// Overlapping pairs of cards, counted over a grid of card-sized cells: a check that knows
// nothing of the layout's lanes.
long long countOverlaps(const std::vector<QRectF> &cards)
{
    if (cards.empty())
        return 0;
    const double w = cards[0].width(), h = cards[0].height();
    std::unordered_map<long long, std::vector<int>> cells;
    auto key = [](long long x, long long y) { return (x << 32) ^ (y & 0xffffffff); };
    for (int i = 0; i < int(cards.size()); ++i) {
        const QRectF &r = cards[size_t(i)];
        for (long long x = (long long)std::floor(r.left() / w);
             x <= (long long)std::floor(r.right() / w); ++x)
            for (long long y = (long long)std::floor(r.top() / h);
                 y <= (long long)std::floor(r.bottom() / h); ++y)
                cells[key(x, y)].push_back(i);
    }
    // A pair sharing several cells is counted once, in the cell holding both top-left corners'
    // maximum.
    long long count = 0;
    for (const auto &[k, members] : cells)
        for (size_t a = 0; a < members.size(); ++a)
            for (size_t b = a + 1; b < members.size(); ++b) {
                const QRectF &ra = cards[size_t(members[a])], &rb = cards[size_t(members[b])];
                const QRectF both = ra.intersected(rb);
                if (both.width() <= 0 || both.height() <= 0)
                    continue;
                const long long cx = (long long)std::floor(both.left() / w);
                const long long cy = (long long)std::floor(both.top() / h);
                if (key(cx, cy) == k)
                    ++count;
            }
    return count;
}

double timeLayout(const Graph &g, int repeats, lineage::Layout *out)
{
    double best = 1e18;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        *out = lineage::layout(g.graph, g.days, g.groups);
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

// Graphviz dot on the same lineage edges; -1 when it failed or took too long.
double timeDot(const QString &dot, const Graph &g, const QString &dir)
{
    const QString path = dir + QStringLiteral("/lineage-%1.dot").arg(g.graph.size());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QTextStream s(&file);
    s << "digraph lineage {\n rankdir=LR;\n node [shape=box,width=2.2,height=0.5];\n";
    for (int v = 0; v < g.graph.size(); ++v)
        s << " n" << v << " [label=\"" << g.data.models[size_t(v)].slug << "\"];\n";
    for (const LineageGraph::Edge &e : g.graph.edges())
        if (e.lineage)
            s << " n" << e.parent << " -> n" << e.child << ";\n";
    s << "}\n";
    file.close();
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(dot, {"-Tplain", "-o", "/dev/null", path});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        p.kill();
        return -1;
    }
    return t.nsecsElapsed() / 1e6;
}

QString figure(double ms)
{
    return ms < 0 ? QStringLiteral("n/a") : QString::number(ms, 'f', ms < 100 ? 1 : 0);
}

} // namespace

int runLayoutBench(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int max = 1000000;
    quint64 seed = 1;
    bool peer = true;
    const QStringList args = app.arguments();
    for (int i = 2; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == "--max" && i + 1 < args.size())
            max = args[++i].toInt(&ok);
        else if (args[i] == "--seed" && i + 1 < args.size())
            seed = args[++i].toULongLong(&ok);
        else if (args[i] == "--no-peer")
            peer = false;
        else
            ok = false;
        if (!ok) {
            std::fputs("usage: atlas-bench layout [--max N] [--seed S] [--no-peer]\n", stderr);
            return 2;
        }
    }
    const QString dot = peer ? QStandardPaths::findExecutable("dot") : QString();
    QTemporaryDir dir;
    QJsonObject json;
    long long overlaps = 0;
    std::printf("layout benchmark (seed %llu); dot: %s\n\n", seed,
                dot.isEmpty() ? "n/a (not on PATH)" : qPrintable(dot));
    std::printf("%10s %12s %10s %10s %12s %9s\n", "models", "layout ms", "dot ms", "x faster",
                "lanes", "overlaps");
    const std::pair<int, const char *> sizes[] = {
        {1000, "1k"}, {3000, "3k"}, {10000, "10k"}, {100000, "100k"}, {1000000, "1m"}};
    std::unique_ptr<Graph> view;
    for (const auto &[n, name] : sizes) {
        if (n > max)
            break;
        auto g = std::make_unique<Graph>(synthetic(n, seed));
        lineage::Layout layout;
        const double ms = timeLayout(*g, n >= 1000000 ? 1 : 3, &layout);
        const long long bad = countOverlaps(layout.cards);
        overlaps += bad;
        const double dotMs = !dot.isEmpty() && n <= 10000 ? timeDot(dot, *g, dir.path()) : -1;
        const int lanes = layout.lanes.empty()
                              ? 0
                              : *std::max_element(layout.lanes.begin(), layout.lanes.end()) + 1;
        std::printf("%10d %12.1f %10s %10s %12d %9lld\n", n, ms, qPrintable(figure(dotMs)),
                    dotMs > 0 ? qPrintable(QString::number(dotMs / ms, 'f', 0)) : "", lanes, bad);
        std::fflush(stdout);
        json.insert(QStringLiteral("layout_%1_ms").arg(name), qRound(ms * 10) / 10.0);
        if (n <= 10000)
            json.insert(QStringLiteral("dot_%1_ms").arg(name),
                        dotMs < 0 ? QJsonValue() : QJsonValue(qRound(dotMs)));
        if (n == 100000)
            view = std::move(g);
    }
    json.insert("overlaps", overlaps);

    if (view) {
        // The tree view over 100,000 nodes, nothing folded: the whole tree, then one zoom step.
        EvolutionTreeModel model(view->data);
        model.setFoldAbove(0);
        model.rebuild();
        TreeCanvas canvas(model);
        canvas.resize(1600, 1000);
        canvas.show();
        canvas.reload(-1);
        canvas.fit();
        QApplication::processEvents();
        auto repaint = [&] {
            QElapsedTimer t;
            t.start();
            canvas.viewport()->repaint();
            return t.nsecsElapsed() / 1e6;
        };
        repaint();
        const double full = repaint();
        QElapsedTimer t;
        t.start();
        canvas.zoomBy(1.25);
        canvas.viewport()->repaint();
        const double zoom = t.nsecsElapsed() / 1e6;
        canvas.resetTransform();
        canvas.centerOn(model.card(0).center());
        repaint();
        const double close = repaint();
        std::printf("\ntree view, 100,000 nodes: full-view repaint %.1f ms, zoom step %.1f ms, "
                    "repaint at card size %.1f ms\n",
                    full, zoom, close);
        json.insert("repaint_full_100k_ms", qRound(full * 10) / 10.0);
        json.insert("zoom_step_100k_ms", qRound(zoom * 10) / 10.0);
        json.insert("repaint_close_100k_ms", qRound(close * 10) / 10.0);
    }
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
