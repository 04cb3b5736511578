#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

class Catalog;

// Every text that exists in English and Chinese, gathered for review: interface strings from a
// Qt Linguist .ts file and the catalog's text fields. Also the term glossary and its check.
namespace translations {

struct Entry
{
    bool fromCatalog = false;
    // Interface: the tr() context ("MainWindow"). Catalog: what the text belongs to ("model",
    // "organisation", "benchmark", "capability", "rung").
    QString context;
    QString key;   // catalog: model slug, organisation / benchmark / capability id, rung size
    QString field; // catalog: "name", "tagline", "best_for 2", ...; interface: the comment
    QString english;
    QString chinese;
    bool unfinished = false; // the .ts marks the translation unfinished
    bool vanished = false;   // the .ts keeps an entry its sources no longer have
    bool optional = false;   // an empty Chinese falls back to English by design (model names)
};

struct Term
{
    QString english;
    QString chinese;
    QStringList accepted; // other renderings that are right in some sentences
    QString note;
    QRegularExpression match; // finds the English term in a text
};

// Reads a .ts file; on failure returns nothing and sets `error` to one line.
QList<Entry> readTs(const QString &path, QString *error);

// The catalog's text fields, English beside Chinese (list items paired by position).
QList<Entry> catalogEntries(const Catalog &catalog);

// Reads the tab-separated glossary (a header line, then english, chinese, also accepted
// separated by "|", note). On failure returns nothing and sets `error` to "file:line: why".
QList<Term> readGlossary(const QString &path, QString *error);

// The glossary terms that `english` uses (whole words, any case, plural or past forms) while
// `chinese` holds none of their renderings. An empty `chinese` is never a mismatch.
QStringList glossaryMismatches(const QList<Term> &terms, const QString &english,
                               const QString &chinese);

} // namespace translations
