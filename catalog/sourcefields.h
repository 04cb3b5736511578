#pragma once

// Internal to readCatalogSources(): the allowed values of the source files' fields, and a reader
// of typed fields that records what is wrong with them, with file and line.
#include "catalogsources.h"
#include "tomlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace sourcefields {

inline const QStringList kKinds = {"language", "code",    "multimodal", "image",
                                   "video",    "audio",   "speech",     "embedding",
                                   "robotics", "science", "paper"};
inline const QStringList kStatuses = {"active", "superseded", "deprecated", "foundational"};
inline const QStringList kPricing = {"pay_per_token", "free", "subscription", "research",
                                     "not_disclosed"};
inline const QStringList kStates = {"available", "not_available", "released", "contact_sales"};
inline const QStringList kLangs = {"en", "zh_CN"};

// What a key of a source table holds: a value, a [table] (or inline table) or an array of
// [[tables]].
enum class Kind { Value, Table, TableArray };
struct KeySpec
{
    const char *name;
    Kind kind = Kind::Value;
};
using Schema = std::vector<KeySpec>;

// The keys each kind of table may hold (data/README.md).
inline const Schema kOrgKeys = {{"id"},  {"name"},  {"name_zh"}, {"country"},
                                {"url"}, {"color"}, {"aliases"}};
inline const Schema kBenchmarkFileKeys = {{"benchmark", Kind::TableArray}};
inline const Schema kBenchmarkKeys = {{"id"},  {"name"}, {"name_zh"}, {"unit"},
                                      {"min"}, {"max"},  {"url"}};
inline const Schema kCapabilityFileKeys = {{"capability", Kind::TableArray}};
inline const Schema kCapabilityKeys = {{"id"}, {"name"}, {"name_zh"}, {"meaning"}, {"meaning_zh"}};
inline const Schema kModelKeys = {{"slug"},
                                  {"name"},
                                  {"name_zh"},
                                  {"org"},
                                  {"kind"},
                                  {"released"},
                                  {"status"},
                                  {"params_total"},
                                  {"params_active"},
                                  {"architecture"},
                                  {"context_tokens"},
                                  {"max_output_tokens"},
                                  {"open_weights"},
                                  {"license"},
                                  {"price_input"},
                                  {"price_output"},
                                  {"output_tps"},
                                  {"pricing_model"},
                                  {"notability"},
                                  {"capabilities"},
                                  {"aliases"},
                                  {"last_verified"},
                                  {"note"},
                                  {"availability", Kind::Table},
                                  {"scores", Kind::TableArray},
                                  {"lineage", Kind::TableArray},
                                  {"sources", Kind::TableArray},
                                  {"text", Kind::Table}};
inline const Schema kAvailabilityKeys = {{"api"}, {"product"}, {"open_source"}, {"enterprise"}};
inline const Schema kScoreKeys = {{"benchmark"}, {"value"}, {"source"}, {"as_of"}};
inline const Schema kLineageKeys = {{"parent"}, {"relation"}, {"source"}};
inline const Schema kSourceKeys = {{"url"}, {"title"}, {"verified"}};
inline const Schema kTextKeys = {{"en", Kind::Table}, {"zh_CN", Kind::Table}};
inline const Schema kLangKeys = {{"tagline"},    {"summary"},  {"why_it_matters"},
                                 {"feels_like"}, {"best_for"}, {"not_ideal_for"},
                                 {"tools"}};

// Edit distance, for "did you mean" on misspelt keys.
inline int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min(
                {up + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

// Reads typed fields from one TOML table and records what is wrong with them. Nothing is
// changed on the way: a value that is not exactly what the field allows is refused.
class FieldReader
{
public:
    FieldReader(const QString &file, QList<SourceIssue> &issues) : m_file(file), m_issues(issues) {}

    void issue(int line, const QString &message) { m_issues.append({m_file, line, 0, message}); }

    // Refuses keys `schema` does not name, and keys that hold a value where a table is expected
    // or the other way round. `where` names the table in messages ("[availability]"; empty for
    // the file's top level).
    void checkKeys(const TomlTable &t, const Schema &schema, const QString &where)
    {
        struct Found
        {
            int line;
            QString key;
            Kind kind;
            bool emptyArray;
        };
        QList<Found> found;
        for (auto it = t.values.cbegin(); it != t.values.cend(); ++it)
            found.append(
                {it->line, it.key(), Kind::Value,
                 it->value.typeId() == QMetaType::QVariantList && it->value.toList().isEmpty()});
        for (auto it = t.tables.cbegin(); it != t.tables.cend(); ++it)
            found.append({t.lineOf(it.key()), it.key(), Kind::Table, false});
        for (auto it = t.tableArrays.cbegin(); it != t.tableArrays.cend(); ++it)
            found.append({t.lineOf(it.key()), it.key(), Kind::TableArray, false});
        std::stable_sort(found.begin(), found.end(),
                         [](const Found &a, const Found &b) { return a.line < b.line; });
        const QString in = where.isEmpty() ? QString() : QStringLiteral(" in %1").arg(where);
        for (const Found &f : std::as_const(found)) {
            const KeySpec *spec = nullptr;
            for (const KeySpec &s : schema)
                if (f.key == QLatin1String(s.name))
                    spec = &s;
            if (!spec) {
                issue(
                    f.line,
                    QStringLiteral("unknown key '%1'%2%3").arg(f.key, in, suggest(f.key, schema)));
                continue;
            }
            if (spec->kind == f.kind || (spec->kind == Kind::TableArray && f.emptyArray))
                continue;
            // The full name of the table: [text.zh_CN], not [zh_CN].
            const QString path =
                where.startsWith(QLatin1String("[")) && !where.startsWith(QLatin1String("[["))
                    ? where.mid(1, where.size() - 2) + '.' + f.key
                    : f.key;
            const QString table = QStringLiteral("[%1]").arg(path);
            const QString tables = QStringLiteral("[[%1]]").arg(path);
            switch (spec->kind) {
            case Kind::Value:
                issue(f.line,
                      QStringLiteral("'%1'%2 must be a value, not %3")
                          .arg(f.key, in,
                               f.kind == Kind::Table ? QStringLiteral("a table")
                                                     : QStringLiteral("an array of tables")));
                break;
            case Kind::Table:
                issue(f.line, QStringLiteral("'%1'%2 must be a table (%3), not %4")
                                  .arg(f.key, in, table,
                                       f.kind == Kind::TableArray
                                           ? QStringLiteral("an array of tables (%1)").arg(tables)
                                           : QStringLiteral("a value")));
                break;
            case Kind::TableArray:
                issue(f.line,
                      QStringLiteral("'%1'%2 must be an array of tables (%3), not %4")
                          .arg(f.key, in, tables,
                               f.kind == Kind::Table ? QStringLiteral("a table (%1)").arg(table)
                                                     : QStringLiteral("a value")));
                break;
            }
        }
    }

    QString string(const TomlTable &t, const QString &key, bool required)
    {
        const QVariant *v = find(t, key, required);
        if (!v)
            return {};
        if (v->typeId() != QMetaType::QString) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be a string").arg(key));
            return {};
        }
        const QString s = v->toString();
        if (required && s.trimmed().isEmpty())
            issue(t.lineOf(key), QStringLiteral("'%1' is empty").arg(key));
        else
            checkText(t.lineOf(key), key, s);
        return s;
    }

    QString oneOf(const TomlTable &t, const QString &key, const QStringList &allowed, bool required)
    {
        const QString s = string(t, key, required);
        if (!s.isEmpty() && !allowed.contains(s))
            issue(t.lineOf(key), QStringLiteral("'%1' must be one of %2, not '%3'")
                                     .arg(key, allowed.join(QStringLiteral(", ")), s));
        return s;
    }

    // An integer from `min` to `max`; anything else (a decimal, a string, out of range) is refused.
    std::optional<qint64> integer(const TomlTable &t, const QString &key, bool required = false,
                                  qint64 min = 1, qint64 max = std::numeric_limits<qint64>::max())
    {
        const QVariant *v = find(t, key, required);
        if (!v)
            return std::nullopt;
        if (v->typeId() != QMetaType::LongLong || v->toLongLong() < min || v->toLongLong() > max) {
            if (max == std::numeric_limits<qint64>::max() && min == 1)
                issue(t.lineOf(key), QStringLiteral("'%1' must be a positive integer").arg(key));
            else
                issue(t.lineOf(key), QStringLiteral("'%1' must be an integer from %2 to %3")
                                         .arg(key)
                                         .arg(min)
                                         .arg(max));
            return std::nullopt;
        }
        return v->toLongLong();
    }

    // An integer or a decimal; infinity and nan are refused.
    std::optional<double> number(const TomlTable &t, const QString &key, bool required = false)
    {
        const QVariant *v = find(t, key, required);
        if (!v)
            return std::nullopt;
        if (v->typeId() != QMetaType::LongLong && v->typeId() != QMetaType::Double) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be a number").arg(key));
            return std::nullopt;
        }
        if (!std::isfinite(v->toDouble())) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be a finite number").arg(key));
            return std::nullopt;
        }
        return v->toDouble();
    }

    bool boolean(const TomlTable &t, const QString &key)
    {
        const QVariant *v = find(t, key, true);
        if (!v)
            return false;
        if (v->typeId() != QMetaType::Bool) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be true or false").arg(key));
            return false;
        }
        return v->toBool();
    }

    // An array of non-empty strings; `unique` refuses one listed twice.
    QStringList strings(const TomlTable &t, const QString &key, bool unique = false)
    {
        const QVariant *v = find(t, key, false);
        if (!v)
            return {};
        if (v->typeId() != QMetaType::QVariantList) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be an array of strings").arg(key));
            return {};
        }
        QStringList out;
        for (const QVariant &item : v->toList()) {
            if (item.typeId() != QMetaType::QString || item.toString().trimmed().isEmpty()) {
                issue(t.lineOf(key),
                      QStringLiteral("'%1' must hold non-empty strings only").arg(key));
                continue;
            }
            const QString s = item.toString();
            if (!checkText(t.lineOf(key), key, s))
                continue;
            if (unique && out.contains(s))
                issue(t.lineOf(key), QStringLiteral("'%1' lists '%2' twice").arg(key, s));
            else
                out << s;
        }
        return out;
    }

    // A date as YYYY, YYYY-MM or YYYY-MM-DD (a string, or a TOML date), not after `today`.
    QString date(const TomlTable &t, const QString &key, QDate today, bool required)
    {
        const QVariant *v = find(t, key, required);
        if (!v)
            return {};
        QString s;
        if (v->typeId() == QMetaType::QDate)
            s = v->toDate().toString(Qt::ISODate);
        else if (v->typeId() == QMetaType::QString)
            s = string(t, key, required);
        else {
            issue(t.lineOf(key),
                  QStringLiteral("'%1' must be a date (YYYY-MM-DD, YYYY-MM or YYYY)").arg(key));
            return {};
        }
        if (s.isEmpty())
            return s;
        static const QRegularExpression re(
            QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
        const auto m = re.match(s);
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        const int d = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        if (!m.hasMatch() || !QDate(y, mo, d).isValid()) {
            issue(t.lineOf(key),
                  QStringLiteral("bad date '%1' (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(s));
            return {};
        }
        if (QDate(y, mo, d) > today) {
            issue(t.lineOf(key), QStringLiteral("date '%1' is in the future").arg(s));
            return {};
        }
        return s;
    }

    // A required http(s) URL.
    QString url(const TomlTable &t, const QString &key)
    {
        const QString s = string(t, key, true);
        if (!s.isEmpty() && !s.startsWith(QLatin1String("https://")) &&
            !s.startsWith(QLatin1String("http://"))) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be an http(s) URL").arg(key));
            return {};
        }
        return s;
    }

private:
    // The value of `key`, or null when it is missing (reported when required) or is a table
    // (reported by checkKeys()).
    const QVariant *find(const TomlTable &t, const QString &key, bool required)
    {
        const auto it = t.values.constFind(key);
        if (it != t.values.constEnd())
            return &it->value;
        if (required && !t.contains(key))
            issue(t.line, QStringLiteral("missing required field '%1'").arg(key));
        return nullptr;
    }

    // Text is taken as written: no spaces around it, no control characters but newline and tab.
    bool checkText(int line, const QString &key, const QString &s)
    {
        if (s != s.trimmed()) {
            issue(line, QStringLiteral("'%1' starts or ends with white space").arg(key));
            return false;
        }
        for (const QChar c : s) {
            if ((c.unicode() < 0x20 && c != '\n' && c != '\t') || c.unicode() == 0x7f) {
                issue(line, QStringLiteral("'%1' holds control character U+%2")
                                .arg(key)
                                .arg(c.unicode(), 4, 16, QLatin1Char('0')));
                return false;
            }
        }
        return true;
    }

    static QString suggest(const QString &key, const Schema &schema)
    {
        QString best;
        int bestDistance = std::numeric_limits<int>::max();
        for (const KeySpec &s : schema) {
            const QString name = QLatin1String(s.name);
            const int d = editDistance(key.toLower(), name);
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        if (best.isEmpty() || bestDistance > qMax(1, int(qMin(key.size(), best.size()) / 3)))
            return {};
        return QStringLiteral(" (did you mean '%1'?)").arg(best);
    }

    QString m_file;
    QList<SourceIssue> &m_issues;
};

inline std::shared_ptr<TomlTable> readToml(const QString &path, const QString &shown,
                                           QList<SourceIssue> &issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.append({shown, 0, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
        return nullptr;
    }
    const TomlParseResult r = parseToml(file.readAll());
    if (!r.root)
        issues.append({shown, r.errorLine, r.errorColumn, r.error});
    return r.root;
}

inline QStringList tomlFiles(const QString &dir)
{
    QStringList out;
    const QFileInfoList entries =
        QDir(dir).entryInfoList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : entries)
        out << fi.filePath();
    return out;
}

// Name used to spot one model filed under two slugs: case and punctuation do not count.
inline QString nameKey(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber() || c == '+') // "Command R+" is not "Command R"
            out += c.toLower();
    return out;
}

} // namespace sourcefields
