#include "savedviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

const char *const kKey = "browser/savedViews";

} // namespace

SavedViews::SavedViews(QObject *parent) : QObject(parent)
{
    load();
}

void SavedViews::load()
{
    m_views.clear();
    const QJsonArray list =
        QJsonDocument::fromJson(QSettings().value(kKey).toString().toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        View view{o.value("name").toString(), o.value("query").toString(),
                  o.value("sortColumn").toInt(-1), o.value("descending").toBool()};
        if (!view.name.isEmpty())
            m_views << view;
    }
}

void SavedViews::store() const
{
    QJsonArray list;
    for (const View &v : m_views)
        list.append(QJsonObject{{"name", v.name},
                                {"query", v.query},
                                {"sortColumn", v.sortColumn},
                                {"descending", v.descending}});
    QSettings settings;
    settings.setValue(kKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    settings.sync();
}

void SavedViews::save(const View &view)
{
    if (view.name.trimmed().isEmpty())
        return;
    View v = view;
    v.name = v.name.trimmed();
    m_views.removeIf([&](const View &old) { return old.name == v.name; });
    m_views << v;
    store();
    emit changed();
}

void SavedViews::remove(const QString &name)
{
    const qsizetype before = m_views.size();
    m_views.removeIf([&](const View &v) { return v.name == name.trimmed(); });
    if (m_views.size() != before) {
        store();
        emit changed();
    }
}
