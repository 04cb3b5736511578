#include "searchindex.h"

#include "records.h"
#include "searchindexparts.h"
#include "searchtext.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <thread>
#include <unordered_set>

namespace {

constexpr char kSeparator = '\x01';
constexpr uint32_t kNone = UINT32_MAX;

// The fields of one model, normalised, appended to a chunk of the record buffer.
struct Chunk
{
    std::string text, flags;
    std::vector<uint32_t> ends;     // per model, end of its record in text
    std::vector<uint32_t> nameEnds; // per model, end of its first field (the name)
};

// A field found in the first this many bytes of its record adds nothing and is left out. Past
// them only exact repeats of a field are: searching all of a record for each new field costs the
// square of the field count (a model with 200,000 aliases took minutes).
constexpr size_t kRedundancyWindow = 1024;

void appendRecord(const ModelRecord &m, const std::string &orgKey, Chunk &c)
{
    const size_t start = c.text.size();
    // Every field of the record, once it is longer than the window.
    std::unordered_set<std::string> fields;
    auto field = [&](const QString &s, bool isSlug) {
        if (s.isEmpty())
            return;
        const size_t at = c.text.size();
        searchtext::append(s, c.text, &c.flags);
        const std::string_view added = std::string_view(c.text).substr(at);
        const std::string_view before = std::string_view(c.text).substr(start, at - start);
        const std::string_view name = before.substr(0, before.find(kSeparator));
        if (before.size() > kRedundancyWindow && fields.empty())
            for (size_t from = 0; from < before.size();) {
                const size_t end = std::min(before.find(kSeparator, from), before.size());
                fields.emplace(before.substr(from, end - from));
                from = end + 1;
            }
        const bool repeated =
            before.substr(0, kRedundancyWindow).find(added) != std::string_view::npos ||
            (!fields.empty() && fields.count(std::string(added)) != 0);
        // A slug is usually the org id and the name ("acme-llama-3-8b"): the org is indexed on
        // its own, so such slugs add nothing.
        const bool redundant =
            added.empty() || repeated ||
            (isSlug && added.size() > orgKey.size() && added.substr(0, orgKey.size()) == orgKey &&
             added.substr(orgKey.size()) == name);
        if (redundant) {
            c.text.resize(at);
            c.flags.resize(at);
            return;
        }
        if (!fields.empty())
            fields.emplace(added);
        c.text += kSeparator;
        c.flags += '\0';
    };
    field(m.name, false);
    const size_t nameEnd = c.text.size() == start ? start : c.text.size() - 1;
    field(m.nameZh, false);
    for (const QString &a : m.aliases)
        field(a, false);
    field(m.slug, true);
    c.nameEnds.push_back(uint32_t(nameEnd));
    c.ends.push_back(uint32_t(c.text.size()));
}

} // namespace

SearchIndex::~SearchIndex() = default;

SearchIndex::SearchIndex() : m_columns(std::make_unique<Columns>()) {}

SearchIndex::SearchIndex(const CatalogData &data)
    : m_models(&data.models), m_data(&data), m_columns(std::make_unique<Columns>())
{
    buildOrgs(data);
    buildRecords(data);
    m_ngrams.build(m_text, m_starts);
    buildShortFields();
}

uint64_t SearchIndex::shortKey(std::string_view field)
{
    uint64_t key = field.size();
    for (size_t i = 0; i < 3; ++i)
        key = (key << 8) | (i < field.size() ? uint8_t(field[i]) : 0);
    return key;
}

void SearchIndex::buildShortFields()
{
    m_shortFields.clear();
    const std::string_view text = m_text;
    for (uint32_t r = 0; r + 1 < m_starts.size(); ++r) {
        for (size_t from = m_starts[r]; from < m_starts[r + 1];) {
            size_t end = text.find(kSeparator, from);
            if (end == std::string_view::npos || end > m_starts[r + 1])
                end = m_starts[r + 1];
            if (end > from && end - from <= 3)
                m_shortFields.push_back(shortKey(text.substr(from, end - from)) << 32 | r);
            from = end + 1;
        }
    }
    std::sort(m_shortFields.begin(), m_shortFields.end());
}

void SearchIndex::buildOrgs(const CatalogData &data)
{
    for (const OrgRecord &o : data.orgs) {
        Org org;
        for (const QString &s : QStringList{o.id, o.name, o.nameZh} + o.aliases) {
            std::string text, flags;
            searchtext::append(s, text, &flags);
            if (!text.empty()) {
                org.keys.push_back(std::move(text));
                org.flags.push_back(std::move(flags));
            }
        }
        m_columns->orgIndex.insert(o.id, int(m_orgs.size()));
        m_columns->orgIds << o.id;
        m_orgs.push_back(std::move(org));
    }
    for (size_t o = 0; o < m_orgs.size(); ++o)
        for (size_t k = 0; k < m_orgs[o].keys.size(); ++k) {
            const std::string_view key = m_orgs[o].keys[k];
            for (size_t p = 0; p < key.size(); ++p)
                if (p == 0 || (m_orgs[o].flags[k][p] & searchtext::WordStart))
                    m_orgWords.push_back({key.substr(p), uint32_t(o), p == 0});
        }
    std::sort(m_orgWords.begin(), m_orgWords.end(),
              [](const OrgWord &a, const OrgWord &b) { return a.text < b.text; });
}

void SearchIndex::buildRecords(const CatalogData &data)
{
    const size_t n = data.models.size();
    // Normalising is the slow part: split it over the cores.
    const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    const size_t per = (n + threads - 1) / std::max<size_t>(threads, 1);
    std::vector<Chunk> chunks(threads);
    std::vector<std::string> orgKeys(data.orgs.size());
    for (size_t o = 0; o < data.orgs.size(); ++o)
        orgKeys[o] = searchtext::normalise(data.orgs[o].id);
    {
        std::vector<std::thread> workers;
        for (size_t t = 0; t < threads; ++t)
            workers.emplace_back([&, t] {
                Chunk &c = chunks[t];
                for (size_t i = t * per; i < std::min(n, (t + 1) * per); ++i) {
                    const int o = m_columns->orgIndex.value(data.models[i].org, -1);
                    appendRecord(data.models[i], o < 0 ? std::string() : orgKeys[size_t(o)], c);
                }
            });
        for (std::thread &w : workers)
            w.join();
    }
    // Views of each model's record and name, in model order.
    std::vector<std::string_view> record(n), name(n);
    for (size_t t = 0, i = 0; t < threads; ++t) {
        uint32_t start = 0;
        for (size_t j = 0; j < chunks[t].ends.size(); ++j, ++i) {
            record[i] = std::string_view(chunks[t].text).substr(start, chunks[t].ends[j] - start);
            name[i] = std::string_view(chunks[t].text).substr(start, chunks[t].nameEnds[j] - start);
            start = chunks[t].ends[j];
        }
    }
    // Sort keys in one flat array: notability, then the name's first 8 bytes, then the name.
    struct Key
    {
        int notability;
        uint32_t model;
        uint64_t prefix;
    };
    std::vector<Key> keys(n);
    for (size_t i = 0; i < n; ++i) {
        uint64_t prefix = 0;
        for (size_t b = 0; b < 8; ++b)
            prefix = (prefix << 8) | (b < name[i].size() ? uint8_t(name[i][b]) : 0);
        keys[i] = {data.models[i].notability, uint32_t(i), prefix};
    }
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (a.notability != b.notability)
            return a.notability > b.notability;
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const int c = name[a.model].compare(name[b.model]);
        return c != 0 ? c < 0 : a.model < b.model;
    });
    m_order.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_order[i] = keys[i].model;
    keys = {};

    size_t total = 0;
    for (const Chunk &c : chunks)
        total += c.text.size();
    m_text.reserve(total);
    m_wordStarts.assign((total + 63) / 64, 0);
    m_starts.reserve(n + 1);
    Columns &col = *m_columns;
    col.org.reserve(n), col.kind.reserve(n), col.open.reserve(n), col.context.reserve(n);
    col.price.reserve(n), col.year.reserve(n), col.capSet.reserve(n);
    QHash<QString, int> capabilityIndex;
    for (const CapabilityRecord &c : data.capabilities) {
        capabilityIndex.insert(c.id, int(col.capabilities.size()));
        col.capabilities << c.id;
    }
    QHash<QString, int> kindIndex;
    // Models mostly share their capability lists (and pooled strings): look them up once.
    QHash<const void *, uint32_t> setOfList;
    std::map<std::vector<uint16_t>, uint32_t> setIndex;
    auto capabilitySet = [&](const QStringList &list) {
        auto known = setOfList.constFind(list.constData());
        if (known != setOfList.constEnd() && !list.isEmpty())
            return *known;
        std::vector<uint16_t> set;
        for (const QString &c : list)
            if (const int bit = capabilityIndex.value(c, -1); bit >= 0)
                set.push_back(uint16_t(bit));
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        auto [it, added] = setIndex.try_emplace(set, uint32_t(col.capSets.size()));
        if (added)
            col.capSets.push_back(set);
        setOfList.insert(list.constData(), it->second);
        return it->second;
    };
    const QString *lastOrg = nullptr;
    int lastOrgIndex = -1;
    for (uint32_t i : m_order) {
        const ModelRecord &m = data.models[i];
        m_starts.push_back(uint32_t(m_text.size()));
        // Find this record's flags: the chunk holding model i, at the same offset.
        const size_t t = i / per;
        const size_t offset = size_t(record[i].data() - chunks[t].text.data());
        for (size_t b = 0; b < record[i].size(); ++b)
            if (chunks[t].flags[offset + b] & searchtext::WordStart)
                m_wordStarts[(m_text.size() + b) / 64] |= uint64_t(1) << ((m_text.size() + b) % 64);
        m_text.append(record[i]);
        if (!lastOrg || lastOrg->constData() != m.org.constData() || *lastOrg != m.org)
            lastOrgIndex = col.orgIndex.value(m.org, -1);
        lastOrg = &m.org;
        const int o = lastOrgIndex;
        col.org.push_back(o < 0 ? kNone : uint32_t(o));
        auto k = kindIndex.constFind(m.kind);
        if (k == kindIndex.constEnd()) {
            k = kindIndex.insert(m.kind, int(col.kinds.size()));
            col.kinds << m.kind.toLower();
        }
        col.kind.push_back(uint16_t(*k));
        col.open.push_back(m.openWeights ? 1 : 0);
        col.context.push_back(m.contextTokens ? *m.contextTokens : -1);
        col.price.push_back(m.priceOutput ? float(*m.priceOutput) : NAN);
        col.year.push_back(int16_t(QStringView(m.released).left(4).toInt()));
        col.capSet.push_back(capabilitySet(m.capabilities));
        if (o >= 0)
            m_orgs[size_t(o)].records.push_back(uint32_t(m_starts.size() - 1));
    }
    m_starts.push_back(uint32_t(m_text.size()));
}

size_t SearchIndex::memoryBytes() const
{
    // The facet columns take about 32 bytes a record.
    return m_text.capacity() + m_wordStarts.capacity() * 8 + m_starts.capacity() * 4 +
           m_order.capacity() * 4 + m_order.size() * 32 + m_shortFields.capacity() * 8 +
           m_orgWords.capacity() * sizeof(OrgWord) + m_ngrams.memoryBytes();
}
