#include "slidesequence.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("slidesequence", text);
}
} // namespace

QString slidesequence::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("presentation.json"));
}

QList<Slide> slidesequence::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.object().value("slides").isArray()) {
        *error = tr("%1 is not a saved presentation.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    QList<Slide> slides;
    for (const QJsonValue &v : doc.object().value("slides").toArray()) {
        const QJsonObject o = v.toObject();
        Slide slide{o.value("kind").toString(),
                    {},
                    o.value("option").toString(),
                    o.value("title").toString()};
        for (const QJsonValue &m : o.value("models").toArray())
            slide.models << m.toString();
        if (!slide.kind.isEmpty())
            slides << slide;
    }
    return slides;
}

bool slidesequence::save(const QList<Slide> &slides, const QString &path, QString *error)
{
    QJsonArray array;
    for (const Slide &s : slides)
        array.append(QJsonObject{{"kind", s.kind},
                                 {"models", QJsonArray::fromStringList(s.models)},
                                 {"option", s.option},
                                 {"title", s.title}});
    const QByteArray json = QJsonDocument(QJsonObject{{"version", 1}, {"slides", array}})
                                .toJson(QJsonDocument::Indented);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
