#include "querychips.h"

#include "searchquery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

QueryChips::QueryChips(QWidget *parent) : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    setVisible(false);
}

void QueryChips::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    rebuild();
}

int QueryChips::chipCount() const
{
    return m_layout->count() - 1;
}

void QueryChips::rebuild()
{
    // A chip may be rebuilt away from inside its own clicked signal: delete it later.
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    const QList<SearchQueryTerm> terms = SearchQuery::terms(m_query);
    const QList<SearchQueryError> errors = SearchQuery::parse(m_query).errors;
    int at = 0;
    for (const SearchQueryTerm &t : terms) {
        auto *chip = new QToolButton;
        chip->setObjectName("queryChip");
        chip->setText(t.text + QStringLiteral("  ×"));
        chip->setAutoRaise(false);
        chip->setProperty("valid", t.valid);
        QString tip = tr("Remove %1").arg(t.text);
        for (const SearchQueryError &e : errors)
            if (e.position == t.position)
                tip = e.message;
        chip->setToolTip(tip);
        chip->setStyleSheet(t.valid ? QStringLiteral("QToolButton { border-radius: 9px; padding: "
                                                     "1px 6px; }")
                                    : QStringLiteral("QToolButton { border-radius: 9px; padding: "
                                                     "1px 6px; color: #b3261e; }"));
        const int position = t.position;
        connect(chip, &QToolButton::clicked, this,
                [this, position] { emit removeRequested(position); });
        m_layout->insertWidget(at++, chip);
    }
    setVisible(!terms.isEmpty());
}

void QueryChips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
