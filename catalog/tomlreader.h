#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

// One TOML table as the catalog sources see it, read by toml++ (full TOML 1.0). Every value keeps
// the line and column it was written at, so that lint messages can name it.
class TomlTable final
{
public:
    struct Entry
    {
        // QString, qlonglong, double, bool, QDate, QTime, QDateTime, or a QVariantList of those
        // (a table inside a mixed array is an empty QVariantMap).
        QVariant value;
        int line = 0;
        int column = 0;
    };

    int line = 0;
    int column = 0;
    QMap<QString, Entry> values;
    // Tables: [table] headers, implicit parents of [a.b] headers, dotted keys and inline tables.
    QMap<QString, std::shared_ptr<TomlTable>> tables;
    // Arrays of tables: [[array]] headers and arrays whose items are all inline tables.
    QMap<QString, QList<std::shared_ptr<TomlTable>>> tableArrays;

    bool has(const QString &key) const { return values.contains(key); }
    // A value, table or array of tables named `key`.
    bool contains(const QString &key) const
    {
        return values.contains(key) || tables.contains(key) || tableArrays.contains(key);
    }
    // The line `key` was written on, else the table's own line.
    int lineOf(const QString &key) const;
    QVariant value(const QString &key) const { return values.value(key).value; }
    const TomlTable *table(const QString &key) const;
    QList<std::shared_ptr<TomlTable>> array(const QString &key) const
    {
        return tableArrays.value(key);
    }
};

struct TomlParseResult
{
    std::shared_ptr<TomlTable> root;
    QString error; // empty on success
    int errorLine = 0;
    int errorColumn = 0;
};

// Keys, tables and arrays nested deeper than this are refused before parsing: the parser and the
// tables it builds recurse once per level.
inline constexpr int kTomlMaxDepth = 128;

// Parses a TOML document given as bytes; they must be UTF-8. On error, `root` is null and
// `error` / `errorLine` / `errorColumn` say what went wrong and where.
TomlParseResult parseToml(const QByteArray &utf8);
