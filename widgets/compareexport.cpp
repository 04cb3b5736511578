// The compare view's exports: the comparison as shown, without its controls, to PDF or PNG.
#include "compareview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollArea>

bool CompareView::exportTo(const QString &path, QString *error)
{
    if (m_slugs.isEmpty()) {
        *error = tr("There is nothing to export: add models to compare first.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != "pdf" && suffix != "png") {
        *error = tr("Cannot export to '%1': use a .pdf or .png file.").arg(path);
        return false;
    }
    // Controls are not part of the picture: render with them hidden, then restore.
    const bool presentation = m_presentation;
    if (!presentation) {
        setPresentation(true);
        m_content->layout()->activate();
    }
    QWidget *content = m_content;
    const QSize size = content->size();
    const QColor background = palette().color(QPalette::Window);
    bool ok = false;
    QSaveFile file(path);
    if (suffix == "pdf") {
        ok = file.open(QIODevice::WriteOnly);
        if (ok) {
            QPdfWriter writer(&file);
            writer.setCreator(QStringLiteral("Model Atlas"));
            writer.setTitle(m_slugs.join(QStringLiteral(" · ")));
            // One page the size of the view: 96 device units per inch, so one unit is one pixel.
            writer.setResolution(96);
            writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter;
            ok = painter.begin(&writer);
            if (ok) {
                painter.fillRect(QRect(QPoint(), size), background);
                content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
                ok = painter.end();
            }
        }
        ok = ok && file.commit();
    } else {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(background);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        ok = file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
    }
    if (!presentation)
        setPresentation(false);
    if (!ok)
        // The system's reason ("No space left on device"); an encoder that failed sets none.
        *error =
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.error() != QFileDevice::NoError
                                                         ? file.errorString()
                                                         : tr("the picture could not be encoded"));
    return ok;
}

bool CompareView::exportModels(const Catalog &catalog, const QStringList &slugs, int width,
                               const QString &path, QString *error)
{
    CompareView view(catalog);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setPresentation(true);
    view.setModels(slugs);
    view.m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(width, 600);
    view.show();
    // Grow the view until the content fits without scrolling.
    view.m_content->layout()->activate();
    const int height = view.m_content->hasHeightForWidth() ? view.m_content->heightForWidth(width)
                                                           : view.m_content->sizeHint().height();
    view.resize(width, height);
    view.m_content->layout()->activate();
    QCoreApplication::processEvents();
    return view.exportTo(path, error);
}
