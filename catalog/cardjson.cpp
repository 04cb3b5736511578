#include "cardjson.h"

#include "cardstats.h"
#include "cardtext.h"
#include "catalog.h"

#include <QJsonArray>

#include <cmath>

int contextPages(qint64 tokens)
{
    return int(std::lround(double(tokens) / 1300.0));
}

QJsonObject cardJson(const Catalog &catalog, int model, const QString &lang)
{
    const card::Statistics &stats = catalog.statistics();
    const CatalogData &data = catalog.data();
    const ModelRecord &m = data.models.at(model);
    const ModelDetails details = catalog.details(model);
    const ModelText text = details.text.value(lang, details.text.value("en"));
    const OrgRecord *org = data.org(m.org);

    QJsonObject card;
    card["slug"] = m.slug;
    card["name"] = m.name;
    card["name_zh"] = textOrNull(m.nameZh);
    card["org"] = org ? (lang == "zh_CN" ? org->nameZh : org->name) : m.org;
    card["org_id"] = m.org;
    card["kind"] = m.kind;
    card["status"] = m.status;
    card["released"] = m.released;
    card["open_weights"] = m.openWeights;
    card["license"] = textOrNull(m.license);
    card["params_total"] = orNull(m.paramsTotal);
    card["params_active"] = orNull(m.paramsActive);
    card["context_tokens"] = orNull(m.contextTokens);
    card["max_output_tokens"] = orNull(m.maxOutputTokens);
    card["pages"] =
        m.contextTokens ? QJsonValue(contextPages(*m.contextTokens)) : QJsonValue(QJsonValue::Null);
    card["price"] = QJsonObject{{"input", orNull(m.priceInput)}, {"output", orNull(m.priceOutput)}};
    card["output_tps"] = orNull(m.outputTps);
    card["pricing_model"] = m.pricingModel;
    card["last_verified"] = m.lastVerified;
    card["tagline"] = textOrNull(text.tagline);
    card["summary"] = textOrNull(text.summary);

    QJsonArray parents, children;
    for (int e : data.edgesOf(model)) {
        const LineageRecord &l = data.lineage[size_t(e)];
        if (l.child == model)
            parents.append(
                QJsonObject{{"slug", data.models[l.parent].slug}, {"relation", l.relation}});
        if (l.parent == model)
            children.append(
                QJsonObject{{"slug", data.models[l.child].slug}, {"relation", l.relation}});
    }
    card["parents"] = parents;
    card["children"] = children;

    QJsonObject scores;
    for (const ScoreRecord *s : data.scoresOf(model))
        scores[s->benchmark] = s->value;
    card["scores"] = scores;
    QJsonArray sources;
    for (const SourceLink &s : details.sources)
        sources.append(QJsonObject{{"url", s.url}, {"title", s.title}, {"verified", s.verified}});
    card["sources"] = sources;

    auto rank = [](const card::Rank &r, bool speed) {
        if (r.bucket == card::Bucket::Unknown)
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(QJsonObject{{"id", card::bucketId(r.bucket, speed)},
                                      {"label", card::bucketLabel(r.bucket, speed)},
                                      {"rank", r.rank},
                                      {"count", r.count}});
    };
    const card::Cost cost = card::costBucket(m);
    card["buckets"] =
        QJsonObject{{"intelligence", rank(stats.intelligence(model), false)},
                    {"speed", rank(stats.speed(model), true)},
                    {"cost", cost == card::Cost::Unknown
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(QJsonObject{{"id", card::costId(cost)},
                                                          {"label", card::costLabel(cost)}})}};

    QJsonArray capabilities;
    for (const QString &id : m.capabilities) {
        QJsonObject c{{"id", id}};
        for (const CapabilityRecord &def : data.capabilities) {
            if (def.id == id) {
                const bool zh = lang == QLatin1String("zh_CN");
                c["label"] = zh ? def.nameZh : def.name;
                c["meaning"] = zh ? def.meaningZh : def.meaning;
            }
        }
        capabilities.append(c);
    }
    card["capabilities"] = capabilities;

    QJsonObject availability;
    for (const char *channel : {"api", "product", "open_source", "enterprise"}) {
        const QString state = m.availability.value(channel);
        availability[channel] = textOrNull(state);
    }
    card["availability"] = availability;
    card["pricing_model_label"] = card::pricingLabel(m.pricingModel);

    QJsonArray bars;
    for (card::Measure measure : card::kMeasures) {
        const card::Band band = stats.band(measure);
        const auto value = stats.value(measure, model);
        const auto raw = stats.raw(measure, model);
        auto rounded = [](double v) { return std::round(v * 100.0) / 100.0; };
        bars.append(QJsonObject{
            {"id", card::measureId(measure)},
            {"label", card::measureLabel(measure)},
            {"value", value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null)},
            {"raw", raw ? QJsonValue(*raw) : QJsonValue(QJsonValue::Null)},
            {"p20", rounded(band.p20)},
            {"p80", rounded(band.p80)},
            {"n", band.n},
            {"source", card::measureSource(measure)}});
    }
    card["capability_bars"] = bars;
    if (m.contextTokens) {
        const int rung = card::rungFor(*m.contextTokens);
        card["context_rung"] = rung < 0 ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(double(card::kRungs[size_t(rung)]));
    }
    return card;
}
