// SearchIndex: saving the index beside its catalog and reading it back. At a million models,
// reading the saved index takes a fraction of the time building it does.
#include "searchindex.h"

#include "records.h"
#include "searchindexparts.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace {

constexpr uint32_t kMagic = 0x4d415349; // "ISAM", little-endian
constexpr uint32_t kNone = UINT32_MAX;
const QChar kListSeparator(0x1f), kSectionSeparator(0x1e);

// A 128-bit hash in two lanes, eight bytes a step: fast enough to check a million models'
// names on every open (a cryptographic hash would take a good part of the open), and the same
// on every machine. It guards against stale data, not against forgery.
class Digest
{
public:
    void add(const void *data, size_t bytes)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        word(bytes);
        for (; bytes >= 8; p += 8, bytes -= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            word(w);
        }
        uint64_t tail = 0;
        std::memcpy(&tail, p, bytes);
        word(tail);
    }
    void add(const QString &s) { add(s.constData(), size_t(s.size()) * sizeof(QChar)); }
    void add(const QStringList &list)
    {
        word(uint64_t(list.size()));
        for (const QString &s : list)
            add(s);
    }
    void word(uint64_t w)
    {
        m_a = mix((m_a ^ w) * 0x9e3779b97f4a7c15ull);
        m_b = mix((m_b + w) * 0xc2b2ae3d27d4eb4full) ^ m_a;
    }
    QByteArray result() const
    {
        QByteArray out(16, '\0');
        const uint64_t a = mix(m_a ^ (m_b >> 7)), b = mix(m_b + a);
        std::memcpy(out.data(), &a, 8);
        std::memcpy(out.data() + 8, &b, 8);
        return out;
    }

private:
    static uint64_t mix(uint64_t x) { return (x ^ (x >> 31)) * 0xbf58476d1ce4e5b9ull ^ (x >> 29); }
    uint64_t m_a = 0x243f6a8885a308d3ull, m_b = 0x13198a2e03707344ull;
};

void addModel(Digest &d, const ModelRecord &m)
{
    d.add(m.name);
    d.add(m.nameZh);
    d.add(m.aliases);
    d.add(m.slug);
    d.add(m.org);
    d.add(m.kind);
    d.add(m.released);
    d.add(m.capabilities);
    d.word(uint64_t(qint64(m.notability)));
    d.word(m.openWeights ? 1 : 0);
    d.word(uint64_t(m.contextTokens ? *m.contextTokens : -1));
    const double price = m.priceOutput ? *m.priceOutput : -1.0;
    uint64_t bits;
    std::memcpy(&bits, &price, 8);
    d.word(bits);
}

} // namespace

QByteArray SearchIndex::contentDigest(const CatalogData &data)
{
    Digest d;
    for (const OrgRecord &o : data.orgs) {
        d.add(o.id);
        d.add(o.name);
        d.add(o.nameZh);
        d.add(o.aliases);
    }
    for (const CapabilityRecord &c : data.capabilities)
        d.add(c.id);
    // The models in a fixed number of runs, hashed at once: the digest does not depend on the
    // number of cores.
    constexpr size_t kRuns = 8;
    const size_t n = data.models.size(), per = (n + kRuns - 1) / kRuns;
    std::vector<QByteArray> runs(kRuns);
    auto hashRun = [&](size_t r) {
        Digest own;
        for (size_t i = r * per; i < std::min(n, (r + 1) * per); ++i)
            addModel(own, data.models[i]);
        runs[r] = own.result();
    };
    if (n < 20000) {
        for (size_t r = 0; r < kRuns; ++r)
            hashRun(r);
    } else {
        std::vector<std::thread> workers;
        for (size_t r = 0; r < kRuns; ++r)
            workers.emplace_back(hashRun, r);
        for (std::thread &w : workers)
            w.join();
    }
    d.word(n);
    for (const QByteArray &run : runs)
        d.add(run.constData(), size_t(run.size()));
    return d.result().toHex();
}

bool SearchIndex::save(const IndexPartWriter &out) const
{
    auto put = [&](const char *name, const auto &v) { return indexparts::write(out, name, v); };
    const Columns &c = *m_columns;
    const std::vector<uint32_t> header{kMagic, uint32_t(kFormat), uint32_t(m_order.size()),
                                       uint32_t(m_text.size())};
    std::vector<uint16_t> capSets;
    for (const std::vector<uint16_t> &set : c.capSets) {
        capSets.push_back(uint16_t(set.size()));
        capSets.insert(capSets.end(), set.begin(), set.end());
    }
    const QByteArray names =
        (c.kinds.join(kListSeparator) + kSectionSeparator + c.capabilities.join(kListSeparator) +
         kSectionSeparator + c.orgIds.join(kListSeparator))
            .toUtf8();
    return put("header", header) && put("text", m_text) && put("word_starts", m_wordStarts) &&
           put("starts", m_starts) && put("order", m_order) && put("column.org", c.org) &&
           put("column.kind", c.kind) && put("column.open", c.open) &&
           put("column.context", c.context) && put("column.price", c.price) &&
           put("column.year", c.year) && put("column.capset", c.capSet) &&
           put("capsets", capSets) && put("short_fields", m_shortFields) && out("names", names) &&
           out("content_digest", m_data ? contentDigest(*m_data) : QByteArray()) &&
           m_ngrams.save(out);
}

std::unique_ptr<SearchIndex> SearchIndex::load(const CatalogData &data, const IndexParts &parts,
                                               QString *why)
{
    using indexparts::read;
    auto fail = [&](const char *message) {
        if (why)
            *why = QString::fromLatin1(message);
        return nullptr;
    };
    std::vector<uint32_t> header;
    if (!read(parts, "header", header) || header.size() != 4)
        return fail("no saved search index");
    if (header[0] != kMagic || header[1] != uint32_t(kFormat))
        return fail("the saved search index has another format");
    const size_t n = data.models.size();
    if (header[2] != n)
        return fail("the saved search index was made for other data");

    std::vector<char> digest;
    if (!read(parts, "content_digest", digest) || digest.size() > 64)
        return fail("the saved search index is incomplete");
    if (QByteArrayView(digest.data(), qsizetype(digest.size())) != contentDigest(data))
        return fail("the saved search index was made for other content");

    std::unique_ptr<SearchIndex> index(new SearchIndex);
    SearchIndex &x = *index;
    x.m_models = &data.models;
    x.m_data = &data;
    Columns &c = *x.m_columns;
    std::vector<uint16_t> capSets;
    std::vector<char> names;
    if (!read(parts, "text", x.m_text) || !read(parts, "word_starts", x.m_wordStarts) ||
        !read(parts, "starts", x.m_starts) || !read(parts, "order", x.m_order) ||
        !read(parts, "column.org", c.org) || !read(parts, "column.kind", c.kind) ||
        !read(parts, "column.open", c.open) || !read(parts, "column.context", c.context) ||
        !read(parts, "column.price", c.price) || !read(parts, "column.year", c.year) ||
        !read(parts, "column.capset", c.capSet) || !read(parts, "capsets", capSets) ||
        !read(parts, "names", names) || !read(parts, "short_fields", x.m_shortFields))
        return fail("the saved search index is incomplete");

    // Everything a search indexes by must stay in bounds, whatever the file holds.
    const size_t size = x.m_text.size();
    if (header[3] != size || x.m_wordStarts.size() != (size + 63) / 64 ||
        x.m_starts.size() != n + 1 || x.m_order.size() != n || x.m_starts.front() != 0 ||
        x.m_starts.back() != size || c.org.size() != n || c.kind.size() != n ||
        c.open.size() != n || c.context.size() != n || c.price.size() != n || c.year.size() != n ||
        c.capSet.size() != n)
        return fail("the saved search index does not fit its catalog");
    std::vector<bool> seen(n, false);
    for (size_t r = 0; r < n; ++r) {
        if (x.m_starts[r + 1] < x.m_starts[r] || x.m_order[r] >= n || seen[x.m_order[r]])
            return fail("the saved search index is malformed");
        seen[x.m_order[r]] = true;
    }
    const QStringList sections =
        QString::fromUtf8(names.data(), qsizetype(names.size())).split(kSectionSeparator);
    if (sections.size() != 3)
        return fail("the saved search index is malformed");
    auto list = [](const QString &s) {
        return s.isEmpty() ? QStringList() : s.split(kListSeparator);
    };
    c.kinds = list(sections[0]);
    c.capabilities = list(sections[1]);
    for (size_t i = 0; i < capSets.size();) {
        std::vector<uint16_t> set;
        const size_t count = capSets[i++];
        for (size_t j = 0; j < count; ++j, ++i) {
            if (i >= capSets.size() || capSets[i] >= size_t(c.capabilities.size()))
                return fail("the saved search index is malformed");
            set.push_back(capSets[i]);
        }
        c.capSets.push_back(std::move(set));
    }
    x.buildOrgs(data);
    if (list(sections[2]) != c.orgIds)
        return fail("the saved search index was made for other organisations");
    for (size_t r = 0; r < n; ++r) {
        if ((c.org[r] != kNone && c.org[r] >= x.m_orgs.size()) ||
            c.kind[r] >= size_t(c.kinds.size()) || c.capSet[r] >= c.capSets.size())
            return fail("the saved search index is malformed");
        if (c.org[r] != kNone)
            x.m_orgs[c.org[r]].records.push_back(uint32_t(r));
    }
    for (uint64_t field : x.m_shortFields)
        if ((field & 0xffffffffu) >= n)
            return fail("the saved search index is malformed");
    if (!x.m_ngrams.load(parts, n))
        return fail("the saved search index is malformed");
    return index;
}
