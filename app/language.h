#pragma once

#include <QString>

class QCoreApplication;

// Picks the interface language ("en" or "zh_CN"; empty means the system locale), sets the default
// QLocale and installs our translations together with Qt's own.
QString installLanguage(QCoreApplication &app, const QString &requested);
