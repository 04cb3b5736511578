#include "catalogsources.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

// Feeds lint mutated copies of the real sources: a subset of data/ (some models and every model
// they name as a parent) in a temporary folder, one file changed per case. Each case says
// whether the result is still valid TOML and valid data, and if not, which file and line the
// first issue about it must name. Deterministic: the same seed gives the same cases.
namespace {

const QDate kToday(2026, 11, 29); // not before any date in data/
constexpr unsigned kSeed = 20261129;

struct Case
{
    QString kind;
    QString file;       // relative to the data folder: the file changed or added
    QByteArray bytes;   // its new contents
    bool added = false; // a new file, removed after the case
    bool valid = false; // lint must pass
    int line = 0;       // an issue in `file` must name this line (0: any line)
    QString message;    // ... and hold this text (empty: any)
};

QByteArray joinLines(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + '\n';
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// "key = value" lines, with the table header they are under.
struct KeyLine
{
    int index; // into the lines
    QByteArray key;
    QByteArray value;
    QByteArray table; // "" for the top level, else the header as written
};

QList<KeyLine> keyLines(const QList<QByteArray> &lines)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z_]+) = (.+)$"));
    QList<KeyLine> out;
    QByteArray table;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith('[')) {
            table = lines[i];
            continue;
        }
        const auto m = re.match(QString::fromUtf8(lines[i]));
        if (m.hasMatch())
            out.append({i, m.captured(1).toUtf8(), m.captured(2).toUtf8(), table});
    }
    return out;
}

// Keys every kind of table requires, by the header they sit under.
const QHash<QByteArray, QByteArrayList> kRequired = {
    {"model",
     {"slug", "name", "org", "kind", "released", "status", "open_weights", "pricing_model",
      "notability", "last_verified"}},
    {"org", {"id", "name", "name_zh"}},
    {"[[scores]]", {"benchmark", "value", "source", "as_of"}},
    {"[[lineage]]", {"parent", "relation", "source"}},
    {"[[sources]]", {"url", "title", "verified"}},
    {"[text.en]", {"tagline", "summary"}},
    {"[text.zh_CN]", {"tagline", "summary"}},
    {"[[benchmark]]", {"id", "name", "name_zh", "unit", "min", "max"}},
    {"[[capability]]", {"id", "name", "name_zh", "meaning", "meaning_zh"}},
};

const QByteArrayList kAllKeys = {"slug",
                                 "name",
                                 "name_zh",
                                 "org",
                                 "kind",
                                 "released",
                                 "status",
                                 "params_total",
                                 "params_active",
                                 "architecture",
                                 "context_tokens",
                                 "max_output_tokens",
                                 "open_weights",
                                 "license",
                                 "price_input",
                                 "price_output",
                                 "output_tps",
                                 "pricing_model",
                                 "notability",
                                 "capabilities",
                                 "aliases",
                                 "last_verified",
                                 "note",
                                 "availability",
                                 "scores",
                                 "lineage",
                                 "sources",
                                 "text",
                                 "api",
                                 "product",
                                 "open_source",
                                 "enterprise",
                                 "benchmark",
                                 "value",
                                 "source",
                                 "as_of",
                                 "parent",
                                 "relation",
                                 "url",
                                 "title",
                                 "verified",
                                 "en",
                                 "zh_CN",
                                 "tagline",
                                 "summary",
                                 "why_it_matters",
                                 "feels_like",
                                 "best_for",
                                 "not_ideal_for",
                                 "tools",
                                 "id",
                                 "country",
                                 "color",
                                 "unit",
                                 "min",
                                 "max",
                                 "meaning",
                                 "meaning_zh",
                                 "capability"};

class CaseMaker
{
public:
    CaseMaker(const QString &root, const CatalogData &data) : m_root(root), m_data(data)
    {
        QDirIterator it(root, {"*.toml"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(root).relativeFilePath(it.next());
            m_original.insert(rel, readAll(QDir(root).filePath(rel)));
            (rel.startsWith("models/") ? m_models : m_others).append(rel);
        }
        m_models.sort();
        m_others.sort();
        for (const QString &rel : std::as_const(m_models))
            m_modelFile.insert(QFileInfo(rel).completeBaseName(), rel);
    }

    const QHash<QString, QByteArray> &originals() const { return m_original; }

    QList<Case> make()
    {
        QList<Case> cases;
        struct Kind
        {
            const char *name;
            int count;
            bool (CaseMaker::*make)(Case &);
        };
        const Kind kinds[] = {
            {"truncated mid-line", 50, &CaseMaker::truncated},
            {"unterminated string", 40, &CaseMaker::unterminated},
            {"invalid UTF-8", 50, &CaseMaker::invalidUtf8},
            {"NUL byte", 40, &CaseMaker::nulByte},
            {"lone CR", 10, &CaseMaker::loneCr},
            {"BOM", 8, &CaseMaker::bom},
            {"CRLF", 8, &CaseMaker::crlf},
            {"BOM and CRLF", 6, &CaseMaker::bomCrlf},
            {"10 MB line", 5, &CaseMaker::longLine},
            {"bad number", 60, &CaseMaker::badNumber},
            {"valid number", 15, &CaseMaker::validNumber},
            {"duplicate key", 40, &CaseMaker::duplicateKey},
            {"wrong type", 50, &CaseMaker::wrongType},
            {"wrong table kind", 20, &CaseMaker::wrongTableKind},
            {"missing required key", 50, &CaseMaker::missingKey},
            {"unknown key", 30, &CaseMaker::unknownKey},
            {"unknown relation", 20, &CaseMaker::unknownRelation},
            {"missing parent", 20, &CaseMaker::missingParent},
            {"lineage cycle", 15, &CaseMaker::cycle},
            {"duplicate lineage", 15, &CaseMaker::duplicateLineage},
            {"duplicate slug", 15, &CaseMaker::duplicateSlug},
            {"random bytes", 40, &CaseMaker::noise},
        };
        for (const Kind &k : kinds) {
            for (int i = 0; i < k.count; ++i) {
                for (int attempt = 0; attempt < 200; ++attempt) {
                    Case c;
                    c.kind = QString::fromLatin1(k.name);
                    if ((this->*k.make)(c)) {
                        cases.append(c);
                        break;
                    }
                }
            }
        }
        return cases;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    template <typename T> const T &pickFrom(const QList<T> &list)
    {
        return list.at(pick(int(list.size())));
    }
    // A model file most of the time, else an org, benchmarks.toml or capabilities.toml.
    QString anyFile() { return pick(4) == 0 ? pickFrom(m_others) : pickFrom(m_models); }
    QList<QByteArray> lines(const QString &file) const
    {
        return m_original.value(file).split('\n').mid(0, m_original.value(file).count('\n'));
    }
    bool isModel(const QString &file) const { return file.startsWith("models/"); }

    void fail(Case &c, const QString &file, const QByteArray &bytes, int line,
              const QString &message = {})
    {
        c.file = file;
        c.bytes = bytes;
        c.line = line;
        c.message = message;
    }

    // A position inside line `i` before an ASCII byte (or at its end), so that a byte inserted
    // there cannot split a UTF-8 sequence.
    qsizetype asciiPosition(const QByteArray &line)
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const qsizetype p = pick(int(line.size()) + 1);
            if (p == line.size() || uchar(line[p]) < 0x80)
                return p;
        }
        return line.size();
    }

    // Cut inside a line that ends in a quote or bracket: whatever the line held is now broken.
    bool truncated(Case &c)
    {
        const QString file = anyFile();
        const QList<QByteArray> ls = lines(file);
        const int i = pick(int(ls.size()));
        const QByteArray &l = ls[i];
        if (l.size() < 3 || l.startsWith('#') || !(l.endsWith('"') || l.endsWith(']')))
            return false;
        const qsizetype cut = 1 + pick(int(l.size()) - 2);
        QByteArray bytes = joinLines(ls.mid(0, i)) + l.left(cut);
        fail(c, file, bytes, i + 1);
        return true;
    }

    bool unterminated(Case &c)
    {
        const QString file = anyFile();
        QList<QByteArray> ls = lines(file);
        const QList<KeyLine> keys = keyLines(ls);
        if (keys.isEmpty())
            return false;
        const KeyLine &k = pickFrom(keys);
        if (!k.value.startsWith('"') || !k.value.endsWith('"') || k.value.size() < 2)
            return false;
        ls[k.index].chop(1);
        fail(c, file, joinLines(ls), k.index + 1, "unterminated string");
        return true;
    }

    bool insertBytes(Case &c, const QByteArray &what, const QString &message)
    {
        const QString file = anyFile();
        QList<QByteArray> ls = lines(file);
        const int i = pick(int(ls.size()));
        ls[i].insert(asciiPosition(ls[i]), what);
        fail(c, file, joinLines(ls), i + 1, message);
        return true;
    }

    bool invalidUtf8(Case &c)
    {
        static const QByteArrayList bad = {"\xff",     "\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                           "\xc0\xaf", "\x80", "\xe4\xbd",     "\xfe\xfe"};
        return insertBytes(c, pickFrom(bad), "utf-8");
    }

    bool nulByte(Case &c) { return insertBytes(c, QByteArray(1 + pick(3), '\0'), {}); }

    bool loneCr(Case &c)
    {
        const QString file = anyFile();
        QList<QByteArray> ls = lines(file);
        const int i = pick(int(ls.size()));
        if (ls[i].size() < 2)
            return false;
        qsizetype p = asciiPosition(ls[i]);
        if (p == ls[i].size())
            p = 1;
        ls[i].insert(p, '\r');
        fail(c, file, joinLines(ls), i + 1);
        return true;
    }

    bool valid(Case &c, const QString &file, const QByteArray &bytes)
    {
        c.file = file;
        c.bytes = bytes;
        c.valid = true;
        return true;
    }

    bool bom(Case &c)
    {
        const QString file = anyFile();
        return valid(c, file, "\xef\xbb\xbf" + m_original.value(file));
    }

    bool crlf(Case &c)
    {
        const QString file = anyFile();
        return valid(c, file, QByteArray(m_original.value(file)).replace("\n", "\r\n"));
    }

    bool bomCrlf(Case &c)
    {
        const QString file = anyFile();
        return valid(c, file,
                     "\xef\xbb\xbf" + QByteArray(m_original.value(file)).replace("\n", "\r\n"));
    }

    bool longLine(Case &c)
    {
        const QString file = pickFrom(m_models);
        QList<QByteArray> ls = lines(file);
        const QByteArray big(10 * 1024 * 1024, 'x');
        switch (m_longLines++ % 5) {
        case 0: { // a 10 MB note is valid
            bool replaced = false;
            for (QByteArray &l : ls)
                if (l.startsWith("note = ")) {
                    l = "note = \"" + big + '"';
                    replaced = true;
                }
            if (!replaced)
                ls.insert(1, "note = \"" + big + '"');
            return valid(c, file, joinLines(ls));
        }
        case 1:
            ls.insert(1, "# " + big);
            return valid(c, file, joinLines(ls));
        case 2:
            ls.insert(1, "why = \"" + big);
            fail(c, file, joinLines(ls), 2, "unterminated string");
            return true;
        case 3:
            ls.insert(1, QByteArray(big.size(), '['));
            fail(c, file, joinLines(ls), 2);
            return true;
        default:
            ls.insert(1, QByteArray("a.").repeated(big.size() / 2) + "a = 1");
            fail(c, file, joinLines(ls), 2, "nested more than");
            return true;
        }
    }

    // Replaces the value of one of `keys` in a model file with `value`.
    bool replaceValue(Case &c, const QByteArrayList &keys, const QByteArray &value, bool isValid)
    {
        const QString file = pickFrom(m_models);
        QList<QByteArray> ls = lines(file);
        QList<KeyLine> found;
        for (const KeyLine &k : keyLines(ls))
            if (keys.contains(k.key))
                found << k;
        if (found.isEmpty())
            return false;
        const KeyLine &k = pickFrom(found);
        ls[k.index] = k.key + " = " + value;
        if (isValid)
            return valid(c, file, joinLines(ls));
        fail(c, file, joinLines(ls), k.index + 1);
        return true;
    }

    bool badNumber(Case &c)
    {
        switch (pick(4)) {
        case 0:
            return replaceValue(
                c, {"notability"},
                pickFrom(QByteArrayList{"2147483648", "9223372036854775807", "-9223372036854775808",
                                        "99999999999999999999", "0", "-1", "11", "5.5", "1e3",
                                        "nan", "inf", "-0"}),
                false);
        case 1:
            return replaceValue(
                c, {"context_tokens", "params_total", "max_output_tokens"},
                pickFrom(QByteArrayList{"0", "-1", "-9223372036854775808", "99999999999999999999",
                                        "1.5", "1e400", "inf", "128000.0"}),
                false);
        case 2:
            return replaceValue(c, {"price_input", "price_output", "output_tps"},
                                pickFrom(QByteArrayList{"-1", "-0.001", "inf", "-inf", "nan",
                                                        "1e400", "99999999999999999999"}),
                                false);
        default:
            return replaceValue(c, {"value"},
                                pickFrom(QByteArrayList{"1e9", "-1e9", "nan", "+inf",
                                                        "99999999999999999999", "\"50\""}),
                                false);
        }
    }

    // Other spellings of valid numbers (TOML 1.0) stay valid.
    bool validNumber(Case &c)
    {
        if (pick(2))
            return replaceValue(
                c, {"notability"},
                pickFrom(QByteArrayList{"1", "10", "+7", "0x0A", "0o7", "0b101", "1_0"}), true);
        return replaceValue(c, {"context_tokens"},
                            pickFrom(QByteArrayList{"9223372036854775807", "1_000_000", "0x10000"}),
                            true);
    }

    bool duplicateKey(Case &c)
    {
        const QString file = anyFile();
        QList<QByteArray> ls = lines(file);
        const QList<KeyLine> keys = keyLines(ls);
        if (keys.isEmpty())
            return false;
        const KeyLine &k = pickFrom(keys);
        ls.insert(k.index + 1, pick(2) ? ls[k.index] : k.key + " = \"another\"");
        fail(c, file, joinLines(ls), k.index + 2);
        return true;
    }

    bool wrongType(Case &c)
    {
        static const QByteArrayList stringKeys = {
            "slug",    "name",    "org",          "kind",      "status",  "pricing_model",
            "license", "note",    "architecture", "tagline",   "summary", "title",
            "url",     "parent",  "relation",     "benchmark", "source",  "id",
            "name_zh", "country", "color",        "meaning",   "unit"};
        static const QByteArrayList dateKeys = {"released", "last_verified", "as_of", "verified"};
        static const QByteArrayList integerKeys = {"notability", "context_tokens", "params_total",
                                                   "params_active", "max_output_tokens"};
        static const QByteArrayList numberKeys = {"price_input", "price_output", "output_tps",
                                                  "value",       "min",          "max"};
        static const QByteArrayList arrayKeys = {"capabilities", "aliases",       "feels_like",
                                                 "best_for",     "not_ideal_for", "tools"};
        const QString file = anyFile();
        QList<QByteArray> ls = lines(file);
        const QList<KeyLine> keys = keyLines(ls);
        if (keys.isEmpty())
            return false;
        const KeyLine &k = pickFrom(keys);
        QByteArrayList values;
        if (stringKeys.contains(k.key))
            values = {"5", "true", "[\"x\"]", "{ a = \"b\" }", "1.5", "2024-05-13"};
        else if (dateKeys.contains(k.key))
            values = {"5",
                      "true",
                      "[\"2024-05-13\"]",
                      "2024-05-13T10:00:00Z",
                      "10:00:00",
                      "2024-05-13 10:00:00"};
        else if (integerKeys.contains(k.key))
            values = {"\"5\"", "true", "[5]", "{ v = 5 }", "2024-05-13"};
        else if (numberKeys.contains(k.key))
            values = {"\"1\"", "true", "[1]", "{ v = 1 }"};
        else if (k.key == "open_weights")
            values = {"\"true\"", "1", "[true]", "yes"};
        else if (arrayKeys.contains(k.key))
            values = {"\"x\"", "5", "[1, 2]", "[[\"x\"]]", "[\"\"]", "[{ a = 1 }]", "[\" x\"]"};
        else if (k.table == "[availability]")
            values = {"true", "\"yes\"", "[\"available\"]"};
        else
            return false;
        ls[k.index] = k.key + " = " + pickFrom(values);
        fail(c, file, joinLines(ls), k.index + 1);
        return true;
    }

    bool wrongTableKind(Case &c)
    {
        const QString file = pickFrom(m_models);
        QList<QByteArray> ls = lines(file);
        QList<int> headers;
        for (int i = 0; i < ls.size(); ++i)
            if (ls[i].startsWith('['))
                headers << i;
        const int i = pickFrom(headers);
        const QByteArray h = ls[i];
        if (h.startsWith("[[")) {
            // [[sources]] -> [sources]: the first is the wrong kind; a second one is defined twice.
            const QByteArray single = h.mid(1, h.size() - 2);
            int first = -1, second = -1;
            for (int j = 0; j < ls.size(); ++j) {
                if (ls[j] != h)
                    continue;
                ls[j] = single;
                if (first < 0)
                    first = j;
                else if (second < 0)
                    second = j;
            }
            fail(c, file, joinLines(ls), (second >= 0 ? second : first) + 1);
        } else {
            ls[i] = '[' + h + ']';
            fail(c, file, joinLines(ls), i + 1);
        }
        return true;
    }

    bool missingKey(Case &c)
    {
        const QString file = anyFile();
        QList<QByteArray> ls = lines(file);
        const QList<KeyLine> keys = keyLines(ls);
        if (keys.isEmpty())
            return false;
        const KeyLine &k = pickFrom(keys);
        const QByteArray table =
            k.table.isEmpty() ? QByteArray(isModel(file) ? "model" : "org") : k.table;
        if (!kRequired.value(table).contains(k.key))
            return false;
        int headerLine = 1;
        if (!k.table.isEmpty())
            for (int j = k.index; j >= 0; --j)
                if (ls[j] == k.table) {
                    headerLine = j + 1;
                    break;
                }
        ls.removeAt(k.index);
        fail(c, file, joinLines(ls), headerLine,
             QStringLiteral("missing required field '%1'").arg(QString::fromUtf8(k.key)));
        return true;
    }

    bool unknownKey(Case &c)
    {
        const QString file = anyFile();
        QList<QByteArray> ls = lines(file);
        switch (pick(3)) {
        case 0:
            ls.insert(1, "colour = \"red\"");
            fail(c, file, joinLines(ls), 2, "unknown key 'colour'");
            return true;
        case 1: {
            const QList<KeyLine> keys = keyLines(ls);
            if (keys.isEmpty())
                return false;
            const KeyLine &k = pickFrom(keys);
            if (k.key.size() < 4)
                return false;
            QByteArray misspelt = k.key;
            misspelt.remove(pick(int(misspelt.size())), 1);
            if (kAllKeys.contains(misspelt))
                return false;
            ls[k.index] = misspelt + " = " + k.value;
            fail(c, file, joinLines(ls), k.index + 1,
                 QStringLiteral("unknown key '%1'").arg(QString::fromUtf8(misspelt)));
            return true;
        }
        default: {
            static const QHash<QByteArray, QByteArray> headers = {
                {"[availability]", "[availabilty]"},
                {"[[sources]]", "[[source]]"},
                {"[[scores]]", "[[score]]"},
                {"[[lineage]]", "[[linage]]"},
                {"[text.en]", "[txt.en]"}};
            for (int i = 0; i < ls.size(); ++i)
                if (headers.contains(ls[i])) {
                    const QByteArray to = headers.value(ls[i]);
                    ls[i] = to;
                    const QByteArray key =
                        to.mid(0, to.indexOf('.') < 0 ? to.size() : to.indexOf('.'))
                            .replace("[", "")
                            .replace("]", "");
                    fail(c, file, joinLines(ls), i + 1,
                         QStringLiteral("unknown key '%1'").arg(QString::fromUtf8(key)));
                    return true;
                }
            return false;
        }
        }
    }

    bool replaceInLineage(Case &c, const QByteArray &key, const QByteArray &value,
                          const QString &message)
    {
        const QString file = pickFrom(m_models);
        QList<QByteArray> ls = lines(file);
        QList<KeyLine> found;
        for (const KeyLine &k : keyLines(ls))
            if (k.table == "[[lineage]]" && k.key == key)
                found << k;
        if (found.isEmpty())
            return false;
        const KeyLine &k = pickFrom(found);
        ls[k.index] = key + " = " + value;
        fail(c, file, joinLines(ls), k.index + 1, message);
        return true;
    }

    bool unknownRelation(Case &c)
    {
        return replaceInLineage(
            c, "relation",
            pickFrom(QByteArrayList{"\"fine_tune\"", "\"Fine_tunes\"", "\"derives_from\"", "\"\"",
                                    "\"builds-on\"", "\" builds_on\"", "\"successor\""}),
            "'relation'");
    }

    bool missingParent(Case &c)
    {
        if (pick(4) == 0) {
            const QString file = pickFrom(m_models);
            return replaceInLineage(c, "parent",
                                    '"' + QFileInfo(file).completeBaseName().toUtf8() + '"',
                                    "a model cannot be its own parent") &&
                   c.file == file;
        }
        const QByteArray slug = "no-such-model-" + QByteArray::number(pick(1000));
        return replaceInLineage(c, "parent", '"' + slug + '"',
                                QStringLiteral("unknown parent '%1'").arg(QString::fromUtf8(slug)));
    }

    // An ancestor made a descendant of its descendant: a loop of two or more edges.
    bool cycle(Case &c)
    {
        const auto &edges = m_data.lineage;
        const LineageRecord &e = edges[size_t(pick(int(edges.size())))];
        if (e.relation == "competes_with" || e.relation == "open_alt_to")
            return false;
        int ancestor = e.parent;
        for (int steps = pick(3); steps > 0; --steps) {
            int next = -1;
            for (const LineageRecord &up : edges)
                if (up.child == ancestor && up.relation != "competes_with" &&
                    up.relation != "open_alt_to")
                    next = up.parent;
            if (next < 0)
                break;
            ancestor = next;
        }
        const QString child = m_data.models[size_t(e.child)].slug;
        const QString file = m_modelFile.value(m_data.models[size_t(ancestor)].slug);
        QList<QByteArray> ls = lines(file);
        const int parentLine = int(ls.size()) + 3;
        ls << ""
           << "[[lineage]]"
           << "parent = \"" + child.toUtf8() + '"' << "relation = \"successor_of\""
           << "source = \"https://example.org/loop\"";
        fail(c, file, joinLines(ls), parentLine, "lineage cycle");
        return true;
    }

    bool duplicateLineage(Case &c)
    {
        const QString file = pickFrom(m_models);
        QList<QByteArray> ls = lines(file);
        const int start = int(ls.indexOf("[[lineage]]"));
        if (start < 0)
            return false;
        QList<QByteArray> block = {""};
        for (int i = start; i < ls.size() && !ls[i].isEmpty(); ++i)
            block << ls[i];
        int parentLine = 0;
        for (int i = 0; i < block.size(); ++i)
            if (block[i].startsWith("parent = "))
                parentLine = int(ls.size()) + i + 1;
        ls << block;
        fail(c, file, joinLines(ls), parentLine, "a second [[lineage]] entry for parent");
        return true;
    }

    bool duplicateSlug(Case &c)
    {
        const QString file = pickFrom(m_models);
        if (pick(2)) {
            // The same file again under an org folder that sorts last: the copy is the duplicate.
            c.added = true;
            fail(c, "models/zz-fuzz/" + QFileInfo(file).fileName(), m_original.value(file), 1,
                 "duplicate slug");
            return true;
        }
        const QString other = pickFrom(m_models);
        if (other == file)
            return false;
        QList<QByteArray> ls = lines(file);
        ls[0] = "slug = \"" + QFileInfo(other).completeBaseName().toUtf8() + '"';
        fail(c, file, joinLines(ls), 1);
        return true;
    }

    // Random bytes anywhere: no expectation but a clean answer.
    bool noise(Case &c)
    {
        const QString file = anyFile();
        QByteArray bytes = m_original.value(file);
        for (int i = 1 + pick(5); i > 0; --i)
            bytes[pick(int(bytes.size()))] = char(pick(256));
        c.file = file;
        c.bytes = bytes;
        c.line = -1; // either outcome
        return true;
    }

    QString m_root;
    const CatalogData &m_data;
    std::mt19937 m_rng{kSeed};
    QHash<QString, QByteArray> m_original;
    QHash<QString, QString> m_modelFile; // slug -> file
    QStringList m_models;
    QStringList m_others;
    int m_longLines = 0;
};

} // namespace

class FuzzSourcesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    CatalogData m_subset;

    // Copies a subset of data/: every org and definition, some models, every model they name as
    // a parent (so that the subset is as clean as data/), and their articles.
    void copySubset()
    {
        const QString source = QStringLiteral(ATLAS_SOURCE_DIR "/data");
        const CatalogSources all = readCatalogSources(source, kToday);
        QVERIFY2(all.issues.isEmpty(), "data/ must be clean before it is mutated");
        QHash<QString, QString> fileOf;
        QDirIterator it(source + "/models", {"*.toml"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            fileOf.insert(QFileInfo(path).completeBaseName(), QDir(source).relativeFilePath(path));
        }
        // Models taken with all their ancestors, as long as the subset stays small enough for
        // hundreds of lint runs.
        std::vector<char> keep(all.data.models.size(), 0);
        size_t kept = 0;
        for (size_t seed = 0; seed < all.data.models.size() && kept < 40; seed += 7) {
            std::vector<char> with = keep;
            size_t count = kept;
            std::vector<int> todo = {int(seed)};
            while (!todo.empty()) {
                const int m = todo.back();
                todo.pop_back();
                if (with[size_t(m)])
                    continue;
                with[size_t(m)] = 1;
                ++count;
                for (const LineageRecord &l : all.data.lineage)
                    if (l.child == m)
                        todo.push_back(l.parent);
            }
            if (count <= 45) {
                keep = with;
                kept = count;
            }
        }
        auto copy = [&](const QString &rel) {
            QVERIFY(writeAll(QDir(m_data).filePath(rel), readAll(source + "/" + rel)));
        };
        copy("benchmarks.toml");
        copy("capabilities.toml");
        for (const QString &org : QDir(source + "/orgs").entryList({"*.toml"}, QDir::Files))
            copy("orgs/" + org);
        for (size_t i = 0; i < keep.size(); ++i) {
            if (!keep[i])
                continue;
            const QString slug = all.data.models[i].slug;
            copy(fileOf.value(slug));
            for (const char *lang : {"en", "zh_CN"})
                if (QFile::exists(QStringLiteral("%1/articles/%2.%3.md").arg(source, slug, lang)))
                    copy(QStringLiteral("articles/%1.%2.md").arg(slug, lang));
        }
    }

    static QString describe(const Case &c, const QStringList &issues)
    {
        return QStringLiteral("%1 in %2 (expected %3 line %4 '%5'); got:\n%6")
            .arg(c.kind, c.file, c.valid ? "valid" : "an issue at")
            .arg(c.line)
            .arg(c.message, issues.mid(0, 5).join('\n'));
    }

    // Checks one lint answer against the case; `issues` as "file:line[:column]: message".
    static bool matches(const Case &c, const QStringList &issues, QString *why)
    {
        static const QRegularExpression format(
            QStringLiteral("^([^:]+):([1-9][0-9]*)(?::[1-9][0-9]*)?: \\S"));
        for (const QString &i : issues)
            if (!format.match(i).hasMatch()) {
                *why = "not file:line: message: " + i;
                return false;
            }
        if (c.line < 0)
            return true;
        if (c.valid) {
            *why = "expected no issues";
            return issues.isEmpty();
        }
        for (const QString &i : issues) {
            const auto m = format.match(i);
            if (m.captured(1) == c.file && (c.line == 0 || m.captured(2).toInt() == c.line) &&
                i.contains(c.message, Qt::CaseInsensitive))
                return true;
        }
        *why = "no matching issue";
        return false;
    }

    static QStringList lint(const QString &dir)
    {
        QStringList out;
        for (const SourceIssue &i : readCatalogSources(dir, kToday).issues)
            out << i.toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath("data");
        copySubset();
        const CatalogSources subset = readCatalogSources(m_data, kToday);
        QStringList issues;
        for (const SourceIssue &i : subset.issues)
            issues << i.toString();
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join('\n')));
        QVERIFY(subset.data.models.size() >= 30);
        qInfo("%zu of the %s models, with %zu lineage edges", subset.data.models.size(), "real",
              subset.data.lineage.size());
        m_subset = subset.data;
    }

    void mutatedSourcesGetCleanAnswers()
    {
        CaseMaker maker(m_data, m_subset);
        const QList<Case> cases = maker.make();
        QVERIFY(cases.size() >= 500);

        // A catalog compiled from the clean subset: failed compiles must leave it as it is.
        const QString out = m_dir.filePath("out/catalog.sqlite");
        QDir().mkpath(QFileInfo(out).path());
        {
            QProcess p;
            p.start(ATLAS_COMPILER, {m_data, "--out", out});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
        }
        const QByteArray compiled = readAll(out);
        QVERIFY(!compiled.isEmpty());

        QElapsedTimer total;
        total.start();
        int inProcess = 0, viaBinary = 0, compiles = 0, valid = 0, noise = 0;
        qint64 slowest = 0;
        for (qsizetype n = 0; n < cases.size(); ++n) {
            const Case &c = cases[n];
            const QString path = QDir(m_data).filePath(c.file);
            QVERIFY(writeAll(path, c.bytes));

            QElapsedTimer timer;
            timer.start();
            const QStringList issues = lint(m_data);
            const qint64 ms = timer.elapsed();
            slowest = qMax(slowest, ms);
            ++inProcess;
            valid += c.valid ? 1 : 0;
            noise += c.line < 0 ? 1 : 0;
            QString why;
            QVERIFY2(
                matches(c, issues, &why),
                qPrintable(QStringLiteral("case %1: %2: ").arg(n).arg(why) + describe(c, issues)));
            QVERIFY2(ms < 10000, qPrintable(QStringLiteral("case %1 took %2 ms").arg(n).arg(ms)));

            // Every 20th case also through the compiler itself, and some as a full compile.
            if (n % 20 == 0) {
                QProcess p;
                p.start(ATLAS_COMPILER, {"--lint", m_data});
                QVERIFY2(p.waitForFinished(10000), qPrintable("hang: " + describe(c, issues)));
                const QStringList printed =
                    QString::fromUtf8(p.readAllStandardError()).split('\n', Qt::SkipEmptyParts);
                QCOMPARE(p.exitStatus(), QProcess::NormalExit);
                QCOMPARE(p.exitCode(), issues.isEmpty() ? 0 : 1);
                QCOMPARE(printed.mid(0, issues.size()), issues);
                ++viaBinary;
            }
            if (n % 80 == 0 && !issues.isEmpty()) {
                QProcess p;
                p.start(ATLAS_COMPILER, {m_data, "--out", out});
                QVERIFY(p.waitForFinished(10000));
                QCOMPARE(p.exitCode(), 1);
                QVERIFY2(readAll(out) == compiled, "a failed compile changed the previous output");
                QCOMPARE(QDir(QFileInfo(out).path()).entryList(QDir::Files | QDir::Hidden),
                         QStringList{"catalog.sqlite"});
                ++compiles;
            }

            if (c.added) {
                QVERIFY(QFile::remove(path));
                QDir().rmdir(QFileInfo(path).path());
            } else {
                QVERIFY(writeAll(path, maker.originals().value(c.file)));
            }
        }
        qInfo("%d cases in process (%d valid, %d random), %d through catalog-compiler --lint, "
              "%d failed compiles; %lld ms in all, slowest case %lld ms",
              inProcess, valid, noise, viaBinary, compiles, static_cast<long long>(total.elapsed()),
              static_cast<long long>(slowest));
        QVERIFY(viaBinary >= 30);
        // The tree is clean again.
        QVERIFY2(lint(m_data).isEmpty(), "a case was not undone");
    }
};

QTEST_GUILESS_MAIN(FuzzSourcesTest)
#include "tst_fuzzsources.moc"
