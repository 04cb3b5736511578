#include "contextladder.h"

#include "cardjson.h"
#include "cardstats.h"
#include "cardtext.h"
#include "cataloglabels.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {
constexpr double kMinTokens = 2000;
constexpr double kMaxTokens = 20000000;
constexpr int kSide = 36; // room for the outer labels
} // namespace

ContextLadder::ContextLadder(QWidget *parent) : QWidget(parent)
{
    setObjectName("contextLadder");
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ContextLadder::setTokens(std::optional<qint64> tokens)
{
    m_tokens = tokens;
    update();
}

void ContextLadder::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    updateGeometry();
    update();
}

QString ContextLadder::markerText(int i) const
{
    const Marker &m = m_markers.at(i);
    return m.tokens ? QStringLiteral("%1 · %2").arg(card::contextShort(*m.tokens), m.label)
                    : tr("%1: not reported").arg(m.label);
}

int ContextLadder::takenRung() const
{
    return m_tokens ? card::rungFor(*m_tokens) : -1;
}

QString ContextLadder::rungNote(int i) const
{
    if (i == takenRung())
        return QStringLiteral("This model 本模型");
    const QString en = card::rungNoteEn(i);
    return en.isEmpty() ? QString() : en + ' ' + card::rungNoteZh(i);
}

QString ContextLadder::rungSize(int i) const
{
    return card::contextShort(card::kRungs[size_t(i)]);
}

QSize ContextLadder::sizeHint() const
{
    // One extra line per compared model, below the rung notes.
    return {640,
            fontMetrics().height() * 7 + 20 + int(m_markers.size()) * (fontMetrics().height() + 2)};
}

QSize ContextLadder::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

double ContextLadder::xFor(double tokens) const
{
    const double t = std::clamp(tokens, kMinTokens, kMaxTokens);
    const double f = std::log10(t / kMinTokens) / std::log10(kMaxTokens / kMinTokens);
    return kSide + f * (width() - 2 * kSide);
}

int ContextLadder::axisY() const
{
    return fontMetrics().height() + 14;
}

QList<QRectF> ContextLadder::noteRects() const
{
    // Each note goes on the first of five lines where it clears the notes already placed, so
    // labels never overlap however narrow the card is.
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const double lineHeight = fm.height() + 2;
    std::array<double, 5> rightEdge;
    rightEdge.fill(-1e9);
    QList<QRectF> rects;
    auto place = [&](double x, double w, int firstLine) {
        int line = firstLine;
        while (line < 4 && rightEdge[size_t(line)] + 6 > x - w / 2)
            ++line;
        const double left = std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w));
        rightEdge[size_t(line)] = left + w;
        return QRectF(left, axisY() + 10 + line * lineHeight, w, lineHeight);
    };
    const int taken = takenRung();
    for (int i = 0; i < int(card::kRungs.size()); ++i) {
        const QString note = rungNote(i);
        const double w = (i == taken ? boldFm : fm).horizontalAdvance(note) + 8;
        rects << (note.isEmpty() ? QRectF() : place(xFor(double(card::kRungs[size_t(i)])), w, 0));
    }
    if (m_tokens && taken < 0)
        rects << place(xFor(double(*m_tokens)), boldFm.horizontalAdvance(betweenLabel()) + 8, 0);
    return rects;
}

QString ContextLadder::betweenLabel() const
{
    return m_tokens ? QStringLiteral("%1 · This model 本模型").arg(card::contextShort(*m_tokens))
                    : QString();
}

void ContextLadder::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int lineY = axisY();
    const QColor accent = pal.color(QPalette::Highlight);
    const QList<QRectF> notes = noteRects();

    p.setPen(QPen(pal.color(QPalette::Mid), 2));
    p.drawLine(QPointF(xFor(kMinTokens), lineY), QPointF(xFor(kMaxTokens), lineY));
    const int taken = takenRung();
    for (int i = 0; i < int(card::kRungs.size()); ++i) {
        const double x = xFor(double(card::kRungs[size_t(i)]));
        const bool isTaken = i == taken;
        p.setPen(QPen(isTaken ? accent : pal.color(QPalette::Dark), isTaken ? 3 : 1.5));
        p.drawLine(QPointF(x, lineY - 6), QPointF(x, lineY + 6));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(isTaken ? accent : pal.color(QPalette::WindowText));
        const QString size = rungSize(i);
        p.drawText(QRectF(x - 40, 2, 80, fm.height()), Qt::AlignCenter, size);
        p.setFont(isTaken ? bold : font());
        p.setPen(isTaken ? accent : pal.color(QPalette::PlaceholderText));
        p.drawText(notes.at(i), Qt::AlignCenter, rungNote(i));
    }
    paintMarkers(p, lineY);
    if (m_tokens) {
        const double x = xFor(double(*m_tokens));
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawEllipse(QPointF(x, lineY), 7, 7);
        if (taken < 0) {
            // Between rungs: the marker carries its own label below the axis line.
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(accent);
            p.drawText(notes.last(), Qt::AlignCenter, betweenLabel());
        }
    }
}

void ContextLadder::paintMarkers(QPainter &p, int lineY)
{
    const QFontMetrics fm = fontMetrics();
    // Labels go one per line under the rung notes, each joined to its dot by a thin leader.
    double firstLine = lineY + 10 + 2 * (fm.height() + 2);
    for (const QRectF &r : noteRects())
        firstLine = std::max(firstLine, r.bottom());
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers.at(i);
        const QString label = markerText(i);
        const double w = fm.horizontalAdvance(label) + 12;
        const double y = firstLine + i * (fm.height() + 2);
        p.setPen(m.color);
        if (!m.tokens) {
            p.drawText(QRectF(kSide, y, w, fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
                       label);
            continue;
        }
        const double x = xFor(double(*m.tokens));
        const double left = std::clamp(x - w / 2, 0.0, width() - w);
        QColor leader = m.color;
        leader.setAlpha(110);
        p.setPen(QPen(leader, 1, Qt::DotLine));
        p.drawLine(QPointF(x, lineY), QPointF(x, y + 1));
        p.setPen(m.color);
        p.drawText(QRectF(left, y, w, fm.height() + 2), Qt::AlignCenter, label);
        p.setPen(QPen(palette().color(QPalette::Base), 1.5));
        p.setBrush(m.color);
        p.drawEllipse(QPointF(x, lineY), 6, 6);
    }
}

QString ContextLadder::tooltipAt(const QPoint &pos) const
{
    for (const Marker &m : m_markers)
        if (m.tokens && std::abs(pos.x() - xFor(double(*m.tokens))) < 8)
            return tr("%1: %2 tokens, about %3 pages")
                .arg(m.label, QLocale().toString(*m.tokens))
                .arg(QLocale().toString(contextPages(*m.tokens)));
    if (m_tokens && std::abs(pos.x() - xFor(double(*m_tokens))) < 10)
        return tr("This model: %1 tokens, about %2 pages")
            .arg(QLocale().toString(*m_tokens))
            .arg(QLocale().toString(contextPages(*m_tokens)));
    for (int i = 0; i < int(card::kRungs.size()); ++i) {
        const qint64 t = card::kRungs[size_t(i)];
        if (std::abs(pos.x() - xFor(double(t))) < 24) {
            static const char *const meaning[] = {
                QT_TR_NOOP("A chat conversation or a short document"),
                QT_TR_NOOP("A long report or a paper with appendices"),
                QT_TR_NOOP("A whole book"),
                QT_TR_NOOP("Several documents at once, as in retrieval"),
                QT_TR_NOOP("A whole codebase"),
                QT_TR_NOOP("Very large archives and video transcripts"),
            };
            return tr("%1 tokens ≈ %2 pages: %3")
                .arg(QLocale().toString(t))
                .arg(QLocale().toString(contextPages(t)))
                .arg(tr(meaning[i]));
        }
    }
    return {};
}

bool ContextLadder::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
