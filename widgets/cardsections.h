#pragma once

#include <QString>
#include <QStringList>

class Catalog;
class QWidget;
class QLabel;
namespace card {
class Statistics;
}

// Builders for the sections of the model card below its header. Each returns null when the model
// has nothing to show there, so that the card never shows an empty heading.
namespace cardsections {

QLabel *heading(const QString &text);
QWidget *buckets(const Catalog &catalog, const card::Statistics &stats, int model);
QWidget *capabilities(const Catalog &catalog, int model);
QWidget *availability(const Catalog &catalog, int model);
QWidget *bulletList(const QString &objectName, const QStringList &items);
// Parents and children as links "model:<slug>"; the panel turns a click into a selection.
QWidget *evolution(const Catalog &catalog, int model);
QWidget *sources(const Catalog &catalog, int model);

} // namespace cardsections
