#pragma once

#include <QList>
#include <QObject>
#include <QString>

// Named searches with their sort order, kept across runs in QSettings. The whole list is one
// value, so a crash while saving leaves the old list or the new one, never a mix; QSettings
// itself replaces its file in one rename.
class SavedViews final : public QObject
{
    Q_OBJECT

public:
    struct View
    {
        QString name;
        QString query;
        int sortColumn = -1; // -1: best match first
        bool descending = false;
        bool operator==(const View &) const = default;
    };

    explicit SavedViews(QObject *parent = nullptr);

    QList<View> views() const { return m_views; }
    // What could not be read when the views were loaded, in words; empty when all was read.
    QString problem() const { return m_problem; }
    // Adds a view, replacing one of the same name.
    void save(const View &view);
    void remove(const QString &name);

signals:
    void changed();

private:
    void load();
    void store() const;

    QList<View> m_views;
    QString m_problem;
};
