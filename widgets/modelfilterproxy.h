#pragma once

#include <QSortFilterProxyModel>

// Keeps the rows whose names, aliases or organisation contain the query, ignoring case, spaces
// and punctuation.
class ModelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ModelFilterProxy(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    QString m_normalised;
};
