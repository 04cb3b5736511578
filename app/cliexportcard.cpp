#include "clicommands.h"

#include "catalog.h"
#include "detailpanel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

constexpr int kCardWidth = 900;

// Links that only work inside the program (model:, tree:) become plain text in a PDF.
void keepOnlyWebLinks(QWidget *card)
{
    static const QRegularExpression internal(
        QStringLiteral(R"(<a href="(?!https?:)[^"]*"[^>]*>(.*?)</a>)"));
    for (QLabel *label : card->findChildren<QLabel *>())
        if (label->text().contains(internal))
            label->setText(QString(label->text()).replace(internal, QStringLiteral("\\1")));
}

// Lays the real card out at kCardWidth and its full height; returns the widget to render.
QWidget *layOutCard(DetailPanel &panel, int model, bool webLinksOnly)
{
    panel.setAttribute(Qt::WA_DontShowOnScreen);
    panel.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panel.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panel.resize(kCardWidth, 800);
    panel.show();
    panel.showModel(model);
    QWidget *content = panel.widget();
    if (webLinksOnly)
        keepOnlyWebLinks(content);
    // Word-wrapped labels and charts settle over a few layout passes.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::processEvents();
        content->layout()->activate();
        const int height = content->hasHeightForWidth() ? content->heightForWidth(kCardWidth)
                                                        : content->sizeHint().height();
        panel.resize(kCardWidth, height);
    }
    QCoreApplication::processEvents();
    return content;
}

bool writePng(QWidget *card, QSaveFile &file)
{
    QImage image(card->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(card->palette().color(QPalette::Window));
    card->render(&image);
    return image.save(&file, "PNG");
}

// Vector output with the card's links as PDF link annotations, on one page the card's size.
bool writePdf(QWidget *card, QSaveFile &file)
{
    QPdfWriter writer(&file);
    const int dpi = card->logicalDpiX();
    writer.setResolution(dpi);
    writer.setCreator(QStringLiteral("Model Atlas"));
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(card->size()) * 72.0 / dpi, QPageSize::Point,
                                               QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.fillRect(QRect(QPoint(), card->size()), card->palette().color(QPalette::Window));
    card->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return painter.end();
}

} // namespace

int exportCard(const cli::Options &options, const Catalog &catalog)
{
    if (options.arguments.size() != 2)
        return cli::fail(QStringLiteral("export card needs exactly one model slug (see --help)"),
                         cli::Usage);
    const QString suffix = QFileInfo(options.outPath).suffix().toLower();
    if (suffix != "png" && suffix != "pdf")
        return cli::fail(QStringLiteral("cannot write a card as '%1': use a .png or .pdf file")
                             .arg(options.outPath),
                         cli::Usage);
    const QString slug = options.arguments.at(1);
    const int model = catalog.data().model(slug);
    if (model < 0)
        return cli::fail(QStringLiteral("no model '%1' in the catalog").arg(cli::shown(slug)),
                         cli::NotFound);

    DetailPanel panel(catalog);
    QWidget *card = layOutCard(panel, model, suffix == "pdf");
    QSaveFile file(options.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return cli::fail(cli::writeProblem(options.outPath, file), cli::Usage);
    const bool written = suffix == "png" ? writePng(card, file) : writePdf(card, file);
    if (!written || !file.commit())
        return cli::fail(cli::writeProblem(options.outPath, file), cli::Usage);
    return cli::Ok;
}
