#include "sqlite.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <utility>

#include <sqlite3.h>

namespace sqlite {

namespace {

QString messageOf(sqlite3 *db)
{
    // The reason of the system call that failed last, before anything else can change it.
    const int lastErrno = errno;
    if (!db)
        return QStringLiteral("out of memory");
    QString message = QString::fromUtf8(sqlite3_errmsg(db));
    // The operating system's reason is added only for the failures it can explain. SQLite does
    // not keep it for every failed write (not for one past the file size limit), so errno is
    // the fallback.
    const int primary = sqlite3_extended_errcode(db) & 0xff;
    const bool system = primary == SQLITE_IOERR || primary == SQLITE_FULL ||
                        primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY ||
                        primary == SQLITE_PERM;
    int code = sqlite3_system_errno(db);
    if (code == 0 && primary != SQLITE_READONLY && primary != SQLITE_PERM)
        code = lastErrno;
    if (system && code != 0)
        message += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(code)));
    return message;
}

// A file: URI naming `path`, with every character SQLite could read as syntax escaped.
QByteArray uriOf(const QString &path, const char *query)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return "file://" + absolute.toPercentEncoding("/") + query;
}

} // namespace

Database::~Database()
{
    sqlite3_close(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_error(std::move(other.m_error))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Database Database::open(const QByteArray &uri, int flags)
{
    Database d;
    if (sqlite3_open_v2(uri.constData(), &d.m_db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        d.m_error = messageOf(d.m_db);
        sqlite3_close(d.m_db);
        d.m_db = nullptr;
    } else {
        sqlite3_extended_result_codes(d.m_db, 1);
    }
    return d;
}

Database Database::openReadOnly(const QString &path)
{
    return open(uriOf(path, "?mode=ro&immutable=1"), SQLITE_OPEN_READONLY);
}

Database Database::openReadWrite(const QString &path)
{
    return open(uriOf(path, ""), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

Database Database::openImage(QByteArrayView image)
{
    Database d = open(":memory:", SQLITE_OPEN_READWRITE);
    if (!d.isOpen())
        return d;
    // Without SQLITE_DESERIALIZE_FREEONCLOSE or RESIZEABLE SQLite never frees or grows the
    // buffer, and read-only it never writes to it.
    auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(image.data()));
    if (sqlite3_deserialize(d.m_db, "main", bytes, image.size(), image.size(),
                            SQLITE_DESERIALIZE_READONLY) != SQLITE_OK)
        d.m_error = messageOf(d.m_db);
    return d;
}

QString Database::lastMessage() const
{
    return messageOf(m_db);
}

bool Database::exec(const char *sql)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_error = messageOf(m_db);
    return false;
}

Statement::Statement(const Database &db, const char *sql) : m_db(db.handle())
{
    if (!m_db) {
        m_error = QStringLiteral("the database is not open");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = messageOf(m_db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::Statement(const Database &db, const char *sql, std::initializer_list<qint64> parameters)
    : Statement(db, sql)
{
    int i = 0;
    for (qint64 p : parameters)
        bind(++i, p);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::keep(int rc)
{
    if (rc != SQLITE_OK && m_error.isEmpty())
        m_error = messageOf(m_db);
}

void Statement::bind(int i, qint64 value)
{
    if (m_stmt)
        keep(sqlite3_bind_int64(m_stmt, i, value));
}

void Statement::bind(int i, double value)
{
    if (m_stmt)
        keep(sqlite3_bind_double(m_stmt, i, value));
}

void Statement::bind(int i, const QString &text)
{
    if (!m_stmt)
        return;
    if (text.isNull())
        return bindNull(i);
    const QByteArray utf8 = text.toUtf8();
    keep(sqlite3_bind_text64(m_stmt, i, utf8.constData(), sqlite3_uint64(utf8.size()),
                             SQLITE_TRANSIENT, SQLITE_UTF8));
}

void Statement::bindBlob(int i, QByteArrayView bytes)
{
    if (m_stmt)
        keep(sqlite3_bind_blob64(m_stmt, i, bytes.data() ? bytes.data() : "",
                                 sqlite3_uint64(bytes.size()), SQLITE_STATIC));
}

void Statement::bindNull(int i)
{
    if (m_stmt)
        keep(sqlite3_bind_null(m_stmt, i));
}

bool Statement::next()
{
    if (!m_stmt || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = messageOf(m_db);
    return false;
}

bool Statement::run()
{
    while (next()) {
    }
    return m_error.isEmpty() && m_stmt;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

bool Statement::isInteger(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_INTEGER;
}

bool Statement::isNumber(int i) const
{
    const int type = sqlite3_column_type(m_stmt, i);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

qint64 Statement::integer(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

double Statement::real(int i) const
{
    return sqlite3_column_double(m_stmt, i);
}

QByteArrayView Statement::bytes(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, i)) : QByteArrayView();
}

int Statement::columns() const
{
    return sqlite3_column_count(m_stmt);
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_active = m_db.exec("BEGIN");
}

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.exec("COMMIT"))
        return true;
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

} // namespace sqlite
