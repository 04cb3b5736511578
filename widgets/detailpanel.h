#pragma once

#include <QScrollArea>

class Catalog;
class QFormLayout;
class QLabel;

// The model card: header (kind, organisation, last update, name, tagline, summary) and key facts.
class DetailPanel final : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void showModel(int model); // -1 shows the empty state
    int model() const { return m_model; }

    // Widgets exposed by object name for tests: "kind", "name", "tagline", "summary",
    // "released", "context", "openWeights", "parameters", "license".

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addFact(const QString &objectName);
    void retranslate();

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
};
