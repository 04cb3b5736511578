#include "catalogsources.h"

#include "sourcefields.h"
#include "tomlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <functional>

QString SourceIssue::toString() const
{
    if (line > 0 && column > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

using namespace sourcefields;

namespace {

// Every lineage edge whose two ends lie in one strongly connected component is on a cycle; each
// is reported in the file that declares it. Kosaraju's two passes, without recursion, so that a
// long chain of fine-tunes cannot exhaust the stack.
void reportLineageCycles(const CatalogData &data, const QList<SourceIssue> &edgeOrigin,
                         QList<SourceIssue> &issues)
{
    const size_t n = data.models.size();
    std::vector<std::vector<int>> parents(n), children(n);
    for (const LineageRecord &l : data.lineage) {
        if (!relation::isLineage(l.relation))
            continue;
        parents[size_t(l.child)].push_back(l.parent);
        children[size_t(l.parent)].push_back(l.child);
    }
    std::vector<int> order; // models by the time their ancestors were all visited
    order.reserve(n);
    std::vector<char> seen(n, 0);
    std::vector<std::pair<int, size_t>> stack;
    for (size_t start = 0; start < n; ++start) {
        if (seen[start])
            continue;
        seen[start] = 1;
        stack.push_back({int(start), 0});
        while (!stack.empty()) {
            const int m = stack.back().first;
            const size_t next = stack.back().second++;
            if (next < parents[size_t(m)].size()) {
                const int p = parents[size_t(m)][next];
                if (!seen[size_t(p)]) {
                    seen[size_t(p)] = 1;
                    stack.push_back({p, 0});
                }
            } else {
                order.push_back(m);
                stack.pop_back();
            }
        }
    }
    std::vector<int> component(n, -1);
    std::vector<QStringList> members;
    std::vector<int> todo;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (component[size_t(*it)] >= 0)
            continue;
        const int c = int(members.size());
        members.emplace_back();
        component[size_t(*it)] = c;
        todo.push_back(*it);
        while (!todo.empty()) {
            const int m = todo.back();
            todo.pop_back();
            members.back() << data.models[size_t(m)].slug;
            for (int child : children[size_t(m)])
                if (component[size_t(child)] < 0) {
                    component[size_t(child)] = c;
                    todo.push_back(child);
                }
        }
    }
    for (size_t i = 0; i < data.lineage.size(); ++i) {
        const LineageRecord &l = data.lineage[i];
        if (!relation::isLineage(l.relation) ||
            component[size_t(l.child)] != component[size_t(l.parent)])
            continue;
        QStringList loop = members[size_t(component[size_t(l.child)])];
        loop.sort();
        if (loop.size() > 8)
            loop = loop.mid(0, 8) << QStringLiteral("...");
        issues.append(
            {edgeOrigin.at(qsizetype(i)).file, edgeOrigin.at(qsizetype(i)).line, 0,
             QStringLiteral("lineage cycle: parent '%1' descends from '%2' (the loop "
                            "runs through %3)")
                 .arg(data.models[size_t(l.parent)].slug, data.models[size_t(l.child)].slug,
                      loop.join(QStringLiteral(", ")))});
    }
}

} // namespace

CatalogSources readCatalogSources(const QString &dataDir, QDate today)
{
    if (!today.isValid())
        today = QDate::currentDate();
    CatalogSources out;
    CatalogData &data = out.data;
    QList<SourceIssue> &issues = out.issues;
    const QDir root(dataDir);
    auto shown = [&](const QString &path) { return root.relativeFilePath(path); };

    if (!root.exists()) {
        issues.append({dataDir, 0, 0, QStringLiteral("no such data folder")});
        return out;
    }

    // Organisations, one per file.
    for (const QString &path : tomlFiles(root.filePath(QStringLiteral("orgs")))) {
        const auto t = readToml(path, shown(path), issues);
        if (!t)
            continue;
        FieldReader f(shown(path), issues);
        f.checkKeys(*t, kOrgKeys, {});
        OrgRecord o;
        o.id = f.string(*t, "id", true);
        o.name = f.string(*t, "name", true);
        o.nameZh = f.string(*t, "name_zh", true);
        o.country = f.string(*t, "country", false);
        o.url = f.string(*t, "url", false);
        o.color = f.string(*t, "color", false);
        o.aliases = f.strings(*t, "aliases", true);
        static const QRegularExpression colorRe(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!o.color.isEmpty() && !colorRe.match(o.color).hasMatch())
            f.issue(t->lineOf("color"), QStringLiteral("color '%1' must be #rrggbb").arg(o.color));
        if (o.id != QFileInfo(path).completeBaseName())
            f.issue(t->lineOf("id"),
                    QStringLiteral("id '%1' differs from the file name").arg(o.id));
        if (!o.id.isEmpty())
            data.orgs.push_back(o);
    }

    // Benchmark and capability definitions: one file each, an array of tables with unique ids.
    auto readDefinitions =
        [&](const QString &fileName, const QString &arrayName, const Schema &fileKeys,
            const Schema &keys,
            const std::function<QString(const TomlTable &, FieldReader &)> &take) {
            const QString path = root.filePath(fileName);
            const auto t = readToml(path, fileName, issues);
            if (!t)
                return;
            FieldReader f(fileName, issues);
            f.checkKeys(*t, fileKeys, {});
            QHash<QString, int> seen;
            for (const auto &item : t->array(arrayName)) {
                f.checkKeys(*item, keys, QStringLiteral("[[%1]]").arg(arrayName));
                const QString id = take(*item, f);
                if (seen.contains(id) && !id.isEmpty())
                    f.issue(item->lineOf("id"),
                            QStringLiteral("duplicate %1 id '%2' (first on line %3)")
                                .arg(arrayName, id)
                                .arg(seen.value(id)));
                seen.insert(id, item->lineOf("id"));
            }
        };
    readDefinitions("benchmarks.toml", "benchmark", kBenchmarkFileKeys, kBenchmarkKeys,
                    [&](const TomlTable &t, FieldReader &f) {
                        BenchmarkRecord b;
                        b.id = f.string(t, "id", true);
                        b.name = f.string(t, "name", true);
                        b.nameZh = f.string(t, "name_zh", true);
                        b.unit = f.oneOf(t, "unit", {"points", "percent"}, true);
                        b.min = f.number(t, "min", true).value_or(0);
                        b.max = f.number(t, "max", true).value_or(100);
                        b.url = f.string(t, "url", false);
                        if (b.min >= b.max)
                            f.issue(t.line,
                                    QStringLiteral("benchmark '%1' needs min < max").arg(b.id));
                        data.benchmarks.push_back(b);
                        return b.id;
                    });
    readDefinitions("capabilities.toml", "capability", kCapabilityFileKeys, kCapabilityKeys,
                    [&](const TomlTable &t, FieldReader &f) {
                        CapabilityRecord c;
                        c.id = f.string(t, "id", true);
                        c.name = f.string(t, "name", true);
                        c.nameZh = f.string(t, "name_zh", true);
                        c.meaning = f.string(t, "meaning", true);
                        c.meaningZh = f.string(t, "meaning_zh", true);
                        data.capabilities.push_back(c);
                        return c.id;
                    });
    data.index();
    QSet<QString> capabilityIds;
    for (const CapabilityRecord &c : data.capabilities)
        capabilityIds.insert(c.id);

    // Models, one per file, in a stable order so that the compiled catalog is reproducible.
    struct PendingEdge
    {
        int child;
        QString parent;
        QString relation;
        QString source;
        QString file;
        int line;
    };
    QList<PendingEdge> pending;
    QList<QString> modelFiles;
    QList<int> aliasLines; // parallel to modelFiles
    QHash<QString, QString> nameOwner;
    QStringList orgDirs =
        QDir(root.filePath("models")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    static const QRegularExpression slugRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    for (const QString &orgDir : orgDirs) {
        for (const QString &path : tomlFiles(root.filePath("models/" + orgDir))) {
            const QString file = shown(path);
            const auto t = readToml(path, file, issues);
            if (!t)
                continue;
            FieldReader f(file, issues);
            f.checkKeys(*t, kModelKeys, {});
            ModelRecord m;
            m.slug = f.string(*t, "slug", true);
            m.name = f.string(*t, "name", true);
            m.nameZh = f.string(*t, "name_zh", false);
            m.org = f.string(*t, "org", true);
            m.kind = f.oneOf(*t, "kind", kKinds, true);
            m.status = f.oneOf(*t, "status", kStatuses, true);
            m.released = f.date(*t, "released", today, true);
            m.paramsTotal = f.integer(*t, "params_total");
            m.paramsActive = f.integer(*t, "params_active");
            m.architecture = f.string(*t, "architecture", false);
            m.contextTokens = f.integer(*t, "context_tokens");
            m.maxOutputTokens = f.integer(*t, "max_output_tokens");
            m.openWeights = f.boolean(*t, "open_weights");
            m.license = f.string(*t, "license", false);
            m.priceInput = f.number(*t, "price_input");
            m.priceOutput = f.number(*t, "price_output");
            m.outputTps = f.number(*t, "output_tps");
            m.pricingModel = f.oneOf(*t, "pricing_model", kPricing, true);
            m.notability = int(f.integer(*t, "notability", true, 1, 10).value_or(0));
            m.lastVerified = f.date(*t, "last_verified", today, true);
            m.note = f.string(*t, "note", false);
            m.capabilities = f.strings(*t, "capabilities", true);
            m.aliases = f.strings(*t, "aliases", true);

            if (!m.slug.isEmpty() && !slugRe.match(m.slug).hasMatch())
                f.issue(t->lineOf("slug"),
                        QStringLiteral("slug '%1' must be lowercase a-z, 0-9 and '-'").arg(m.slug));
            if (!m.slug.isEmpty() && m.slug != QFileInfo(path).completeBaseName())
                f.issue(t->lineOf("slug"),
                        QStringLiteral("slug '%1' differs from the file name").arg(m.slug));
            if (!m.org.isEmpty() && !data.org(m.org))
                f.issue(t->lineOf("org"), QStringLiteral("unknown org '%1'").arg(m.org));
            if (m.paramsTotal && m.paramsActive && *m.paramsActive > *m.paramsTotal)
                f.issue(t->lineOf("params_active"),
                        QStringLiteral("params_active exceeds params_total"));
            const std::pair<const char *, std::optional<double>> amounts[] = {
                {"price_input", m.priceInput},
                {"price_output", m.priceOutput},
                {"output_tps", m.outputTps}};
            for (const auto &[key, amount] : amounts)
                if (amount && *amount < 0)
                    f.issue(t->lineOf(key), QStringLiteral("'%1' must not be negative").arg(key));
            if (m.outputTps && *m.outputTps == 0)
                f.issue(t->lineOf("output_tps"),
                        QStringLiteral("output_tps 0 means unmeasured: omit the key"));
            for (const QString &c : std::as_const(m.capabilities))
                if (!capabilityIds.contains(c))
                    f.issue(t->lineOf("capabilities"),
                            QStringLiteral("unknown capability '%1'").arg(c));
            if (const TomlTable *a = t->table("availability")) {
                f.checkKeys(*a, kAvailabilityKeys, QStringLiteral("[availability]"));
                for (const KeySpec &channel : kAvailabilityKeys) {
                    const QString state = f.oneOf(*a, channel.name, kStates, false);
                    if (!state.isEmpty())
                        m.availability.insert(channel.name, state);
                }
            }

            if (m.slug.isEmpty())
                continue;
            if (data.model(m.slug) >= 0) {
                f.issue(t->lineOf("slug"), QStringLiteral("duplicate slug '%1' (also in %2)")
                                               .arg(m.slug, modelFiles.at(data.model(m.slug))));
                continue;
            }
            const QString key = nameKey(m.name);
            if (!key.isEmpty() && nameOwner.contains(key))
                f.issue(t->lineOf("name"), QStringLiteral("model '%1' is already filed as '%2'")
                                               .arg(m.name, nameOwner.value(key)));
            nameOwner.insert(key, m.slug);

            const int index = int(data.models.size());
            data.modelBySlug.insert(m.slug, index, data.models);
            data.models.push_back(m);
            modelFiles.append(file);
            aliasLines.append(t->lineOf("aliases"));

            ModelDetails details;
            QSet<QString> scored; // benchmark + as_of: one score per benchmark and date
            for (const auto &s : t->array("scores")) {
                f.checkKeys(*s, kScoreKeys, QStringLiteral("[[scores]]"));
                ScoreRecord score;
                score.model = index;
                score.benchmark = f.string(*s, "benchmark", true);
                score.value = f.number(*s, "value", true).value_or(0);
                score.source = f.url(*s, "source");
                score.asOf = f.date(*s, "as_of", today, true);
                const BenchmarkRecord *b = data.benchmark(score.benchmark);
                if (!score.benchmark.isEmpty() && !b)
                    f.issue(s->lineOf("benchmark"),
                            QStringLiteral("unknown benchmark '%1'").arg(score.benchmark));
                else if (b && (score.value < b->min || score.value > b->max))
                    f.issue(s->lineOf("value"), QStringLiteral("%1 score %2 is outside %3..%4")
                                                    .arg(b->id)
                                                    .arg(score.value)
                                                    .arg(b->min)
                                                    .arg(b->max));
                else if (b && scored.contains(score.benchmark + score.asOf))
                    f.issue(s->lineOf("benchmark"), QStringLiteral("a second %1 score for %2")
                                                        .arg(score.benchmark, score.asOf));
                else if (b) {
                    scored.insert(score.benchmark + score.asOf);
                    data.scores.push_back(score);
                }
            }
            QHash<QString, int> parentLines; // one edge per parent
            for (const auto &l : t->array("lineage")) {
                f.checkKeys(*l, kLineageKeys, QStringLiteral("[[lineage]]"));
                PendingEdge e{index,
                              f.string(*l, "parent", true),
                              f.oneOf(*l, "relation", relation::all(), true),
                              f.url(*l, "source"),
                              file,
                              l->lineOf("parent")};
                if (!e.parent.isEmpty() && parentLines.contains(e.parent)) {
                    f.issue(e.line,
                            QStringLiteral("a second [[lineage]] entry for parent '%1' (first on "
                                           "line %2)")
                                .arg(e.parent)
                                .arg(parentLines.value(e.parent)));
                    continue;
                }
                parentLines.insert(e.parent, e.line);
                if (!e.parent.isEmpty() && relation::all().contains(e.relation))
                    pending.append(e);
            }
            for (const auto &s : t->array("sources")) {
                f.checkKeys(*s, kSourceKeys, QStringLiteral("[[sources]]"));
                SourceLink link;
                link.url = f.url(*s, "url");
                link.title = f.string(*s, "title", true);
                link.verified = f.date(*s, "verified", today, true);
                details.sources.append(link);
            }
            if (details.sources.isEmpty())
                f.issue(t->line, QStringLiteral("at least one [[sources]] entry is required"));
            const TomlTable *text = t->table("text");
            if (text)
                f.checkKeys(*text, kTextKeys, QStringLiteral("[text]"));
            for (const QString &lang : kLangs) {
                const TomlTable *tt = text ? text->table(lang) : nullptr;
                if (!tt) {
                    if (!text || !text->contains(lang))
                        f.issue(
                            t->line,
                            QStringLiteral("missing [text.%1] with tagline and summary").arg(lang));
                    continue;
                }
                f.checkKeys(*tt, kLangKeys, QStringLiteral("[text.%1]").arg(lang));
                ModelText mt;
                mt.tagline = f.string(*tt, "tagline", true);
                mt.summary = f.string(*tt, "summary", true);
                mt.whyItMatters = f.string(*tt, "why_it_matters", false);
                mt.feelsLike = f.strings(*tt, "feels_like");
                mt.bestFor = f.strings(*tt, "best_for");
                mt.notIdealFor = f.strings(*tt, "not_ideal_for");
                mt.tools = f.strings(*tt, "tools");
                details.text.insert(lang, mt);
            }
            out.details.push_back(details);
        }
    }

    QList<SourceIssue> edgeOrigin; // file and line of each accepted edge, for messages
    // Lineage: parents must exist, lineage must not loop, children come after their parents.
    for (const PendingEdge &e : std::as_const(pending)) {
        const int parent = data.model(e.parent);
        if (parent < 0) {
            issues.append({e.file, e.line, 0, QStringLiteral("unknown parent '%1'").arg(e.parent)});
            continue;
        }
        if (parent == e.child) {
            issues.append({e.file, e.line, 0, QStringLiteral("a model cannot be its own parent")});
            continue;
        }
        const QString &cr = data.models[e.child].released;
        const QString &pr = data.models[parent].released;
        const qsizetype common = qMin(cr.size(), pr.size());
        if (relation::isLineage(e.relation) && e.relation != QLatin1String("successor_of") &&
            !cr.isEmpty() && cr.left(common) < pr.left(common))
            issues.append(
                {e.file, e.line, 0,
                 QStringLiteral("released %1, before its parent '%2' (%3)").arg(cr, e.parent, pr)});
        data.lineage.push_back({e.child, parent, e.relation, e.source});
        edgeOrigin.append({e.file, e.line, 0, {}});
    }
    // One model filed twice usually shows as one file's alias naming the other model. Variants
    // of one model (reasoning modes, previews) share API ids, so linked models may share aliases.
    {
        QSet<QPair<int, int>> linked;
        for (const LineageRecord &l : data.lineage)
            linked << qMakePair(qMin(l.child, l.parent), qMax(l.child, l.parent));
        for (int i = 0; i < int(data.models.size()); ++i) {
            for (const QString &alias : std::as_const(data.models[i].aliases)) {
                const int owner = data.model(nameOwner.value(nameKey(alias)));
                if (owner >= 0 && owner != i &&
                    !linked.contains(qMakePair(qMin(i, owner), qMax(i, owner))))
                    issues.append(
                        {modelFiles.at(i), aliasLines.at(i), 0,
                         QStringLiteral(
                             "alias '%1' names another model, '%2': one model filed twice?")
                             .arg(alias, data.models[owner].slug)});
            }
        }
    }
    reportLineageCycles(data, edgeOrigin, issues);

    // Articles: data/articles/<slug>.<lang>.md
    const QDir articles(root.filePath("articles"));
    const QFileInfoList mdFiles = articles.entryInfoList({"*.md"}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : mdFiles) {
        const QString name = fi.fileName().chopped(3);
        const qsizetype dot = name.lastIndexOf('.');
        const QString slug = name.left(dot);
        const QString lang = name.mid(dot + 1);
        const int m = data.model(slug);
        if (dot < 0 || !kLangs.contains(lang) || m < 0) {
            issues.append({shown(fi.filePath()), 1, 0,
                           QStringLiteral("article name must be <known slug>.<en|zh_CN>.md")});
            continue;
        }
        QFile file(fi.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            issues.append({shown(fi.filePath()), 0, 0,
                           QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        const QByteArray bytes = file.readAll();
        QStringDecoder decode(QStringDecoder::Utf8);
        QString text = decode(bytes);
        if (decode.hasError()) {
            // Name the first line that does not decode.
            int line = 1;
            for (const QByteArray &l : bytes.split('\n')) {
                QStringDecoder lineDecoder(QStringDecoder::Utf8);
                (void)QString(lineDecoder(l));
                if (lineDecoder.hasError())
                    break;
                ++line;
            }
            issues.append({shown(fi.filePath()), line, 0,
                           QStringLiteral("invalid UTF-8 (articles must be UTF-8 text)")});
            continue;
        }
        out.details[m].articles.insert(lang, text);
    }

    data.index();
    return out;
}
