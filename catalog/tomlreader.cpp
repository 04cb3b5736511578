#include "tomlreader.h"

namespace {

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    TomlParseResult run()
    {
        TomlParseResult result;
        auto root = std::make_shared<TomlTable>();
        root->line = 1;
        TomlTable *current = root.get();
        while (!m_failed) {
            skipBlank();
            if (atEnd())
                break;
            if (peek() == '[') {
                current = header(root.get());
            } else {
                keyValue(current);
            }
            if (!m_failed)
                endOfLine();
        }
        if (m_failed) {
            result.error = m_error;
            result.errorLine = m_errorLine;
        } else {
            result.root = root;
        }
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void advance()
    {
        if (peek() == '\n')
            ++m_line;
        ++m_pos;
    }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = message;
        m_errorLine = m_line;
    }

    void skipSpaces()
    {
        while (peek() == ' ' || peek() == '\t' || peek() == '\r')
            advance();
    }

    void skipComment()
    {
        if (peek() == '#')
            while (!atEnd() && peek() != '\n')
                advance();
    }

    // Blank lines and comments, including newlines.
    void skipBlank()
    {
        for (;;) {
            skipSpaces();
            skipComment();
            if (peek() == '\n')
                advance();
            else
                return;
        }
    }

    void endOfLine()
    {
        skipSpaces();
        skipComment();
        if (atEnd())
            return;
        if (peek() != '\n')
            fail(QStringLiteral("unexpected text after value"));
        else
            advance();
    }

    QString bareKey()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == '_' || peek() == '-'))
            advance();
        if (m_pos == start)
            fail(QStringLiteral("expected a key"));
        return m_text.mid(start, m_pos - start);
    }

    QStringList dottedKey()
    {
        QStringList parts;
        for (;;) {
            skipSpaces();
            parts << bareKey();
            skipSpaces();
            if (peek() != '.' || m_failed)
                return parts;
            advance();
        }
    }

    TomlTable *header(TomlTable *root)
    {
        advance(); // '['
        const bool isArray = peek() == '[';
        if (isArray)
            advance();
        const int line = m_line;
        const QStringList path = dottedKey();
        if (m_failed)
            return root;
        for (int i = 0; i < (isArray ? 2 : 1); ++i) {
            if (peek() != ']') {
                fail(QStringLiteral("expected ']' to close the table header"));
                return root;
            }
            advance();
        }
        TomlTable *table = root;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            table = child(table, path.at(i), line);
        const QString &last = path.last();
        if (table->values.contains(last)) {
            fail(QStringLiteral("'%1' is already a value").arg(last));
            return root;
        }
        if (isArray) {
            auto item = std::make_shared<TomlTable>();
            item->line = line;
            table->tableArrays[last].append(item);
            return item.get();
        }
        if (table->tables.contains(last) && table->tables.value(last)->line != 0) {
            fail(QStringLiteral("table [%1] is defined twice").arg(path.join('.')));
            return root;
        }
        TomlTable *result = child(table, last, line);
        result->line = line;
        return result;
    }

    TomlTable *child(TomlTable *table, const QString &key, int line)
    {
        if (table->tableArrays.contains(key))
            return table->tableArrays[key].last().get();
        auto &slot = table->tables[key];
        if (!slot) {
            slot = std::make_shared<TomlTable>();
            slot->line = 0; // implicit until its own header appears
            Q_UNUSED(line);
        }
        return slot.get();
    }

    void keyValue(TomlTable *table)
    {
        const int line = m_line;
        const QStringList path = dottedKey();
        if (m_failed)
            return;
        if (path.size() != 1) {
            fail(QStringLiteral("dotted keys are not supported; use a [table] header"));
            return;
        }
        skipSpaces();
        if (peek() != '=') {
            fail(QStringLiteral("expected '=' after key '%1'").arg(path.first()));
            return;
        }
        advance();
        skipSpaces();
        QVariant v = value();
        if (m_failed)
            return;
        if (table->values.contains(path.first()) || table->tables.contains(path.first())) {
            m_line = line;
            fail(QStringLiteral("duplicate key '%1'").arg(path.first()));
            return;
        }
        table->values.insert(path.first(), {v, line});
    }

    QVariant value()
    {
        const QChar c = peek();
        if (c == '"')
            return string();
        if (c == '[')
            return array();
        if (c == '\'')
            fail(QStringLiteral("literal strings are not supported; use double quotes"));
        else if (c == '{')
            fail(QStringLiteral("inline tables are not supported"));
        else if (c.isLetter())
            return boolean();
        else if (c.isDigit() || c == '-' || c == '+')
            return number();
        else
            fail(QStringLiteral("expected a value"));
        return {};
    }

    QVariant string()
    {
        advance(); // opening quote
        if (m_text.mid(m_pos, 2) == QLatin1String("\"\"")) {
            fail(QStringLiteral("multi-line strings are not supported"));
            return {};
        }
        QString out;
        for (;;) {
            if (atEnd() || peek() == '\n') {
                fail(QStringLiteral("unterminated string"));
                return {};
            }
            const QChar c = peek();
            advance();
            if (c == '"')
                return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            const QChar e = peek();
            advance();
            switch (e.unicode()) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size()) {
                    fail(QStringLiteral("bad \\u escape"));
                    return {};
                }
                m_pos += 4;
                out += QChar(char16_t(code));
                break;
            }
            default:
                fail(QStringLiteral("unknown escape \\%1").arg(e));
                return {};
            }
        }
    }

    QVariant boolean()
    {
        const qsizetype start = m_pos;
        while (peek().isLetter())
            advance();
        const QString word = m_text.mid(start, m_pos - start);
        if (word == QLatin1String("true"))
            return true;
        if (word == QLatin1String("false"))
            return false;
        fail(QStringLiteral("unknown value '%1' (strings need double quotes)").arg(word));
        return {};
    }

    QVariant number()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isDigit() || QStringLiteral("+-.eE").contains(peek())))
            advance();
        const QString token = m_text.mid(start, m_pos - start);
        bool ok = false;
        if (!token.contains('.') && !token.contains('e') && !token.contains('E')) {
            const qlonglong n = token.toLongLong(&ok);
            if (ok)
                return n;
        } else {
            const double d = token.toDouble(&ok);
            if (ok)
                return d;
        }
        fail(QStringLiteral("bad number '%1'").arg(token));
        return {};
    }

    QVariant array()
    {
        advance(); // '['
        QVariantList items;
        for (;;) {
            skipBlank();
            if (peek() == ']') {
                advance();
                return items;
            }
            if (atEnd()) {
                fail(QStringLiteral("unterminated array"));
                return {};
            }
            const QVariant item = value();
            if (m_failed)
                return {};
            items << item;
            skipBlank();
            if (peek() == ',') {
                advance();
            } else if (peek() != ']') {
                fail(QStringLiteral("expected ',' or ']' in array"));
                return {};
            }
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_failed = false;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace

const TomlTable *TomlTable::table(const QString &key) const
{
    const auto it = tables.constFind(key);
    return it == tables.constEnd() ? nullptr : it->get();
}

TomlParseResult parseToml(const QString &text)
{
    return Parser(text).run();
}
