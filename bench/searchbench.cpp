#include "searchbench.h"

#include "fts5peer.h"

#include "catalog.h"
#include "searchindex.h"
#include "searchtext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

using Clock = std::chrono::steady_clock;

const QStringList kScripts = {"deepseek coder", "llama 3 8b instruct",       "mixtrl",
                              "qwen2.5 72b",    "org:meta ctx:>=128k llama", "深度求索",
                              "gpt4o"};

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double peakRssMb()
{
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

struct Samples
{
    std::vector<double> ours, fts5;
};

} // namespace

QString searchCatalogPath(const SearchBenchOptions &o)
{
    return QDir(o.cacheDir)
        .filePath(QStringLiteral("synth-%1-seed%2-v4.sqlite").arg(o.models).arg(o.seed));
}

int prepareSearchCatalog(const SearchBenchOptions &o)
{
    QDir().mkpath(o.cacheDir);
    const QString catalogPath = searchCatalogPath(o);
    if (!QFileInfo::exists(catalogPath)) {
        // A child process generates it, so that this process's peak memory is the app's.
        std::printf("generating %d models into %s ...\n", o.models, qPrintable(catalogPath));
        std::fflush(stdout);
        const auto t0 = Clock::now();
        const int rc =
            QProcess::execute(o.selfBinary, {"synth", "--models", QString::number(o.models),
                                             "--seed", QString::number(o.seed), catalogPath});
        if (rc != 0) {
            std::fprintf(stderr, "atlas-bench: generating the catalog failed\n");
            return 1;
        }
        std::printf("generated in %.1f s\n", ms(Clock::now() - t0) / 1000);
    }
    return 0;
}

int runSearchBench(const SearchBenchOptions &o)
{
    if (const int rc = prepareSearchCatalog(o); rc != 0)
        return rc;
    const QString stem = QStringLiteral("synth-%1-seed%2-v4").arg(o.models).arg(o.seed);
    const QString catalogPath = searchCatalogPath(o);

    const auto t0 = Clock::now();
    QString error;
    std::unique_ptr<Catalog> catalog = Catalog::open(catalogPath, &error);
    if (!catalog) {
        std::fprintf(stderr, "atlas-bench: %s\n", qPrintable(error));
        return 1;
    }
    const auto t1 = Clock::now();
    const std::shared_ptr<const SearchIndex> stored = catalog->searchIndex();
    const SearchIndex &index = *stored;
    const auto t2 = Clock::now();
    if (!catalog->searchIndexNote().isEmpty())
        std::printf("search index built, not read: %s\n", qPrintable(catalog->searchIndexNote()));
    const double openMs = ms(t1 - t0), indexMs = ms(t2 - t1);

    // Every prefix of every script, as typed.
    QStringList keystrokes;
    for (const QString &script : kScripts)
        for (int i = 1; i <= script.size(); ++i)
            keystrokes << script.left(i);

    Samples all;
    std::vector<Samples> perScript(size_t(kScripts.size()));
    std::vector<qint64> counts;
    for (int rep = 0; rep < o.repeats; ++rep) {
        size_t k = 0;
        for (qsizetype s = 0; s < kScripts.size(); ++s) {
            for (int i = 1; i <= kScripts[s].size(); ++i, ++k) {
                const auto a = Clock::now();
                SearchOptions options;
                options.limit = o.list ? 1000 : 100;
                options.facets = o.list;
                const SearchResult r =
                    index.search(SearchQuery::parse(keystrokes[qsizetype(k)]), options);
                const double t = ms(Clock::now() - a);
                all.ours.push_back(t);
                perScript[size_t(s)].ours.push_back(t);
                if (rep == 0)
                    counts.push_back(r.count);
                if (rep == 0 && o.verbose)
                    std::printf("  %-30s %8.2f ms %9lld\n", qPrintable(keystrokes[qsizetype(k)]), t,
                                (long long)r.count);
            }
        }
    }
    const double rssMb = peakRssMb();
    // What opening would cost without the index saved in the catalog: building it.
    const auto b0 = Clock::now();
    const double buildMb = double(SearchIndex(catalog->data()).memoryBytes()) / 1e6;
    const double buildMs = ms(Clock::now() - b0);

    // The peer, over the same normalised names.
    Fts5Peer fts;
    if (o.peer) {
        const CatalogData &data = catalog->data();
        std::vector<std::string> texts;
        std::vector<int> notability;
        texts.reserve(data.models.size());
        for (const ModelRecord &m : data.models) {
            std::string t = searchtext::normalise(m.name);
            for (const QString &a : m.aliases)
                t += " " + searchtext::normalise(a);
            t += " " + searchtext::normalise(m.slug);
            texts.push_back(std::move(t));
            notability.push_back(m.notability);
        }
        const QString ftsPath = QDir(o.cacheDir).filePath(stem + ".fts5.sqlite");
        if (!fts.open(ftsPath, texts, notability, &error)) {
            std::fprintf(stderr, "atlas-bench: FTS5: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::vector<qint64> top;
    QList<qint64> ftsCounts;
    for (int rep = 0; rep < (o.peer ? o.repeats : 0); ++rep) {
        size_t k = 0;
        for (qsizetype s = 0; s < kScripts.size(); ++s) {
            for (int i = 1; i <= kScripts[s].size(); ++i, ++k) {
                // FTS5 has no facets: it gets the free text of the query.
                const std::string q =
                    searchtext::normalise(SearchQuery::parse(keystrokes[qsizetype(k)]).text);
                const auto a = Clock::now();
                const qint64 c = fts.search(q, 100, &top);
                const double t = ms(Clock::now() - a);
                all.fts5.push_back(t);
                perScript[size_t(s)].fts5.push_back(t);
                if (rep == 0)
                    ftsCounts.append(c);
            }
        }
    }

    std::printf("\nsearch benchmark: %d models (seed %llu), %lld keystrokes x %d\n", o.models,
                (unsigned long long)o.seed, (long long)keystrokes.size(), o.repeats);
    std::printf("open %.0f ms + index %.0f ms (%s) = %.0f ms; peak RSS %.0f MB; index %.0f MB\n",
                openMs, indexMs, catalog->searchIndexNote().isEmpty() ? "read" : "built",
                openMs + indexMs, rssMb, double(index.memoryBytes()) / 1e6);
    std::printf("building the index instead of reading it: %.0f ms (%.0f MB)\n\n", buildMs,
                buildMb);
    std::printf("%-28s %8s %8s %8s | %8s %8s %8s | %9s %9s\n", "typed (one key at a time)",
                "p50 ms", "p95 ms", "max ms", "fts5 p50", "fts5 p95", "fts5 max", "last hits",
                "fts5 hits");
    size_t k = 0;
    for (qsizetype s = 0; s < kScripts.size(); ++s) {
        const Samples &p = perScript[size_t(s)];
        k += size_t(kScripts[s].size());
        std::printf("%-28s %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f | %9lld %9lld\n",
                    qPrintable(kScripts[s]), percentile(p.ours, 0.5), percentile(p.ours, 0.95),
                    percentile(p.ours, 1), percentile(p.fts5, 0.5), percentile(p.fts5, 0.95),
                    percentile(p.fts5, 1), (long long)counts[k - 1],
                    (long long)ftsCounts.value(k - 1, -1));
    }
    const double p50 = percentile(all.ours, 0.5), p95 = percentile(all.ours, 0.95);
    const double f50 = percentile(all.fts5, 0.5), f95 = percentile(all.fts5, 0.95);
    std::printf("%-28s %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f |\n\n", "all keystrokes", p50, p95,
                percentile(all.ours, 1), f50, f95, percentile(all.fts5, 1));
    const QJsonObject json{
        {"models", o.models},
        {"seed", qint64(o.seed)},
        {"open_ms", qRound(openMs + indexMs)},
        {"catalog_open_ms", qRound(openMs)},
        {"index_ms", qRound(indexMs)},
        {"index_build_ms", qRound(buildMs)},
        {"rss_mb", qRound(rssMb)},
        {"p50_ms", qRound(p50 * 100) / 100.0},
        {"p95_ms", qRound(p95 * 100) / 100.0},
        {"fts5_p50_ms", o.peer ? QJsonValue(qRound(f50 * 100) / 100.0) : QJsonValue()},
        {"fts5_p95_ms", o.peer ? QJsonValue(qRound(f95 * 100) / 100.0) : QJsonValue()}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
