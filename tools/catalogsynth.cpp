// catalog-synth: writes a synthetic catalog for benchmarks.
//   catalog-synth --models N [--seed S] OUT.sqlite
#include "syntheticcatalog.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int models = 1000;
    quint64 seed = 1;
    QString out;
    bool ok = true;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == "--models" && i + 1 < args.size())
            models = args[++i].toInt(&ok);
        else if (args[i] == "--seed" && i + 1 < args.size())
            seed = args[++i].toULongLong(&ok);
        else if (!args[i].startsWith('-') && out.isEmpty())
            out = args[i];
        else
            ok = false;
        if (!ok)
            break;
    }
    if (!ok || out.isEmpty() || models < 1) {
        std::fputs("usage: catalog-synth --models N [--seed S] OUT.sqlite\n", stderr);
        return 2;
    }
    QString error;
    if (!synth::write(models, seed, out, &error)) {
        std::fprintf(stderr, "catalog-synth: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
