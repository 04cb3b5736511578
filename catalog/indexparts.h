#pragma once

// Named blocks of bytes: how a search index is stored beside its catalog and read back.
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <string>
#include <vector>

class IndexParts
{
public:
    virtual ~IndexParts() = default;
    // The size of the part in bytes, or -1 when there is no such part.
    virtual qint64 size(const QString &name) const = 0;
    virtual bool read(const QString &name, void *into, qint64 bytes) const = 0;
};

using IndexPartWriter = std::function<bool(const QString &name, QByteArrayView bytes)>;

namespace indexparts {

template <typename T> bool read(const IndexParts &parts, const QString &name, std::vector<T> &into)
{
    const qint64 bytes = parts.size(name);
    if (bytes < 0 || bytes % qint64(sizeof(T)) != 0)
        return false;
    into.resize(size_t(bytes) / sizeof(T));
    into.shrink_to_fit();
    return bytes == 0 || parts.read(name, into.data(), bytes);
}

inline bool read(const IndexParts &parts, const QString &name, std::string &into)
{
    const qint64 bytes = parts.size(name);
    if (bytes < 0)
        return false;
    into.resize(size_t(bytes));
    into.shrink_to_fit();
    return bytes == 0 || parts.read(name, into.data(), bytes);
}

template <typename T>
bool write(const IndexPartWriter &write, const QString &name, const std::vector<T> &v)
{
    return write(name, QByteArrayView(reinterpret_cast<const char *>(v.data()),
                                      qsizetype(v.size() * sizeof(T))));
}

inline bool write(const IndexPartWriter &write, const QString &name, const std::string &s)
{
    return write(name, QByteArrayView(s.data(), qsizetype(s.size())));
}

} // namespace indexparts
