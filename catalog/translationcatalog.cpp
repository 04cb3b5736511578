#include "translationcatalog.h"

#include "cardstats.h"
#include "cardtext.h"
#include "catalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace translations {

namespace {

QList<Entry> readTsFrom(QIODevice *device, QString *error)
{
    QList<Entry> entries;
    QXmlStreamReader xml(device);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Entry e;
            e.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    e.english = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    e.field = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QStringView type = xml.attributes().value(QLatin1String("type"));
                    e.unfinished = type == QLatin1String("unfinished");
                    e.vanished =
                        type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                    e.chinese = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    xml.skipCurrentElement();
                }
            }
            entries << e;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return entries;
}

} // namespace

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Entry> entries = readTsFrom(&file, error);
    if (entries.isEmpty() && !error->isEmpty())
        error->prepend(path + QStringLiteral(": "));
    return entries;
}

namespace {

void addList(QList<Entry> &out, const QString &slug, const char *field, const QStringList &en,
             const QStringList &zh)
{
    for (qsizetype i = 0; i < std::max(en.size(), zh.size()); ++i)
        out << Entry{true,        QStringLiteral("model"),
                     slug,        QStringLiteral("%1 %2").arg(QLatin1String(field)).arg(i + 1),
                     en.value(i), zh.value(i)};
}

} // namespace

QList<Entry> catalogEntries(const Catalog &catalog)
{
    const CatalogData &data = catalog.data();
    QList<Entry> out;
    const QString model = QStringLiteral("model");
    for (size_t i = 0; i < data.models.size(); ++i) {
        const ModelRecord &m = data.models[i];
        Entry name{true, model, m.slug, QStringLiteral("name"), m.name, m.nameZh};
        name.optional = true;
        out << name;
        const ModelDetails details = catalog.details(int(i));
        const ModelText en = details.text.value(QStringLiteral("en"));
        const ModelText zh = details.text.value(QStringLiteral("zh_CN"));
        out << Entry{true, model, m.slug, QStringLiteral("tagline"), en.tagline, zh.tagline};
        out << Entry{true, model, m.slug, QStringLiteral("summary"), en.summary, zh.summary};
        if (!en.whyItMatters.isEmpty() || !zh.whyItMatters.isEmpty())
            out << Entry{
                true,           model, m.slug, QStringLiteral("why_it_matters"), en.whyItMatters,
                zh.whyItMatters};
        addList(out, m.slug, "feels_like", en.feelsLike, zh.feelsLike);
        addList(out, m.slug, "best_for", en.bestFor, zh.bestFor);
        addList(out, m.slug, "not_ideal_for", en.notIdealFor, zh.notIdealFor);
        addList(out, m.slug, "tools", en.tools, zh.tools);
    }
    for (const OrgRecord &o : data.orgs)
        out << Entry{true,    QStringLiteral("organisation"), o.id, QStringLiteral("name"), o.name,
                     o.nameZh};
    for (const BenchmarkRecord &b : data.benchmarks)
        out << Entry{true,    QStringLiteral("benchmark"), b.id, QStringLiteral("name"), b.name,
                     b.nameZh};
    for (const CapabilityRecord &c : data.capabilities) {
        out << Entry{true,    QStringLiteral("capability"), c.id, QStringLiteral("name"), c.name,
                     c.nameZh};
        out << Entry{true,      QStringLiteral("capability"),
                     c.id,      QStringLiteral("meaning"),
                     c.meaning, c.meaningZh};
    }
    for (size_t r = 0; r < card::kRungs.size(); ++r) {
        const QString en = card::rungNoteEn(int(r));
        if (!en.isEmpty())
            out << Entry{true,
                         QStringLiteral("rung"),
                         QString::number(card::kRungs[r]),
                         QStringLiteral("label"),
                         en,
                         card::rungNoteZh(int(r))};
    }
    return out;
}

QList<Term> readGlossary(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Term> terms;
    int line = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (++line == 1 || text.isEmpty())
            continue; // the header
        const QStringList cols = text.split(QLatin1Char('\t'));
        if (cols.size() < 2 || cols[0].isEmpty() || cols[1].isEmpty()) {
            *error = QStringLiteral("%1:%2: expected english<TAB>chinese").arg(path).arg(line);
            return {};
        }
        // Hyphens and spaces inside a term are interchangeable ("open-weights"); a term inside a
        // hyphenated name ("Phi-4-reasoning") is a name, not the term.
        QString pattern = QRegularExpression::escape(cols[0]);
        pattern.replace(QLatin1String("\\-"), QLatin1String("[- ]"));
        pattern.replace(QLatin1String("\\ "), QLatin1String("[- ]"));
        const QRegularExpression match(
            QStringLiteral("(?<![\\w-])%1(?:s|es|d|ed)?(?![\\w-])").arg(pattern),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        Term t{cols[0], cols[1], {}, cols.value(3), match};
        if (!cols.value(2).isEmpty())
            t.accepted = cols[2].split(QLatin1Char('|'));
        terms << t;
    }
    return terms;
}

QStringList glossaryMismatches(const QList<Term> &terms, const QString &english,
                               const QString &chinese)
{
    QStringList out;
    if (chinese.isEmpty())
        return out;
    for (const Term &t : terms) {
        if (!t.match.match(english).hasMatch())
            continue;
        bool found = chinese.contains(t.chinese);
        for (const QString &a : t.accepted)
            found = found || chinese.contains(a);
        if (!found)
            out << t.english;
    }
    return out;
}

} // namespace translations
