#pragma once

#include "searchfacets.h"

#include <QWidget>

struct CatalogData;
class QTreeWidget;
class QTreeWidgetItem;

// The facets of the current matches (organisation, kind, capability, open weights, context,
// price, release year) with live counts. Clicking a value adds its term to the query, or removes
// it when it is already there; active values are checked.
class FacetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(const CatalogData &data, QWidget *parent = nullptr);

    void setFacets(const FacetCounts &counts, const QString &query);
    QTreeWidget *tree() const { return m_tree; }

signals:
    void termToggled(const QString &term);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QTreeWidgetItem *group(const QString &id, const QString &title);
    void value(QTreeWidgetItem *group, const QString &label, qint64 count, const QString &term);

    const CatalogData &m_data;
    QTreeWidget *m_tree = nullptr;
    FacetCounts m_counts;
    QString m_query;
    QStringList m_active;    // lower-case terms of the query
    QStringList m_collapsed; // ids of the groups the user closed
};
