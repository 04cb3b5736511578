#pragma once

#include <QString>

// Times ordering the whole catalog by each column of the model list, in English and Chinese,
// as the list's worker does (sortorder::ranks), beside SQLite reading the same catalog's ids
// through an index in that column's order.
int runSortBench(int models, quint64 seed, const QString &catalogPath, int repeats, bool peer);
