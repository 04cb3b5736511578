#include "cardsections.h"

#include "bilingual.h"
#include "cardstats.h"
#include "cardtext.h"
#include "catalog.h"
#include "cataloglabels.h"
#include "popover.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cardsections {

namespace {

// lupdate files tr() calls in a namespace under the namespace's name.
QString tr(const char *text)
{
    return QCoreApplication::translate("cardsections", text);
}

// A wrapping label. Catalog text is shown as plain text (a "<" in it is a character, never a
// tag); sections that build links pass `Qt::RichText` with every value escaped.
QLabel *wrapped(const QString &text, const char *objectName = nullptr,
                Qt::TextFormat format = Qt::PlainText)
{
    auto *l = new QLabel(text);
    l->setTextFormat(format);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    if (objectName)
        l->setObjectName(objectName);
    return l;
}

// One bucket tile: caption, big value, a small note.
QWidget *tile(const char *objectName, const QString &caption, const QString &value,
              const QString &note)
{
    auto *w = new QFrame;
    w->setFrameShape(QFrame::StyledPanel);
    auto *l = new QVBoxLayout(w);
    auto *c = new QLabel(caption);
    c->setForegroundRole(QPalette::PlaceholderText);
    auto *v = new QLabel(value);
    v->setObjectName(objectName);
    QFont f = v->font();
    f.setPointSizeF(f.pointSizeF() + 4);
    f.setBold(true);
    v->setFont(f);
    l->addWidget(c);
    l->addWidget(v);
    if (!note.isEmpty())
        l->addWidget(wrapped(note));
    return w;
}

QString explanation(const card::Statistics &stats)
{
    const auto t = stats.speedThresholds();
    const QLocale loc;
    auto tps = [&](int i) {
        return t[size_t(i)] > 0 ? loc.toString(qRound(t[size_t(i)])) : QStringLiteral("—");
    };
    QString html =
        tr("<p>Intelligence and Speed are percentile ranks among the catalog's models that "
           "report the AA Intelligence Index or a measured output speed. Cost uses fixed "
           "thresholds on the output price per million tokens.</p>");
    // Every text below is plain and escaped: "< $1" is a price, not the start of a tag.
    auto cell = [](const QString &text) { return text.toHtmlEscaped(); };
    html += "<table cellspacing=6><tr><th align=left>" + cell(tr("Intelligence")) +
            "</th><th align=left>" + cell(tr("Speed")) + "</th><th align=left>" + cell(tr("Cost")) +
            "</th></tr>";
    const QStringList limits = {"≤ 1%", "≤ 5%", "≤ 10%", "≤ 25%", "≤ 50%"};
    const QStringList cost = {tr("Free: open weights, self-host"), tr("Low: < $1 / M out"),
                              tr("Moderate: $1–5 / M out"), tr("High: ≥ $5 / M out"), QString()};
    for (int i = 0; i < 5; ++i)
        html += QStringLiteral("<tr><td>%1 %2</td><td>%3 ≥ %4 tok/s</td><td>%5</td></tr>")
                    .arg(cell(card::bucketLabel(card::Bucket(i), false)), cell(limits[i]),
                         cell(card::bucketLabel(card::Bucket(i), true)), tps(i), cell(cost[i]));
    html +=
        QStringLiteral("<tr><td>%1 &gt; 50%</td><td>%2 &lt; %3 tok/s</td><td></td></tr></table>")
            .arg(cell(card::bucketLabel(card::Bucket::Low, false)),
                 cell(card::bucketLabel(card::Bucket::Low, true)), tps(4));
    return html;
}

} // namespace

QLabel *heading(const QString &text)
{
    auto *l = new QLabel(text);
    l->setObjectName("sectionHeading");
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() + 2);
    f.setBold(true);
    l->setFont(f);
    l->setContentsMargins(0, 14, 0, 2);
    return l;
}

QWidget *buckets(const Catalog &catalog, const card::Statistics &stats, int model)
{
    const ModelRecord &m = catalog.data().models[model];
    auto *w = new QWidget;
    auto *outer = new QVBoxLayout(w);
    outer->setContentsMargins(0, 8, 0, 0);
    auto *row = new QHBoxLayout;
    const card::Rank intel = stats.intelligence(model);
    const card::Rank speed = stats.speed(model);
    const QLocale loc;
    row->addWidget(
        tile("intelligenceBucket",
             bilingualTr("cardsections", QT_TRANSLATE_NOOP("cardsections", "Intelligence")),
             card::bucketLabel(intel.bucket, false),
             intel.rank ? tr("Rank %1 of %2").arg(intel.rank).arg(intel.count) : QString()));
    row->addWidget(
        tile("speedBucket", bilingualTr("cardsections", QT_TRANSLATE_NOOP("cardsections", "Speed")),
             card::bucketLabel(speed.bucket, true),
             m.outputTps ? tr("%1 tok/s").arg(loc.toString(*m.outputTps, 'f', 0)) : QString()));
    const card::Cost cost = card::costBucket(m);
    QString costNote;
    if (m.priceInput && m.priceOutput)
        costNote =
            tr("$%1 in / $%2 out per M tokens")
                .arg(loc.toString(*m.priceInput, 'f', 2), loc.toString(*m.priceOutput, 'f', 2));
    else if (cost == card::Cost::Free)
        costNote = tr("Open weights — self-host");
    row->addWidget(tile("costBucket",
                        bilingualTr("cardsections", QT_TRANSLATE_NOOP("cardsections", "Cost")),
                        card::costLabel(cost), costNote));
    outer->addLayout(row);
    auto *how = new QToolButton;
    how->setObjectName("bucketHelp");
    how->setText(tr("How are Intelligence, Speed && Cost bucketed?"));
    how->setAutoRaise(true);
    const QString html = explanation(stats);
    QObject::connect(how, &QToolButton::clicked, how, [how, html] {
        auto *pop = new Popover(html, how);
        pop->setObjectName("bucketPopover");
        pop->popUp();
    });
    outer->addWidget(how, 0, Qt::AlignLeft);
    return w;
}

QWidget *capabilities(const Catalog &catalog, int model)
{
    const CatalogData &data = catalog.data();
    const ModelRecord &m = data.models[model];
    if (m.capabilities.isEmpty())
        return nullptr;
    const bool zh = labels::textLanguage() == QLatin1String("zh_CN");
    auto *w = new QWidget;
    auto *grid = new QGridLayout(w);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (const QString &id : m.capabilities) {
        for (const CapabilityRecord &c : data.capabilities) {
            if (c.id != id)
                continue;
            auto *chip = new QLabel(bilingual(c.name, c.nameZh));
            chip->setObjectName("capabilityChip");
            chip->setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 9px;"
                                " padding: 2px 10px; font-weight: bold; }");
            grid->addWidget(chip, row, 0, Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(wrapped(zh ? c.meaningZh : c.meaning), row, 1);
            ++row;
        }
    }
    grid->setColumnStretch(1, 1);
    return w;
}

QWidget *availability(const Catalog &catalog, int model)
{
    const ModelRecord &m = catalog.data().models[model];
    auto *w = new QWidget;
    auto *grid = new QGridLayout(w);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (const char *channel : {"api", "product", "open_source", "enterprise"}) {
        const QString state = m.availability.value(channel);
        if (state.isEmpty())
            continue;
        auto *caption = new QLabel(card::channelLabel(channel));
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(caption, row, 0);
        auto *value = new QLabel(card::stateLabel(state));
        value->setObjectName(QStringLiteral("availability_%1").arg(channel));
        grid->addWidget(value, row, 1);
        ++row;
    }
    auto *pricing = new QLabel(card::pricingLabel(m.pricingModel));
    pricing->setObjectName("pricingModel");
    QFont f = pricing->font();
    f.setBold(true);
    pricing->setFont(f);
    auto *caption = new QLabel(tr("Pricing model"));
    caption->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(caption, row, 0);
    grid->addWidget(pricing, row, 1);
    grid->addWidget(wrapped(card::pricingExplanation(m.pricingModel)), row + 1, 1);
    grid->setColumnStretch(1, 1);
    return w;
}

QWidget *bulletList(const QString &objectName, const QStringList &items)
{
    if (items.isEmpty())
        return nullptr;
    QString html = "<ul style='margin-left:-20px'>";
    for (const QString &item : items)
        html += "<li>" + item.toHtmlEscaped() + "</li>";
    auto *l = wrapped(html + "</ul>", nullptr, Qt::RichText);
    l->setObjectName(objectName);
    return l;
}

QWidget *evolution(const Catalog &catalog, int model)
{
    const CatalogData &data = catalog.data();
    QStringList parents, children, rivals;
    auto link = [&](int other, const QString &relation) {
        return QStringLiteral("<a href=\"model:%1\">%2</a> <span style='color:gray'>(%3)</span>")
            .arg(data.models[other].slug, labels::modelName(data.models[other]).toHtmlEscaped(),
                 card::relationLabel(relation).toHtmlEscaped());
    };
    for (int e : data.edgesOf(model)) {
        const LineageRecord &l = data.lineage[size_t(e)];
        // Rivalry is not descent: those edges get their own list.
        const bool lineage = relation::isLineage(l.relation);
        if (l.child == model)
            (lineage ? parents : rivals) << link(l.parent, l.relation);
        else if (l.parent == model)
            (lineage ? children : rivals) << link(l.child, l.relation);
    }
    if (parents.isEmpty() && children.isEmpty() && rivals.isEmpty())
        return nullptr;
    QString html;
    if (!parents.isEmpty())
        html += "<p><b>" + tr("Derives from").toHtmlEscaped() + "</b><br>" + parents.join("<br>") +
                "</p>";
    if (!children.isEmpty())
        html +=
            "<p><b>" + tr("Led to").toHtmlEscaped() + "</b><br>" + children.join("<br>") + "</p>";
    if (!rivals.isEmpty())
        html += "<p><b>" + tr("Compared with").toHtmlEscaped() + "</b><br>" + rivals.join("<br>") +
                "</p>";
    html += QStringLiteral("<p><a href=\"tree:%1\">%2</a></p>")
                .arg(data.models[model].slug, tr("View in the evolution tree →").toHtmlEscaped());
    auto *l = wrapped(html, "evolutionLinks", Qt::RichText);
    l->setOpenExternalLinks(false);
    return l;
}

QWidget *sources(const Catalog &catalog, int model)
{
    const ModelDetails d = catalog.details(model);
    if (d.sources.isEmpty())
        return nullptr;
    QString html;
    for (const SourceLink &s : d.sources)
        html +=
            QStringLiteral("<p><a href=\"%1\">%2</a><br><span style='color:gray'>%3</span></p>")
                .arg(s.url.toHtmlEscaped(), s.title.toHtmlEscaped(),
                     tr("Last verified %1").arg(labels::releaseDate(s.verified)).toHtmlEscaped());
    auto *l = wrapped(html, "sourceLinks", Qt::RichText);
    // Only web addresses leave the program, in the system browser; a source of any other
    // scheme (a file, a share, an editor) opens nothing.
    l->setOpenExternalLinks(false);
    QObject::connect(l, &QLabel::linkActivated, l, [](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    return l;
}

} // namespace cardsections
