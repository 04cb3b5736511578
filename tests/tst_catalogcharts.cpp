#include "catalog.h"
#include "catalogcharts.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using catalogcharts::Kind;
using catalogcharts::Point;

// The catalog charts over the shipped catalog: the points drawn are the catalog's own facts.
class CatalogChartsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Catalog> m_catalog;
    QTemporaryDir m_dir;

    // Every point drawn by the open-weights and API-only series.
    static int drawnPoints(const CatalogCharts &charts)
    {
        int n = 0;
        for (QAbstractSeries *s : charts.chart()->series())
            if (s->type() == QAbstractSeries::SeriesTypeScatter &&
                (s->name() == "Open weights" || s->name() == "API only"))
                n += int(static_cast<QXYSeries *>(s)->count());
        return n;
    }

    QList<int> all() const
    {
        QList<int> models;
        for (int i = 0; i < int(m_catalog->data().models.size()); ++i)
            models << i;
        return models;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::open(ATLAS_SOURCE_DIR "/data/catalog.sqlite", &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void intelligenceAgainstPriceUsesEveryReportingModel()
    {
        const CatalogData &data = m_catalog->data();
        int expected = 0;
        for (const ScoreRecord &s : data.scores) {
            const ModelRecord &m = data.models[size_t(s.model)];
            if (s.benchmark == "aa_intelligence" && m.priceOutput && *m.priceOutput > 0)
                ++expected;
        }
        QVERIFY(expected > 50);
        CatalogCharts charts(data);
        charts.setKind(Kind::IntelligencePrice);
        QCOMPARE(int(charts.shownPoints().size()), expected);
        QCOMPARE(drawnPoints(charts), expected);
        for (const Point &p : charts.shownPoints()) {
            QCOMPARE(p.x, *data.models[size_t(p.model)].priceOutput);
            QCOMPARE(p.y, *data.score(p.model, "aa_intelligence"));
        }
    }

    void contextOverTimeMatchesTheCatalog()
    {
        const CatalogData &data = m_catalog->data();
        CatalogCharts charts(data);
        charts.setKind(Kind::ContextTime);
        int expected = 0;
        for (const ModelRecord &m : data.models)
            if (m.contextTokens && catalogcharts::releaseMsecs(m.released))
                ++expected;
        QCOMPARE(int(charts.shownPoints().size()), expected);
        QCOMPARE(drawnPoints(charts), expected);
        const Point &first = charts.shownPoints().front();
        QCOMPARE(qint64(first.y), *data.models[size_t(first.model)].contextTokens);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(first.x), Qt::UTC).date().year(),
                 data.models[size_t(first.model)].released.left(4).toInt());
        // The size axis reads like the card's ladder, each label at its size.
        const auto vertical = charts.chart()->axes(Qt::Vertical);
        QCOMPARE(vertical.size(), 1);
        auto *sizes = qobject_cast<QCategoryAxis *>(vertical.first());
        QVERIFY(sizes);
        const QStringList labels = sizes->categoriesLabels();
        for (const char *rung : {"4K", "32K", "128K", "1M"})
            QVERIFY2(labels.contains(rung), qPrintable(labels.join(' ')));
        QCOMPARE(sizes->endValue("128K"), std::log10(128000.0));
        // A clicked point is still the model it shows.
        QSignalSpy clicked(&charts, &CatalogCharts::modelClicked);
        for (QAbstractSeries *series : charts.chart()->series())
            if (series->name() == "Open weights" || series->name() == "API only") {
                auto *xy = static_cast<QXYSeries *>(series);
                emit xy->clicked(xy->at(0));
                break;
            }
        QCOMPARE(clicked.count(), 1);
        const int model = data.model(clicked.first().first().toString());
        QVERIFY(model >= 0 && data.models[size_t(model)].contextTokens.has_value());
    }

    void frontierHoldsTheBestSoFar()
    {
        CatalogCharts charts(m_catalog->data());
        charts.setKind(Kind::IntelligenceTime);
        const std::vector<Point> points = charts.shownPoints();
        const std::vector<Point> best = catalogcharts::frontier(points);
        QVERIFY(best.size() >= 3);
        for (size_t i = 1; i < best.size(); ++i) {
            QVERIFY(best[i].x >= best[i - 1].x);
            QVERIFY(best[i].y > best[i - 1].y);
        }
        // No model released by a frontier point's date scores above it.
        for (const Point &p : points) {
            double bestSoFar = -1;
            for (const Point &b : best)
                if (b.x <= p.x)
                    bestSoFar = b.y;
            QVERIFY(p.y <= bestSoFar);
        }
        bool drawn = false;
        for (QAbstractSeries *s : charts.chart()->series())
            drawn = drawn || (s->name() == "Frontier" && static_cast<QXYSeries *>(s)->count() > 0);
        QVERIFY(drawn);
    }

    void aListLimitsTheChart()
    {
        const CatalogData &data = m_catalog->data();
        CatalogCharts charts(data);
        charts.setKind(Kind::ContextTime);
        const QList<int> some{data.model("gpt-4o"), data.model("deepseek-v3"),
                              data.model("alexnet")};
        charts.setModels(some);
        QCOMPARE(int(charts.shownPoints().size()), 2); // AlexNet reports no context window
        charts.showWholeCatalog();
        QCOMPARE(charts.shownPoints().size(),
                 catalogcharts::points(data, all(), Kind::ContextTime).size());
    }

    void selectedAndComparedAreNamedAndClickable()
    {
        const CatalogData &data = m_catalog->data();
        CatalogCharts charts(data);
        charts.resize(900, 600);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.setKind(Kind::IntelligencePrice);
        const int selected = data.model("o1");
        charts.setHighlighted(selected, {data.model("claude-3-7-sonnet")});
        QCOMPARE(charts.labelTexts().size(), 2);
        QVERIFY(charts.labelTexts().contains("OpenAI o1"));
        QVERIFY(charts.labelTexts().contains("Claude 3.7 Sonnet"));

        QApplication::processEvents(); // the chart lays out its new axes in a posted event
        QSignalSpy clicked(&charts, &CatalogCharts::modelClicked);
        QAbstractSeries *marked = charts.chart()->series().last();
        const QPointF value(*data.models[size_t(selected)].priceOutput,
                            *data.score(selected, "aa_intelligence"));
        auto *view = charts.findChild<QChartView *>("catalogChart");
        const QPoint at = view->mapFromScene(charts.chart()->mapToPosition(value, marked));
        QTest::mouseMove(view->viewport(), at);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(clicked.count(), 1);
        // A click on empty space selects nothing.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("o1"));
    }

    void exportsPngAndSvg()
    {
        CatalogCharts charts(m_catalog->data());
        charts.resize(800, 500);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QString error;
        const QString png = m_dir.filePath("chart.png");
        QVERIFY2(charts.exportTo(png, &error), qPrintable(error));
        const QImage image(png);
        const QSize viewSize = charts.findChild<QChartView *>("catalogChart")->size();
        QCOMPARE(image.size(), viewSize * 2);
        const QString svg = m_dir.filePath("chart.svg");
        QVERIFY2(charts.exportTo(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("</svg>"));
        QVERIFY(!charts.exportTo(m_dir.filePath("chart.gif"), &error));
        QVERIFY(error.contains(".svg"));
    }
};

QTEST_MAIN(CatalogChartsTest)
#include "tst_catalogcharts.moc"
