#include "catalogcharts.h"

#include "bilingual.h"
#include "cardstats.h"
#include "cardtext.h"
#include "records.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using catalogcharts::Kind;
using catalogcharts::Point;

std::optional<qint64> catalogcharts::releaseMsecs(const QString &released)
{
    QDate date;
    if (released.size() == 10)
        date = QDate::fromString(released, Qt::ISODate);
    else if (released.size() == 7)
        date = QDate::fromString(released + "-15", Qt::ISODate);
    else if (released.size() == 4)
        date = QDate::fromString(released + "-07-01", Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

std::vector<Point> catalogcharts::points(const CatalogData &data, const QList<int> &models,
                                         Kind kind)
{
    const QString intelligence = card::measureBenchmark(card::Measure::Reasoning);
    std::vector<Point> out;
    for (int model : models) {
        if (model < 0 || model >= int(data.models.size()))
            continue;
        const ModelRecord &m = data.models[size_t(model)];
        std::optional<double> x, y;
        if (kind == Kind::IntelligencePrice) {
            if (m.priceOutput && *m.priceOutput > 0)
                x = m.priceOutput;
            y = data.score(model, intelligence);
        } else {
            if (const std::optional<qint64> ms = releaseMsecs(m.released))
                x = double(*ms);
            if (kind == Kind::IntelligenceTime)
                y = data.score(model, intelligence);
            else if (m.contextTokens && *m.contextTokens > 0)
                y = double(*m.contextTokens);
        }
        if (x && y)
            out.push_back({model, *x, *y});
    }
    return out;
}

std::vector<Point> catalogcharts::frontier(std::vector<Point> points)
{
    std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.x < b.x || (a.x == b.x && a.y > b.y);
    });
    std::vector<Point> out;
    for (const Point &p : points)
        if (out.empty() || p.y > out.back().y)
            out.push_back(p);
    return out;
}

CatalogCharts::CatalogCharts(const CatalogData &data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    setObjectName("catalogCharts");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_kindBox = new QComboBox;
    m_kindBox->setObjectName("chartKind");
    bar->addWidget(m_kindBox);
    m_scope = new QLabel;
    m_scope->setObjectName("chartScope");
    m_scope->setWordWrap(true); // long in Chinese and on narrow windows
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_scope, 1);
    m_export = new QToolButton;
    m_export->setObjectName("exportChart");
    connect(m_export, &QToolButton::clicked, this, &CatalogCharts::exportInteractively);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_chart = new QChart;
    // A visible but empty background: Qt Charts 6.4 crashes on a press where no item is hit.
    m_chart->setBackgroundBrush(Qt::transparent);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_view = new QChartView(m_chart);
    m_view->setObjectName("catalogChart");
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 320);
    layout->addWidget(m_view, 1);
    connect(m_chart, &QChart::plotAreaChanged, this, &CatalogCharts::placeLabels);
    connect(m_kindBox, &QComboBox::activated, this, [this](int index) { setKind(Kind(index)); });
    showWholeCatalog();
    retranslate();
}

void CatalogCharts::setKind(Kind kind)
{
    m_kind = kind;
    m_kindBox->setCurrentIndex(int(kind));
    rebuild();
}

void CatalogCharts::setModels(const QList<int> &models)
{
    m_models = models;
    m_whole = false;
    rebuild();
}

void CatalogCharts::showWholeCatalog()
{
    m_models.clear();
    for (int i = 0; i < int(m_data.models.size()); ++i)
        m_models << i;
    m_whole = true;
    rebuild();
}

void CatalogCharts::setHighlighted(int selected, const QList<int> &compared)
{
    m_selected = selected;
    m_compared = compared;
    rebuild();
}

void CatalogCharts::setControlsVisible(bool visible)
{
    m_kindBox->setVisible(visible);
    m_export->setVisible(visible);
}

QStringList CatalogCharts::labelTexts() const
{
    QStringList out;
    for (const auto &label : m_labels)
        out << label.second->text();
    return out;
}

void CatalogCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
    QWidget::changeEvent(event);
}

void CatalogCharts::retranslate()
{
    const int current = int(m_kind);
    m_kindBox->clear();
    m_kindBox->addItems({tr("Intelligence vs output price"), tr("Intelligence over time"),
                         tr("Context window over time")});
    m_kindBox->setCurrentIndex(current);
    m_export->setText(tr("Export…"));
    rebuild();
}

int CatalogCharts::modelAt(const QPointF &p) const
{
    for (const Point &point : m_points) {
        const QPointF at = plotted(point);
        if (qFuzzyCompare(at.x(), p.x()) && qFuzzyCompare(at.y(), p.y()))
            return point.model;
    }
    return -1;
}

QPointF CatalogCharts::plotted(const Point &p) const
{
    // Context sizes are drawn as log10(tokens) on a category axis, whose ticks can then read
    // "128K" and "1M" like the card's ladder (a log axis can only print numbers).
    return QPointF(p.x, m_kind == Kind::ContextTime ? std::log10(p.y) : p.y);
}

QString CatalogCharts::tooltip(int model) const
{
    const ModelRecord &m = m_data.models[size_t(model)];
    const OrgRecord *org = m_data.org(m.org);
    const QLocale locale;
    const bool chinese = locale.language() == QLocale::Chinese;
    QStringList lines{
        QStringLiteral("<b>%1</b>")
            .arg((chinese && !m.nameZh.isEmpty() ? m.nameZh : m.name).toHtmlEscaped()),
        (org ? (chinese && !org->nameZh.isEmpty() ? org->nameZh : org->name) : m.org)
            .toHtmlEscaped(),
        tr("Released %1").arg(m.released)};
    if (const auto score = m_data.score(model, card::measureBenchmark(card::Measure::Reasoning)))
        lines << tr("AA Intelligence Index %1").arg(locale.toString(*score, 'f', 1));
    if (m.priceOutput)
        lines << tr("$%1 per million output tokens").arg(locale.toString(*m.priceOutput, 'f', 2));
    if (m.contextTokens)
        lines << tr("Context %1 tokens").arg(locale.toString(*m.contextTokens));
    return lines.join("<br>");
}

void CatalogCharts::connectSeries(QXYSeries *series)
{
    connect(series, &QXYSeries::hovered, this, [this](const QPointF &p, bool state) {
        const int model = modelAt(p);
        if (state && model >= 0)
            QToolTip::showText(QCursor::pos(), tooltip(model), m_view);
        else
            QToolTip::hideText();
    });
    connect(series, &QXYSeries::clicked, this, [this](const QPointF &p) {
        const int model = modelAt(p);
        if (model >= 0)
            emit modelClicked(m_data.models[size_t(model)].slug);
    });
}

void CatalogCharts::rebuild()
{
    for (const auto &label : m_labels)
        delete label.second;
    m_labels.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_points = catalogcharts::points(m_data, m_models, m_kind);

    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor openColor(0x1a, 0x9e, 0x77), closedColor(0x75, 0x70, 0xb3);
    openColor.setAlpha(170);
    closedColor.setAlpha(170);
    auto *open = new QScatterSeries;
    open->setName(bilingualTr("CatalogCharts", QT_TR_NOOP("Open weights")));
    auto *closed = new QScatterSeries;
    closed->setName(bilingualTr("CatalogCharts", QT_TR_NOOP("API only")));
    auto *marked = new QScatterSeries;
    marked->setName(bilingualTr("CatalogCharts", QT_TR_NOOP("Selected and compared")));
    for (auto [series, color, size] :
         {std::tuple{open, openColor, 8.0}, std::tuple{closed, closedColor, 8.0},
          std::tuple{marked, pal.color(QPalette::Highlight), 13.0}}) {
        series->setColor(color);
        series->setBorderColor(Qt::transparent);
        series->setMarkerSize(size);
    }
    QList<int> named = m_compared;
    if (m_selected >= 0 && !named.contains(m_selected))
        named.prepend(m_selected);
    for (const Point &p : m_points) {
        (m_data.models[size_t(p.model)].openWeights ? open : closed)->append(plotted(p));
        if (named.contains(p.model)) {
            marked->append(plotted(p));
            auto *label = new QGraphicsSimpleTextItem(m_chart);
            label->setText(m_data.models[size_t(p.model)].name);
            label->setBrush(text);
            label->setFont(font());
            label->setZValue(10);
            m_labels << qMakePair(p.model, label);
        }
    }

    QAbstractAxis *axisX = nullptr;
    QAbstractAxis *axisY = nullptr;
    if (m_kind == Kind::IntelligencePrice) {
        auto *x = new QLogValueAxis;
        x->setBase(10);
        x->setLabelFormat("$%g");
        x->setTitleText(tr("Output price, USD per million tokens (log scale)"));
        axisX = x;
    } else {
        auto *x = new QDateTimeAxis;
        x->setFormat("yyyy");
        x->setTitleText(tr("Released"));
        axisX = x;
    }
    if (m_kind == Kind::ContextTime) {
        auto *y = new QCategoryAxis;
        y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        y->setTitleText(tr("Context window, tokens (log scale)"));
        axisY = y;
    } else {
        auto *y = new QValueAxis;
        y->setTitleText(tr("AA Intelligence Index"));
        y->setLabelFormat("%d");
        axisY = y;
    }
    // Explicit ranges: a log axis does not fit itself to series attached after the first.
    if (!m_points.empty()) {
        const auto [minX, maxX] =
            std::minmax_element(m_points.begin(), m_points.end(),
                                [](const Point &a, const Point &b) { return a.x < b.x; });
        const auto [minY, maxY] =
            std::minmax_element(m_points.begin(), m_points.end(),
                                [](const Point &a, const Point &b) { return a.y < b.y; });
        if (m_kind == Kind::IntelligencePrice) {
            axisX->setRange(minX->x / 1.5, maxX->x * 1.5);
        } else {
            // Whole years, one tick per step, so that a label sits at the start of its year.
            auto year = [](double ms) {
                return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).date().year();
            };
            const int first = year(minX->x);
            const int step = (year(maxX->x) + 1 - first + 11) / 12; // at most 12 intervals
            const int last = first + (year(maxX->x) + 1 - first + step - 1) / step * step;
            auto *dates = static_cast<QDateTimeAxis *>(axisX);
            // Ticks are evenly spaced while years are not (leap days): starting on 2 January
            // keeps every tick within the year its label names.
            dates->setRange(QDateTime(QDate(first, 1, 2), QTime(0, 0), Qt::UTC),
                            QDateTime(QDate(last, 1, 2), QTime(0, 0), Qt::UTC));
            dates->setTickCount((last - first) / step + 1);
        }
        if (m_kind == Kind::ContextTime) {
            // The card's ladder rungs, with a few round sizes below them, where the data reaches.
            const double low = std::log10(minY->y / 2), high = std::log10(maxY->y * 2);
            auto *ticks = static_cast<QCategoryAxis *>(axisY);
            ticks->setStartValue(low);
            for (const qint64 tokens :
                 {Q_INT64_C(100), Q_INT64_C(1000), Q_INT64_C(4000), Q_INT64_C(32000),
                  Q_INT64_C(128000), Q_INT64_C(400000), Q_INT64_C(1000000), Q_INT64_C(10000000),
                  Q_INT64_C(100000000)})
                if (std::log10(double(tokens)) > low && std::log10(double(tokens)) < high)
                    ticks->append(card::contextShort(tokens), std::log10(double(tokens)));
            axisY->setRange(low, high);
        } else {
            const double top = std::max(10.0, std::ceil(maxY->y / 10) * 10);
            axisY->setRange(0, top);
            static_cast<QValueAxis *>(axisY)->setTickCount(int(top / 10) + 1);
        }
    }
    QList<QXYSeries *> all{open, closed};
    if (m_kind == Kind::IntelligenceTime) {
        // A step line: the best score released so far, held until a later model beats it.
        auto *line = new QLineSeries;
        line->setName(bilingualTr("CatalogCharts", QT_TR_NOOP("Frontier")));
        line->setPen(QPen(pal.color(QPalette::Highlight), 2));
        const std::vector<Point> best = catalogcharts::frontier(m_points);
        for (size_t i = 0; i < best.size(); ++i) {
            if (i > 0)
                line->append(best[i].x, best[i - 1].y);
            line->append(best[i].x, best[i].y);
        }
        if (!m_points.empty() && !best.empty()) {
            const auto last =
                std::max_element(m_points.begin(), m_points.end(),
                                 [](const Point &a, const Point &b) { return a.x < b.x; });
            line->append(last->x, best.back().y);
        }
        all << line;
    }
    all << marked;
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractAxis *axis : {axisX, axisY}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLabelsFont(font()); // charts do not inherit the widget's font
        QFont title = font();
        title.setBold(true);
        axis->setTitleFont(title);
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    for (QXYSeries *series : all) {
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        connectSeries(series);
    }
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(font());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    const QLocale locale;
    m_scope->setText(
        (m_whole ? tr("Whole catalog: %1 of %2 models report both values")
                 : tr("Current list: %1 of %2 models report both values"))
            .arg(locale.toString(qlonglong(m_points.size())), locale.toString(m_models.size())));
    // The new axes take their ranges when the chart lays out, in a posted event.
    QMetaObject::invokeMethod(this, &CatalogCharts::placeLabels, Qt::QueuedConnection);
}

void CatalogCharts::placeLabels()
{
    if (m_chart->series().isEmpty())
        return;
    QAbstractSeries *reference = m_chart->series().first();
    for (const auto &[model, label] : m_labels) {
        const auto it = std::find_if(m_points.begin(), m_points.end(),
                                     [model](const Point &p) { return p.model == model; });
        if (it == m_points.end())
            continue;
        const QPointF at = m_chart->mapToPosition(plotted(*it), reference);
        label->setPos(at + QPointF(8, -label->boundingRect().height() - 2));
    }
}

bool CatalogCharts::exportTo(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = m_view->size();
    QSaveFile file(path);
    if (suffix != "png" && suffix != "svg") {
        *error = tr("Cannot export to '%1': use a .png or .svg file.").arg(path);
        return false;
    }
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && suffix == "png") {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(palette().color(QPalette::Window));
        {
            QPainter painter(&image);
            m_view->render(&painter);
        }
        ok = image.save(&file, "PNG");
    } else if (ok) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(m_kindBox->currentText());
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Window));
        m_view->render(&painter);
    }
    ok = ok && file.commit();
    if (!ok)
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return ok;
}

void CatalogCharts::exportInteractively()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("chart.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}
