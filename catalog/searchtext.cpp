#include "searchtext.h"

#include <QString>

namespace {

enum class Class { Other, Lower, Upper, Digit };

Class classify(char32_t c)
{
    if (c < 0x80) {
        if (c >= 'a' && c <= 'z')
            return Class::Lower;
        if (c >= 'A' && c <= 'Z')
            return Class::Upper;
        if (c >= '0' && c <= '9')
            return Class::Digit;
        return Class::Other;
    }
    if (QChar::isDigit(c) || QChar::category(c) == QChar::Number_Letter ||
        QChar::category(c) == QChar::Number_Other)
        return Class::Digit;
    if (QChar::isUpper(c) || QChar::isTitleCase(c))
        return Class::Upper;
    if (QChar::isLetter(c))
        return Class::Lower;
    return Class::Other;
}

void appendUtf8(char32_t c, std::string &out)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

} // namespace

void searchtext::append(QStringView text, std::string &out, std::string *flags,
                        std::vector<int> *source)
{
    Class previous = Class::Other;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const qsizetype at = i;
        char32_t c = text[i++].unicode();
        if (QChar::isHighSurrogate(c) && i < n && text[i].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[i++].unicode());
        const Class cls = classify(c);
        if (cls == Class::Other) {
            previous = Class::Other;
            continue;
        }
        const bool wordStart = previous == Class::Other ||
                               (cls == Class::Digit) != (previous == Class::Digit) ||
                               (cls == Class::Upper && previous == Class::Lower);
        previous = cls;
        const size_t before = out.size();
        if (c < 0x80) {
            out += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else {
            // Full-width and compatibility forms fold to their plain letters (NFKC).
            const QString folded =
                QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
            for (char32_t f : folded.toUcs4())
                if (classify(f) != Class::Other)
                    appendUtf8(QChar::toCaseFolded(f), out);
        }
        if (flags) {
            for (size_t b = before; b < out.size(); ++b)
                *flags += char(b == before && wordStart ? WordStart : 0);
        }
        if (source) {
            for (size_t b = before; b < out.size(); ++b)
                source->push_back(int(at));
        }
    }
}

std::string searchtext::normalise(QStringView text)
{
    std::string out;
    append(text, out);
    return out;
}

QList<QPair<int, int>> searchtext::matchRanges(QStringView text, const std::string &normalisedQuery)
{
    QList<QPair<int, int>> ranges;
    if (normalisedQuery.empty())
        return ranges;
    std::string norm, flags;
    std::vector<int> source;
    append(text, norm, &flags, &source);
    size_t best = std::string::npos;
    for (size_t p = norm.find(normalisedQuery); p != std::string::npos;
         p = norm.find(normalisedQuery, p + 1)) {
        if (best == std::string::npos)
            best = p;
        if (flags[p] & WordStart) {
            best = p;
            break;
        }
    }
    if (best == std::string::npos)
        return ranges;
    // Consecutive source characters merge into one range; skipped punctuation splits them.
    for (size_t b = best; b < best + normalisedQuery.size(); ++b) {
        const int at = source[b];
        int length = 1;
        if (at + 1 < text.size() && text[at].isHighSurrogate())
            length = 2;
        if (!ranges.isEmpty() && ranges.last().first + ranges.last().second > at)
            continue; // another byte of the same character
        if (!ranges.isEmpty() && ranges.last().first + ranges.last().second == at)
            ranges.last().second += length;
        else
            ranges.append({at, length});
    }
    return ranges;
}
