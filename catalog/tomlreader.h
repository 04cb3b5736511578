#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

// A table of the TOML subset our catalog sources use (see data/README.md). Every value keeps the
// line it was written on, so that lint messages can name it.
class TomlTable final
{
public:
    struct Entry
    {
        QVariant value; // QString, qlonglong, double, bool or QVariantList of those
        int line = 0;
    };

    int line = 0;
    QMap<QString, Entry> values;
    QMap<QString, std::shared_ptr<TomlTable>> tables;
    QMap<QString, QList<std::shared_ptr<TomlTable>>> tableArrays;

    bool has(const QString &key) const { return values.contains(key); }
    int lineOf(const QString &key) const
    {
        return values.value(key).line ? values.value(key).line : line;
    }
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
};

// Parses UTF-8 text. On error, `root` is null and `error` / `errorLine` say what went wrong.
TomlParseResult parseToml(const QString &text);
