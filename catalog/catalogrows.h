#pragma once

// Internal to Catalog: reading the catalog's rows.
#include "records.h"
#include "sqlite.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

// Where a catalog's bytes are: a file, or an image in memory.
struct CatalogSource
{
    QString path;         // the file, or what the image is called in messages
    QByteArrayView image; // set for an image in memory
    // A new read-only connection of its own, for one thread.
    sqlite::Database connect() const
    {
        return image.isNull() ? sqlite::Database::openReadOnly(path)
                              : sqlite::Database::openImage(image);
    }
};

// Shares one QString per distinct value of low-cardinality columns (org, kind, released ...),
// looked up by the raw UTF-8 bytes so that a repeated value costs no allocation. Each call site
// has a slot remembering its last value: rows in catalog order repeat it most of the time.
// At a million models this lookup was a third of the time to read the models table, mostly in
// cache misses: dates go to a flat table by day, and the open-addressing table keeps each
// string in its slot, compared in place. Not thread-safe: each reading thread has its own.
class StringPool
{
public:
    QString operator()(QByteArrayView utf8, size_t slot)
    {
        if (utf8.isEmpty()) // NULL or '': nothing to share
            return QString::fromUtf8(utf8);
        Last &last = m_last[slot];
        if (last.slot && equal(last.slot->value, utf8))
            return last.slot->value;
        if (const int day = dayOf(utf8); day >= 0) {
            if (m_days.empty())
                m_days.resize(kDays);
            QString &value = m_days[size_t(day)];
            if (value.isNull())
                value = QString::fromUtf8(utf8);
            last.slot = nullptr;
            return value;
        }
        if ((m_used + 1) * 2 > m_table.size())
            grow();
        const size_t h = hash(utf8);
        size_t i = h & (m_table.size() - 1);
        while (!m_table[i].value.isNull() &&
               (m_table[i].hash != h || !equal(m_table[i].value, utf8)))
            i = (i + 1) & (m_table.size() - 1);
        if (m_table[i].value.isNull()) {
            m_table[i] = {h, QString::fromUtf8(utf8)}; // never null: null marks a free slot
            ++m_used;
        }
        last.slot = &m_table[i];
        return m_table[i].value;
    }

private:
    struct Slot
    {
        size_t hash = 0;
        QString value;
    };
    struct Last
    {
        const Slot *slot = nullptr; // stays valid until the table grows
    };
    static constexpr int kFirstYear = 1900, kYears = 300, kDays = kYears * 13 * 32;

    // "YYYY", "YYYY-MM" or "YYYY-MM-DD" between kFirstYear and its 300th year, as an index into
    // m_days; -1 for anything else.
    static int dayOf(QByteArrayView b)
    {
        auto digits = [&](qsizetype from, qsizetype n) {
            int v = 0;
            for (qsizetype i = from; i < from + n; ++i) {
                if (b[i] < '0' || b[i] > '9')
                    return -1;
                v = v * 10 + (b[i] - '0');
            }
            return v;
        };
        if (b.size() != 4 && b.size() != 7 && b.size() != 10)
            return -1;
        const int year = digits(0, 4) - kFirstYear;
        const int month = b.size() >= 7 && b[4] == '-' ? digits(5, 2) : b.size() == 4 ? 0 : -1;
        const int day = b.size() == 10 && b[7] == '-' ? digits(8, 2) : b.size() < 10 ? 0 : -1;
        if (year < 0 || year >= kYears || month < 0 || month > 12 || day < 0 || day > 31)
            return -1;
        return (year * 13 + month) * 32 + day;
    }
    // Whether `value` holds exactly the text of `utf8`, compared without converting ASCII.
    static bool equal(const QString &value, QByteArrayView utf8)
    {
        if (value.size() != utf8.size()) // a non-ASCII character takes more bytes than units
            return value.size() < utf8.size() && value == QString::fromUtf8(utf8);
        const QChar *c = value.constData();
        for (qsizetype i = 0; i < utf8.size(); ++i)
            if (c[i].unicode() != uchar(utf8[i]) || uchar(utf8[i]) >= 0x80)
                return uchar(utf8[i]) >= 0x80 && value == QString::fromUtf8(utf8);
        return true;
    }
    static size_t hash(QByteArrayView bytes) // FNV-1a
    {
        size_t h = 1469598103934665603ull;
        for (char c : bytes)
            h = (h ^ uchar(c)) * 1099511628211ull;
        return h ^ (h >> 29);
    }
    void grow()
    {
        std::vector<Slot> table(std::max<size_t>(64, m_table.size() * 2));
        for (Slot &s : m_table)
            if (!s.value.isNull()) {
                size_t i = s.hash & (table.size() - 1);
                while (!table[i].value.isNull())
                    i = (i + 1) & (table.size() - 1);
                table[i] = std::move(s);
            }
        m_table = std::move(table);
        m_last = {};
    }
    std::vector<Slot> m_table;
    std::vector<QString> m_days;
    size_t m_used = 0;
    std::array<Last, 24> m_last;
};

namespace catalogrows {
// At most this many aliases of one model are read; the rest are left out. Real models have a
// handful; the cap keeps a crafted catalog from making one model's record huge.
constexpr int kMaxAliasesPerModel = 1000;
// Names, slugs and aliases of models and organisations are at most this many bytes of UTF-8:
// a catalog with a longer one is refused (a longer alias is left out). Each is printed on every
// row that names it, so a megabyte name would grow every export and search answer by as much.
constexpr qsizetype kMaxNameBytes = 4096;

// Reads the models and their capabilities, aliases, availability, scores and lineage from the
// catalog `source` (of `fileBytes` bytes) into `data`, which already holds the organisations and
// benchmarks. Builds data.modelBySlug. `knownCount` is the number of models the catalog states
// (-1: none); it is checked, not trusted: no count read from the file is used before it is
// checked against what `fileBytes` can hold. Returns why the tables cannot be read, or an empty
// string.
QString readModelTables(const CatalogSource &source, CatalogData &data, qint64 knownCount,
                        qint64 fileBytes);
} // namespace catalogrows
