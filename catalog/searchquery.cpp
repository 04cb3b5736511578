#include "searchquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchQuery", text);
}

struct Token
{
    QString text;
    int position = 0;
    int end = 0; // one past the token's last character in the input
};

// Splits on white space; double quotes group words ("org:\"Meta AI\""), an unclosed quote runs
// to the end.
QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    Token current;
    bool inQuote = false, inToken = false;
    for (int i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == '"') {
            inQuote = !inQuote;
            if (!inToken) {
                inToken = true;
                current.position = i;
            }
            continue;
        }
        if (c.isSpace() && !inQuote) {
            if (inToken) {
                current.end = i;
                tokens << current;
            }
            current = Token();
            inToken = false;
            continue;
        }
        if (!inToken) {
            inToken = true;
            current.position = i;
        }
        current.text += c;
    }
    if (inToken) {
        current.end = int(input.size());
        tokens << current;
    }
    return tokens;
}

// A number with an optional k / m / b suffix (thousand, million, billion).
std::optional<double> parseNumber(QString s, bool allowSuffix)
{
    s = s.trimmed().toLower();
    double scale = 1;
    if (allowSuffix && !s.isEmpty()) {
        const QChar last = s.back();
        if (last == 'k' || last == 'm' || last == 'b') {
            scale = last == 'k' ? 1e3 : last == 'm' ? 1e6 : 1e9;
            s.chop(1);
        }
    }
    if (s.startsWith('$'))
        s.remove(0, 1);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v) || s.contains('e') || s.contains("inf") || s.contains("nan"))
        return std::nullopt;
    return v * scale;
}

// ">=128k", "<1", "=2024", "2024", "2024..2025", "..2025", "128k.."
std::optional<NumberRange> parseRange(const QString &value, bool allowSuffix, bool exact)
{
    NumberRange r;
    const qsizetype dots = value.indexOf("..");
    if (dots >= 0) {
        const QString lo = value.left(dots), hi = value.mid(dots + 2);
        if (lo.isEmpty() && hi.isEmpty())
            return std::nullopt;
        if (!lo.isEmpty() && !(r.min = parseNumber(lo, allowSuffix)))
            return std::nullopt;
        if (!hi.isEmpty() && !(r.max = parseNumber(hi, allowSuffix)))
            return std::nullopt;
        if (r.min && r.max && *r.min > *r.max)
            return std::nullopt;
        return r;
    }
    static const QRegularExpression op(QStringLiteral("^(>=|<=|>|<|=)?(.*)$"));
    const auto m = op.match(value);
    const QString o = m.captured(1);
    const auto v = parseNumber(m.captured(2), allowSuffix);
    if (!v)
        return std::nullopt;
    if (o == ">=" || o == ">")
        r.min = v, r.minExclusive = o == ">";
    else if (o == "<=" || o == "<")
        r.max = v, r.maxExclusive = o == "<";
    else if (o == "=" || exact)
        r.min = r.max = v;
    else
        r.min = v; // ctx:128k means "at least 128k"
    return r;
}

const QStringList kKeys = {"org", "kind", "cap", "open", "ctx", "price", "year"};
const QStringList kSingleKeys = {"open", "ctx", "price", "year"};

QString keyOf(const QString &token)
{
    const qsizetype colon = token.indexOf(':');
    return colon > 0 ? token.left(colon).toLower() : QString();
}

// Removes [from, to) and the white space after it (or before it, at the end).
QString cut(QString input, int from, int to)
{
    while (to < input.size() && input.at(to).isSpace())
        ++to;
    if (to == input.size())
        while (from > 0 && input.at(from - 1).isSpace())
            --from;
    return input.remove(from, to - from);
}

QString rangeKey(const std::optional<NumberRange> &r)
{
    if (!r)
        return QStringLiteral("-");
    return QStringLiteral("%1%2,%3%4")
        .arg(r->minExclusive ? "(" : "[")
        .arg(r->min ? QString::number(*r->min, 'g', 17) : QString())
        .arg(r->max ? QString::number(*r->max, 'g', 17) : QString())
        .arg(r->maxExclusive ? ")" : "]");
}

} // namespace

bool NumberRange::contains(double value) const
{
    if (min && (minExclusive ? value <= *min : value < *min))
        return false;
    if (max && (maxExclusive ? value >= *max : value > *max))
        return false;
    return true;
}

bool SearchQuery::hasFacets() const
{
    return !orgs.isEmpty() || !kinds.isEmpty() || !capabilities.isEmpty() || openWeights ||
           context || price || year;
}

QString SearchQuery::facetKey() const
{
    return QStringList{orgs.join(','),         kinds.join(','),
                       capabilities.join(','), openWeights ? (*openWeights ? "y" : "n") : "-",
                       rangeKey(context),      rangeKey(price),
                       rangeKey(year)}
        .join('|');
}

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery q;
    QStringList words;
    for (const Token &t : tokenize(input)) {
        const qsizetype colon = t.text.indexOf(':');
        const QString key = colon > 0 ? t.text.left(colon).toLower() : QString();
        const QString value = colon > 0 ? t.text.mid(colon + 1).trimmed() : QString();
        auto error = [&](const QString &message) {
            q.errors.append({t.text, t.position, message});
        };
        if (!kKeys.contains(key)) {
            words << t.text;
            continue;
        }
        if (value.isEmpty()) {
            error(tr("%1: needs a value").arg(key));
            continue;
        }
        if (key == "org") {
            q.orgs << value.toLower();
        } else if (key == "kind") {
            q.kinds << value.toLower();
        } else if (key == "cap") {
            q.capabilities << value.toLower();
        } else if (key == "open") {
            const QString v = value.toLower();
            if (v == "yes" || v == "true" || v == "1" || v == "y")
                q.openWeights = true;
            else if (v == "no" || v == "false" || v == "0" || v == "n")
                q.openWeights = false;
            else
                error(tr("open: takes yes or no"));
        } else if (key == "ctx") {
            if (auto r = parseRange(value, true, false))
                q.context = r;
            else
                error(tr("ctx: takes a token count such as >=128k or 32k..1m"));
        } else if (key == "price") {
            if (auto r = parseRange(value, false, false))
                q.price = r;
            else
                error(tr("price: takes US dollars per million output tokens, such as <1 or "
                         "0.5..3"));
        } else if (key == "year") {
            auto r = parseRange(value, false, true);
            const auto whole = [](const std::optional<double> &v) {
                return !v || (*v == std::floor(*v) && *v >= 1900 && *v <= 2100);
            };
            if (r && whole(r->min) && whole(r->max))
                q.year = r;
            else
                error(tr("year: takes a year or a range such as 2024..2025"));
        }
    }
    q.text = words.join(' ');
    return q;
}

QList<SearchQueryTerm> SearchQuery::terms(const QString &input)
{
    QList<SearchQueryTerm> out;
    for (const Token &t : tokenize(input)) {
        const QString key = keyOf(t.text);
        if (!kKeys.contains(key))
            continue;
        const SearchQuery one = parse(t.text);
        out.append({t.text, key, t.position, t.end - t.position, one.errors.isEmpty()});
    }
    return out;
}

QString SearchQuery::removeTerm(const QString &input, int position)
{
    for (const Token &t : tokenize(input))
        if (t.position == position)
            return cut(input, t.position, t.end);
    return input;
}

QString SearchQuery::toggleTerm(const QString &input, const QString &term)
{
    const QString key = keyOf(term);
    QString out = input;
    bool found = false;
    // From the end, so that earlier positions stay valid.
    const QList<Token> tokens = tokenize(input);
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        const bool same = it->text.compare(term, Qt::CaseInsensitive) == 0;
        if (same || (kSingleKeys.contains(key) && keyOf(it->text) == key)) {
            found = found || same;
            out = cut(out, it->position, it->end);
        }
    }
    if (found)
        return out;
    return out.trimmed().isEmpty() ? term : out.trimmed() + ' ' + term;
}
