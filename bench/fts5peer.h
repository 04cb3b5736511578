#pragma once

#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

// The peer for search: SQLite FTS5 with the trigram tokenizer over the same normalised names,
// answering "how many match, and the 100 most notable" with MATCH (3+ bytes) or LIKE.
class Fts5Peer final
{
public:
    ~Fts5Peer();
    // Opens `path`, building it from `texts` / `notability` when it does not exist yet.
    bool open(const QString &path, const std::vector<std::string> &texts,
              const std::vector<int> &notability, QString *error);
    // Returns the match count; fills `top` with up to `limit` rowids.
    qint64 search(const std::string &normalised, int limit, std::vector<qint64> *top);

private:
    sqlite3 *m_db = nullptr;
};
