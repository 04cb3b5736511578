#include "matchdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

MatchDelegate::MatchDelegate(int rangesRole, QObject *parent)
    : QStyledItemDelegate(parent), m_rangesRole(rangesRole)
{
}

void MatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const auto ranges = index.data(m_rangesRole).value<QList<QPair<int, int>>>();
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The style draws the background, focus and icon; the text is laid out here.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : ranges) {
        if (start < 0 || length <= 0 || start + length > text.size())
            continue;
        QTextLayout::FormatRange f;
        f.start = start;
        f.length = length;
        f.format.setFontWeight(QFont::Bold);
        if (!selected)
            f.format.setBackground(opt.palette.color(QPalette::Highlight).lighter(170));
        formats << f;
    }
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(textRect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}
