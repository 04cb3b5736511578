#pragma once

#include <QScrollArea>

#include <memory>

class Catalog;
class CapabilityBars;
class ContextLadder;
class QFormLayout;
class QLabel;
class QVBoxLayout;
namespace card {
class Statistics;
}

// The model card: header (kind, organisation, last update, name, tagline, summary) and key facts.
class DetailPanel final : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailPanel(const Catalog &catalog, QWidget *parent = nullptr);
    ~DetailPanel() override;

    void showModel(int model); // -1 shows the empty state
    int model() const { return m_model; }

    // Widgets exposed by object name for tests: "kind", "name", "tagline", "summary",
    // "released", "context", "openWeights", "parameters", "license", the bucket values
    // "intelligenceBucket", "speedBucket", "costBucket", and the children CapabilityBars and
    // ContextLadder.
    CapabilityBars *capabilityBars() const { return m_bars; }
    ContextLadder *contextLadder() const { return m_ladder; }

signals:
    // A lineage link was clicked: the window selects that model everywhere.
    void modelActivated(const QString &slug);
    // "View in the evolution tree" was clicked.
    void treeRequested(const QString &slug);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addFact(const QString &objectName);
    void retranslate();
    void rebuildSections();

    const Catalog &m_catalog;
    int m_model = -1;
    QLabel *m_empty = nullptr;
    QWidget *m_card = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_tagline = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_facts = nullptr;
    QList<QLabel *> m_factLabels;
    QVBoxLayout *m_sections = nullptr;
    CapabilityBars *m_bars = nullptr;
    ContextLadder *m_ladder = nullptr;
    QLabel *m_pages = nullptr;
    QWidget *m_parking = nullptr; // hidden parent of kept sections the model does not show
};
