#include "detailpanel.h"

#include "bilingual.h"
#include "capabilitybars.h"
#include "cardjson.h"
#include "cardsections.h"
#include "cardstats.h"
#include "cardtext.h"
#include "catalog.h"
#include "cataloglabels.h"
#include "contextladder.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

// A short label of this panel (marked with QT_TR_NOOP at the call), with its Chinese beside it
// in Both mode.
QString both(const char *source)
{
    return bilingualTr("DetailPanel", source);
}

QString parameters(const ModelRecord &m)
{
    if (!m.paramsTotal)
        return labels::notReported();
    const QLocale locale;
    auto billions = [&](qint64 n) {
        return n >= 1000000000 ? DetailPanel::tr("%1B").arg(locale.toString(n / 1e9, 'g', 4))
                               : DetailPanel::tr("%1M").arg(locale.toString(n / 1e6, 'g', 4));
    };
    if (m.paramsActive && *m.paramsActive != *m.paramsTotal)
        return DetailPanel::tr("%1 total · %2 active")
            .arg(billions(*m.paramsTotal), billions(*m.paramsActive));
    return billions(*m.paramsTotal);
}

} // namespace

DetailPanel::DetailPanel(const Catalog &catalog, QWidget *parent)
    : QScrollArea(parent), m_catalog(catalog)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(24, 20, 24, 20);

    m_empty = new QLabel;
    m_empty->setObjectName("emptyState");
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_card = new QWidget;
    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(0, 0, 0, 0);
    card->setSpacing(8);
    auto label = [&](const char *name, int pointDelta, bool bold) {
        auto *l = new QLabel;
        l->setObjectName(name);
        l->setTextFormat(Qt::PlainText); // catalog text: a "<" is a character, not a tag
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() + pointDelta);
        f.setBold(bold);
        l->setFont(f);
        card->addWidget(l);
        return l;
    };
    m_kind = label("kind", -1, true);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_name = label("name", 10, true);
    m_tagline = label("tagline", 3, false);
    m_summary = label("summary", 0, false);
    auto *factsBox = new QWidget;
    m_facts = new QFormLayout(factsBox);
    m_facts->setContentsMargins(0, 12, 0, 0);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    card->addWidget(factsBox);
    for (const char *fact : {"released", "context", "openWeights", "parameters", "license"})
        addFact(fact);
    m_sections = new QVBoxLayout;
    m_sections->setSpacing(6);
    card->addLayout(m_sections);
    card->addStretch();
    // Kept across selections; the other sections are rebuilt for each model.
    m_parking = new QWidget(this);
    m_parking->hide();
    m_bars = new CapabilityBars(m_parking);
    m_ladder = new ContextLadder(m_parking);
    m_pages = new QLabel(m_parking);
    m_pages->setObjectName("contextPages");
    outer->addWidget(m_card);
    setWidget(content);
    retranslate();
    showModel(-1);
}

DetailPanel::~DetailPanel() = default;

QLabel *DetailPanel::addFact(const QString &objectName)
{
    auto *caption = new QLabel;
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->addRow(caption, value);
    m_factLabels << caption;
    return value;
}

void DetailPanel::retranslate()
{
    m_empty->setText(tr("Select a model in the list to read its card."));
    const QStringList captions = {both(QT_TR_NOOP("Released")), both(QT_TR_NOOP("Context window")),
                                  both(QT_TR_NOOP("Open weights")), both(QT_TR_NOOP("Parameters")),
                                  both(QT_TR_NOOP("Licence"))};
    for (int i = 0; i < m_factLabels.size(); ++i)
        m_factLabels[i]->setText(captions.at(i));
    showModel(m_model);
}

void DetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void DetailPanel::showModel(int model)
{
    const CatalogData &data = m_catalog.data();
    m_model = (model >= 0 && model < int(data.models.size())) ? model : -1;
    m_empty->setVisible(m_model < 0);
    m_card->setVisible(m_model >= 0);
    if (m_model < 0)
        return;
    const ModelRecord &m = data.models[m_model];
    const ModelDetails details = m_catalog.details(m_model);
    const ModelText text = details.text.value(labels::textLanguage(), details.text.value("en"));

    QStringList header{labels::kindCaption(m.kind), labels::orgName(data, m.org)};
    if (!m.lastVerified.isEmpty())
        header << tr("Last updated %1").arg(labels::releaseDate(m.lastVerified));
    m_kind->setText(header.join(QStringLiteral("  ·  ")));
    m_name->setText(labels::modelName(m));
    m_name->setToolTip(m.nameZh.isEmpty() ? QString() : m.name + " · " + m.nameZh);
    m_tagline->setText(text.tagline);
    m_tagline->setVisible(!text.tagline.isEmpty());
    m_summary->setText(text.summary);
    m_summary->setVisible(!text.summary.isEmpty());

    auto set = [&](const char *name, const QString &value) {
        findChild<QLabel *>(name)->setText(value);
    };
    set("released", labels::releaseDate(m.released));
    set("context", m.contextTokens ? tr("%1 · up to %2 tokens")
                                         .arg(card::contextShort(*m.contextTokens),
                                              QLocale().toString(*m.contextTokens))
                                   : labels::notReported());
    set("openWeights", m.openWeights ? tr("Yes — weights can be downloaded and self-hosted")
                                     : tr("No — available only from the vendor"));
    set("parameters", parameters(m));
    set("license", m.license.isEmpty() ? labels::notReported() : m.license);
    rebuildSections();
}

void DetailPanel::rebuildSections()
{
    // Park the kept widgets, explicitly hidden, before deleting the rest.
    for (QWidget *kept : {static_cast<QWidget *>(m_bars), static_cast<QWidget *>(m_ladder),
                          static_cast<QWidget *>(m_pages)}) {
        kept->hide();
        kept->setParent(m_parking);
    }
    while (QLayoutItem *item = m_sections->takeAt(0)) {
        // Deferred: a lineage link may be rebuilding the card from inside its own signal.
        if (item->widget()) {
            item->widget()->hide();
            item->widget()->deleteLater();
        }
        delete item;
    }
    const CatalogData &data = m_catalog.data();
    const ModelRecord &m = data.models[m_model];
    const ModelDetails details = m_catalog.details(m_model);
    const ModelText text = details.text.value(labels::textLanguage(), details.text.value("en"));
    auto section = [&](const QString &title, QWidget *body) {
        if (!body)
            return;
        m_sections->addWidget(cardsections::heading(title));
        m_sections->addWidget(body);
        body->show(); // kept widgets were hidden when taken out
    };
    m_sections->addWidget(cardsections::buckets(m_catalog, m_catalog.statistics(), m_model));
    if (!text.whyItMatters.isEmpty()) {
        auto *why = new QLabel(text.whyItMatters);
        why->setTextFormat(Qt::PlainText);
        why->setObjectName("whyItMatters");
        why->setWordWrap(true);
        section(both(QT_TR_NOOP("Why it matters")), why);
    }
    section(both(QT_TR_NOOP("Core capabilities")), cardsections::capabilities(m_catalog, m_model));
    if (m.contextTokens) {
        m_ladder->setTokens(m.contextTokens);
        m_pages->setText(tr("%1 tokens · ≈ %2 pages")
                             .arg(QLocale().toString(*m.contextTokens))
                             .arg(QLocale().toString(contextPages(*m.contextTokens))));
        section(both(QT_TR_NOOP("Context window")), m_pages);
        m_sections->addWidget(m_ladder);
        m_ladder->show();
    }
    section(both(QT_TR_NOOP("Availability")), cardsections::availability(m_catalog, m_model));

    QList<CapabilityBars::Row> rows;
    for (card::Measure measure : card::kMeasures) {
        const card::Band band = m_catalog.statistics().band(measure);
        CapabilityBars::Row row{bilingualTr("Card", card::measureLabelSource(measure)),
                                card::measureSource(measure),
                                band.p20,
                                band.p80,
                                band.n,
                                m_catalog.statistics().value(measure, m_model),
                                m_catalog.statistics().raw(measure, m_model),
                                QString()};
        if (row.raw)
            row.rawText = measure == card::Measure::Context ? card::contextShort(qint64(*row.raw))
                          : measure == card::Measure::Reasoning
                              ? QLocale().toString(*row.raw, 'f', 1)
                              : QLocale().toString(*row.raw, 'f', 1) + "%";
        rows << row;
    }
    m_bars->setRows(rows);
    section(both(QT_TR_NOOP("Capability / performance")), m_bars);
    section(both(QT_TR_NOOP("What it feels like")),
            cardsections::bulletList("feelsLike", text.feelsLike));
    section(both(QT_TR_NOOP("Best use cases")), cardsections::bulletList("bestFor", text.bestFor));
    section(both(QT_TR_NOOP("Tools to try")), cardsections::bulletList("tools", text.tools));
    section(both(QT_TR_NOOP("Not ideal for")),
            cardsections::bulletList("notIdealFor", text.notIdealFor));
    QWidget *evolution = cardsections::evolution(m_catalog, m_model);
    if (auto *links = qobject_cast<QLabel *>(evolution))
        connect(links, &QLabel::linkActivated, this, [this](const QString &link) {
            if (link.startsWith("model:"))
                emit modelActivated(link.mid(6));
            else if (link.startsWith("tree:"))
                emit treeRequested(link.mid(5));
        });
    section(both(QT_TR_NOOP("Model evolution")), evolution);
    section(both(QT_TR_NOOP("Sources")), cardsections::sources(m_catalog, m_model));
}
