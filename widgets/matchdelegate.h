#pragma once

#include <QStyledItemDelegate>

// Paints an item's text with the characters that matched the search marked (bold, on the
// highlight colour), taking the ranges from a model role such as SearchModel::MatchRangesRole.
class MatchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MatchDelegate(int rangesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_rangesRole;
};
