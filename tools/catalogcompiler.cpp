// catalog-compiler: checks the catalog's text sources and compiles them into an SQLite catalog.
//   catalog-compiler --lint DATA_DIR
//   catalog-compiler DATA_DIR --out FILE
// Exit codes: 0 clean, 1 problems in the sources (each printed as file:line: message), 2 usage,
// 3 the catalog could not be written.

#include "catalogsources.h"
#include "catalogwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("catalog-compiler");
    QCommandLineParser parser;
    parser.setApplicationDescription("Checks Model Atlas catalog sources and compiles them.");
    parser.addHelpOption();
    parser.addPositionalArgument("data",
                                 "The data folder holding orgs/, models/ and benchmarks.toml.");
    const QCommandLineOption lint("lint", "Only check the sources.");
    const QCommandLineOption out("out", "Write the compiled catalog to <file>.", "file");
    parser.addOption(lint);
    parser.addOption(out);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "catalog-compiler: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || parser.isSet(lint) == parser.isSet(out)) {
        std::fputs(
            "usage: catalog-compiler --lint DATA_DIR | catalog-compiler DATA_DIR --out FILE\n",
            stderr);
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const CatalogSources sources = readCatalogSources(args.first());
    for (const SourceIssue &issue : sources.issues)
        std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
    // Sources with problems never reach the output: a previous catalog stays as it was.
    if (!sources.issues.isEmpty()) {
        std::fprintf(stderr, "%lld problem(s) found\n",
                     static_cast<long long>(sources.issues.size()));
        return 1;
    }
    if (parser.isSet(out)) {
        // writeCatalog() builds the new catalog beside the output and replaces it only when it
        // is complete; the output is never removed here first.
        QString error;
        if (!writeCatalog(sources.data, sources.details, parser.value(out), &error)) {
            std::fprintf(stderr, "catalog-compiler: %s\n", qPrintable(error));
            return 3;
        }
    }
    std::printf("%zu models, %zu orgs, %zu lineage edges, %zu scores (%lld ms)\n",
                sources.data.models.size(), sources.data.orgs.size(), sources.data.lineage.size(),
                sources.data.scores.size(), static_cast<long long>(timer.elapsed()));
    return 0;
}
