#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;
class QVBoxLayout;

// Capability range bars (Qt Charts): for each measure, the p20..p80 band of the catalog as a bar
// on a 0–10 axis and the model's own value as a marker. A measure the model does not report
// shows the band and "not reported", never a marker.
class CapabilityBars final : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;  // "Reasoning"
        QString source; // "AA Intelligence Index · scaled to 10"
        double p20 = 0;
        double p80 = 0;
        int n = 0;
        std::optional<double> value; // scaled 0..10
        std::optional<double> raw;   // the benchmark's own number, for the tooltip
        QString rawText;             // formatted raw value, e.g. "13.9%"
    };

    explicit CapabilityBars(QWidget *parent = nullptr);

    // Several models on the same bands (compare mode): one coloured dot per model and row,
    // values in row order. With markers set, the rows' own values are not drawn.
    struct Marker
    {
        QString label; // the model's name
        QColor color;
        QList<std::optional<double>> values; // scaled 0..10 per row; nullopt: not reported
    };

    void setRows(const QList<Row> &rows);
    QList<Row> rows() const { return m_rows; }
    void setMarkers(const QList<Marker> &markers);
    QList<Marker> markers() const { return m_markers; }

    // What each row shows as text: "1.5 (band 1.7–5.6)" or "not reported (band …)". For tests
    // and accessibility.
    QStringList rowSummaries() const;
    // With markers: "Reasoning: Alpha 2.9, Beta not reported (band …)".
    QStringList markerSummaries() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addMarkerSeries(QAbstractAxis *axisX, QAbstractAxis *axisY);
    void fillValueColumn();

    QList<Row> m_rows;
    QList<Marker> m_markers;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_legend = nullptr;
    QVBoxLayout *m_valueColumn = nullptr;
};
