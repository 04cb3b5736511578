#include "cli.h"

#include "clicommands.h"

#include "cardjson.h"
#include "catalog.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace {

const QStringList kCommands = {"card", "search", "export"};

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

} // namespace

cli::Options cli::parse(const QStringList &arguments)
{
    Options o;
    bool positionalOnly = false; // after "--", every argument is a slug or a query
    // Global options may come before or after the subcommand.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!positionalOnly && a == "--") {
            positionalOnly = true;
            continue;
        }
        if (positionalOnly) {
            if (o.command.isEmpty())
                o.command = a;
            else
                o.arguments << a;
            continue;
        }
        auto value = [&](QString &target) {
            const qsizetype eq = a.indexOf('=');
            if (eq > 0) {
                target = a.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                target = arguments.at(++i);
            } else {
                o.error = QStringLiteral("%1 needs a value").arg(a);
            }
        };
        if (a == "--help" || a == "-h")
            o.help = true;
        else if (a == "--version" || a == "-v")
            o.version = true;
        else if (a == "--json")
            o.json = true;
        else if (a == "--catalog" || a.startsWith("--catalog="))
            value(o.catalogPath);
        else if (a == "--lang" || a.startsWith("--lang="))
            value(o.language);
        else if (a == "--out" || a.startsWith("--out="))
            value(o.outPath);
        else if (a == "--root" || a.startsWith("--root="))
            value(o.root);
        else if (a == "--orient" || a.startsWith("--orient="))
            value(o.orient);
        else if (a == "--query" || a.startsWith("--query="))
            value(o.query);
        else if (a == "--limit" || a.startsWith("--limit=")) {
            QString n;
            value(n);
            bool ok = false;
            o.limit = n.toInt(&ok);
            if (o.error.isEmpty() && (!ok || o.limit < 1))
                o.error = QStringLiteral("--limit needs a positive number");
        } else if (a.startsWith('-') && a != "-")
            o.error = QStringLiteral("unknown option %1").arg(shown(a));
        else if (o.command.isEmpty())
            o.command = a;
        else
            o.arguments << a;
        if (!o.error.isEmpty())
            return o;
    }
    if (!o.command.isEmpty() && !kCommands.contains(o.command))
        o.error = QStringLiteral("unknown command '%1'").arg(shown(o.command));
    else if (o.command == "card" && o.arguments.size() != 1)
        o.error = QStringLiteral("card needs exactly one model slug");
    else if (o.command == "export" && (o.arguments.isEmpty() || o.outPath.isEmpty()))
        o.error = QStringLiteral(
            "export needs what to export (card, tree, compare, list) and --out FILE");
    else if (o.command == "search" && o.arguments.size() != 1)
        o.error = QStringLiteral("search needs exactly one query (quote it)");
    else if (!o.language.isEmpty() && o.language != "en" && o.language != "zh_CN")
        o.error =
            QStringLiteral("unsupported language '%1' (use en or zh_CN)").arg(shown(o.language));
    return o;
}

int cli::fail(const QString &message, int code)
{
    std::fputs(("model-atlas: " + message + "\n").toUtf8().constData(), stderr);
    return code;
}

QString cli::shown(const QString &value)
{
    constexpr qsizetype kLongest = 80;
    return value.size() <= kLongest ? value : value.left(kLongest - 1) + QChar(0x2026);
}

QString cli::outPathProblem(const QString &path)
{
    const QFileInfo out(path);
    if (out.isDir())
        return QStringLiteral("cannot write %1: it is a folder").arg(path);
    const QFileInfo folder(out.absolutePath());
    if (!folder.exists())
        return QStringLiteral("cannot write %1: the folder %2 does not exist")
            .arg(path, folder.filePath());
    if (!folder.isDir())
        return QStringLiteral("cannot write %1: %2 is not a folder").arg(path, folder.filePath());
    // The file is written beside itself and renamed over, so the folder must be writable.
    if (!folder.isWritable())
        return QStringLiteral("cannot write %1: the folder %2 is not writable")
            .arg(path, folder.filePath());
    if (out.exists() && !out.isFile())
        return QStringLiteral("cannot write %1: it is not a regular file").arg(path);
    return {};
}

QString cli::writeProblem(const QString &path, const QFileDevice &file)
{
    // An encoder that fails leaves no error on the file itself.
    const QString reason = file.error() != QFileDevice::NoError
                               ? file.errorString()
                               : QStringLiteral("the file could not be encoded");
    return QStringLiteral("cannot write %1: %2").arg(path, reason);
}

QString cli::helpText()
{
    return QStringLiteral(
        "Usage: model-atlas [options] [command]\n"
        "\n"
        "Explore a catalog of AI models offline. Without a command, opens the window.\n"
        "\n"
        "Commands:\n"
        "  card SLUG --json     print every value of a model's card as JSON\n"
        "  search QUERY --json [--limit N]\n"
        "                       print the best matches as a JSON array\n"
        "  export card SLUG --out FILE.png|pdf\n"
        "  export tree [--root SLUG] [--orient h|v] --out FILE.png|svg\n"
        "  export compare SLUG SLUG [SLUG SLUG] --out FILE.png|pdf\n"
        "  export list [--query Q] --out FILE.csv|json\n"
        "\n"
        "Options (before or after the command):\n"
        "  --catalog PATH       open this catalog instead of the built-in one\n"
        "  --lang en|zh_CN      interface and text language (default: the system's)\n"
        "  --json               machine-readable output\n"
        "  -h, --help           show this help\n"
        "  -v, --version        show the version\n"
        "\n"
        "  --                   end of options: what follows is a slug or a query,\n"
        "                       even when it starts with '-'\n"
        "\n"
        "Exit codes: 0 ok, 2 usage error or an output file that cannot be written,\n"
        "3 unusable catalog, 4 unknown model.\n");
}

int cli::run(const Options &o)
{
    if (!o.error.isEmpty()) {
        return fail(o.error + " (see --help)", Usage);
    }
    if (o.help) {
        printOut(helpText());
        return Ok;
    }
    if (o.version) {
        printOut(QStringLiteral("model-atlas %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    QString error;
    // A destination that cannot be written is refused before any work is done.
    if (o.command == "export") {
        if (const QString problem = outPathProblem(o.outPath); !problem.isEmpty()) {
            return fail(problem, Usage);
        }
    }
    std::unique_ptr<Catalog> catalog = o.catalogPath.isEmpty()
                                           ? Catalog::openResource(":/data/catalog.sqlite", &error)
                                           : Catalog::open(o.catalogPath, &error);
    if (!catalog) {
        return fail(error, BadCatalog);
    }
    if (o.command == "search")
        return runSearchCommand(o, *catalog);
    if (o.command == "export")
        return runExportCommand(o, *catalog);
    if (o.command == "card") {
        if (!o.json) {
            return fail("card prints JSON only: add --json", Usage);
        }
        const int model = catalog->data().model(o.arguments.first());
        if (model < 0) {
            return fail(QStringLiteral("no model with slug '%1'").arg(shown(o.arguments.first())),
                        NotFound);
        }
        const QString lang = o.language.isEmpty() ? QStringLiteral("en") : o.language;
        printOut(QString::fromUtf8(QJsonDocument(cardJson(*catalog, model, lang)).toJson()));
        return Ok;
    }
    return Usage;
}
