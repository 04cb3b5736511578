#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

class Catalog;
class CapabilityBars;
class CompareSetStore;
class ContextLadder;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;
namespace card {
class Statistics;
}

// Two to four models side by side: one column per model with the card's essentials, each row's
// best value marked better and its worst marked worse, one set of capability range bars and one
// context ladder carrying every model's marker. Models come from addModel() or a drop of slugs
// (text/plain or kSlugMimeType, one per line); sets of them are saved by name and reopened.
class CompareView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxModels = 4;
    static constexpr const char *kSlugMimeType = "application/x-model-atlas-slugs";
    enum class Mark { None, Better, Worse };

    // `storePath` names the saved sets' file; empty uses CompareSetStore::defaultPath().
    explicit CompareView(const Catalog &catalog, const QString &storePath = {},
                         QWidget *parent = nullptr);
    ~CompareView() override;

    // False (and nothing changes) for an unknown slug, a model already shown, or a full view.
    bool addModel(const QString &slug);
    void removeModel(int column);
    void moveModel(int from, int to);
    void setModels(const QStringList &slugs);
    QStringList models() const { return m_slugs; }

    bool saveSet(const QString &name, QString *error);
    bool openSet(const QString &name);
    QStringList savedSets() const;
    // The saved sets that name models this catalog does not have (shown without them).
    QStringList setsWithUnknownModels() const;

    // Hides the editing controls, for slides and exports.
    void setPresentation(bool on);

    // What the grid shows, for tests and accessibility. Rows: "org", "kind", "released",
    // "parameters", "context", "maxOutput", "openWeights", "license", "intelligence", "speed",
    // "cost", "priceInput", "priceOutput", "coding", "agentic".
    static QStringList rowIds();
    QString cellText(const QString &row, int column) const;
    Mark mark(const QString &row, int column) const;
    CapabilityBars *capabilityBars() const { return m_bars; }
    ContextLadder *contextLadder() const { return m_ladder; }

    static QColor modelColor(int column);

    // Writes the comparison as shown (without controls) to a .pdf (vector, one page) or a .png
    // (twice the screen resolution). The format follows the file's suffix.
    bool exportTo(const QString &path, QString *error);
    // Builds an offscreen view of `slugs` and exports it; used by `export compare`.
    static bool exportModels(const Catalog &catalog, const QStringList &slugs, int width,
                             const QString &path, QString *error);

signals:
    void modelsChanged(const QStringList &slugs);
    void modelActivated(const QString &slug); // a model's name was clicked

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Cell
    {
        QString text;
        Mark mark = Mark::None;
    };
    void rebuild();
    void retranslate();
    void refreshSets();
    void saveSetInteractively();
    void exportInteractively();
    QWidget *header(int column);
    static QStringList slugsFrom(const class QMimeData *mime);

    const Catalog &m_catalog;
    std::unique_ptr<CompareSetStore> m_store;
    QStringList m_slugs;
    QHash<QString, QList<Cell>> m_cells; // row id -> one cell per column
    bool m_presentation = false;

    QWidget *m_toolbar = nullptr;
    QComboBox *m_sets = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_delete = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_export = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_barsHeading = nullptr;
    QLabel *m_ladderHeading = nullptr;
    CapabilityBars *m_bars = nullptr;
    ContextLadder *m_ladder = nullptr;
};
