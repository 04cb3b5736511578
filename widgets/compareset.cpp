#include "compareset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {
const QString kGroup = QStringLiteral("compareSets");
}

CompareSetStore::CompareSetStore(const QString &path) : m_path(path) {}

QString CompareSetStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("compare-sets.ini"));
}

QList<CompareSet> CompareSetStore::sets() const
{
    QSettings settings(m_path, QSettings::IniFormat);
    QList<CompareSet> out;
    // The stated size is only trusted as far as entries exist: a hand-edited "size=2147483647"
    // would otherwise be two billion lookups.
    settings.beginGroup(kGroup);
    QList<int> present;
    for (const QString &group : settings.childGroups()) {
        bool ok = false;
        const int index = group.toInt(&ok);
        if (ok && index >= 1)
            present << index;
    }
    settings.endGroup();
    std::sort(present.begin(), present.end());
    const int count = settings.beginReadArray(kGroup);
    for (const int index : present) {
        if (index > count)
            break;
        settings.setArrayIndex(index - 1);
        CompareSet set{settings.value("name").toString(), settings.value("slugs").toStringList()};
        // A hand-edited file may hold anything: keep only sets that can be shown.
        set.slugs.removeAll(QString());
        if (!set.name.trimmed().isEmpty() && !set.slugs.isEmpty())
            out << set;
    }
    settings.endArray();
    std::sort(out.begin(), out.end(), [](const CompareSet &a, const CompareSet &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<CompareSet> CompareSetStore::find(const QString &name) const
{
    for (const CompareSet &set : sets())
        if (set.name == name)
            return set;
    return std::nullopt;
}

bool CompareSetStore::save(const CompareSet &set, QString *error)
{
    if (set.name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("CompareSetStore", "A compare set needs a name.");
        return false;
    }
    QList<CompareSet> all = sets();
    all.removeIf([&](const CompareSet &s) { return s.name == set.name; });
    all << set;
    return write(all, error);
}

bool CompareSetStore::remove(const QString &name, QString *error)
{
    QList<CompareSet> all = sets();
    all.removeIf([&](const CompareSet &s) { return s.name == name; });
    return write(all, error);
}

bool CompareSetStore::write(const QList<CompareSet> &sets, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(sets.size()));
    for (int i = 0; i < sets.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue("name", sets.at(i).name);
        settings.setValue("slugs", sets.at(i).slugs);
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("CompareSetStore", "Cannot save compare sets to %1.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}
