#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An inclusive or exclusive numeric range; an absent bound is open.
struct NumberRange
{
    std::optional<double> min;
    std::optional<double> max;
    bool minExclusive = false;
    bool maxExclusive = false;

    bool contains(double value) const;
    bool operator==(const NumberRange &) const = default;
};

struct SearchQueryError
{
    QString term;
    int position = 0; // UTF-16 index of the term in the input
    QString message;
};

// One facet term of the search box's text ("org:deepseek"), where it is and whether it is valid.
struct SearchQueryTerm
{
    QString text;
    QString key;
    int position = 0; // UTF-16 index in the input
    int length = 0;
    bool valid = true;
};

// The search box's text split into facet terms and free text:
//   org:deepseek kind:code open:yes ctx:>=128k price:<1 year:2024..2025 cap:reasoning llama
// Terms of one key combine with OR, except cap: (a model needs every capability); different
// keys combine with AND. A term whose key is unknown is free text ("10:30"); a known key with a
// bad value is reported in `errors` and left out, so the rest of the query still works.
struct SearchQuery
{
    QString text; // free text, words joined by single spaces
    QStringList orgs;
    QStringList kinds;
    QStringList capabilities;
    std::optional<bool> openWeights;
    std::optional<NumberRange> context; // tokens
    std::optional<NumberRange> price;   // USD per million output tokens
    std::optional<NumberRange> year;
    QList<SearchQueryError> errors;

    bool hasFacets() const;
    // A canonical string of the facets, equal for two queries that filter the same way.
    QString facetKey() const;

    static SearchQuery parse(const QString &input);

    // The facet terms of `input`, in order, for showing them as chips.
    static QList<SearchQueryTerm> terms(const QString &input);
    // `input` without the term at `position`.
    static QString removeTerm(const QString &input, int position);
    // `input` with `term` ("org:deepseek") added, or removed when it is there. Keys that take one
    // value (open, ctx, price, year) lose their other terms first.
    static QString toggleTerm(const QString &input, const QString &term);
};
