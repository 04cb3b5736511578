#include "cardjson.h"

#include "catalog.h"

#include <QJsonArray>

#include <cmath>

namespace {

template <typename T> QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

int contextPages(qint64 tokens)
{
    return int(std::lround(double(tokens) / 1300.0));
}

QJsonObject cardJson(const Catalog &catalog, int model, const QString &lang)
{
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
    for (const LineageRecord &l : data.lineage) {
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
    for (const ScoreRecord &s : data.scores)
        if (s.model == model)
            scores[s.benchmark] = s.value;
    card["scores"] = scores;
    QJsonArray sources;
    for (const SourceLink &s : details.sources)
        sources.append(QJsonObject{{"url", s.url}, {"title", s.title}, {"verified", s.verified}});
    card["sources"] = sources;
    return card;
}
