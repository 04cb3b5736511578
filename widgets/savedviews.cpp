#include "savedviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

const char *const kKey = "browser/savedViews";
const char *const kBackupKey = "browser/savedViewsUnreadable";

// The views of a list cut short (a disk that filled up, an editor): every complete entry
// before the cut. Empty when nothing can be saved from it.
QJsonArray salvage(const QByteArray &text)
{
    for (qsizetype end = text.lastIndexOf('}'); end > 0; end = text.lastIndexOf('}', end - 1)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.left(end + 1) + ']', &error);
        if (error.error == QJsonParseError::NoError && doc.isArray())
            return doc.array();
    }
    return {};
}

} // namespace

SavedViews::SavedViews(QObject *parent) : QObject(parent)
{
    load();
}

void SavedViews::load()
{
    m_views.clear();
    m_problem.clear();
    QSettings settings;
    const QByteArray text = settings.value(kKey).toString().toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QJsonArray list = doc.array();
    if (!text.isEmpty() && (error.error != QJsonParseError::NoError || !doc.isArray())) {
        // Kept aside before anything is saved over it, so that nothing is lost for good.
        if (!settings.contains(kBackupKey))
            settings.setValue(kBackupKey, QString::fromUtf8(text));
        list = salvage(text);
        m_problem = tr("The saved views could not all be read (%1 at character %2). Views "
                       "recovered: %3. The unreadable list is kept in the settings as %4.")
                        .arg(error.errorString())
                        .arg(error.offset)
                        .arg(list.size())
                        .arg(QString::fromLatin1(kBackupKey));
    }
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
