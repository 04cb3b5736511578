#include "modelfilterproxy.h"

#include "modellistmodel.h"

ModelFilterProxy::ModelFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ModelFilterProxy::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_normalised = ModelListModel::normalise(query);
    invalidateFilter();
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_normalised.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ModelListModel::SearchTextRole).toString().contains(m_normalised);
}
