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

#include <functional>
#include <memory>

namespace sourcefields {

inline const QStringList kKinds = {"language", "code",    "multimodal", "image",
                                   "video",    "audio",   "speech",     "embedding",
                                   "robotics", "science", "paper"};
inline const QStringList kStatuses = {"active", "superseded", "deprecated", "foundational"};
inline const QStringList kPricing = {"pay_per_token", "free", "subscription", "research",
                                     "not_disclosed"};
inline const QStringList kChannels = {"api", "product", "open_source", "enterprise"};
inline const QStringList kStates = {"available", "not_available", "released", "contact_sales"};
inline const QStringList kLangs = {"en", "zh_CN"};

// Reads typed fields from one TOML table and records what is wrong with them.
class FieldReader
{
public:
    FieldReader(const QString &file, QList<SourceIssue> &issues) : m_file(file), m_issues(issues) {}

    void issue(int line, const QString &message) { m_issues.append({m_file, line, message}); }

    QString string(const TomlTable &t, const QString &key, bool required)
    {
        if (!t.has(key)) {
            if (required)
                issue(t.line, QStringLiteral("missing required field '%1'").arg(key));
            return {};
        }
        const QVariant v = t.value(key);
        if (v.typeId() != QMetaType::QString) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be a string").arg(key));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            issue(t.lineOf(key), QStringLiteral("'%1' is empty").arg(key));
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

    std::optional<qint64> integer(const TomlTable &t, const QString &key, bool required = false)
    {
        if (!t.has(key)) {
            if (required)
                issue(t.line, QStringLiteral("missing required field '%1'").arg(key));
            return std::nullopt;
        }
        const QVariant v = t.value(key);
        if (v.typeId() != QMetaType::LongLong || v.toLongLong() <= 0) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be a positive integer").arg(key));
            return std::nullopt;
        }
        return v.toLongLong();
    }

    std::optional<double> number(const TomlTable &t, const QString &key, bool required = false)
    {
        if (!t.has(key)) {
            if (required)
                issue(t.line, QStringLiteral("missing required field '%1'").arg(key));
            return std::nullopt;
        }
        const QVariant v = t.value(key);
        if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Double) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be a number").arg(key));
            return std::nullopt;
        }
        return v.toDouble();
    }

    bool boolean(const TomlTable &t, const QString &key)
    {
        if (!t.has(key)) {
            issue(t.line, QStringLiteral("missing required field '%1'").arg(key));
            return false;
        }
        if (t.value(key).typeId() != QMetaType::Bool)
            issue(t.lineOf(key), QStringLiteral("'%1' must be true or false").arg(key));
        return t.value(key).toBool();
    }

    QStringList strings(const TomlTable &t, const QString &key)
    {
        if (!t.has(key))
            return {};
        QStringList out;
        const QVariant v = t.value(key);
        if (v.typeId() != QMetaType::QVariantList) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be an array of strings").arg(key));
            return {};
        }
        for (const QVariant &item : v.toList()) {
            if (item.typeId() != QMetaType::QString || item.toString().trimmed().isEmpty())
                issue(t.lineOf(key),
                      QStringLiteral("'%1' must hold non-empty strings only").arg(key));
            else
                out << item.toString().trimmed();
        }
        return out;
    }

    // A date as YYYY, YYYY-MM or YYYY-MM-DD, not after `today`.
    QString date(const TomlTable &t, const QString &key, QDate today, bool required)
    {
        const QString s = string(t, key, required);
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

    bool url(const TomlTable &t, const QString &key)
    {
        const QString s = string(t, key, true);
        if (!s.isEmpty() && !s.startsWith(QLatin1String("https://")) &&
            !s.startsWith(QLatin1String("http://"))) {
            issue(t.lineOf(key), QStringLiteral("'%1' must be an http(s) URL").arg(key));
            return false;
        }
        return !s.isEmpty();
    }

private:
    QString m_file;
    QList<SourceIssue> &m_issues;
};

inline std::shared_ptr<TomlTable> readToml(const QString &path, const QString &shown,
                                           QList<SourceIssue> &issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.append({shown, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
        return nullptr;
    }
    const TomlParseResult r = parseToml(QString::fromUtf8(file.readAll()));
    if (!r.root)
        issues.append({shown, r.errorLine, r.error});
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
