#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A named list of two to four model slugs the user put side by side.
struct CompareSet
{
    QString name;
    QStringList slugs;

    bool operator==(const CompareSet &) const = default;
};

// Saved compare sets in an INI file read and written through QSettings, which replaces the file
// atomically on write (a temporary file renamed over the old one).
class CompareSetStore final
{
public:
    explicit CompareSetStore(const QString &path = defaultPath());

    // compare-sets.ini in the application's data folder.
    static QString defaultPath();

    QList<CompareSet> sets() const; // sorted by name
    std::optional<CompareSet> find(const QString &name) const;
    // Adds a set or replaces the one with the same name. False with `error` set when the file
    // cannot be written; the sets on disk are then unchanged.
    bool save(const CompareSet &set, QString *error);
    bool remove(const QString &name, QString *error);

    QString path() const { return m_path; }

private:
    bool write(const QList<CompareSet> &sets, QString *error) const;

    QString m_path;
};
