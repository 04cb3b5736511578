#pragma once

#include <QWidget>

class QHBoxLayout;

// The facet terms of the search text as a row of chips; clicking a chip's cross removes its
// term. Invalid terms are marked and carry their error as a tooltip.
class QueryChips final : public QWidget
{
    Q_OBJECT

public:
    explicit QueryChips(QWidget *parent = nullptr);

    void setQuery(const QString &text);
    int chipCount() const;

signals:
    void removeRequested(int position); // the term's UTF-16 index in the query

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QString m_query;
    QHBoxLayout *m_layout = nullptr;
};
