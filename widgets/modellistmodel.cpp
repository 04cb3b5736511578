#include "modellistmodel.h"

#include "cataloglabels.h"
#include "records.h"

ModelListModel::ModelListModel(const CatalogData &data, QObject *parent)
    : QAbstractTableModel(parent), m_data(data)
{
    m_searchText.reserve(qsizetype(data.models.size()));
    for (const ModelRecord &m : data.models) {
        QStringList parts{m.name, m.nameZh, m.slug};
        parts += m.aliases;
        if (const OrgRecord *org = data.org(m.org))
            parts << org->name << org->nameZh << org->aliases;
        // A separator keeps a match from spanning two names.
        m_searchText << normalise(parts.join(QChar(0x1f))).replace(QChar(0x1f), "|");
    }
}

QString ModelListModel::normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
        else if (c == QChar(0x1f))
            out += c;
    }
    return out;
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.models.size());
}

int ModelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_data.models.size()))
        return {};
    const ModelRecord &m = m_data.models[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return labels::modelName(m);
        case OrgColumn:
            return labels::orgName(m_data, m.org);
        case ReleasedColumn:
            return m.released;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !m.nameZh.isEmpty())
            return m.name + " · " + m.nameZh;
        break;
    case SlugRole:
        return m.slug;
    case ModelIndexRole:
        return index.row();
    case SearchTextRole:
        return m_searchText.at(index.row());
    }
    return {};
}

QVariant ModelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrgColumn:
        return tr("Organisation");
    case ReleasedColumn:
        return tr("Released");
    }
    return {};
}
