#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// One slide of a presentation: what to show, not the widget itself. Kinds the program knows:
// "card" (models: one slug), "compare" (two to four slugs), "chart" (option: "intelligence-price",
// "intelligence-time" or "context-time"), "tree" (models: one slug, shown with its family).
// Other kinds are shown by factories registered with the presentation window.
struct Slide
{
    QString kind;
    QStringList models;
    QString option;
    QString title; // shown above the slide; empty for none

    bool operator==(const Slide &) const = default;
};

// Builds the widget of a slide, or returns null when the slide cannot be shown (an unknown model).
using SlideFactory = std::function<QWidget *(const Slide &slide)>;

// A saved sequence of slides as a small JSON file, written atomically.
namespace slidesequence {

// presentation.json in the application's data folder.
QString defaultPath();
// A missing file is an empty sequence; an unreadable one sets `error` and returns no slides.
QList<Slide> load(const QString &path, QString *error);
bool save(const QList<Slide> &slides, const QString &path, QString *error);

} // namespace slidesequence
