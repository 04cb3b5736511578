#include "syntheticcatalog.h"

#include "catalogwriter.h"

#include <QDate>
#include <QSet>

#include <cmath>

namespace {

// SplitMix64: tiny, fast and the same on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    bool chance(double p) { return unit() < p; }
    template <typename T> const T &pick(const QList<T> &list) { return list[below(list.size())]; }

private:
    quint64 m_state;
};

struct Family
{
    QString org, name, kind;
    QStringList versions;
    QStringList sizes;
    int year;
    qint64 context;
    bool open;
};

const QList<Family> &families()
{
    static const QList<Family> f = {
        {"meta-llama",
         "Llama",
         "language",
         {"2", "3", "3.1", "3.2", "3.3"},
         {"1B", "3B", "8B", "13B", "70B", "405B"},
         2023,
         131072,
         true},
        {"mistralai", "Mistral", "language", {"v0.1", "v0.2", "v0.3"}, {"7B"}, 2023, 32768, true},
        {"mistralai", "Mixtral", "language", {"v0.1"}, {"8x7B", "8x22B"}, 2023, 65536, true},
        {"qwen",
         "Qwen",
         "language",
         {"1.5", "2", "2.5", "3"},
         {"0.5B", "1.5B", "7B", "14B", "32B", "72B"},
         2024,
         131072,
         true},
        {"qwen", "Qwen2.5-Coder", "code", {""}, {"1.5B", "7B", "32B"}, 2024, 131072, true},
        {"deepseek-ai",
         "DeepSeek-Coder",
         "code",
         {"", "V2", "V2-Lite"},
         {"1.3B", "6.7B", "33B"},
         2023,
         131072,
         true},
        {"deepseek-ai",
         "DeepSeek",
         "language",
         {"V2", "V3", "R1"},
         {"", "Lite"},
         2024,
         131072,
         true},
        {"google",
         "Gemma",
         "language",
         {"", "2", "3"},
         {"2B", "7B", "9B", "27B"},
         2024,
         8192,
         true},
        {"microsoft",
         "Phi",
         "language",
         {"2", "3", "3.5", "4"},
         {"mini", "small", "medium"},
         2023,
         131072,
         true},
        {"tiiuae", "Falcon", "language", {"", "2", "3"}, {"7B", "40B", "180B"}, 2023, 8192, true},
        {"eleutherai", "GPT-NeoX", "language", {""}, {"20B"}, 2022, 2048, true},
        {"eleutherai",
         "Pythia",
         "language",
         {""},
         {"160M", "1.4B", "6.9B", "12B"},
         2023,
         2048,
         true},
        {"bigscience", "BLOOM", "language", {""}, {"560M", "7B1", "176B"}, 2022, 2048, true},
        {"01-ai", "Yi", "language", {"", "1.5"}, {"6B", "9B", "34B"}, 2023, 200000, true},
        {"internlm", "InternLM", "language", {"2", "2.5"}, {"7B", "20B"}, 2024, 32768, true},
        {"baichuan-inc", "Baichuan", "language", {"2"}, {"7B", "13B"}, 2023, 4096, true},
        {"thudm", "ChatGLM", "language", {"2", "3"}, {"6B"}, 2023, 32768, true},
        {"google", "BERT", "embedding", {""}, {"base", "large"}, 2018, 512, true},
        {"openai", "GPT-2", "language", {""}, {"small", "medium", "large", "xl"}, 2019, 1024, true},
        {"openai", "GPT", "language", {"4", "4o", "4.1", "5"}, {"", "mini"}, 2023, 128000, false},
        {"anthropic",
         "Claude",
         "language",
         {"3", "3.5", "4"},
         {"Haiku", "Sonnet", "Opus"},
         2024,
         200000,
         false},
        {"google",
         "Gemini",
         "multimodal",
         {"1.5", "2.0", "2.5"},
         {"Flash", "Pro"},
         2024,
         1000000,
         false},
        {"stabilityai", "StableLM", "language", {"", "2"}, {"1.6B", "3B", "12B"}, 2023, 4096, true},
        {"llava-hf", "LLaVA", "multimodal", {"1.5", "1.6"}, {"7B", "13B"}, 2023, 4096, true},
    };
    return f;
}

struct BaseOrg
{
    QString id, name, nameZh;
    QStringList aliases;
};

const QList<BaseOrg> &baseOrgs()
{
    static const QList<BaseOrg> o = {
        {"meta-llama", "Meta", "Meta", {"Facebook", "meta"}},
        {"mistralai", "Mistral AI", "Mistral AI", {"Mistral"}},
        {"qwen", "Alibaba Qwen", "阿里巴巴通义千问", {"Qwen", "通义千问", "Alibaba"}},
        {"deepseek-ai", "DeepSeek", "深度求索", {"deepseek"}},
        {"google", "Google", "谷歌", {"Google DeepMind"}},
        {"microsoft", "Microsoft", "微软", {}},
        {"tiiuae", "Technology Innovation Institute", "技术创新研究所", {"TII"}},
        {"eleutherai", "EleutherAI", "EleutherAI", {}},
        {"bigscience", "BigScience", "BigScience", {}},
        {"01-ai", "01.AI", "零一万物", {"Yi"}},
        {"internlm", "Shanghai AI Lab", "上海人工智能实验室", {"InternLM"}},
        {"baichuan-inc", "Baichuan", "百川智能", {}},
        {"thudm", "Zhipu AI", "智谱", {"THUDM", "GLM"}},
        {"openai", "OpenAI", "OpenAI", {}},
        {"anthropic", "Anthropic", "Anthropic", {}},
        {"stabilityai", "Stability AI", "Stability AI", {}},
        {"llava-hf", "LLaVA", "LLaVA", {}},
    };
    return o;
}

const QStringList kSyllables = {"neo",    "ai",     "lab",    "mind",   "byte",    "core",
                                "nova",   "quant",  "forge",  "deep",   "open",    "tensor",
                                "kraken", "hermes", "zephyr", "orca",   "wizard",  "dolphin",
                                "vicuna", "nous",   "the",    "bloke",  "unsloth", "maxi",
                                "sakura", "tiger",  "lumen",  "vector", "atlas",   "pixel"};
const QStringList kTunes = {
    "instruct",         "chat",     "sft",     "dpo",     "orpo",        "uncensored",
    "roleplay",         "code",     "math",    "medical", "legal",       "finance",
    "german",           "japanese", "chinese", "french",  "hermes",      "dolphin",
    "openhermes",       "alpaca",   "lora",    "ties",    "abliterated", "reasoning",
    "function-calling", "rp"};
const QStringList kQuants = {"q4_k_m",   "q5_k_m", "q8_0",    "q2_k",      "q6_k",
                             "iq4_xs",   "gguf",   "awq",     "gptq-4bit", "exl2-4.0bpw",
                             "bnb-4bit", "fp8",    "mlx-4bit"};
const QStringList kCapabilities = {"generative", "coding", "long_documents", "reasoning",
                                   "tool_use",   "vision", "multilingual",   "embedding"};

QString slugify(const QString &s)
{
    QString out;
    for (QChar c : s.toLower())
        out += c.isLetterOrNumber() ? c : QChar('-');
    while (out.contains("--"))
        out.replace("--", "-");
    while (out.endsWith('-'))
        out.chop(1);
    return out;
}

QString dateAfter(Random &rng, const QString &parent, int maxDays)
{
    QDate d = QDate::fromString(parent, Qt::ISODate).addDays(1 + rng.below(maxDays));
    if (d > QDate(2026, 12, 31))
        d = QDate(2026, 12, 31);
    return d.toString(Qt::ISODate);
}

} // namespace

CatalogData synth::generate(int count, quint64 seed)
{
    Random rng(seed);
    CatalogData data;
    for (const QString &id : kCapabilities)
        data.capabilities.push_back({id, id, id, "Synthetic capability.", "合成能力。"});
    for (const BaseOrg &o : baseOrgs())
        data.orgs.push_back({o.id, o.name, o.nameZh, "US", {}, {}, o.aliases});
    // Hub users: about one for every 40 models.
    QSet<QString> orgIds;
    for (const OrgRecord &o : data.orgs)
        orgIds.insert(o.id);
    const int users = std::max(8, count / 40);
    for (int i = 0; i < users; ++i) {
        QString id = rng.pick(kSyllables) + rng.pick(kSyllables);
        if (rng.chance(0.4))
            id += QString::number(rng.below(1000));
        if (orgIds.contains(id))
            id += "-" + QString::number(i);
        orgIds.insert(id);
        data.orgs.push_back({id, id, id, {}, {}, {}, {}});
    }
    const int firstUser = int(baseOrgs().size());

    QSet<QString> slugs;
    auto add = [&](ModelRecord m) {
        QString slug = slugify(m.org + "-" + m.name);
        if (slugs.contains(slug))
            slug += "-" + QString::number(data.models.size());
        slugs.insert(slug);
        m.slug = slug;
        m.status = "active";
        m.lastVerified = "2026-01-10";
        data.models.push_back(std::move(m));
        return int(data.models.size()) - 1;
    };

    // Bases: every family x version x size, released in order.
    std::vector<int> bases;
    for (const Family &f : families()) {
        for (int v = 0; v < f.versions.size() && int(data.models.size()) < count; ++v) {
            for (const QString &size : f.sizes) {
                if (int(data.models.size()) >= count)
                    break;
                ModelRecord m;
                const QString version = f.versions[v];
                QString name = f.name;
                // "Qwen2.5" and "ChatGLM3" glue the version on; "Llama-3" does not.
                static const QStringList glued = {"Qwen", "ChatGLM", "InternLM", "Baichuan"};
                if (!version.isEmpty())
                    name += (glued.contains(f.name) ? "" : "-") + version;
                if (!size.isEmpty())
                    name += "-" + size;
                m.name = name;
                m.org = f.org;
                m.kind = f.kind;
                m.released = QDate(std::min(f.year + v, 2025), 1 + rng.below(12), 1 + rng.below(28))
                                 .toString(Qt::ISODate);
                m.contextTokens = f.context;
                m.openWeights = f.open;
                m.pricingModel = f.open ? "free" : "paid";
                if (!f.open) {
                    m.priceInput = 0.1 * (1 + rng.below(150));
                    m.priceOutput = *m.priceInput * 4;
                }
                m.notability = 6 + rng.below(4);
                m.capabilities = {"generative", rng.pick(kCapabilities)};
                if (f.kind == "code")
                    m.capabilities << "coding";
                m.aliases = {slugify(name)};
                bases.push_back(add(m));
                if (f.open && int(data.models.size()) < count) {
                    ModelRecord instruct = m;
                    instruct.name = name + "-Instruct";
                    instruct.released = dateAfter(rng, m.released, 30);
                    instruct.notability = m.notability - 1;
                    instruct.aliases.clear();
                    const int child = add(instruct);
                    data.lineage.push_back({child, bases.back(), "fine_tunes", "synthetic"});
                    bases.push_back(child);
                }
            }
        }
    }

    // Derivatives. Parents are drawn with a heavy-tailed preference for early bases, so that a
    // few bases gather thousands of descendants, and often from earlier derivatives too.
    const int firstDerived = int(data.models.size());
    while (int(data.models.size()) < count) {
        int parent;
        if (int(data.models.size()) > firstDerived && rng.chance(0.35)) {
            parent = firstDerived + rng.below(int(data.models.size()) - firstDerived);
        } else {
            const double u = rng.unit();
            parent = bases[size_t(std::min<double>(bases.size() - 1, u * u * u * bases.size()))];
        }
        const ModelRecord &p = data.models[size_t(parent)];
        ModelRecord m;
        const QString stem = p.name.toLower();
        m.org = data.orgs[size_t(firstUser + rng.below(users))].id;
        m.kind = p.kind;
        m.contextTokens = p.contextTokens;
        m.openWeights = true;
        m.pricingModel = "free";
        m.capabilities = p.capabilities;
        m.notability = std::max(0, std::min(5, p.notability - 2 - rng.below(3)));
        const double r = rng.unit();
        QString relation;
        int second = -1;
        if (r < 0.45) {
            relation = "fine_tunes";
            m.name = stem + "-" + rng.pick(kTunes);
            if (rng.chance(0.3))
                m.name += "-v" + QString::number(1 + rng.below(5));
        } else if (r < 0.85) {
            relation = "quantizes";
            m.name = stem + "-" + rng.pick(kQuants);
            m.notability = std::max(0, m.notability - 1);
        } else if (r < 0.95) {
            relation = "merges";
            second = rng.below(int(data.models.size()));
            m.name = stem + "-" + rng.pick(kSyllables) + (rng.chance(0.5) ? "-slerp" : "-ties");
        } else {
            relation = "builds_on";
            m.name = rng.pick(kSyllables) + "-" + stem;
            if (m.contextTokens && rng.chance(0.5))
                m.contextTokens = *m.contextTokens * 4;
        }
        if (m.name.size() > 90)
            m.name = m.name.right(90);
        m.released = dateAfter(
            rng,
            std::max(p.released, second >= 0 ? data.models[size_t(second)].released : QString()),
            400);
        if (rng.chance(0.03)) {
            m.openWeights = false;
            m.pricingModel = "paid";
            m.priceInput = 0.05 * (1 + rng.below(40));
            m.priceOutput = *m.priceInput * 3;
        }
        const int child = add(std::move(m));
        data.lineage.push_back({child, parent, relation, "synthetic"});
        if (second >= 0 && second != parent)
            data.lineage.push_back({child, second, relation, "synthetic"});
    }
    data.index();
    return data;
}

bool synth::write(int models, quint64 seed, const QString &path, QString *error)
{
    return writeCatalog(generate(models, seed), {}, path, error);
}
