#pragma once

#include "lineagelayout.h"

#include <QWidget>

#include <memory>

class Catalog;
class EvolutionTreeModel;
class QCheckBox;
class QComboBox;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QToolButton;
class TreeCanvas;
class TreeMinimap;

// The interactive evolution tree: every model on a time axis with its lineage, filters by
// organisation, kind, capability, licence and relation, search-to-focus, family mode, a legend
// that doubles as the relation filter, a minimap, and a horizontal / vertical toggle.
class EvolutionTreeView final : public QWidget
{
    Q_OBJECT

public:
    explicit EvolutionTreeView(const Catalog &catalog, QWidget *parent = nullptr);
    explicit EvolutionTreeView(const CatalogData &data, QWidget *parent = nullptr);
    ~EvolutionTreeView() override;

    // Selects a model and centres the tree on it, unfolding what hides it; does not emit.
    void selectModel(const QString &slug);
    QString selectedModel() const;

    void setOrientation(lineage::Orientation orientation);
    void setFamilyMode(bool on);
    void fitToView();

    // What is on screen, for scripts and tests: the slugs of the shown models, those drawn bright
    // under the mouse (empty when nothing is hovered), and a model's card in scene coordinates.
    QStringList shownModels() const;
    QStringList highlightedModels() const;
    QStringList pinnedModels() const; // the path pinned by shift-click, from the selection on
    QRectF cardRect(const QString &slug) const;
    QGraphicsView *canvas() const;

signals:
    void modelSelected(const QString &slug); // clicked or walked to with the keyboard
    void modelOpened(const QString &slug);   // Enter or double click

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildBar();
    void ensureBuilt();
    const EvolutionTreeModel &built() const;
    QStringList slugsOf(const std::vector<int> &nodes) const; // the models among tree nodes
    void fillFilters();
    void retranslate();
    void applyFilters();
    void rebuild(int focusModel);
    void searchFocus();
    void focusModel(int model);
    void onNodeClicked(int node);
    void onNodeActivated(int node);
    void updateStatus();

    const CatalogData &m_data;
    std::unique_ptr<EvolutionTreeModel> m_model; // null until first shown or asked about
    TreeCanvas *m_canvas = nullptr;
    TreeMinimap *m_minimap = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_org = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_capability = nullptr;
    QComboBox *m_licence = nullptr;
    QToolButton *m_family = nullptr;
    QToolButton *m_orientation = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_legendTitle = nullptr;
    QList<QCheckBox *> m_relations;
    QLabel *m_status = nullptr;
    int m_selectedModel = -1;
    bool m_fitted = false;
};
