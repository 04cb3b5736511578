#pragma once

#include <QList>
#include <QPair>
#include <QStringView>

#include <string>
#include <vector>

// The searchable form of names: NFKC, case-folded, letters and digits only, as UTF-8 bytes, so
// that "DeepSeek-Coder V2", "deepseek coder v2" and "ＤｅｅｐＳｅｅｋＣｏｄｅｒＶ２" are the
// same text. Matching on bytes is safe because UTF-8 never matches inside another character.
namespace searchtext {

enum Flag : unsigned char {
    WordStart = 1, // first byte of a word: after a space or punctuation, a letter/digit switch
                   // or a lower-to-upper case change ("DeepSeek" has two words)
};

// Appends the normalised `text` to `out`. When `flags` is given it gets one byte per output
// byte; when `source` is given it gets, per output byte, the UTF-16 index in `text` of the
// character that produced it.
void append(QStringView text, std::string &out, std::string *flags = nullptr,
            std::vector<int> *source = nullptr);

std::string normalise(QStringView text);

// The ranges (start, length) of `text` to highlight for a match of `normalisedQuery` in it, or
// nothing when the normalised text does not contain it. Prefers a match at a word start.
QList<QPair<int, int>> matchRanges(QStringView text, const std::string &normalisedQuery);

} // namespace searchtext
