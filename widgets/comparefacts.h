#pragma once

#include <QList>
#include <QString>

#include <optional>

class Catalog;
namespace card {
class Statistics;
}

// The facts a compare column shows, one row each, and how a row ranks its values.
namespace comparefacts {

struct Row
{
    const char *id;      // "context"
    const char *caption; // untranslated; translate in the "CompareView" context
    int better;          // +1 higher is better, -1 lower is better, 0 not ranked
};

struct Value
{
    QString text;                 // as shown; "not reported" when unknown
    std::optional<double> number; // what the row ranks by
};

QList<Row> rows();
Value value(const QString &row, const Catalog &catalog, const card::Statistics &stats, int model);

} // namespace comparefacts
