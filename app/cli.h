#pragma once

#include <QStringList>

class QFileDevice;

// The command-line interface of `model-atlas`. Parsing is separate from running so that main()
// can decide, before any QApplication exists, whether a window is needed.
namespace cli {

// An output that cannot be written (a missing or read-only folder, a full disk) is reported
// as a usage error: the user picks another --out.
enum ExitCode { Ok = 0, Usage = 2, BadCatalog = 3, NotFound = 4 };

struct Options
{
    QString command; // empty: open the window
    QStringList arguments;
    QString catalogPath; // empty: the built-in catalog
    QString language;    // empty: the system locale
    bool json = false;
    int limit = 20;  // search: how many results
    QString outPath; // export: the file to write
    QString root;    // export tree: the family to draw (--root SLUG)
    QString orient;  // export tree: "h" or "v" (--orient)
    QString query;   // export list: the search query (--query)
    bool help = false;
    bool version = false;
    QString error; // a usage error, reported with exit code 2
};

Options parse(const QStringList &arguments);
QString helpText();

// Prints "model-atlas: MESSAGE" as one line on stderr and returns `code`: every failure of the
// command line is said this way.
int fail(const QString &message, int code);
// `value` as quoted in a message: cut to a readable length, so that one line stays one line.
QString shown(const QString &value);
// Why `path` cannot be the output of an export (empty when it can): a folder, a missing or
// read-only folder, something that is not a regular file.
QString outPathProblem(const QString &path);
// The line to print when writing `path` through `file` failed, with the system's reason.
QString writeProblem(const QString &path, const QFileDevice &file);

// Runs a subcommand, printing to stdout / stderr. Returns the process exit code.
int run(const Options &options);

} // namespace cli
