#pragma once

// The catalog's only way to SQLite: a small RAII wrapper over its C API. Cells are read in place
// (no QVariant per cell, which costs seconds at a million models), parameters are always bound.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <initializer_list>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sqlite {

// One connection, used by one thread only (SQLite's own locking is left out).
class Database final
{
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file at `path`, read-only and immutable: SQLite takes no locks and never creates a
    // journal, -wal or -shm file beside it, so a catalog in a read-only folder opens too.
    static Database openReadOnly(const QString &path);
    // The file at `path` for writing, created when missing.
    static Database openReadWrite(const QString &path);
    // An in-memory database reading `image` (the bytes of a database file) in place,
    // read-only. `image` is not copied: it must outlive the connection. Several connections may
    // read one image at once.
    static Database openImage(QByteArrayView image);

    bool isOpen() const { return m_db != nullptr && m_error.isEmpty(); }
    // Why opening failed, or the last error of exec(); empty when none.
    QString error() const { return m_error; }
    // SQLite's message for the last failure, with the operating system's reason when there is
    // one ("disk I/O error (No space left on device)").
    QString lastMessage() const;
    sqlite3 *handle() const { return m_db; }

    // Runs statements without parameters or results.
    bool exec(const char *sql);

private:
    static Database open(const QByteArray &uri, int flags);
    sqlite3 *m_db = nullptr;
    QString m_error;
};

// One prepared statement. Parameters are numbered from 1, columns from 0.
class Statement final
{
public:
    Statement(const Database &db, const char *sql);
    // With integer parameters bound in order.
    Statement(const Database &db, const char *sql, std::initializer_list<qint64> parameters);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int i, qint64 value);
    void bind(int i, int value) { bind(i, qint64(value)); }
    void bind(int i, double value);
    void bind(int i, const QString &text); // a null QString binds NULL
    void bind(int i, const char *text) { bind(i, QString::fromUtf8(text)); }
    void bindBlob(int i, QByteArrayView bytes); // never NULL: an empty view is a zero-length blob
    void bindNull(int i);
    template <typename T> void bind(int i, const std::optional<T> &value)
    {
        if (value)
            bind(i, *value);
        else
            bindNull(i);
    }

    // Steps to the next row; false at the end or on an error (see error()).
    bool next();
    // Runs a statement that returns no rows; false on an error.
    bool run();
    // Makes the statement ready to run again with new parameters.
    void reset();
    QString error() const { return m_error; }

    bool isNull(int i) const;
    bool isInteger(int i) const;
    qint64 integer(int i) const;
    double real(int i) const;
    // The cell as UTF-8 text (empty for NULL), valid until the next step.
    QByteArrayView bytes(int i) const;
    QString text(int i) const { return QString::fromUtf8(bytes(i)); }
    // A number, or nothing for NULL and for text or a blob where a number belongs: a value of
    // the wrong type is not reported, never read as 0.
    bool isNumber(int i) const;
    std::optional<qint64> optionalInt(int i) const
    {
        return isNumber(i) ? std::optional<qint64>(integer(i)) : std::nullopt;
    }
    std::optional<double> optionalDouble(int i) const
    {
        return isNumber(i) ? std::optional<double>(real(i)) : std::nullopt;
    }
    int columns() const;

private:
    void keep(int rc);
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

// A transaction that rolls back unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace sqlite
