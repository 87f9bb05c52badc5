#include "pgsyncserver.h"
#include "common/flatjson.h"
#include "storage/productrepository.h"

#include "sync/copytext.h"
#include "sync/pgerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <pqxx/pqxx>

#include <future>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bodega {

namespace {

QString str(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str(), int(f.size()));
}

// One COPY row of the catalog (columns as in snapshot()) straight into a
// Product: a million of them pass here on a first sync, so no JSON object
// is built per row.
Product productFromCopy(const QVector<QString> &f)
{
    Product p;
    p.id = f.at(0);
    p.sku = f.at(1);
    p.barcode = f.at(2);
    p.name = f.at(3);
    if (auto keywords = FlatJson::readArray(f.at(4))) {
        p.keywords = *keywords;
    } else {
        for (const QJsonValue &k : QJsonDocument::fromJson(f.at(4).toUtf8()).array())
            p.keywords << k.toString();
    }
    p.description = f.at(5);
    p.descriptionGenerated = f.at(6) == QLatin1String("t");
    p.category = f.at(7);
    p.categoryGenerated = f.at(8) == QLatin1String("t");
    p.unit = unitFromCode(f.at(9)).value_or(UnitOfMeasure::Unit);
    const QString currency = f.at(12).trimmed();
    p.price = Money(f.at(10).toLongLong(), currency);
    p.cost = Money(f.at(11).toLongLong(), currency);
    p.taxRateBasisPoints = f.at(13).toInt();
    p.threshold = Quantity::fromMilli(f.at(14).toLongLong());
    p.supplier = f.at(15);
    p.active = f.at(16) == QLatin1String("t");
    p.fieldClock = ProductRepository::fieldClockFromJson(f.at(17));
    p.updatedAt = CopyText::timestamp(f.at(18));
    p.createdAt = p.updatedAt;
    return p;
}

} // namespace

namespace {

// What every connection of a terminal needs, the second one of an upload
// included.
void prepareSession(pqxx::connection &conn)
{
    pqxx::nontransaction q(conn);
    q.exec0("SET search_path = bodega");
    q.exec0("SET TimeZone = 'UTC'"); // timestamps come back as +00
    q.commit();
}

class Listener final : public pqxx::notification_receiver
{
public:
    Listener(pqxx::connection &conn, const std::string &channel, int &counter)
        : pqxx::notification_receiver(conn, channel), m_counter(counter)
    {
    }
    void operator()(const std::string &, int) override { ++m_counter; }

private:
    int &m_counter;
};

} // namespace

// A batch the server checks (check_events) in its own transaction on one of
// the two connections, on a thread of its own, while the batch before it is
// applied on the other.
struct PgSyncServer::Checking
{
    QByteArray json;
    pqxx::connection *conn = nullptr;
    std::unique_ptr<pqxx::work> tx; // rolled back unless apply_checked() commits it
    std::future<std::optional<Error>> checked;
    ~Checking()
    {
        if (checked.valid())
            checked.wait(); // the thread is done with tx before tx goes
    }
};

struct PgSyncServer::Connection
{
    explicit Connection(const std::string &options) : conn(options) {}
    ~Connection()
    {
        checking.reset(); // before the connection it runs on
        listener.reset(); // before its connection
    }

    pqxx::connection conn;
    std::unique_ptr<Listener> listener;
    int notifications = 0;
    bool serverChecksAhead = false; // schema 8 or later
    std::unique_ptr<pqxx::connection> spare;
    std::unique_ptr<Checking> checking;
};

PgSyncServer::PgSyncServer(ServerAddress address, QString password, QString applicationName)
    : m_address(std::move(address)), m_password(std::move(password)),
      m_applicationName(std::move(applicationName))
{
}

Result<std::unique_ptr<SyncServer>> PgSyncServer::forTerminal(const RegisteredTerminal &terminal,
                                                              const CredentialStore &credentials)
{
    auto password = credentials.load(terminal.role);
    if (!password)
        return Error{ErrorCode::NotConfigured,
                     QCoreApplication::translate("bodega::Sync",
                                                 "The password of terminal %1 is missing; register "
                                                 "it again (bodegactl sync register)")
                         .arg(terminal.code),
                     {}};
    return std::unique_ptr<SyncServer>(std::make_unique<PgSyncServer>(
        terminal.address, *password, QStringLiteral("bodega-%1").arg(terminal.code)));
}

PgSyncServer::~PgSyncServer()
{
    disconnect();
}

void PgSyncServer::disconnect()
{
    m_c.reset();
}

Result<TerminalIdentity> PgSyncServer::connect()
{
    disconnect();
    try {
        m_c =
            std::make_unique<Connection>(m_address.connectionString(m_password, m_applicationName));
        prepareSession(m_c->conn);
        pqxx::nontransaction q(m_c->conn);
        // Row-level security shows a terminal its own row only.
        const pqxx::result r = q.exec("SELECT id, store_id, code FROM terminals");
        if (r.size() != 1) {
            disconnect();
            return Error{
                ErrorCode::NotConfigured,
                QCoreApplication::translate(
                    "bodega::Sync", "This login is not a registered terminal of the server"),
                {}};
        }
        m_identity = {str(r[0][0]), str(r[0][1]), str(r[0][2])};
        m_c->serverChecksAhead =
            q.exec1("SELECT to_regprocedure('bodega.apply_checked()') IS NOT NULL")[0].as<bool>();
        q.commit();
        QString storeHex = m_identity.storeId;
        storeHex.remove(QLatin1Char('-'));
        const std::string channel = "bodega_feed_" + storeHex.toStdString();
        m_c->listener = std::make_unique<Listener>(m_c->conn, channel, m_c->notifications);
        return m_identity;
    } catch (const std::exception &e) {
        disconnect();
        return errorFromPqxx(e, QStringLiteral("connect"));
    }
}

Status PgSyncServer::ensureConnected()
{
    if (m_c && m_c->conn.is_open())
        return {};
    auto c = connect();
    if (!c)
        return c.error();
    return {};
}

Result<QVector<ApplyOutcome>> PgSyncServer::apply(const QByteArray &envelopesJson)
{
    return applyAndCheckNext(envelopesJson, {});
}

// The upload is over when the engine says so or turns to the feed: a batch
// still checked ahead is rolled back, and the second connection closed, so
// that an idle terminal holds one server connection, not two.
void PgSyncServer::endUpload()
{
    if (!m_c)
        return;
    m_c->checking.reset();
    m_c->spare.reset();
}

void PgSyncServer::startChecking(const QByteArray &envelopesJson, bool onSpare)
{
    pqxx::connection *conn = &m_c->conn;
    if (onSpare) {
        if (!m_c->spare || !m_c->spare->is_open()) {
            m_c->spare.reset();
            try {
                m_c->spare = std::make_unique<pqxx::connection>(m_address.connectionString(
                    m_password, m_applicationName + QStringLiteral("-check")));
                prepareSession(*m_c->spare);
            } catch (const std::exception &e) {
                m_c->spare.reset();
                // The upload goes on one batch at a time; the apply itself
                // will tell whether the server is there.
                qCWarning(lcSync) << "no second connection:" << e.what();
                return;
            }
        }
        conn = m_c->spare.get();
    }
    auto checking = std::make_unique<Checking>();
    checking->json = envelopesJson;
    checking->conn = conn;
    Checking *c = checking.get();
    checking->checked = std::async(std::launch::async, [c]() -> std::optional<Error> {
        try {
            c->tx = std::make_unique<pqxx::work>(*c->conn);
            c->tx->exec_params("SELECT bodega.check_events($1::jsonb)",
                               std::string(c->json.constData(), size_t(c->json.size())));
            return std::nullopt;
        } catch (const std::exception &e) {
            return errorFromPqxx(e, QStringLiteral("check"));
        }
    });
    m_c->checking = std::move(checking);
}

Result<QVector<ApplyOutcome>> PgSyncServer::applyAndCheckNext(const QByteArray &envelopesJson,
                                                              const QByteArray &nextEnvelopesJson)
{
    // The check's thread may still be using a connection that
    // ensureConnected() looks at.
    if (m_c && m_c->checking)
        m_c->checking->checked.wait();
    if (auto s = ensureConnected(); !s)
        return s.error();
    // The batch checked ahead, if this is it; any other (the engine is
    // halving a batch the server refused) is rolled back unused.
    std::unique_ptr<Checking> checked = std::move(m_c->checking);
    if (checked && checked->json != envelopesJson)
        checked.reset();
    pqxx::connection &conn = checked ? *checked->conn : m_c->conn;
    if (!nextEnvelopesJson.isEmpty() && m_c->serverChecksAhead)
        startChecking(nextEnvelopesJson, &conn == &m_c->conn);
    try {
        pqxx::result r;
        if (checked && !checked->checked.get()) {
            r = checked->tx->exec("SELECT event_id, outcome, problem FROM bodega.apply_checked()");
            checked->tx->commit();
        } else {
            // Not checked ahead, or the check failed: the one-call way, which
            // reports what the check found just as well.
            checked.reset();
            pqxx::work tx(conn);
            r = tx.exec_params(
                "SELECT event_id, outcome, problem FROM bodega.apply_events($1::jsonb)",
                std::string(envelopesJson.constData(), size_t(envelopesJson.size())));
            tx.commit();
        }
        QVector<ApplyOutcome> out;
        out.reserve(int(r.size()));
        for (const auto &row : r) {
            ApplyOutcome o;
            o.eventId = str(row[0]);
            const QString kind = str(row[1]);
            o.kind = kind == QLatin1String("applied")     ? ApplyOutcome::Kind::Applied
                     : kind == QLatin1String("duplicate") ? ApplyOutcome::Kind::Duplicate
                                                          : ApplyOutcome::Kind::Rejected;
            o.problem = str(row[2]);
            out.push_back(o);
        }
        return out;
    } catch (const std::exception &e) {
        const Error err = errorFromPqxx(e, QStringLiteral("apply"));
        checked.reset(); // its transaction goes before its connection may
        if (err.code != ErrorCode::ServerRejected)
            disconnect();
        return err;
    }
}

Result<QVector<FeedEntry>> PgSyncServer::feedAfter(qint64 cursor, int limit)
{
    endUpload();
    if (auto s = ensureConnected(); !s)
        return s.error();
    try {
        pqxx::read_transaction tx(m_c->conn);
        // A sale comes with the code of the terminal that made it; this
        // terminal's own sales come without their payload (it has them).
        const pqxx::result r = tx.exec_params(
            "SELECT f.seq, f.entity, f.entity_id, f.origin_terminal, "
            "       CASE WHEN f.entity <> 'sale' THEN f.payload "
            "            WHEN f.origin_terminal = $4 THEN NULL "
            "            ELSE f.payload || jsonb_build_object('terminal', t.code) END "
            "FROM change_feed f LEFT JOIN store_terminals t ON t.id = f.origin_terminal "
            "WHERE f.store_id = $1 AND f.seq > $2 ORDER BY f.seq LIMIT $3",
            m_identity.storeId.toStdString(), cursor, limit, m_identity.terminalId.toStdString());
        QVector<FeedEntry> out;
        out.reserve(int(r.size()));
        for (const auto &row : r) {
            FeedEntry e;
            e.seq = row[0].as<long long>();
            e.entity = str(row[1]);
            e.entityId = str(row[2]);
            e.originTerminal = str(row[3]);
            e.payload =
                QJsonDocument::fromJson(QByteArray(row[4].c_str(), int(row[4].size()))).object();
            out.push_back(e);
        }
        return out;
    } catch (const std::exception &e) {
        disconnect();
        return errorFromPqxx(e, QStringLiteral("feed"));
    }
}

Result<qint64> PgSyncServer::snapshot(const ProductSink &products, const LevelSink &levels)
{
    endUpload();
    if (auto s = ensureConnected(); !s)
        return s.error();
    // The catalog's columns in the order productFromCopy() reads them.
    static const std::vector<std::string> productColumns = {"id",
                                                            "sku",
                                                            "barcode",
                                                            "name",
                                                            "keywords",
                                                            "description",
                                                            "description_generated",
                                                            "category",
                                                            "category_generated",
                                                            "unit",
                                                            "price",
                                                            "cost",
                                                            "currency",
                                                            "tax_rate_bp",
                                                            "threshold_milli",
                                                            "supplier",
                                                            "active",
                                                            "field_hlc",
                                                            "updated_at"};
    try {
        // One snapshot for the cursor, the catalog and the levels: rows
        // committed later have a higher feed seq and arrive through the feed.
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(m_c->conn);
        const qint64 cursor =
            tx.exec_params1("SELECT coalesce(max(seq), 0) FROM change_feed WHERE store_id = $1",
                            m_identity.storeId.toStdString())[0]
                .as<long long>();
        {
            // COPY ... TO STDOUT honours row-level security, so the terminal
            // streams its own store's catalog only.
            pqxx::stream_from stream(tx, "products", productColumns);
            std::string line;
            QVector<QString> fields;
            while (stream.get_raw_line(line)) {
                CopyText::split(line, fields);
                if (fields.size() != int(productColumns.size()))
                    return Error{
                        ErrorCode::ServerRejected,
                        QCoreApplication::translate(
                            "bodega::Sync", "The server sent a row the first sync does not expect"),
                        {}};
                const Product p = productFromCopy(fields);
                if (auto s = products(p); !s) {
                    stream.complete();
                    return s.error();
                }
            }
            stream.complete();
        }
        {
            pqxx::stream_from stream(tx, "stock_levels",
                                     std::vector<std::string>{"product_id", "qty_milli"});
            std::string line;
            QVector<QString> fields;
            while (stream.get_raw_line(line)) {
                CopyText::split(line, fields);
                if (fields.size() != 2)
                    continue;
                if (auto s = levels(fields.at(0), fields.at(1).toLongLong()); !s) {
                    stream.complete();
                    return s.error();
                }
            }
            stream.complete();
        }
        tx.commit();
        return cursor;
    } catch (const std::exception &e) {
        disconnect();
        return errorFromPqxx(e, QStringLiteral("snapshot"));
    }
}

Result<bool> PgSyncServer::waitForChange(int timeoutMs)
{
    endUpload();
    if (auto s = ensureConnected(); !s)
        return s.error();
    try {
        const int before = m_c->notifications;
        m_c->conn.get_notifs(); // anything that arrived while we were busy
        if (m_c->notifications == before)
            m_c->conn.await_notification(timeoutMs / 1000, (timeoutMs % 1000) * 1000);
        return m_c->notifications != before;
    } catch (const std::exception &e) {
        disconnect();
        return errorFromPqxx(e, QStringLiteral("listen"));
    }
}

} // namespace bodega
