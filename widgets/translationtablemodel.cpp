#include "translationtablemodel.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

// Whether a Chinese text equal to its English is worth a look: not for names (of models,
// organisations, benchmarks, tools), which stay in English, nor for text without words
// ("%1: %2", "API").
bool identicalMatters(const translations::Entry &e)
{
    static const QRegularExpression word(QStringLiteral("[a-z]{3,}"));
    if (e.fromCatalog &&
        (e.field == QLatin1String("name") || e.field.startsWith(QLatin1String("tools"))))
        return false;
    return word.match(e.english).hasMatch();
}

QString csvField(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

TranslationTableModel::TranslationTableModel(QList<translations::Entry> entries,
                                             const QList<translations::Term> &glossary,
                                             const QFont &font, QObject *parent)
    : QAbstractTableModel(parent)
{
    const QFontMetrics metrics(font);
    m_rows.reserve(entries.size());
    for (translations::Entry &e : entries) {
        Row row{std::move(e), 0, {}};
        const translations::Entry &en = row.entry;
        if (en.chinese.trimmed().isEmpty() && !en.optional)
            row.problems |= Missing;
        if (en.unfinished)
            row.problems |= Unfinished;
        if (!en.chinese.isEmpty() && en.chinese == en.english && identicalMatters(en))
            row.problems |= Identical;
        const int budget = widthBudget(en, font);
        if (budget > 0 && (metrics.horizontalAdvance(en.chinese) > budget ||
                           metrics.horizontalAdvance(en.english) > budget))
            row.problems |= TooLong;
        row.glossaryTerms =
            translations::glossaryMismatches(glossary, en.english, en.chinese).join(", ");
        if (!row.glossaryTerms.isEmpty())
            row.problems |= Glossary;
        m_rows << row;
    }
}

int TranslationTableModel::widthBudget(const translations::Entry &e, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    if (!e.fromCatalog) {
        // Interface labels were laid out around their English: a short one-line label may grow by
        // half in the other language before it crowds its neighbours. Sentences and patterns wrap.
        if (e.english.size() > 40 || e.english.contains(QLatin1Char('%')) ||
            e.english.contains(QLatin1Char('<')) || e.english.contains(QLatin1Char('\n')))
            return 0;
        return metrics.horizontalAdvance(e.english) * 3 / 2 + em;
    }
    // Catalog texts: the space they get where they are shown, in widths of "M".
    const QString &f = e.field;
    if (e.context == QLatin1String("model")) {
        if (f == QLatin1String("name"))
            return 22 * em; // list's name column
        if (f == QLatin1String("tagline"))
            return 40 * em; // one line under the card's title
        if (f.startsWith(QLatin1String("tools")))
            return 18 * em; // a tool's name in the card's list
        if (f.startsWith(QLatin1String("feels_like")) || f.startsWith(QLatin1String("best_for")) ||
            f.startsWith(QLatin1String("not_ideal_for")))
            return 40 * em; // one bullet line in the card
        return 0;           // summary, why it matters: wrapped paragraphs
    }
    if (e.context == QLatin1String("organisation"))
        return 14 * em; // list's organisation column
    if (e.context == QLatin1String("benchmark"))
        return 18 * em; // a bar's source line
    if (e.context == QLatin1String("rung"))
        return 7 * em; // between two ladder rungs
    if (e.context == QLatin1String("capability"))
        return f == QLatin1String("name") ? 11 * em : 0; // a chip; meanings wrap
    return 0;
}

int TranslationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranslationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranslationTableModel::problemName(Problem p)
{
    switch (p) {
    case Missing:
        return tr("missing");
    case Unfinished:
        return tr("unfinished");
    case Identical:
        return tr("same as English");
    case TooLong:
        return tr("too long");
    case Glossary:
        return tr("glossary");
    }
    return {};
}

QString TranslationTableModel::problemText(int row) const
{
    const Row &r = m_rows.at(row);
    QStringList words;
    for (Problem p : {Missing, Unfinished, Identical, TooLong, Glossary})
        if (r.problems & p)
            words << (p == Glossary ? tr("glossary: %1").arg(r.glossaryTerms) : problemName(p));
    return words.isEmpty() ? tr("ok") : words.join(QLatin1String(", "));
}

QVariant TranslationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhereColumn:
            return r.entry.fromCatalog ? r.entry.context + QLatin1Char(' ') + r.entry.key
                                       : r.entry.context;
        case FieldColumn:
            return r.entry.field;
        case EnglishColumn:
            return r.entry.english;
        case ChineseColumn:
            return r.entry.chinese;
        case StatusColumn:
            return problemText(index.row());
        }
        return {};
    case ProblemsRole:
        return r.problems;
    case FromCatalogRole:
        return r.entry.fromCatalog;
    case ContextRole:
        return r.entry.context;
    case KeyRole:
        return r.entry.key;
    }
    return {};
}

QVariant TranslationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhereColumn:
        return tr("Where");
    case FieldColumn:
        return tr("Field");
    case EnglishColumn:
        return tr("English");
    case ChineseColumn:
        return tr("Chinese");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void TranslationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

bool TranslationTableModel::exportCsv(const QString &path, const QList<int> &rows,
                                      QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QString out = QChar(0xFEFF) + QStringLiteral("source,where,key,field,english,chinese,status\n");
    for (int i : rows) {
        const Row &r = m_rows.at(i);
        const QStringList fields{r.entry.fromCatalog ? QStringLiteral("catalog")
                                                     : QStringLiteral("interface"),
                                 r.entry.context,
                                 r.entry.key,
                                 r.entry.field,
                                 r.entry.english,
                                 r.entry.chinese,
                                 problemText(i)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    file.write(out.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
