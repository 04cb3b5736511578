#pragma once

#include <QList>
#include <QWidget>

#include <optional>
#include <vector>

struct CatalogData;
class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QLabel;
class QToolButton;
class QXYSeries;

// Charts over the whole catalog or a list of its models (Qt Charts): AA Intelligence Index
// against output price on a log axis, intelligence over time with the frontier line, and context
// window over time. Hover shows the model, a click emits it; the selected and compared models
// carry name labels. Exports to PNG and SVG.
namespace catalogcharts {

enum class Kind { IntelligencePrice, IntelligenceTime, ContextTime };

struct Point
{
    int model = -1; // index into CatalogData::models
    double x = 0;   // USD per million output tokens, or the release as ms since the epoch (UTC)
    double y = 0;   // AA Intelligence Index, or context tokens
};

// Models that report both values of the chart, in the order given. A price must be above zero
// to sit on the log axis; a release with only a year or month is placed mid-period.
std::vector<Point> points(const CatalogData &data, const QList<int> &models, Kind kind);
// The points that beat every earlier release (strictly higher y), in time order.
std::vector<Point> frontier(std::vector<Point> points);
std::optional<qint64> releaseMsecs(const QString &released);

} // namespace catalogcharts

class CatalogCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogCharts(const CatalogData &data, QWidget *parent = nullptr);

    void setKind(catalogcharts::Kind kind);
    catalogcharts::Kind kind() const { return m_kind; }
    // The models to chart; showWholeCatalog() charts every model again.
    void setModels(const QList<int> &models);
    void showWholeCatalog();
    // Named on the chart: the selected model (-1 for none) and the compared ones.
    void setHighlighted(int selected, const QList<int> &compared);
    // Hides the chart picker and the export button, for slides.
    void setControlsVisible(bool visible);

    const std::vector<catalogcharts::Point> &shownPoints() const { return m_points; }
    QChart *chart() const { return m_chart; }
    QStringList labelTexts() const; // the names written on the chart
    // .png (twice the screen resolution) or .svg, by the file's suffix; written atomically.
    bool exportTo(const QString &path, QString *error) const;

signals:
    void modelClicked(const QString &slug);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void placeLabels();
    void exportInteractively();
    void connectSeries(QXYSeries *series);
    int modelAt(const QPointF &p) const;
    QPointF plotted(const catalogcharts::Point &p) const; // where a point is drawn
    QString tooltip(int model) const;

    const CatalogData &m_data;
    catalogcharts::Kind m_kind = catalogcharts::Kind::IntelligencePrice;
    QList<int> m_models;
    bool m_whole = true;
    int m_selected = -1;
    QList<int> m_compared;
    std::vector<catalogcharts::Point> m_points;
    QList<QPair<int, QGraphicsSimpleTextItem *>> m_labels;
    QComboBox *m_kindBox = nullptr;
    QLabel *m_scope = nullptr;
    QToolButton *m_export = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
};
