#include "clicommands.h"

#include "catalog.h"
#include "cataloglabels.h"
#include "evolutiontreeitems.h"
#include "evolutiontreemodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace {

constexpr double kMargin = 40;
constexpr double kMaxPngSide = 12000; // larger trees are scaled down to fit

bool writePng(const EvolutionTreeModel &model, QSaveFile &file)
{
    const QRectF source = model.bounds().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const double scale = std::min(1.0, kMaxPngSide / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf7f8fa));
    QGraphicsScene scene;
    auto *layer = new TreeLayer(model);
    scene.addItem(layer);
    layer->reset();
    scene.setSceneRect(source);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(), QSizeF(image.size())), source);
    painter.end();
    return image.save(&file, "PNG");
}

QString svgPath(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const char *command = e.isMoveTo() ? "M" : e.isLineTo() ? "L" : e.isCurveTo() ? "C" : "";
        d += QStringLiteral("%1%2,%3 ")
                 .arg(QLatin1String(command))
                 .arg(e.x, 0, 'f', 1)
                 .arg(e.y, 0, 'f', 1);
    }
    return d.trimmed();
}

void rect(QXmlStreamWriter &xml, const QRectF &r, const QString &fill)
{
    xml.writeEmptyElement("rect");
    xml.writeAttribute("x", QString::number(r.x(), 'f', 1));
    xml.writeAttribute("y", QString::number(r.y(), 'f', 1));
    xml.writeAttribute("width", QString::number(r.width(), 'f', 1));
    xml.writeAttribute("height", QString::number(r.height(), 'f', 1));
    xml.writeAttribute("fill", fill);
}

void text(QXmlStreamWriter &xml, const QPointF &at, int size, const QString &fill,
          const QString &content, bool bold = false)
{
    xml.writeStartElement("text");
    xml.writeAttribute("x", QString::number(at.x(), 'f', 1));
    xml.writeAttribute("y", QString::number(at.y(), 'f', 1));
    xml.writeAttribute("font-size", QString::number(size));
    xml.writeAttribute("fill", fill);
    if (bold)
        xml.writeAttribute("font-weight", "bold");
    xml.writeCharacters(content);
    xml.writeEndElement();
}

// The tree as SVG: one <g id="SLUG"> with a <title> per card, edges as curves.
bool writeSvg(const EvolutionTreeModel &model, QSaveFile &file)
{
    const CatalogData &data = model.data();
    const lineage::Layout &layout = model.layout();
    const bool horizontal = layout.orientation == lineage::Orientation::Horizontal;
    const QRectF box = model.bounds().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement("svg");
    xml.writeDefaultNamespace("http://www.w3.org/2000/svg");
    xml.writeAttribute(
        "viewBox",
        QStringLiteral("%1 %2 %3 %4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height()));
    xml.writeAttribute("width", QString::number(qRound(box.width())));
    xml.writeAttribute("height", QString::number(qRound(box.height())));
    xml.writeAttribute("font-family", "sans-serif");
    xml.writeTextElement("title",
                         QCoreApplication::translate("EvolutionTree", "Model evolution tree"));
    rect(xml, box, "#f7f8fa");

    xml.writeStartElement("g");
    xml.writeAttribute("id", "years");
    if (!layout.days.empty()) {
        const auto [first, last] = std::minmax_element(layout.days.begin(), layout.days.end());
        for (int year = QDate::fromJulianDay(*first).year();
             year <= QDate::fromJulianDay(*last).year(); ++year) {
            const double a = layout.axis.position(QDate(year, 1, 1).toJulianDay());
            const double b = layout.axis.position(QDate(year + 1, 1, 1).toJulianDay());
            const QRectF band = horizontal ? QRectF(a, box.top(), b - a, box.height())
                                           : QRectF(box.left(), a, box.width(), b - a);
            rect(xml, band, year % 2 ? "#f7f8fa" : "#eef1f5");
            if (b - a > 40)
                text(xml, band.topLeft() + QPointF(6, 18), 13, "#9ca3af", QString::number(year),
                     true);
        }
    }
    xml.writeEndElement();

    xml.writeStartElement("g");
    xml.writeAttribute("id", "edges");
    xml.writeAttribute("fill", "none");
    const LineageGraph &graph = model.graph();
    for (const LineageGraph::Edge &e : graph.edges()) {
        const QString &relation = graph.relations()[e.relation];
        xml.writeEmptyElement("path");
        xml.writeAttribute("class", relation);
        xml.writeAttribute("d",
                           svgPath(treepaint::edgePath(model.card(e.parent), model.card(e.child),
                                                       layout.orientation)));
        xml.writeAttribute("stroke", treepaint::relationColor(relation).name());
        xml.writeAttribute("stroke-width", "1.4");
        if (treepaint::isDashed(relation))
            xml.writeAttribute("stroke-dasharray", "6 4");
    }
    xml.writeEndElement();

    for (int v = 0; v < model.nodeCount(); ++v) {
        const int m = model.modelOf(v);
        if (m < 0)
            continue; // exports never fold fan-outs
        const ModelRecord &record = data.models[size_t(m)];
        const QRectF r = model.card(v);
        const QColor accent = treepaint::orgColor(data, record.org);
        xml.writeStartElement("g");
        xml.writeAttribute("id", record.slug);
        xml.writeTextElement("title", labels::modelName(record));
        xml.writeEmptyElement("rect");
        xml.writeAttribute("x", QString::number(r.x(), 'f', 1));
        xml.writeAttribute("y", QString::number(r.y(), 'f', 1));
        xml.writeAttribute("width", QString::number(r.width(), 'f', 1));
        xml.writeAttribute("height", QString::number(r.height(), 'f', 1));
        xml.writeAttribute("rx", "6");
        xml.writeAttribute("fill", "#ffffff");
        xml.writeAttribute("stroke", accent.darker(110).name());
        xml.writeEmptyElement("circle");
        xml.writeAttribute("cx", QString::number(r.left() + 18, 'f', 1));
        xml.writeAttribute("cy", QString::number(r.center().y(), 'f', 1));
        xml.writeAttribute("r", "11");
        xml.writeAttribute("fill", accent.name());
        const QString org = labels::orgName(data, record.org);
        xml.writeStartElement("text");
        xml.writeAttribute("x", QString::number(r.left() + 18, 'f', 1));
        xml.writeAttribute("y", QString::number(r.center().y() + 4, 'f', 1));
        xml.writeAttribute("font-size", "11");
        xml.writeAttribute("font-weight", "bold");
        xml.writeAttribute("fill", "#ffffff");
        xml.writeAttribute("text-anchor", "middle");
        xml.writeCharacters(org.left(1).toUpper());
        xml.writeEndElement();
        text(xml, r.topLeft() + QPointF(35, 17), 11, "#111827", labels::modelName(record), true);
        text(xml, r.topLeft() + QPointF(35, r.height() - 8), 10, "#6b7280",
             QStringLiteral("%1 · %2").arg(record.released.isEmpty() ? labels::notReported()
                                                                     : record.released,
                                           labels::kindName(record.kind)));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return !xml.hasError();
}

} // namespace

int exportTree(const cli::Options &options, const Catalog &catalog)
{
    if (options.arguments.size() != 1)
        return cli::fail(
            QStringLiteral("export tree takes no model slug; use --root SLUG for a family"),
            cli::Usage);
    const QString suffix = QFileInfo(options.outPath).suffix().toLower();
    if (suffix != "png" && suffix != "svg")
        return cli::fail(QStringLiteral("cannot write a tree as '%1': use a .png or .svg file")
                             .arg(options.outPath),
                         cli::Usage);
    if (!options.orient.isEmpty() && options.orient != "h" && options.orient != "v")
        return cli::fail(QStringLiteral("--orient takes h or v, not '%1'").arg(options.orient),
                         cli::Usage);
    EvolutionTreeModel model(catalog.data());
    EvolutionTreeModel::Filter filter;
    if (!options.root.isEmpty()) {
        filter.familyOf = catalog.data().model(options.root);
        if (filter.familyOf < 0)
            return cli::fail(
                QStringLiteral("no model '%1' in the catalog").arg(cli::shown(options.root)),
                cli::NotFound);
    }
    model.setFilter(filter);
    model.setFoldAbove(0);
    model.setOrientation(options.orient == "v" ? lineage::Orientation::Vertical
                                               : lineage::Orientation::Horizontal);
    model.rebuild();

    QSaveFile file(options.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return cli::fail(cli::writeProblem(options.outPath, file), cli::Usage);
    const bool written = suffix == "png" ? writePng(model, file) : writeSvg(model, file);
    if (!written || !file.commit())
        return cli::fail(cli::writeProblem(options.outPath, file), cli::Usage);
    return cli::Ok;
}
