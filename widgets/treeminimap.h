#pragma once

#include <QImage>
#include <QWidget>

class EvolutionTreeModel;
class QGraphicsView;

// A small overview of the whole tree in a corner of the view: the cards as dots in their
// organisation's colour and a frame for the visible part. Click or drag to move there.
class TreeMinimap final : public QWidget
{
    Q_OBJECT

public:
    TreeMinimap(const EvolutionTreeModel &model, QGraphicsView *view, QWidget *parent = nullptr);

    void reload(); // after the model was rebuilt

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void place(); // into the viewport's bottom-right corner, whenever the viewport resizes
    QTransform toMap() const; // scene -> minimap
    void moveView(const QPoint &point);

    const EvolutionTreeModel &m_model;
    QGraphicsView *m_view;
    const QObject *m_viewport; // the view's viewport, watched for resizes
    QImage m_image;
};
