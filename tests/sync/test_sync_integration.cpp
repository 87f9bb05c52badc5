// Sync against a real PostgreSQL 15 (the CTest fixture's throwaway cluster),
// with real bodegactl processes as terminals (issue 3, "Real PostgreSQL in
// tests").
#include "pg/pgcluster.h"
#include "pg/tcpproxy.h"
#include "security/credentialstore.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"
#include "sync/pgsyncserver.h"
#include "sync/servermigrator.h"
#include "sync/syncengine.h"
#include "sync/syncjournal.h"
#include "sync/terminalregistration.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <csignal>
#include <iostream>
#include <QFileInfo>
#include <unistd.h>

using namespace bodega;
using bodega::test::PgCluster;
using bodega::test::TcpProxy;

namespace {

using bodega::test::CtlRun;

// One terminal: its own store file, credentials and log, like a separate PC.
struct Terminal
{
    explicit Terminal(const QString &root, const QString &code) : code(code)
    {
        dir = root + QLatin1Char('/') + code;
        QDir().mkpath(dir);
        db = dir + QStringLiteral("/store.sqlite");
    }

    QProcess *start(const QStringList &args) const
    {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BODEGA_LOG"), dir + QStringLiteral("/log.jsonl"));
        env.insert(QStringLiteral("BODEGA_CREDENTIALS_DIR"), dir + QStringLiteral("/credentials"));
        // Each terminal's own QSettings (receipt printer and roll).
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("BODEGA_SERVER_PASSWORD"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(BODEGA_CTL_PATH),
                 QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + args);
        return p;
    }

    CtlRun run(const QStringList &args) const
    {
        std::unique_ptr<QProcess> p(start(args));
        EXPECT_TRUE(p->waitForFinished(300000));
        CtlRun r;
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        return r;
    }

    CtlRun sync() const
    {
        return run({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once")});
    }

    qint64 stockOf(const QString &sku) const
    {
        const CtlRun r = run({QStringLiteral("product"), QStringLiteral("show"), sku});
        return qint64(r.json().value(QStringLiteral("stock")).toDouble() * 1000);
    }

    // Reads the store file directly (as a support engineer with sqlite3 would).
    qint64 scalar(const QString &sql) const
    {
        const QString name = QStringLiteral("peek-%1").arg(quintptr(this));
        qint64 v = -1;
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(db);
            if (d.open()) {
                QSqlQuery q(d);
                if (q.exec(sql) && q.next())
                    v = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return v;
    }

    bool exec(const QString &sql) const
    {
        const QString name = QStringLiteral("poke-%1").arg(quintptr(this));
        bool ok = false;
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(db);
            ok = d.open() && QSqlQuery(d).exec(sql);
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QString code;
    QString dir;
    QString db;
};

class SyncIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_root.isValid());
        QString error;
        m_dbName = PgCluster::uniqueName(QStringLiteral("sync"));
        m_ownerUrl = PgCluster::shared().createDatabaseWithOwner(m_dbName, &error);
        ASSERT_FALSE(m_ownerUrl.isEmpty()) << error.toStdString();
        m_ownerUrl += QStringLiteral("?sslmode=disable");
        const CtlRun migrated = admin().run({QStringLiteral("server"), QStringLiteral("migrate"),
                                             QStringLiteral("--url"), m_ownerUrl});
        ASSERT_EQ(migrated.exitCode, 0) << migrated.text();
    }

    Terminal admin() const { return Terminal(m_root.path(), QStringLiteral("admin")); }

    // The owner URL pointing at another port (a proxy in front of the server).
    QString ownerUrlVia(quint16 port) const
    {
        QUrl url(m_ownerUrl);
        url.setPort(port);
        return url.toString();
    }

    Terminal terminal(const QString &code, const QString &store = QStringLiteral("Tienda Centro"),
                      const QString &url = {})
    {
        Terminal t(m_root.path(), code);
        const CtlRun r =
            t.run({QStringLiteral("sync"), QStringLiteral("register"), QStringLiteral("--url"),
                   url.isEmpty() ? m_ownerUrl : url, QStringLiteral("--store"), store,
                   QStringLiteral("--terminal"), code});
        EXPECT_EQ(r.exitCode, 0) << r.text();
        return t;
    }

    QStringList server(const QString &sql) const
    {
        QString error;
        QUrl url(m_ownerUrl);
        url.setQuery(QString());
        const QStringList rows = PgCluster::query(url.toString(), sql, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString() << " in " << sql.toStdString();
        return rows;
    }
    qint64 serverScalar(const QString &sql) const { return server(sql).value(0).toLongLong(); }

    // A server of the test's own (one it stops or reconfigures), in dir; the
    // cluster's user must be able to traverse the folder.
    static std::unique_ptr<PgCluster> privateCluster(const QTemporaryDir &dir, QString *error)
    {
        if (!dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return nullptr;
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        return PgCluster::start(dir.path() + QStringLiteral("/pg"), error);
    }

    // The server as the terminal's own login role sees it (its role name
    // from `sync status`, its password from its credentials file).
    QString terminalUrl(const Terminal &t) const
    {
        const CtlRun status = t.run({QStringLiteral("sync"), QStringLiteral("status")});
        EXPECT_EQ(status.exitCode, 0) << status.text();
        const QString role =
            QUrl(status.json().value(QStringLiteral("server")).toString()).userName();
        QFile pwFile(t.dir + QStringLiteral("/credentials/") + role);
        EXPECT_TRUE(pwFile.open(QIODevice::ReadOnly)) << role.toStdString();
        QUrl url(m_ownerUrl);
        url.setQuery(QString());
        url.setUserName(role);
        url.setPassword(QString::fromUtf8(pwFile.readAll()));
        return url.toString();
    }

    static void addProduct(const Terminal &t, const QString &sku, int stock)
    {
        const CtlRun r =
            t.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Producto %1").arg(sku), QStringLiteral("--sku"), sku,
                   QStringLiteral("--price"), QStringLiteral("2500"), QStringLiteral("--stock"),
                   QString::number(stock), QStringLiteral("--no-ai")});
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }

    static void sell(const Terminal &t, const QString &sku, int qty)
    {
        const CtlRun r =
            t.run({QStringLiteral("sell"), sku, QStringLiteral("--qty"), QString::number(qty)});
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }

    QTemporaryDir m_root;
    QString m_dbName;
    QString m_ownerUrl;
};

TEST_F(SyncIntegration, MigrateIsIdempotentAndRefusesANewerServerSchema)
{
    const CtlRun again = admin().run(
        {QStringLiteral("server"), QStringLiteral("migrate"), QStringLiteral("--url"), m_ownerUrl});
    ASSERT_EQ(again.exitCode, 0) << again.text();
    // The fixture migrated already: nothing to do the second time.
    EXPECT_EQ(again.json().value(QStringLiteral("from_version")).toInt(),
              ServerMigrator::latestVersion());
    EXPECT_EQ(again.json().value(QStringLiteral("schema_version")).toInt(),
              ServerMigrator::latestVersion());
    EXPECT_GE(ServerMigrator::latestVersion(), 2);
    server(QStringLiteral("INSERT INTO bodega.schema_migrations (version) VALUES (999)"));
    const CtlRun newer = admin().run(
        {QStringLiteral("server"), QStringLiteral("migrate"), QStringLiteral("--url"), m_ownerUrl});
    EXPECT_EQ(newer.exitCode, 5) << newer.text();
    EXPECT_EQ(newer.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("SCHEMA_TOO_NEW"));
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT max(version) FROM bodega.schema_migrations")),
              999);
}

TEST_F(SyncIntegration, TerminalRoleIsLeastPrivilegedAndSeesOnlyItsStore)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    Terminal other = terminal(QStringLiteral("T09"), QStringLiteral("Tienda Norte"));
    addProduct(t1, QStringLiteral("CEN-1"), 5);
    addProduct(other, QStringLiteral("NOR-1"), 5);
    ASSERT_EQ(t1.sync().exitCode, 0);
    ASSERT_EQ(other.sync().exitCode, 0);

    const CtlRun reg = t1.run({QStringLiteral("sync"), QStringLiteral("status")});
    ASSERT_EQ(reg.exitCode, 0) << reg.text();
    const QString role = QUrl(reg.json().value(QStringLiteral("server")).toString()).userName();
    ASSERT_TRUE(role.startsWith(QStringLiteral("bodega_t_"))) << role.toStdString();

    // The password is not in the store's settings, and its file is private.
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%%1%'")
                            .arg(QStringLiteral("password"))),
              0);
    const QString credential = t1.dir + QStringLiteral("/credentials/") + role;
    ASSERT_TRUE(QFile::exists(credential));
    EXPECT_EQ(QFile::permissions(credential) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              0);
    QFile pwFile(credential);
    ASSERT_TRUE(pwFile.open(QIODevice::ReadOnly));
    const QString password = QString::fromUtf8(pwFile.readAll());
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE instr(value, '%1') > 0")
                            .arg(password)),
              0);

    EXPECT_EQ(
        server(QStringLiteral(
                   "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication "
                   "FROM pg_roles WHERE rolname = '%1'")
                   .arg(role)),
        QStringList{QStringLiteral("f|f|f|f|f")});
    EXPECT_EQ(
        serverScalar(
            QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                           "WHERE r.rolname = '%1'")
                .arg(role)),
        0); // owns nothing
    EXPECT_EQ(
        serverScalar(
            QStringLiteral("SELECT count(*) FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
                           "WHERE r.rolname = '%1'")
                .arg(role)),
        0);

    const QUrl asTerminal(terminalUrl(t1));
    QString error;
    const QStringList visible =
        PgCluster::query(asTerminal.toString(),
                         QStringLiteral("SELECT sku FROM bodega.products ORDER BY sku"), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(visible, QStringList{QStringLiteral("CEN-1")}); // not Tienda Norte's
    EXPECT_EQ(
        PgCluster::query(asTerminal.toString(),
                         QStringLiteral("SELECT count(*) FROM bodega.change_feed WHERE store_id <> "
                                        "(SELECT store_id FROM bodega.terminals)"),
                         &error),
        QStringList{QStringLiteral("0")});
    EXPECT_EQ(PgCluster::query(asTerminal.toString(),
                               QStringLiteral("SELECT count(*) FROM bodega.terminals"), &error),
              QStringList{QStringLiteral("1")});
    // The codes of the store's own terminals are readable (sales in the feed
    // name their till), not those of other stores.
    EXPECT_EQ(PgCluster::query(asTerminal.toString(),
                               QStringLiteral("SELECT code FROM bodega.store_terminals"), &error),
              QStringList{QStringLiteral("T01")});
    // Writes go through apply_events only.
    for (const QString &sql :
         {QStringLiteral("UPDATE bodega.stock_levels SET qty_milli = 999999"),
          QStringLiteral("DELETE FROM bodega.applied_events"),
          QStringLiteral("INSERT INTO bodega.change_feed (store_id, entity, entity_id, "
                         "origin_terminal, payload) "
                         "SELECT store_id, 'stock', id, id, '{}' FROM bodega.terminals"),
          QStringLiteral("SELECT * FROM bodega.register_terminal('x', 'COP', 'T77', 'pw')"),
          QStringLiteral("CREATE TABLE bodega.mine (x int)"),
          // Only apply_events itself: the staging it does inside is not callable.
          QStringLiteral("SELECT bodega.stage_events('[]'::jsonb, false, 'COP')"),
          // Nor the halves of schema 8's two-call apply on their own: a
          // terminal may not hand the apply another terminal's identity.
          QStringLiteral("SELECT bodega.stage_checked('[]'::jsonb, 'COP')"),
          QStringLiteral("SELECT * FROM bodega.apply_staged_events('[]'::jsonb, "
                         "(SELECT id FROM bodega.terminals), 'T77', (SELECT store_id FROM "
                         "bodega.terminals))"),
          QStringLiteral("SELECT * FROM bodega.calling_terminal()"),
          // No temporary tables either: apply_events stages batches in the
          // session's temporary schema and must find only its own tables.
          QStringLiteral("CREATE TEMP TABLE apply_staged (ord int)")}) {
        PgCluster::query(asTerminal.toString(), sql, &error);
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied")))
            << sql.toStdString() << ": " << error.toStdString();
    }
    EXPECT_EQ(serverScalar(QStringLiteral(
                  "SELECT count(*) FROM bodega.stock_levels WHERE qty_milli = 999999")),
              0);
    // apply_checked() applies only what check_events checked in the same
    // transaction; alone it applies nothing.
    PgCluster::query(asTerminal.toString(), QStringLiteral("SELECT * FROM bodega.apply_checked()"),
                     &error);
    EXPECT_TRUE(error.contains(QStringLiteral("call check_events first"))) << error.toStdString();
}

// apply_events converts sales to their types in bulk and checks each one
// exactly only when the quick checks fail or a value does not convert. Either
// way the verdicts must be the exact ones, event by event, in one call.
TEST_F(SyncIntegration, ApplyEventsGivesEachSaleItsExactVerdictInOneBatch)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    addProduct(t1, QStringLiteral("ARR-1"), 30);
    ASSERT_EQ(t1.sync().exitCode, 0);
    const QString product = server(QStringLiteral("SELECT id FROM bodega.products")).value(0);
    ASSERT_FALSE(product.isEmpty());

    // One sale envelope; `line` and `total` are spliced in as JSON text.
    auto sale = [&](int n, const QString &line, const QString &total) {
        const QString id =
            QStringLiteral("01b30000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        return QStringLiteral(
                   "{\"id\":\"%1\",\"type\":\"sale.completed\",\"schema_version\":1,"
                   "\"occurred_at\":\"2026-11-20T10:00:00.000Z\",\"payload\":{"
                   "\"sale_id\":\"01b30000-0000-7000-9000-%2\",\"receipt_no\":\"T01-9%3\","
                   "\"currency\":\"COP\",\"total\":%4,\"completed_at\":\"2026-11-20T10:00:00."
                   "000Z\","
                   "\"lines\":[%5]}}")
            .arg(id)
            .arg(n, 12, 10, QLatin1Char('0'))
            .arg(n, 5, 10, QLatin1Char('0'))
            .arg(total, line);
    };
    auto line = [&](int n, const QString &qty) {
        return QStringLiteral("{\"line_no\":1,\"product_id\":\"%1\",\"movement_id\":"
                              "\"01b30000-0000-7000-a000-%2\",\"qty_milli\":%3,"
                              "\"unit_price\":2500,\"total\":2500}")
            .arg(product)
            .arg(n, 12, 10, QLatin1Char('0'))
            .arg(qty);
    };
    const QStringList envelopes = {
        sale(1, line(1, QStringLiteral("1000")), QStringLiteral("2500")),      // fine
        sale(2, line(2, QStringLiteral("\"mucho\"")), QStringLiteral("2500")), // does not convert
        sale(3, line(3, QStringLiteral("1000")),
             QStringLiteral("\"2500\"")), // a string total: allowed
        sale(4, line(4, QStringLiteral("-1000")), QStringLiteral("2500")), // converts, but negative
        sale(5, QString(), QStringLiteral("2500")),                        // no lines
        sale(1, line(1, QStringLiteral("1000")), QStringLiteral("2500")),  // sale 1 again
        sale(6, line(6, QStringLiteral("2000")), QStringLiteral("5000")),  // fine
    };
    QString error;
    const QStringList verdicts =
        PgCluster::query(terminalUrl(t1),
                         QStringLiteral("SELECT outcome || ':' || coalesce(problem, '') FROM "
                                        "bodega.apply_events('[%1]'::jsonb)")
                             .arg(envelopes.join(QLatin1Char(','))),
                         &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(verdicts, (QStringList{QStringLiteral("applied:"),
                                     QStringLiteral("rejected:payload.lines: a line is malformed"),
                                     QStringLiteral("applied:"),
                                     QStringLiteral("rejected:payload.lines: a line is malformed"),
                                     QStringLiteral("rejected:payload.lines: empty"),
                                     QStringLiteral("rejected:id: repeated in the batch"),
                                     QStringLiteral("applied:")}));
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 3);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT qty_milli FROM bodega.stock_levels")), 26000);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.applied_events "
                                          "WHERE type = 'sale.completed'")),
              3);
    // The same batch again changes nothing: each verdict is now duplicate
    // or the same rejection.
    const QStringList again =
        PgCluster::query(terminalUrl(t1),
                         QStringLiteral("SELECT outcome FROM bodega.apply_events('[%1]'::jsonb)")
                             .arg(envelopes.join(QLatin1Char(','))),
                         &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(again, (QStringList{QStringLiteral("duplicate"), QStringLiteral("rejected"),
                                  QStringLiteral("duplicate"), QStringLiteral("rejected"),
                                  QStringLiteral("rejected"), QStringLiteral("rejected"),
                                  QStringLiteral("duplicate")}));
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT qty_milli FROM bodega.stock_levels")), 26000);
}

// A till sale leaves an invoice PDF behind; its receipt.pdf_ready event
// reaches the server once, which keeps the document's name, size and digest.
TEST_F(SyncIntegration, AnInvoiceMadeAfterTheSaleIsRecordedOnTheServer)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    addProduct(t1, QStringLiteral("ARR-1"), 30);
    const CtlRun sale =
        t1.run({QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-1:2"),
                QStringLiteral("--pay"), QStringLiteral("cash:10000")});
    ASSERT_EQ(sale.exitCode, 0) << sale.text();
    // No receipt printer on this machine: the receipt waits for a reprint;
    // the invoice is written beside the store.
    const CtlRun docs = t1.run({QStringLiteral("documents"), QStringLiteral("run")});
    ASSERT_EQ(docs.exitCode, 0) << docs.text();
    const QString invoice = t1.dir + QStringLiteral("/invoices/factura-T01-000001.pdf");
    ASSERT_TRUE(QFile::exists(invoice)) << docs.text();
    QFile f(invoice);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // An audited change: its entry travels with the rest.
    const CtlRun adjusted =
        t1.run({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("ARR-1"),
                QStringLiteral("--delta"), QStringLiteral("-1"), QStringLiteral("--reason"),
                QStringLiteral("bolsa rota")});
    ASSERT_EQ(adjusted.exitCode, 0) << adjusted.text();
    const CtlRun synced = t1.sync();
    ASSERT_EQ(synced.exitCode, 0) << synced.text();
    EXPECT_EQ(
        server(QStringLiteral("SELECT file_name || '/' || bytes || '/' || sha256 FROM "
                              "bodega.sale_documents d JOIN bodega.sales s ON s.id = "
                              "d.sale_id WHERE s.receipt_no = 'T01-000001'")),
        QStringList{QStringLiteral("factura-T01-000001.pdf/%1/%2")
                        .arg(bytes.size())
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))});
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")), 0);
    EXPECT_EQ(
        server(QStringLiteral("SELECT a.action || '/' || t.code || '/' || (a.after->>'reason') "
                              "FROM bodega.audit_log a JOIN bodega.terminals t ON t.id = "
                              "a.terminal_id")),
        QStringList{QStringLiteral("stock_adjusted/T01/bolsa rota")});
    // Append-only on the server too, whoever asks.
    QString denied;
    PgCluster::query(m_ownerUrl, QStringLiteral("DELETE FROM bodega.audit_log"), &denied);
    EXPECT_TRUE(denied.contains(QStringLiteral("append-only"))) << denied.toStdString();
    denied.clear();
    PgCluster::query(m_ownerUrl, QStringLiteral("TRUNCATE bodega.audit_log"), &denied);
    EXPECT_TRUE(denied.contains(QStringLiteral("append-only"))) << denied.toStdString();

    // The invoice made again twice while offline: both announcements in one
    // batch are applied and the last one is what the server keeps (it used
    // to fail the whole batch, and the terminal resent it forever).
    const QString saleId =
        server(QStringLiteral("SELECT id FROM bodega.sales WHERE receipt_no = 'T01-000001'"))
            .value(0);
    auto announce = [&](int n, QChar digit) {
        return QStringLiteral(
                   "{\"id\":\"01b30000-0000-7000-8000-0000000d0c%1\",\"type\":\"receipt.pdf_"
                   "ready\",\"schema_version\":1,\"occurred_at\":\"2026-11-20T10:00:00.000Z\","
                   "\"payload\":{\"sale_id\":\"%2\",\"receipt_no\":\"T01-000001\","
                   "\"document\":\"invoice\",\"file_name\":\"T01-000001.pdf\",\"bytes\":%3,"
                   "\"sha256\":\"%4\"}}")
            .arg(n, 2, 10, QLatin1Char('0'))
            .arg(saleId)
            .arg(100 + n)
            .arg(QString(64, digit));
    };
    QString twiceError;
    EXPECT_EQ(
        PgCluster::query(terminalUrl(t1),
                         QStringLiteral("SELECT outcome FROM bodega.apply_events('[%1,%2]'::jsonb)")
                             .arg(announce(1, QLatin1Char('a')), announce(2, QLatin1Char('b'))),
                         &twiceError),
        (QStringList{QStringLiteral("applied"), QStringLiteral("applied")}))
        << twiceError.toStdString();
    EXPECT_EQ(
        server(QStringLiteral("SELECT bytes || '/' || left(sha256, 1) FROM bodega.sale_documents")),
        QStringList{QStringLiteral("102/b")});

    // A malformed announcement is refused for good, and nothing is kept.
    const QString bad = QStringLiteral(
        "{\"id\":\"01b30000-0000-7000-8000-00000000d0c1\",\"type\":\"receipt.pdf_ready\","
        "\"schema_version\":1,\"occurred_at\":\"2026-11-20T10:00:00.000Z\",\"payload\":{"
        "\"sale_id\":\"01b30000-0000-7000-9000-00000000d0c1\",\"receipt_no\":\"T01-000002\","
        "\"document\":\"invoice\",\"file_name\":\"x.pdf\",\"bytes\":12,\"sha256\":\"abc\"}}");
    QString error;
    EXPECT_EQ(PgCluster::query(terminalUrl(t1),
                               QStringLiteral("SELECT outcome || ':' || coalesce(problem, '') FROM "
                                              "bodega.apply_events('[%1]'::jsonb)")
                                   .arg(bad),
                               &error),
              QStringList{QStringLiteral("rejected:payload.sha256: not a SHA-256 digest")})
        << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM bodega.sale_documents")),
              QStringList{QStringLiteral("1")});
}

TEST_F(SyncIntegration, TwoTerminalsSellOfflineAndConverge)
{
    TcpProxy proxy(quint16(PgCluster::shared().port()));
    ASSERT_TRUE(proxy.start());
    Terminal t1 =
        terminal(QStringLiteral("T01"), QStringLiteral("Tienda Centro"), ownerUrlVia(proxy.port()));
    Terminal t2 =
        terminal(QStringLiteral("T02"), QStringLiteral("Tienda Centro"), ownerUrlVia(proxy.port()));
    addProduct(t1, QStringLiteral("ARR-1"), 20);
    ASSERT_EQ(t1.sync().exitCode, 0);
    const CtlRun first = t2.sync();
    ASSERT_EQ(first.exitCode, 0) << first.text();
    EXPECT_EQ(t2.stockOf(QStringLiteral("ARR-1")), 20000);
    // T02 started empty and took the catalog as a bulk load: its search
    // index was rebuilt at the end, and its ledger explains the level.
    const CtlRun found = t2.run({QStringLiteral("product"), QStringLiteral("list"),
                                 QStringLiteral("--search"), QStringLiteral("producto")});
    ASSERT_EQ(found.exitCode, 0) << found.text();
    EXPECT_EQ(found.json().value(QStringLiteral("count")).toInt(), 1) << found.text();
    EXPECT_EQ(t2.scalar(QStringLiteral("SELECT sum(delta_milli) FROM stock_movements")), 20000);
    EXPECT_EQ(t2.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                       "('products_name', 'products_fts_insert')")),
              2);

    proxy.setDown(true); // the store's internet goes away
    sell(t1, QStringLiteral("ARR-1"), 2);
    sell(t2, QStringLiteral("ARR-1"), 3);
    sell(t2, QStringLiteral("ARR-1"), 1);
    const CtlRun offline = t1.sync();
    EXPECT_EQ(offline.exitCode, 6) << offline.text();
    EXPECT_EQ(offline.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("SERVER_UNAVAILABLE"));
    const CtlRun status = t2.run({QStringLiteral("sync"), QStringLiteral("status")});
    EXPECT_FALSE(status.json().value(QStringLiteral("online")).toBool());
    EXPECT_EQ(status.json().value(QStringLiteral("pending")).toInt(), 2);

    proxy.setDown(false);
    for (const Terminal *t : {&t1, &t2, &t1}) {
        const CtlRun r = t->sync();
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT qty_milli FROM bodega.stock_levels")),
              14000); // 20 - 2 - 3 - 1
    EXPECT_EQ(t1.stockOf(QStringLiteral("ARR-1")), 14000);
    EXPECT_EQ(t2.stockOf(QStringLiteral("ARR-1")), 14000);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 3);
    // Each terminal also has the other's sales as history.
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM sales")), 3);
    EXPECT_EQ(t2.scalar(QStringLiteral("SELECT count(*) FROM sales")), 3);
    const CtlRun synced = t1.run({QStringLiteral("sync"), QStringLiteral("status")});
    EXPECT_TRUE(synced.json().value(QStringLiteral("online")).toBool());
    EXPECT_EQ(synced.json().value(QStringLiteral("pending")).toInt(), 0);
    EXPECT_FALSE(synced.json().value(QStringLiteral("last_sync")).toString().isEmpty());
    EXPECT_GT(synced.json().value(QStringLiteral("cursor")).toInt(), 0);
}

TEST_F(SyncIntegration, AFirstSyncCutShortByTheStoreStartsOverAndThenLoadsEverything)
{
    terminal(QStringLiteral("T01")); // makes the store
    // More products than the COPY reader may hold in flight, so the reader
    // is still streaming when the store fails and has to be stopped.
    const int generated = 12000;
    server(QStringLiteral(
               "INSERT INTO bodega.products (store_id, id, sku, name, keywords, category, price, "
               "cost, currency, field_hlc, updated_at) "
               "SELECT s.id, ('01a20000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, "
               "'GEN-' || i, 'Producto generado ' || i, '[\"generado\", \"ñandú\"]', 'Varios', "
               "1000 + i, 700, 'COP', '{\"name\": \"1795000000000.000000.SRV\"}', now() "
               "FROM bodega.stores s, generate_series(1, %1) i WHERE s.name = 'Tienda Centro'")
               .arg(generated));
    server(QStringLiteral("INSERT INTO bodega.stock_levels (store_id, product_id, qty_milli) "
                          "SELECT store_id, id, 5000 FROM bodega.products"));

    // The new till, in this process: its store fails a statement half way
    // through the catalog.
    auto db = Database::open(m_root.filePath(QStringLiteral("T02.sqlite")));
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(StoreSettings(**db).initialize().ok());
    FileCredentialStore credentials(m_root.filePath(QStringLiteral("T02-credentials")));
    auto owner = ServerAddress::parse(m_ownerUrl);
    ASSERT_TRUE(owner.ok());
    auto registered = TerminalRegistration::registerTerminal(
        **db, credentials, *owner, owner->password, QStringLiteral("Tienda Centro"),
        QStringLiteral("T02"));
    ASSERT_TRUE(registered.ok()) << registered.error().message.toStdString();
    auto server = PgSyncServer::forTerminal(*registered, credentials);
    ASSERT_TRUE(server.ok());
    SyncJournal journal(**db, Clock::system());
    SyncEngine engine(journal, **server);
    (*db)->failStatementAfter(generated / 2);
    auto cut = engine.runOnce();
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().code, ErrorCode::StorageFailed);
    auto count = [&](const QString &sql) {
        auto q = (*db)->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM products")), 0);

    // The same connection serves the next round, which loads it all.
    auto report = engine.runOnce();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->bootstrapped, generated);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM products")), generated);
    EXPECT_EQ(count(QStringLiteral("SELECT sum(qty_milli) FROM stock_levels")),
              qint64(generated) * 5000);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM products_fts WHERE products_fts MATCH "
                                   "'nandu'")),
              generated);
}

TEST_F(SyncIntegration, ADaemonSeesAnotherTerminalsSaleWithinASecond)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    Terminal t2 = terminal(QStringLiteral("T02"));
    addProduct(t1, QStringLiteral("ARR-1"), 20);
    ASSERT_EQ(t1.sync().exitCode, 0);
    // Its nightly report is due (hour 0, last written yesterday): the daemon
    // writes it too.
    const QString yesterday = QDateTime::currentDateTimeUtc()
                                  .toTimeZone(QTimeZone("America/Bogota"))
                                  .date()
                                  .addDays(-1)
                                  .toString(Qt::ISODate);
    ASSERT_EQ(t2.run({QStringLiteral("setting"), QStringLiteral("set"),
                      QStringLiteral("report.nightly_hour"), QStringLiteral("0")})
                  .exitCode,
              0);
    {
        auto store = Database::open(t2.db);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(
            StoreSettings(**store).setValue(QStringLiteral("report.nightly_last"), yesterday).ok());
    }
    // T02 runs the background sync with polling far away (60 s): only the
    // server's NOTIFY can wake it in time.
    std::unique_ptr<QProcess> daemon(
        t2.start({QStringLiteral("sync"), QStringLiteral("daemon"), QStringLiteral("--poll-ms"),
                  QStringLiteral("60000")}));
    ASSERT_TRUE(daemon->waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (t2.scalar(QStringLiteral("SELECT coalesce(max(qty_milli), -1) FROM stock_levels")) !=
               20000 &&
           waited.elapsed() < 20000)
        QThread::msleep(20);
    ASSERT_EQ(t2.scalar(QStringLiteral("SELECT max(qty_milli) FROM stock_levels")), 20000);
    QThread::msleep(300); // let it settle into waiting for NOTIFY

    sell(t1, QStringLiteral("ARR-1"), 4);
    ASSERT_EQ(t1.sync().exitCode, 0);
    QElapsedTimer seen;
    seen.start();
    while (t2.scalar(QStringLiteral("SELECT max(qty_milli) FROM stock_levels")) != 16000 &&
           seen.elapsed() < 10000)
        QThread::msleep(10);
    const qint64 latency = seen.elapsed();
    RecordProperty("visible_after_ms", int(latency));
    std::cout << "change visible on the other terminal after " << latency << " ms\n";
    EXPECT_EQ(t2.scalar(QStringLiteral("SELECT max(qty_milli) FROM stock_levels")), 16000);
    EXPECT_LT(latency, 1000) << "the sale took " << latency << " ms to show on the other terminal";

    const QString today =
        QDate::fromString(yesterday, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    const QDir reports(t2.dir + QStringLiteral("/reports"));
    EXPECT_TRUE(reports.exists(QStringLiteral("ventas-%1.pdf").arg(today)));
    EXPECT_TRUE(reports.exists(QStringLiteral("ventas-%1.csv").arg(today)));

    ::kill(pid_t(daemon->processId()), SIGTERM); // stops cleanly
    ASSERT_TRUE(daemon->waitForFinished(10000));
    EXPECT_EQ(daemon->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(daemon->exitCode(), 0) << daemon->readAllStandardError().toStdString();
    // It printed its status as JSON lines.
    const QList<QByteArray> lines = daemon->readAllStandardOutput().trimmed().split('\n');
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(
        QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("online")).toBool());
}

TEST_F(SyncIntegration, KillDuringUploadLosesNothingAndDuplicatesNothing)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    const CtlRun demo =
        t1.run({QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("3000")});
    ASSERT_EQ(demo.exitCode, 0) << demo.text();
    const qint64 events = t1.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    ASSERT_GT(events, 3000);

    // Small batches so the upload takes many commits; kill -9 once some of
    // them are on the server.
    std::unique_ptr<QProcess> p(
        t1.start({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once"),
                  QStringLiteral("--batch"), QStringLiteral("20")}));
    ASSERT_TRUE(p->waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (serverScalar(QStringLiteral("SELECT count(*) FROM bodega.applied_events")) < 200 &&
           waited.elapsed() < 60000 && p->state() == QProcess::Running)
        QThread::msleep(20);
    ASSERT_EQ(p->state(), QProcess::Running) << "the upload finished before it could be killed";
    ::kill(pid_t(p->processId()), SIGKILL);
    p->waitForFinished();
    const qint64 before =
        serverScalar(QStringLiteral("SELECT count(*) FROM bodega.applied_events"));
    EXPECT_GT(before, 0);
    EXPECT_LT(before, events);

    const CtlRun resumed = t1.sync();
    ASSERT_EQ(resumed.exitCode, 0) << resumed.text();
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE status <> 'sent'")), 0);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.applied_events")), events);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")),
              t1.scalar(QStringLiteral("SELECT count(*) FROM sales")));
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sale_lines")),
              t1.scalar(QStringLiteral("SELECT count(*) FROM sale_lines")));
    // Every level on the server is what the terminal's ledger says.
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT sum(qty_milli) FROM bodega.stock_levels")),
              t1.scalar(QStringLiteral("SELECT sum(qty_milli) FROM stock_levels")));
    EXPECT_EQ(
        serverScalar(QStringLiteral("SELECT count(*) FROM bodega.stock_movements")),
        t1.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind <> 'sync'")));
}

TEST_F(SyncIntegration, LostAcknowledgementIsRetriedWithoutApplyingTwice)
{
    TcpProxy proxy(quint16(PgCluster::shared().port()));
    ASSERT_TRUE(proxy.start());
    Terminal t1 =
        terminal(QStringLiteral("T01"), QStringLiteral("Tienda Centro"), ownerUrlVia(proxy.port()));
    addProduct(t1, QStringLiteral("ARR-1"), 50);
    for (int i = 0; i < 5; ++i)
        sell(t1, QStringLiteral("ARR-1"), 1);
    const qint64 events = t1.scalar(QStringLiteral("SELECT count(*) FROM outbox"));

    proxy.cutAfterClientSends(QByteArrayLiteral("COMMIT"));
    const CtlRun cut = t1.sync();
    EXPECT_EQ(cut.exitCode, 6) << cut.text();
    EXPECT_EQ(proxy.cutsDone(), 1);
    // The server committed the batch; the terminal never heard, so it still
    // holds every event as pending.
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.applied_events")), events);
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")),
              events);
    const QStringList before =
        server(QStringLiteral("SELECT (SELECT count(*) FROM bodega.sales) || '/' || (SELECT "
                              "count(*) FROM bodega.stock_movements) || '/' || "
                              "(SELECT sum(qty_milli) FROM bodega.stock_levels) || '/' || (SELECT "
                              "count(*) FROM bodega.change_feed)"));

    const CtlRun retry = t1.sync();
    ASSERT_EQ(retry.exitCode, 0) << retry.text();
    EXPECT_EQ(retry.json().value(QStringLiteral("applied")).toInt(), 0);
    EXPECT_EQ(retry.json().value(QStringLiteral("duplicates")).toInt(), events);
    EXPECT_EQ(server(QStringLiteral("SELECT (SELECT count(*) FROM bodega.sales) || '/' || (SELECT "
                                    "count(*) FROM bodega.stock_movements) || '/' || "
                                    "(SELECT sum(qty_milli) FROM bodega.stock_levels) || '/' || "
                                    "(SELECT count(*) FROM bodega.change_feed)")),
              before);
    EXPECT_EQ(before.value(0).section(QLatin1Char('/'), 2, 2).toLongLong(), 45000);
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")), 0);
    EXPECT_EQ(t1.stockOf(QStringLiteral("ARR-1")), 45000);
}

TEST_F(SyncIntegration, ServerOutageQueuesSalesAndDrainsWhenItReturns)
{
    // A server of its own, so that stopping it disturbs no other test.
    QTemporaryDir clusterDir(QStringLiteral("/tmp/bodega-outage-XXXXXX"));
    QString error;
    auto cluster = privateCluster(clusterDir, &error);
    ASSERT_TRUE(cluster) << error.toStdString();
    const QString owner = cluster->createDatabaseWithOwner(QStringLiteral("outage"), &error) +
                          QStringLiteral("?sslmode=disable&connect_timeout=2");
    ASSERT_EQ(admin()
                  .run({QStringLiteral("server"), QStringLiteral("migrate"),
                        QStringLiteral("--url"), owner})
                  .exitCode,
              0);
    Terminal t1 = terminal(QStringLiteral("T01"), QStringLiteral("Tienda Centro"), owner);
    addProduct(t1, QStringLiteral("ARR-1"), 100);
    ASSERT_EQ(t1.sync().exitCode, 0);

    ASSERT_TRUE(cluster->stop());
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            sell(t1, QStringLiteral("ARR-1"), 2); // the till keeps selling
        const CtlRun down = t1.sync();
        EXPECT_EQ(down.exitCode, 6) << down.text();
        EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")),
                  4 * (round + 1));
    }
    EXPECT_EQ(t1.stockOf(QStringLiteral("ARR-1")), 76000);

    ASSERT_TRUE(cluster->startAgain()) << cluster->lastError().toStdString();
    const CtlRun drained = t1.sync();
    ASSERT_EQ(drained.exitCode, 0) << drained.text();
    EXPECT_EQ(drained.json().value(QStringLiteral("applied")).toInt(), 12);
    EXPECT_EQ(t1.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")), 0);
    QUrl url(owner);
    url.setQuery(QString());
    EXPECT_EQ(PgCluster::query(
                  url.toString(),
                  QStringLiteral("SELECT count(*) || '/' || sum(total) FROM bodega.sales"), &error),
              QStringList{QStringLiteral("12/60000")});
    EXPECT_EQ(PgCluster::query(url.toString(),
                               QStringLiteral("SELECT qty_milli FROM bodega.stock_levels"), &error),
              QStringList{QStringLiteral("76000")});
    EXPECT_EQ(t1.stockOf(QStringLiteral("ARR-1")), 76000);
}

namespace {

bool runTool(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Hands a file in the cluster's folder to the user the server runs as.
void giveToServer(const QString &path, const QString &dataDir)
{
    const QFileInfo owner(dataDir);
    [[maybe_unused]] const int r =
        ::chown(QFile::encodeName(path).constData(), owner.ownerId(), owner.groupId());
}

} // namespace

TEST_F(SyncIntegration, TlsSettingsAreHonoured)
{
    QTemporaryDir clusterDir(QStringLiteral("/tmp/bodega-tls-XXXXXX"));
    QString error;
    auto cluster = privateCluster(clusterDir, &error);
    ASSERT_TRUE(cluster) << error.toStdString();
    const QString owner = cluster->createDatabaseWithOwner(QStringLiteral("tls"), &error);
    ASSERT_FALSE(owner.isEmpty()) << error.toStdString();

    // A CA of our own and a server certificate for 127.0.0.1 signed by it;
    // a second CA that did not sign it.
    const QString pki = m_root.path();
    const auto openssl = [&pki](const char *args) {
        return runTool(QStringLiteral("openssl"), QString::fromLatin1(args).split(QLatin1Char(' ')),
                       pki);
    };
    ASSERT_TRUE(openssl("req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 "
                        "-subj /CN=BodegaTestCA"));
    ASSERT_TRUE(openssl("req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.pem "
                        "-days 2 -subj /CN=SomeoneElse"));
    ASSERT_TRUE(openssl("req -newkey rsa:2048 -nodes -keyout server.key -out server.csr "
                        "-subj /CN=127.0.0.1"));
    QFile ext(pki + QStringLiteral("/san.ext"));
    ASSERT_TRUE(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    ASSERT_TRUE(openssl("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
                        "-out server.crt -days 2 -extfile san.ext"));

    // The server speaks TLS and accepts TCP logins over TLS only.
    const QString data = cluster->dir() + QStringLiteral("/data");
    for (const QString &f : {QStringLiteral("server.crt"), QStringLiteral("server.key")}) {
        QFile::remove(data + QLatin1Char('/') + f);
        ASSERT_TRUE(QFile::copy(pki + QLatin1Char('/') + f, data + QLatin1Char('/') + f));
        QFile::setPermissions(data + QLatin1Char('/') + f,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        giveToServer(data + QLatin1Char('/') + f, data);
    }
    QFile conf(data + QStringLiteral("/postgresql.conf"));
    ASSERT_TRUE(conf.open(QIODevice::Append));
    conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
    conf.close();
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    ASSERT_TRUE(hba.open(QIODevice::ReadOnly));
    QByteArray rules = hba.readAll();
    hba.close();
    rules.replace("\nhost ", "\nhostssl ");
    ASSERT_TRUE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write(rules);
    hba.close();
    ASSERT_TRUE(cluster->restart()) << cluster->lastError().toStdString();

    const QString verified = owner + QStringLiteral("?sslmode=verify-full&sslrootcert=") + pki +
                             QStringLiteral("/ca.pem");
    ASSERT_EQ(admin()
                  .run({QStringLiteral("server"), QStringLiteral("migrate"),
                        QStringLiteral("--url"), verified})
                  .exitCode,
              0);

    // A root certificate that did not sign the server's: refused.
    Terminal wrongCa(m_root.path(), QStringLiteral("T08"));
    const CtlRun refused =
        wrongCa.run({QStringLiteral("sync"), QStringLiteral("register"), QStringLiteral("--url"),
                     owner + QStringLiteral("?sslmode=verify-full&sslrootcert=") + pki +
                         QStringLiteral("/other.pem"),
                     QStringLiteral("--store"), QStringLiteral("Tienda Centro"),
                     QStringLiteral("--terminal"), QStringLiteral("T08")});
    EXPECT_EQ(refused.exitCode, 6) << refused.text();
    EXPECT_TRUE(refused.out.contains("certificate")) << refused.text();
    // Without TLS: the server refuses the login.
    Terminal plain(m_root.path(), QStringLiteral("T07"));
    const CtlRun noTls = plain.run(
        {QStringLiteral("sync"), QStringLiteral("register"), QStringLiteral("--url"),
         owner + QStringLiteral("?sslmode=disable"), QStringLiteral("--store"),
         QStringLiteral("Tienda Centro"), QStringLiteral("--terminal"), QStringLiteral("T07")});
    EXPECT_EQ(noTls.exitCode, 6) << noTls.text();

    // The right CA: registered, and the terminal keeps the TLS settings for
    // every later connection (they are in its stored URL, the password is not).
    Terminal t1 = terminal(QStringLiteral("T01"), QStringLiteral("Tienda Centro"), verified);
    addProduct(t1, QStringLiteral("ARR-1"), 3);
    const CtlRun synced = t1.sync();
    ASSERT_EQ(synced.exitCode, 0) << synced.text();
    const QString stored = t1.run({QStringLiteral("sync"), QStringLiteral("status")})
                               .json()
                               .value(QStringLiteral("server"))
                               .toString();
    EXPECT_TRUE(stored.contains(QStringLiteral("sslmode=verify-full"))) << stored.toStdString();
    EXPECT_TRUE(stored.contains(QStringLiteral("sslrootcert="))) << stored.toStdString();
    QUrl url(owner);
    EXPECT_EQ(PgCluster::query(url.toString() + QStringLiteral("?sslmode=require"),
                               QStringLiteral("SELECT count(*) FROM bodega.products"), &error),
              QStringList{QStringLiteral("1")})
        << error.toStdString();
}

TEST_F(SyncIntegration, ProductEditedOnTwoTerminalsOfflineConverges)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    Terminal t2 = terminal(QStringLiteral("T02"));
    addProduct(t1, QStringLiteral("ARR-1"), 10);
    ASSERT_EQ(t1.sync().exitCode, 0);
    ASSERT_EQ(t2.sync().exitCode, 0);

    // Offline: T02 renames and reprices, then T01 renames (later) and sets
    // the category. Per field, the later edit wins everywhere.
    auto edit = [](const Terminal &t, const QStringList &args) {
        const CtlRun r = t.run(QStringList{QStringLiteral("product"), QStringLiteral("edit"),
                                           QStringLiteral("ARR-1")} +
                               args);
        EXPECT_EQ(r.exitCode, 0) << r.text();
    };
    edit(t2, {QStringLiteral("--name"), QStringLiteral("Arroz blanco 500 g"),
              QStringLiteral("--price"), QStringLiteral("3200")});
    QThread::msleep(5);
    edit(t1, {QStringLiteral("--name"), QStringLiteral("Arroz Diana 500 g"),
              QStringLiteral("--category"), QStringLiteral("Granos")});

    for (const Terminal *t : {&t2, &t1, &t2})
        ASSERT_EQ(t->sync().exitCode, 0);
    for (const Terminal *t : {&t1, &t2}) {
        const QJsonObject p =
            t->run({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("ARR-1")})
                .json();
        EXPECT_EQ(p.value(QStringLiteral("name")).toString(), QStringLiteral("Arroz Diana 500 g"))
            << t->code.toStdString();
        EXPECT_EQ(p.value(QStringLiteral("price")).toInt(), 3200) << t->code.toStdString();
        EXPECT_EQ(p.value(QStringLiteral("category")).toString(), QStringLiteral("Granos"))
            << t->code.toStdString();
    }
    EXPECT_EQ(server(QStringLiteral(
                  "SELECT name || '|' || price || '|' || category FROM bodega.products")),
              QStringList{QStringLiteral("Arroz Diana 500 g|3200|Granos")});
}

TEST_F(SyncIntegration, PoisonEventIsQuarantinedAndTheEventsBehindItArrive)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    addProduct(t1, QStringLiteral("ARR-1"), 30);
    sell(t1, QStringLiteral("ARR-1"), 1);
    // A broken event in the middle of the queue (as a bug or a damaged file
    // would leave it): a sale whose line has no quantity.
    ASSERT_TRUE(t1.exec(QStringLiteral(
        "INSERT INTO outbox (id, type, schema_version, aggregate_id, payload, created_at) VALUES ("
        "'01a20000-0000-7000-8000-000000000001', 'sale.completed', 1, "
        "'01a20000-0000-7000-8000-000000000002', "
        "'{\"sale_id\":\"01a20000-0000-7000-8000-000000000002\",\"receipt_no\":\"T01-900000\","
        "\"terminal\":\"T01\","
        "\"currency\":\"COP\",\"total\":100,\"completed_at\":\"2026-11-20T10:00:00.000Z\","
        "\"lines\":[{\"line_no\":1}]}', "
        "'2026-11-20T10:00:00.000Z')")));
    sell(t1, QStringLiteral("ARR-1"), 2);
    sell(t1, QStringLiteral("ARR-1"), 3);

    const CtlRun r = t1.sync();
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.json().value(QStringLiteral("quarantined")).toInt(), 1);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 3);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT qty_milli FROM bodega.stock_levels")), 24000);
    const CtlRun status = t1.run({QStringLiteral("sync"), QStringLiteral("status")});
    EXPECT_EQ(status.json().value(QStringLiteral("quarantined")).toInt(), 1);
    EXPECT_EQ(status.json().value(QStringLiteral("pending")).toInt(), 0);
    const CtlRun outbox = t1.run({QStringLiteral("outbox"), QStringLiteral("list")});
    bool seen = false;
    for (const QJsonValue &v : outbox.json().value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("id")).toString() ==
            QLatin1String("01a20000-0000-7000-8000-000000000001")) {
            seen = true;
            EXPECT_EQ(e.value(QStringLiteral("status")).toString(), QStringLiteral("quarantined"));
            EXPECT_TRUE(
                e.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("lines")))
                << e.value(QStringLiteral("last_error")).toString().toStdString();
        }
    }
    EXPECT_TRUE(seen) << outbox.text();
    // A later round does not send it again.
    const CtlRun again = t1.sync();
    EXPECT_EQ(again.json().value(QStringLiteral("quarantined")).toInt(), 0);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.applied_events")),
              5); // product, its stock, 3 sales
}

// Schema 8: the server checks the next batch on a second connection while
// the current one is applied. A batch checked ahead is applied only when it
// comes next, and exactly once; one the engine does not send next (it is
// halving a refused batch, or the round ends) is rolled back unapplied.
TEST_F(SyncIntegration, ABatchCheckedAheadIsAppliedOnlyWhenItComesNextAndOnce)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    addProduct(t1, QStringLiteral("ARR-1"), 100);
    for (int i = 0; i < 6; ++i)
        sell(t1, QStringLiteral("ARR-1"), 1);

    auto db = Database::open(t1.db);
    ASSERT_TRUE(db.ok());
    auto registered = TerminalRegistration::load(**db);
    ASSERT_TRUE(registered.ok()) << registered.error().message.toStdString();
    FileCredentialStore credentials(t1.dir + QStringLiteral("/credentials"));
    auto server = PgSyncServer::forTerminal(*registered, credentials);
    ASSERT_TRUE(server.ok());
    ASSERT_TRUE((*server)->connect().ok());
    SyncJournal journal(**db, Clock::system());
    auto pending = journal.pending(100);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 8); // the product, its stock, 6 sales
    auto batch = [&](int from, int n) { return OutboxEnvelope::jsonArray(pending->mid(from, n)); };
    auto kinds = [](const Result<QVector<ApplyOutcome>> &r) {
        QStringList out;
        if (!r)
            return QStringList{r.error().message};
        for (const ApplyOutcome &o : *r)
            out << (o.kind == ApplyOutcome::Kind::Applied     ? QStringLiteral("applied")
                    : o.kind == ApplyOutcome::Kind::Duplicate ? QStringLiteral("duplicate")
                                                              : o.problem);
        return out;
    };
    const QStringList twoApplied{QStringLiteral("applied"), QStringLiteral("applied")};

    // The product and its stock; sales 1-2 are checked meanwhile.
    EXPECT_EQ(kinds((*server)->applyAndCheckNext(batch(0, 2), batch(2, 2))), twoApplied);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 0);
    // Sales 1-2, as checked (sales 3-4 are checked meanwhile).
    EXPECT_EQ(kinds((*server)->applyAndCheckNext(batch(2, 2), batch(4, 2))), twoApplied);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 2);
    // The feed needs the connection the check of sales 3-4 runs on: that
    // check is dropped, and the feed is read as usual.
    auto feed = (*server)->feedAfter(0, 100);
    ASSERT_TRUE(feed.ok()) << feed.error().message.toStdString();
    EXPECT_FALSE(feed->isEmpty());
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 2);
    // Not sales 3-4 next but 5-6 (sales 3-4 are checked meanwhile).
    EXPECT_EQ(kinds((*server)->applyAndCheckNext(batch(6, 2), batch(4, 2))), twoApplied);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 4);
    EXPECT_EQ(serverScalar(QStringLiteral(
                  "SELECT count(*) FROM bodega.sales WHERE receipt_no IN ('T01-000003', "
                  "'T01-000004')")),
              0);
    // Sale 3 alone, as when a refused batch is halved: what was checked
    // ahead (sales 3-4) is dropped, not applied.
    EXPECT_EQ(kinds((*server)->apply(batch(4, 1))), QStringList{QStringLiteral("applied")});
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 5);
    // Sales 3-4, then again as a retry would send them, as checked: duplicates.
    EXPECT_EQ(kinds((*server)->applyAndCheckNext(batch(4, 2), batch(4, 2))),
              (QStringList{QStringLiteral("duplicate"), QStringLiteral("applied")}));
    EXPECT_EQ(kinds((*server)->apply(batch(4, 2))),
              (QStringList{QStringLiteral("duplicate"), QStringLiteral("duplicate")}));
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 6);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.stock_movements WHERE "
                                          "kind = 'sale'")),
              6);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT qty_milli FROM bodega.stock_levels")), 94000);
    // A batch whose check failed goes the one-call way on the connection
    // the check ran on, and the server's own reason comes back as a
    // refusal (here: not an array), which the engine halves or quarantines.
    EXPECT_EQ(kinds((*server)->applyAndCheckNext(batch(4, 2), QByteArrayLiteral("{}"))),
              (QStringList{QStringLiteral("duplicate"), QStringLiteral("duplicate")}));
    auto refused = (*server)->apply(QByteArrayLiteral("{}"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ServerRejected)
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("JSON array")))
        << refused.error().message.toStdString();
    // Both connections are the terminal's own login; once the upload ends,
    // the second one is closed (a closed backend may linger a moment).
    auto terminalConnections = [&](qint64 expected) {
        QElapsedTimer waited;
        waited.start();
        qint64 open = 0;
        do {
            open = serverScalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                               "datname = current_database() AND "
                                               "application_name LIKE 'bodega-T01%'"));
        } while (open != expected && waited.elapsed() < 5000 && (QThread::msleep(50), true));
        return open;
    };
    EXPECT_EQ(terminalConnections(2), 2);
    (*server)->endUpload();
    EXPECT_EQ(terminalConnections(1), 1);
    (*server)->disconnect();
}

// Through the engine, several batches in a row are checked ahead, and a
// sale that the server refuses in one of them stops nothing behind it.
TEST_F(SyncIntegration, AnUploadOfManyBatchesCheckedAheadAppliesEverySaleOnce)
{
    Terminal t1 = terminal(QStringLiteral("T01"));
    addProduct(t1, QStringLiteral("ARR-1"), 100);
    for (int i = 0; i < 4; ++i)
        sell(t1, QStringLiteral("ARR-1"), 1);
    // A sale with an unknown product, in the middle of the queue.
    ASSERT_TRUE(t1.exec(QStringLiteral(
        "INSERT INTO outbox (id, type, schema_version, aggregate_id, payload, created_at) VALUES ("
        "'01a20000-0000-7000-8000-000000000011', 'sale.completed', 1, "
        "'01a20000-0000-7000-8000-000000000012', "
        "'{\"sale_id\":\"01a20000-0000-7000-8000-000000000012\",\"receipt_no\":\"T01-900001\","
        "\"terminal\":\"T01\",\"currency\":\"COP\",\"total\":100,"
        "\"completed_at\":\"2026-11-20T10:00:00.000Z\",\"lines\":[{\"line_no\":1,"
        "\"product_id\":\"01a20000-0000-7000-8000-0000000000ff\",\"movement_id\":"
        "\"01a20000-0000-7000-8000-000000000013\",\"sku\":\"X\",\"qty_milli\":1000,"
        "\"unit_price\":100,\"total\":100}]}', '2026-11-20T10:00:00.000Z')")));
    for (int i = 0; i < 5; ++i)
        sell(t1, QStringLiteral("ARR-1"), 2);

    auto db = Database::open(t1.db);
    ASSERT_TRUE(db.ok());
    auto registered = TerminalRegistration::load(**db);
    ASSERT_TRUE(registered.ok());
    FileCredentialStore credentials(t1.dir + QStringLiteral("/credentials"));
    auto server = PgSyncServer::forTerminal(*registered, credentials);
    ASSERT_TRUE(server.ok());
    // Forwards to the real server and counts what the engine asked of it.
    class Counting final : public SyncServer
    {
    public:
        explicit Counting(SyncServer &inner) : m_inner(inner) {}
        Result<TerminalIdentity> connect() override { return m_inner.connect(); }
        void disconnect() override { m_inner.disconnect(); }
        Result<QVector<ApplyOutcome>> apply(const QByteArray &json) override
        {
            return m_inner.apply(json);
        }
        Result<QVector<ApplyOutcome>> applyAndCheckNext(const QByteArray &json,
                                                        const QByteArray &next) override
        {
            ++calls;
            if (!next.isEmpty())
                ++withNext;
            return m_inner.applyAndCheckNext(json, next);
        }
        void endUpload() override
        {
            ++ended;
            m_inner.endUpload();
        }
        Result<QVector<FeedEntry>> feedAfter(qint64 cursor, int limit) override
        {
            return m_inner.feedAfter(cursor, limit);
        }
        Result<qint64> snapshot(const ProductSink &p, const LevelSink &l) override
        {
            return m_inner.snapshot(p, l);
        }
        Result<bool> waitForChange(int timeoutMs) override
        {
            return m_inner.waitForChange(timeoutMs);
        }
        int calls = 0;
        int withNext = 0;
        int ended = 0;

    private:
        SyncServer &m_inner;
    } counting(**server);
    SyncJournal journal(**db, Clock::system());
    SyncEngine::Options options;
    options.batchSize = 2; // 12 events: six batches, five of them checked ahead
    SyncEngine engine(journal, counting, options);
    auto report = engine.runOnce();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->applied, 11);
    EXPECT_EQ(report->quarantined, 1);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.sales")), 9);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(DISTINCT receipt_no) FROM bodega.sales")),
              9);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT qty_milli FROM bodega.stock_levels")),
              (100 - 4 - 10) * 1000);
    EXPECT_EQ(serverScalar(QStringLiteral("SELECT count(*) FROM bodega.applied_events")), 11);
    auto counts = journal.counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->pending, 0);
    EXPECT_EQ(counts->quarantined, 1);
    EXPECT_EQ(counting.calls, 6);
    EXPECT_EQ(counting.withNext, 5); // each batch but the last came with the next one
    EXPECT_EQ(counting.ended, 1);
}

} // namespace

// Server schema 7: the forecast's stock.low_predicted is acknowledged like
// any event (a terminal of schema 12 no longer quarantines it), once, and a
// malformed one is refused for good.
TEST_F(SyncIntegration, APredictedStockOutIsAppliedOnceAndAMalformedOneIsRefused)
{
    Terminal t1 = terminal(QStringLiteral("T01"), QStringLiteral("Tienda Centro"), m_ownerUrl);
    auto predicted = [](const QString &id, const QString &date) {
        return QStringLiteral(
                   "{\"id\":\"%1\",\"type\":\"stock.low_predicted\",\"schema_version\":1,"
                   "\"occurred_at\":\"2026-12-03T10:00:00.000Z\",\"payload\":{"
                   "\"product_id\":\"01b30000-0000-7000-8000-0000000000aa\",\"product_name\":"
                   "\"Arroz\",\"sku\":\"ARR-1\",\"current_stock_milli\":3000,\"on_order_milli\":0,"
                   "\"daily_demand_milli\":1000,\"predicted_stock_out\":\"%2\",\"lead_time_days\":"
                   "7,"
                   "\"supplier_id\":null,\"supplier\":\"\",\"suggested_milli\":12000}}")
            .arg(id, date);
    };
    const QString good = predicted(QStringLiteral("01b30000-0000-7000-8000-00000000f0c1"),
                                   QStringLiteral("2026-12-06"));
    const QString bad =
        predicted(QStringLiteral("01b30000-0000-7000-8000-00000000f0c2"), QStringLiteral("soon"));
    QString error;
    EXPECT_EQ(PgCluster::query(terminalUrl(t1),
                               QStringLiteral("SELECT outcome || ':' || coalesce(problem, '') FROM "
                                              "bodega.apply_events('[%1,%2]'::jsonb)")
                                   .arg(good, bad),
                               &error),
              (QStringList{QStringLiteral("applied:"),
                           QStringLiteral("rejected:payload.predicted_stock_out: not a date")}))
        << error.toStdString();
    EXPECT_EQ(
        PgCluster::query(
            terminalUrl(t1),
            QStringLiteral("SELECT outcome FROM bodega.apply_events('[%1]'::jsonb)").arg(good),
            &error),
        QStringList{QStringLiteral("duplicate")})
        << error.toStdString();
}
