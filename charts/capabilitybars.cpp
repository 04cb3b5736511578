#include "capabilitybars.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace {
QString number(double v)
{
    return QLocale().toString(v, 'f', 1);
}
} // namespace

CapabilityBars::CapabilityBars(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_view = new QChartView(m_chart);
    m_view->setObjectName("capabilityChart");
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setStyleSheet("background: transparent");
    row->addWidget(m_view, 1);
    auto *values = new QWidget;
    m_valueColumn = new QVBoxLayout(values);
    m_valueColumn->setContentsMargins(0, 8, 0, 28);
    row->addWidget(values);
    layout->addLayout(row);
    m_legend = new QLabel;
    m_legend->setObjectName("capabilityLegend");
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_legend);
    rebuild();
}

void CapabilityBars::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    rebuild();
}

void CapabilityBars::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    rebuild();
}

QStringList CapabilityBars::rowSummaries() const
{
    QStringList out;
    for (const Row &r : m_rows) {
        const QString band = tr("band %1–%2, n = %3").arg(number(r.p20), number(r.p80)).arg(r.n);
        out << (r.value ? tr("%1: %2 (%3)").arg(r.label, number(*r.value), band)
                        : tr("%1: not reported (%2)").arg(r.label, band));
    }
    return out;
}

QStringList CapabilityBars::markerSummaries() const
{
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        QStringList values;
        for (const Marker &m : m_markers) {
            const std::optional<double> v = m.values.value(i);
            values << (v ? tr("%1 %2").arg(m.label, number(*v))
                         : tr("%1 not reported").arg(m.label));
        }
        out << tr("%1: %2 (band %3–%4, n = %5)")
                   .arg(r.label, values.join(QStringLiteral(", ")), number(r.p20), number(r.p80))
                   .arg(r.n);
    }
    return out;
}

void CapabilityBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::FontChange)
        rebuild();
    QWidget::changeEvent(event);
}

void CapabilityBars::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    while (QLayoutItem *item = m_valueColumn->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    // Rows are drawn bottom-up by the category axis, so feed them reversed to read top-down.
    QList<Row> rows(m_rows.rbegin(), m_rows.rend());
    const QPalette pal = palette();
    auto *base = new QBarSet(QString());
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    auto *band = new QBarSet(tr("Middle 60%"));
    QColor bandColor = pal.color(QPalette::Highlight);
    bandColor.setAlpha(70);
    band->setColor(bandColor);
    band->setBorderColor(bandColor);
    auto *markers = new QScatterSeries;
    markers->setMarkerSize(14);
    markers->setColor(pal.color(QPalette::Highlight).darker(130));
    markers->setBorderColor(pal.color(QPalette::Base));
    QStringList categories;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        categories << r.label;
        *base << r.p20;
        *band << qMax(0.0, r.p80 - r.p20);
        if (r.value && m_markers.isEmpty())
            markers->append(*r.value, i);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(base);
    series->append(band);
    series->setBarWidth(0.45);
    m_chart->addSeries(series);
    m_chart->addSeries(markers);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 10);
    axisX->setTickCount(6);
    axisX->setLabelFormat("%d");
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(axisX), static_cast<QAbstractAxis *>(axisY)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setLabelsFont(font()); // charts do not inherit the widget's font
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    markers->attachAxis(axisY);
    markers->attachAxis(axisX);
    addMarkerSeries(axisX, axisY);

    const QStringList compared = markerSummaries();
    auto tooltipFor = [rows, compared](int i) {
        const Row &r = rows.at(i);
        const QString value =
            !compared.isEmpty() ? compared.value(int(rows.size()) - 1 - i)
            : r.value
                ? tr("This model: %1 (raw %2)").arg(number(*r.value), r.rawText.toHtmlEscaped())
                : tr("This model: not reported");
        return tr("<b>%1</b><br>%2<br>Middle 60%: %3–%4 over %5 models<br>%6")
            .arg(r.label.toHtmlEscaped(), r.source.toHtmlEscaped(), number(r.p20), number(r.p80))
            .arg(r.n)
            .arg(value);
    };
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, tooltipFor](bool status, int index, QBarSet *) {
                if (status)
                    QToolTip::showText(QCursor::pos(), tooltipFor(index), m_view);
            });
    connect(markers, &QScatterSeries::hovered, this,
            [this, tooltipFor](const QPointF &p, bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), tooltipFor(qRound(p.y())), m_view);
            });

    fillValueColumn();
    m_legend->setText(
        m_markers.isEmpty()
            ? tr("Band: the middle 60% of catalog models that report the measure (20th to "
                 "80th percentile). Dot: this model. All scores 0–10, higher is better.")
            : tr("Band: the middle 60% of catalog models that report the measure (20th to "
                 "80th percentile). Dots: the compared models, in their colours. All scores "
                 "0–10, higher is better."));
}

void CapabilityBars::addMarkerSeries(QAbstractAxis *axisX, QAbstractAxis *axisY)
{
    const int count = int(m_markers.size());
    for (int k = 0; k < count; ++k) {
        const Marker &marker = m_markers.at(k);
        auto *series = new QScatterSeries;
        series->setName(marker.label);
        series->setMarkerSize(12);
        series->setColor(marker.color);
        series->setBorderColor(palette().color(QPalette::Base));
        // Models sit side by side within the band's height so that equal values stay visible.
        const double offset = count > 1 ? (k - (count - 1) / 2.0) * 0.3 / (count - 1) : 0.0;
        for (int i = 0; i < m_rows.size(); ++i) {
            const std::optional<double> v = marker.values.value(i);
            if (v)
                series->append(*v, double(m_rows.size() - 1 - i) + offset);
        }
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        const QString label = marker.label;
        connect(series, &QScatterSeries::hovered, this,
                [this, label](const QPointF &p, bool state) {
                    if (state)
                        QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(label, number(p.x())),
                                           m_view);
                });
    }
}

void CapabilityBars::fillValueColumn()
{
    // The numbers beside the chart, top-down like the seed page: band and the model's value, or
    // every compared model's value in its colour.
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        auto *label = new QLabel;
        label->setObjectName("capabilityValue");
        if (m_markers.isEmpty()) {
            label->setText(
                r.value
                    ? tr("<b>%1</b> · %2–%3").arg(number(*r.value), number(r.p20), number(r.p80))
                    : tr("<i>not reported</i> · %1–%2").arg(number(r.p20), number(r.p80)));
        } else {
            QStringList values;
            for (const Marker &m : m_markers) {
                const std::optional<double> v = m.values.value(row);
                values << QStringLiteral("<span style=\"color:%1\">●</span> %2")
                              .arg(m.color.name(), v ? number(*v) : QStringLiteral("–"));
            }
            label->setText(values.join(QStringLiteral("&nbsp; ")));
        }
        label->setToolTip(r.source);
        m_valueColumn->addWidget(label, 1);
    }
}
