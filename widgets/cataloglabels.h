#pragma once

#include <QString>

struct CatalogData;
struct ModelRecord;

// Display text for catalog values, in the language of the default QLocale.
namespace labels {

// "zh_CN" when the interface is Chinese, else "en": which catalog prose to show.
QString textLanguage();

QString kindCaption(const QString &kind); // "LANGUAGE MODEL"
QString kindName(const QString &kind);    // "Language"
QString kindLabel(const QString &kind);   // kindName, with its Chinese beside it in Both mode
QString orgName(const CatalogData &data, const QString &orgId);
QString modelName(const ModelRecord &model); // the Chinese name where one exists and wanted
QString releaseDate(const QString &released);
QString notReported();

} // namespace labels
