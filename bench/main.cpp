// atlas-bench: performance figures for the README (never timed in unit tests).
//   atlas-bench search --models N [--seed S] [--repeats R] [--cache DIR] [--verbose]
//                      [--no-peer] [--list]
//   atlas-bench synth --models N [--seed S] OUT.sqlite   (used by `search` to make catalogs)
//   atlas-bench layout [--max N] [--seed S] [--no-peer]
#include "layoutbench.h"
#include "searchbench.h"
#include "syntheticcatalog.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

int usage()
{
    std::fputs("usage: atlas-bench search --models N [--seed S] [--repeats R] [--cache DIR]\n"
               "                          [--verbose] [--no-peer] [--list]\n"
               "       atlas-bench synth --models N [--seed S] OUT.sqlite\n"
               "       atlas-bench layout [--max N] [--seed S] [--no-peer]\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // The layout benchmark draws the tree view, so it makes a QApplication of its own.
    if (argc > 1 && qstrcmp(argv[1], "layout") == 0)
        return runLayoutBench(argc, argv);
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return usage();
    SearchBenchOptions o;
    o.selfBinary = QCoreApplication::applicationFilePath();
    o.cacheDir = QDir(QDir::tempPath()).filePath("atlas-bench-cache");
    QString out;
    bool ok = true;
    for (int i = 2; ok && i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "--models" && hasValue)
            o.models = args[++i].toInt(&ok);
        else if (a == "--seed" && hasValue)
            o.seed = args[++i].toULongLong(&ok);
        else if (a == "--repeats" && hasValue)
            o.repeats = args[++i].toInt(&ok);
        else if (a == "--verbose")
            o.verbose = true;
        else if (a == "--no-peer")
            o.peer = false;
        else if (a == "--list")
            o.list = true;
        else if (a == "--cache" && hasValue)
            o.cacheDir = args[++i];
        else if (!a.startsWith('-') && out.isEmpty())
            out = a;
        else
            ok = false;
    }
    if (!ok || o.models < 1 || o.repeats < 1)
        return usage();
    if (args[1] == "search" && out.isEmpty())
        return runSearchBench(o);
    if (args[1] == "synth" && !out.isEmpty()) {
        QString error;
        if (!synth::write(o.models, o.seed, out, &error)) {
            std::fprintf(stderr, "atlas-bench: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    return usage();
}
