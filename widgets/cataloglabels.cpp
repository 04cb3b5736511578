#include "cataloglabels.h"

#include "bilingual.h"
#include "records.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace {

struct KindText
{
    const char *id;
    const char *caption;
    const char *name;
};

// QT_TRANSLATE_NOOP marks the strings for lupdate; translate() looks them up at run time.
const KindText kKinds[] = {
    {"language", QT_TRANSLATE_NOOP("Labels", "LANGUAGE MODEL"),
     QT_TRANSLATE_NOOP("Labels", "Language")},
    {"code", QT_TRANSLATE_NOOP("Labels", "CODE MODEL"), QT_TRANSLATE_NOOP("Labels", "Code")},
    {"multimodal", QT_TRANSLATE_NOOP("Labels", "MULTIMODAL MODEL"),
     QT_TRANSLATE_NOOP("Labels", "Multimodal")},
    {"image", QT_TRANSLATE_NOOP("Labels", "IMAGE MODEL"), QT_TRANSLATE_NOOP("Labels", "Image")},
    {"video", QT_TRANSLATE_NOOP("Labels", "VIDEO MODEL"), QT_TRANSLATE_NOOP("Labels", "Video")},
    {"audio", QT_TRANSLATE_NOOP("Labels", "AUDIO MODEL"), QT_TRANSLATE_NOOP("Labels", "Audio")},
    {"speech", QT_TRANSLATE_NOOP("Labels", "SPEECH MODEL"), QT_TRANSLATE_NOOP("Labels", "Speech")},
    {"embedding", QT_TRANSLATE_NOOP("Labels", "EMBEDDING MODEL"),
     QT_TRANSLATE_NOOP("Labels", "Embedding")},
    {"robotics", QT_TRANSLATE_NOOP("Labels", "ROBOTICS MODEL"),
     QT_TRANSLATE_NOOP("Labels", "Robotics")},
    {"science", QT_TRANSLATE_NOOP("Labels", "SCIENCE MODEL"),
     QT_TRANSLATE_NOOP("Labels", "Science")},
    {"paper", QT_TRANSLATE_NOOP("Labels", "PAPER / METHOD"),
     QT_TRANSLATE_NOOP("Labels", "Paper / method")},
};

const KindText *findKind(const QString &kind)
{
    for (const KindText &k : kKinds)
        if (kind == QLatin1String(k.id))
            return &k;
    return nullptr;
}

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

QString labels::textLanguage()
{
    return chinese() ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString labels::kindCaption(const QString &kind)
{
    const KindText *k = findKind(kind);
    return k ? bilingualTr("Labels", k->caption) : kind.toUpper();
}

QString labels::kindName(const QString &kind)
{
    const KindText *k = findKind(kind);
    return k ? QCoreApplication::translate("Labels", k->name) : kind;
}

QString labels::kindLabel(const QString &kind)
{
    const KindText *k = findKind(kind);
    return k ? bilingualTr("Labels", k->name) : kind;
}

QString labels::orgName(const CatalogData &data, const QString &orgId)
{
    const OrgRecord *org = data.org(orgId);
    if (!org)
        return orgId;
    // Organisation names are long: one language, even in Both mode.
    return chinese() && !org->nameZh.isEmpty() ? org->nameZh : org->name;
}

QString labels::modelName(const ModelRecord &model)
{
    return chinese() && !model.nameZh.isEmpty() ? model.nameZh : model.name;
}

QString labels::releaseDate(const QString &released)
{
    const QLocale locale;
    if (released.size() == 10)
        return locale.toString(QDate::fromString(released, Qt::ISODate),
                               chinese() ? QStringLiteral("yyyy年M月d日")
                                         : QStringLiteral("d MMMM yyyy"));
    if (released.size() == 7) {
        const QDate d = QDate::fromString(released + "-01", Qt::ISODate);
        return locale.toString(d, chinese() ? QStringLiteral("yyyy年M月")
                                            : QStringLiteral("MMMM yyyy"));
    }
    return released;
}

QString labels::notReported()
{
    return QCoreApplication::translate("Labels", "not reported");
}
