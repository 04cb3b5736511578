#include "catalogschema.h"

QStringList schema::statements()
{
    return {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_zh TEXT NOT NULL,"
        " country TEXT, url TEXT, color TEXT)",
        "CREATE TABLE org_aliases (org TEXT NOT NULL REFERENCES orgs(id), alias TEXT NOT NULL)",
        "CREATE TABLE benchmarks (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_zh TEXT NOT NULL,"
        " unit TEXT NOT NULL, min REAL NOT NULL, max REAL NOT NULL, url TEXT)",
        "CREATE TABLE capability_defs (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " name_zh TEXT NOT NULL, meaning TEXT NOT NULL, meaning_zh TEXT NOT NULL)",
        "CREATE TABLE models (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT "
        "NULL,"
        " name_zh TEXT, org TEXT NOT NULL REFERENCES orgs(id), kind TEXT NOT NULL,"
        " released TEXT NOT NULL, status TEXT NOT NULL, params_total INTEGER,"
        " params_active INTEGER, architecture TEXT, context_tokens INTEGER,"
        " max_output_tokens INTEGER, open_weights INTEGER NOT NULL, license TEXT,"
        " price_input REAL, price_output REAL, output_tps REAL, pricing_model TEXT NOT NULL,"
        " notability INTEGER NOT NULL, last_verified TEXT NOT NULL, note TEXT)",
        "CREATE TABLE model_text (model INTEGER NOT NULL REFERENCES models(id), lang TEXT NOT NULL,"
        " field TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL,"
        " PRIMARY KEY (model, lang, field, ordinal))",
        "CREATE TABLE capabilities (model INTEGER NOT NULL REFERENCES models(id),"
        " capability TEXT NOT NULL REFERENCES capability_defs(id))",
        "CREATE TABLE availability (model INTEGER NOT NULL REFERENCES models(id),"
        " channel TEXT NOT NULL, state TEXT NOT NULL)",
        "CREATE TABLE aliases (model INTEGER NOT NULL REFERENCES models(id), alias TEXT NOT NULL)",
        "CREATE TABLE scores (model INTEGER NOT NULL REFERENCES models(id),"
        " benchmark TEXT NOT NULL REFERENCES benchmarks(id), value REAL NOT NULL,"
        " source TEXT NOT NULL, as_of TEXT NOT NULL)",
        "CREATE TABLE lineage (child INTEGER NOT NULL REFERENCES models(id),"
        " parent INTEGER NOT NULL REFERENCES models(id), relation TEXT NOT NULL, source TEXT)",
        "CREATE TABLE sources (model INTEGER NOT NULL REFERENCES models(id),"
        " ordinal INTEGER NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL, verified TEXT)",
        "CREATE TABLE articles (model INTEGER NOT NULL REFERENCES models(id), lang TEXT NOT NULL,"
        " markdown TEXT NOT NULL, PRIMARY KEY (model, lang))",
        "CREATE INDEX lineage_parent ON lineage(parent)",
        // Derived from the tables above by the writer, so that opening need not build it.
        "CREATE TABLE search_index (part TEXT PRIMARY KEY, data BLOB NOT NULL)",
    };
}

const QStringList &schema::contentTables()
{
    static const QStringList tables = {"orgs",    "org_aliases", "benchmarks",   "capability_defs",
                                       "models",  "model_text",  "capabilities", "availability",
                                       "aliases", "scores",      "lineage",      "sources",
                                       "articles"};
    return tables;
}
