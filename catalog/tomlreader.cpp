#include "tomlreader.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <toml++/toml.h>

#include <optional>
#include <string_view>
#include <vector>

namespace {

struct Position
{
    int line = 0;
    int column = 0;
};

bool isBareKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

// Skips the string starting at s[i] (a quote), single- or multi-line, basic or literal, and
// returns the index after it. A single-line string stops before an unescaped newline; the parser
// reports it.
size_t skipString(std::string_view s, size_t i, int &line, size_t &lineStart)
{
    const char quote = s[i];
    const bool basic = quote == '"';
    const size_t n = s.size();
    if (s.substr(i, 3) == std::string_view(basic ? "\"\"\"" : "'''")) {
        for (i += 3; i < n;) {
            if (basic && s[i] == '\\' && i + 1 < n && s[i + 1] != '\n') {
                i += 2;
                continue;
            }
            if (s[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
            if (s[i] == quote && i + 2 < n && s[i + 1] == quote && s[i + 2] == quote) {
                i += 3;
                // Up to two quotes right before the closing three belong to the string.
                for (int extra = 0; extra < 2 && i < n && s[i] == quote; ++extra)
                    ++i;
                return i;
            }
            ++i;
        }
        return n;
    }
    for (++i; i < n && s[i] != '\n'; ++i) {
        if (basic && s[i] == '\\' && i + 1 < n && s[i + 1] != '\n')
            ++i;
        else if (s[i] == quote)
            return i + 1;
    }
    return i;
}

// Where the document nests keys, tables, arrays or inline tables deeper than kTomlMaxDepth, if
// anywhere. toml++ limits nested arrays and inline tables but not dotted keys: a header of
// 300,000 parts makes it recurse until the stack runs out. This scan knows strings and comments,
// runs in linear time and needs no recursion; what it does not understand it leaves to the parser.
std::optional<Position> tooDeep(std::string_view s)
{
    enum class Phase { Start, Key, Value, Header, AfterHeader };
    Phase phase = Phase::Start;
    std::vector<std::pair<char, int>> open; // open arrays and inline tables with their depth
    int line = 1;
    size_t lineStart = 0;
    int tableDepth = 0; // depth of the table the last header opened
    int base = 0;       // depth of the table the current key is in
    int parts = 0;      // parts of the current key or header so far
    bool expectPart = true;
    bool afterEquals = false;
    int valueDepth = 0;
    const size_t n = s.size();
    auto at = [&](size_t i) { return Position{line, int(i - lineStart) + 1}; };
    auto startKey = [&](int depth) {
        phase = Phase::Key;
        base = depth;
        parts = 0;
        expectPart = true;
    };
    for (size_t i = 0; i < n;) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            lineStart = ++i;
            if (open.empty())
                phase = Phase::Start;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
            continue;
        }
        if (c == '#') {
            while (i < n && s[i] != '\n')
                ++i;
            continue;
        }
        if (phase == Phase::Start) {
            if (c == '[') {
                phase = Phase::Header;
                parts = 0;
                expectPart = true;
                ++i;
                if (i < n && s[i] == '[')
                    ++i;
                continue;
            }
            startKey(tableDepth);
        }
        const bool quote = c == '"' || c == '\'';
        const size_t start = i;
        i = quote ? skipString(s, i, line, lineStart) : i + 1;
        switch (phase) {
        case Phase::Start:
        case Phase::AfterHeader:
            break;
        case Phase::Header:
        case Phase::Key:
            if (quote || isBareKeyChar(c)) {
                if (expectPart && ++parts + (phase == Phase::Key ? base : 0) > kTomlMaxDepth)
                    return at(start);
                expectPart = false;
            } else if (c == '.') {
                expectPart = true;
            } else if (phase == Phase::Header && c == ']') {
                tableDepth = parts + 1; // an array of tables adds one level; count it for both
                phase = Phase::AfterHeader;
            } else if (phase == Phase::Key && c == '=') {
                phase = Phase::Value;
                valueDepth = base + parts;
                afterEquals = true;
            } else if (phase == Phase::Key && c == '}' && !open.empty()) {
                open.pop_back();
                phase = Phase::Value;
            }
            break;
        case Phase::Value:
            if (c == '[' || c == '{') {
                const int depth =
                    (afterEquals || open.empty() ? valueDepth : open.back().second) + 1;
                if (depth > kTomlMaxDepth)
                    return at(start);
                open.emplace_back(c, depth);
                if (c == '{')
                    startKey(depth);
            } else if (c == ',' && !open.empty() && open.back().first == '{') {
                startKey(open.back().second);
            } else if ((c == ']' || c == '}') && !open.empty()) {
                open.pop_back();
            }
            afterEquals = false;
            break;
        }
    }
    return std::nullopt;
}

// The first byte that does not begin a well-formed UTF-8 sequence (no overlong forms, no
// surrogates, nothing above U+10FFFF), if any. toml++ refuses the same, but names the character
// before it, which is the end of the previous line when the bad byte starts one.
std::optional<std::pair<Position, uchar>> invalidUtf8(std::string_view s)
{
    int line = 1;
    int column = 1;
    const size_t n = s.size();
    for (size_t i = 0; i < n;) {
        const uchar c = uchar(s[i]);
        size_t length = 0;
        uint lowest = 0;
        if (c < 0x80) {
            if (c == '\n') {
                ++line;
                column = 0;
            }
            ++i;
            ++column;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            lowest = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            lowest = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            lowest = 0x10000;
        } else {
            return std::make_pair(Position{line, column}, c);
        }
        uint code = c & (0xff >> (length + 1));
        for (size_t k = 1; k < length; ++k) {
            if (i + k >= n || (uchar(s[i + k]) & 0xc0) != 0x80)
                return std::make_pair(Position{line, column}, c);
            code = (code << 6) | (uchar(s[i + k]) & 0x3f);
        }
        if (code < lowest || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return std::make_pair(Position{line, column}, c);
        i += length;
        ++column;
    }
    return std::nullopt;
}

QVariant convertValue(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::string:
        return QString::fromStdString(node.as_string()->get());
    case toml::node_type::integer:
        return qlonglong(node.as_integer()->get());
    case toml::node_type::floating_point:
        return node.as_floating_point()->get();
    case toml::node_type::boolean:
        return node.as_boolean()->get();
    case toml::node_type::date: {
        const toml::date d = node.as_date()->get();
        return QDate(d.year, d.month, d.day);
    }
    case toml::node_type::time: {
        const toml::time t = node.as_time()->get();
        return QTime(t.hour, t.minute, t.second, int(t.nanosecond / 1000000));
    }
    case toml::node_type::date_time: {
        const toml::date_time dt = node.as_date_time()->get();
        const QDate d(dt.date.year, dt.date.month, dt.date.day);
        const QTime t(dt.time.hour, dt.time.minute, dt.time.second,
                      int(dt.time.nanosecond / 1000000));
        if (dt.offset)
            return QDateTime(d, t, QTimeZone(dt.offset->minutes * 60));
        return QDateTime(d, t);
    }
    case toml::node_type::array: {
        QVariantList items;
        for (const toml::node &item : *node.as_array())
            items << convertValue(item);
        return items;
    }
    case toml::node_type::table:
        return QVariantMap();
    case toml::node_type::none:
        break;
    }
    return {};
}

std::shared_ptr<TomlTable> convertTable(const toml::table &source)
{
    auto out = std::make_shared<TomlTable>();
    out->line = int(source.source().begin.line);
    out->column = int(source.source().begin.column);
    for (const auto &[key, node] : source) {
        const QString name = QString::fromStdString(std::string(key.str()));
        const toml::source_region &where = key.source().begin.line ? key.source() : node.source();
        const toml::array *array = node.as_array();
        if (const toml::table *table = node.as_table()) {
            out->tables.insert(name, convertTable(*table));
        } else if (array && !array->empty() && array->is_array_of_tables()) {
            QList<std::shared_ptr<TomlTable>> items;
            for (const toml::node &item : *array)
                items << convertTable(*item.as_table());
            out->tableArrays.insert(name, items);
        } else {
            out->values.insert(
                name, {convertValue(node), int(where.begin.line), int(where.begin.column)});
        }
    }
    return out;
}

// Whether the error position (line, column in code points, from 1) is the end of its line, which
// the parser reports as a control character inside a string.
bool atEndOfLine(const QByteArray &utf8, int line, int column)
{
    qsizetype start = 0;
    for (int l = 1; l < line && start >= 0; ++l) {
        start = utf8.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        return false;
    qsizetype end = utf8.indexOf('\n', start);
    if (end < 0)
        end = utf8.size();
    QString text = QString::fromUtf8(utf8.mid(start, end - start));
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text.toUcs4().size() + 1 == column;
}

} // namespace

int TomlTable::lineOf(const QString &key) const
{
    if (const auto v = values.constFind(key); v != values.constEnd() && v->line)
        return v->line;
    if (const auto t = tables.constFind(key); t != tables.constEnd() && (*t)->line)
        return (*t)->line;
    if (const auto a = tableArrays.constFind(key);
        a != tableArrays.constEnd() && !a->isEmpty() && a->first()->line)
        return a->first()->line;
    return line;
}

const TomlTable *TomlTable::table(const QString &key) const
{
    const auto it = tables.constFind(key);
    return it == tables.constEnd() ? nullptr : it->get();
}

TomlParseResult parseToml(const QByteArray &utf8)
{
    TomlParseResult result;
    const std::string_view text(utf8.constData(), size_t(utf8.size()));
    if (const auto bad = invalidUtf8(text)) {
        result.error =
            QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(bad->second, 2, 16, QLatin1Char('0'));
        result.errorLine = bad->first.line;
        result.errorColumn = bad->first.column;
        return result;
    }
    if (const auto deep = tooDeep(text)) {
        result.error = QStringLiteral("nested more than %1 levels deep").arg(kTomlMaxDepth);
        result.errorLine = deep->line;
        result.errorColumn = deep->column;
        return result;
    }
    try {
        const toml::table document = toml::parse(text);
        result.root = convertTable(document);
        result.root->line = 1;
        result.root->column = 1;
    } catch (const toml::parse_error &e) {
        result.error = QString::fromUtf8(e.description().data(), qsizetype(e.description().size()));
        result.errorLine = int(e.source().begin.line);
        result.errorColumn = int(e.source().begin.column);
        if (result.error.contains(QLatin1String("control characters")) &&
            atEndOfLine(utf8, result.errorLine, result.errorColumn))
            result.error = QStringLiteral("unterminated string (a newline inside \"...\" or "
                                          "'...'; use \"\"\"...\"\"\" for text on several lines)");
    }
    return result;
}
