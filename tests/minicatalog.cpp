#include "minicatalog.h"

#include "catalogsources.h"
#include "catalogwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

void writeFile(const QString &dir, const QString &relativePath, const QString &text)
{
    const QString path = QDir(dir).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

namespace {

QString model(const QString &slug, const QString &name, const QString &org, const QString &released,
              const QString &extra)
{
    return QStringLiteral(R"(slug = "%1"
name = "%2"
org = "%3"
kind = "language"
released = "%4"
status = "active"
open_weights = true
pricing_model = "free"
notability = 5
last_verified = "2026-01-10"
%5
[[sources]]
url = "https://example.org/%1"
title = "%2 model card"
verified = "2026-01-10"

[text.en]
tagline = "Tagline of %2"
summary = "Summary of %2."

[text.zh_CN]
tagline = "%2 的标语"
summary = "%2 的简介。"
)")
        .arg(slug, name, org, released, extra);
}

} // namespace

void writeMiniSources(const QString &dir)
{
    writeFile(dir, "orgs/alpha.toml",
              "id = \"alpha\"\nname = \"Alpha Labs\"\nname_zh = \"阿尔法实验室\"\n");
    writeFile(dir, "orgs/beta.toml", "id = \"beta\"\nname = \"Beta AI\"\nname_zh = \"贝塔智能\"\n");
    writeFile(dir, "benchmarks.toml", R"([[benchmark]]
id = "aa_intelligence"
name = "AA Intelligence Index"
name_zh = "AA 智能指数"
unit = "points"
min = 0
max = 100
)");
    writeFile(dir, "capabilities.toml", R"([[capability]]
id = "coding"
name = "Coding"
name_zh = "编程"
meaning = "Writes code."
meaning_zh = "编写代码。"
)");
    writeFile(
        dir, "models/alpha/alpha-base.toml",
        model("alpha-base", "Alpha Base", "alpha", "2023-03-01",
              "context_tokens = 32000\nparams_total = 7000000000\ncapabilities = [\"coding\"]\n"
              "\n[[scores]]\nbenchmark = \"aa_intelligence\"\nvalue = 20.5\n"
              "source = \"https://example.org/aa\"\nas_of = \"2026-01-10\"\n"));
    writeFile(dir, "models/alpha/alpha-coder.toml",
              model("alpha-coder", "Alpha Coder", "alpha", "2023-09-15",
                    "context_tokens = 128000\naliases = [\"alpha-coder-instruct\"]\n"
                    "\n[[lineage]]\nparent = \"alpha-base\"\nrelation = \"fine_tunes\"\n"
                    "source = \"https://example.org/alpha-coder\"\n"));
    writeFile(dir, "models/alpha/alpha-two.toml",
              model("alpha-two", "Alpha Two", "alpha", "2024-05",
                    "\n[[lineage]]\nparent = \"alpha-base\"\nrelation = \"successor_of\"\n"
                    "source = \"https://example.org/alpha-two\"\n"));
    writeFile(dir, "models/beta/beta-chat.toml",
              model("beta-chat", "Beta Chat", "beta", "2024-01-20",
                    "name_zh = \"贝塔对话\"\n"
                    "\n[[lineage]]\nparent = \"alpha-base\"\nrelation = \"competes_with\"\n"
                    "source = \"https://example.org/beta\"\n"));
}

QString compileMiniCatalog(const QString &dir)
{
    writeMiniSources(dir);
    const CatalogSources sources = readCatalogSources(dir, QDate(2026, 11, 29));
    for (const SourceIssue &issue : sources.issues)
        qWarning("%s", qPrintable(issue.toString()));
    const QString path = QDir(dir).filePath("catalog.sqlite");
    QString error;
    if (!sources.issues.isEmpty() || !writeCatalog(sources.data, sources.details, path, &error))
        return {};
    return path;
}
