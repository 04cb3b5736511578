#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

// The context-window ladder: a log axis from 2K to 20M tokens with rungs 4K Chat 聊天 ·
// 32K Long docs 长文档 · 128K Books 整本书 · 400K Multi-doc 多文档 · 1M Codebase 整个代码库 · 10M,
// each labelled in both languages. A model within log10-distance 0.16 of a rung takes it
// ("This model 本模型"); otherwise a labelled marker sits between rungs.
class ContextLadder final : public QWidget
{
    Q_OBJECT

public:
    explicit ContextLadder(QWidget *parent = nullptr);

    // Several models on one ladder (compare mode): each a coloured dot with its own label.
    // A model without a context size is listed as "not reported" under the ladder.
    struct Marker
    {
        QString label; // the model's name
        QColor color;
        std::optional<qint64> tokens;
    };

    void setTokens(std::optional<qint64> tokens);
    void setMarkers(const QList<Marker> &markers);
    QList<Marker> markers() const { return m_markers; }
    // The label painted for marker `i`: "128K · Alpha Coder" or "Alpha Two: not reported".
    QString markerText(int i) const;
    std::optional<qint64> tokens() const { return m_tokens; }
    int takenRung() const; // index of the rung the model takes, or -1

    // The text under rung `i` as painted: "Chat 聊天", or "This model 本模型" when taken.
    QString rungNote(int i) const;
    QString rungSize(int i) const; // "4K", "1M"

    // Where each rung's note is painted (index = rung; an empty rect for none), then the label
    // of a model between rungs. Notes never overlap.
    QList<QRectF> noteRects() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    double xFor(double tokens) const;
    int axisY() const;
    QString betweenLabel() const;
    QString tooltipAt(const QPoint &pos) const;
    void paintMarkers(QPainter &p, int lineY);

    std::optional<qint64> m_tokens;
    QList<Marker> m_markers;
};
