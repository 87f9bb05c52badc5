#include "bodegactlfixture.h"
#include "domain/barcode.h"
#include "events/jsonschemavalidator.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

using namespace bodega;
using bodega::test::Bodegactl;
using bodega::test::CtlRun;

TEST_F(Bodegactl, VersionAndHelp)
{
    CtlRun v = ctl({QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0) << v.out.toStdString() << v.err.toStdString();
    EXPECT_TRUE(v.out.startsWith("bodegactl "));
    CtlRun h = ctl({QStringLiteral("--help")});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_TRUE(h.out.contains("product add"));
}

TEST_F(Bodegactl, ProductLifecycleEndToEnd)
{
    CtlRun init = json({QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.out.toStdString();
    EXPECT_EQ(init.json().value(QStringLiteral("schema_version")).toInt(),
              Database::latestSchemaVersion());
    EXPECT_EQ(init.json().value(QStringLiteral("currency")).toString(), QStringLiteral("COP"));

    CtlRun add = json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Café molido Sello Rojo 500 g"), QStringLiteral("--keywords"),
                       QStringLiteral("café,tinto"), QStringLiteral("--stock"),
                       QStringLiteral("12"), QStringLiteral("--price"), QStringLiteral("18900"),
                       QStringLiteral("--sku"), QStringLiteral("CAF-500"),
                       QStringLiteral("--barcode"), QStringLiteral("7702001000012")});
    ASSERT_EQ(add.exitCode, 0) << add.out.toStdString() << add.err.toStdString();
    const QJsonObject p = add.json();
    for (const char *key : {"id", "sku", "barcode", "name", "keywords", "description", "category",
                            "price", "currency", "stock", "threshold", "low"})
        EXPECT_TRUE(p.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(p.value(QStringLiteral("price")).toInteger(), 18900);
    EXPECT_EQ(p.value(QStringLiteral("stock")).toInt(), 12);
    EXPECT_EQ(p.value(QStringLiteral("threshold")).toInt(), 10);
    EXPECT_FALSE(p.value(QStringLiteral("low")).toBool());
    // Without --category and --no-ai the AI fills category and description.
    EXPECT_EQ(p.value(QStringLiteral("category")).toString(),
              QStringLiteral("Café, té y chocolate"));
    EXPECT_TRUE(p.value(QStringLiteral("category_generated")).toBool());
    EXPECT_TRUE(
        p.value(QStringLiteral("description")).toString().contains(QStringLiteral("Café molido")));

    CtlRun noAi = json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Bolsa de hielo"), QStringLiteral("--no-ai"),
                        QStringLiteral("--price"), QStringLiteral("2000"),
                        QStringLiteral("--stock"), QStringLiteral("50")});
    ASSERT_EQ(noAi.exitCode, 0);
    EXPECT_TRUE(noAi.json().value(QStringLiteral("category")).toString().isEmpty());
    EXPECT_TRUE(noAi.json().value(QStringLiteral("description")).toString().isEmpty());

    for (const QString &key : {QStringLiteral("CAF-500"), QStringLiteral("7702001000012"),
                               p.value(QStringLiteral("id")).toString()}) {
        CtlRun show = json({QStringLiteral("product"), QStringLiteral("show"), key});
        ASSERT_EQ(show.exitCode, 0) << key.toStdString();
        EXPECT_EQ(show.json().value(QStringLiteral("sku")).toString(), QStringLiteral("CAF-500"));
    }

    CtlRun sell = json({QStringLiteral("sell"), QStringLiteral("CAF-500"), QStringLiteral("--qty"),
                        QStringLiteral("2")});
    ASSERT_EQ(sell.exitCode, 0) << sell.out.toStdString();
    EXPECT_EQ(sell.json()
                  .value(QStringLiteral("product"))
                  .toObject()
                  .value(QStringLiteral("stock"))
                  .toInt(),
              10);
    EXPECT_TRUE(sell.json().value(QStringLiteral("low_stock_alert")).isNull());
    EXPECT_EQ(sell.json()
                  .value(QStringLiteral("sale"))
                  .toObject()
                  .value(QStringLiteral("receipt_no"))
                  .toString(),
              QStringLiteral("T01-000001"));
    EXPECT_EQ(sell.json()
                  .value(QStringLiteral("sale"))
                  .toObject()
                  .value(QStringLiteral("total"))
                  .toInteger(),
              37800);

    CtlRun crossing = json({QStringLiteral("sell"), QStringLiteral("7702001000012")});
    ASSERT_EQ(crossing.exitCode, 0);
    const QJsonObject alert = crossing.json().value(QStringLiteral("low_stock_alert")).toObject();
    EXPECT_EQ(alert.value(QStringLiteral("current_stock")).toString(), QStringLiteral("9"));
    EXPECT_TRUE(
        alert.value(QStringLiteral("message")).toString().contains(QStringLiteral("Café molido")));
    EXPECT_TRUE(crossing.json()
                    .value(QStringLiteral("product"))
                    .toObject()
                    .value(QStringLiteral("low"))
                    .toBool());

    CtlRun low = json({QStringLiteral("low-stock")});
    ASSERT_EQ(low.exitCode, 0);
    ASSERT_EQ(low.json().value(QStringLiteral("products")).toArray().size(), 1);
    EXPECT_EQ(low.json()
                  .value(QStringLiteral("products"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("sku"))
                  .toString(),
              QStringLiteral("CAF-500"));

    // Three sold today of a product created today: 3 a day, 9 left, out in
    // three days (inside the default 7-day lead time); 14 days' worth less
    // the 9 is 33 to order. The event is recorded once.
    const QStringList forecastArgs{QStringLiteral("forecast"), QStringLiteral("--product"),
                                   QStringLiteral("CAF-500"), QStringLiteral("--record-events")};
    CtlRun forecast = json(forecastArgs);
    ASSERT_EQ(forecast.exitCode, 0) << forecast.text();
    const QJsonObject line =
        forecast.json().value(QStringLiteral("products")).toArray().at(0).toObject();
    EXPECT_DOUBLE_EQ(line.value(QStringLiteral("daily_demand")).toDouble(), 3.0);
    EXPECT_DOUBLE_EQ(line.value(QStringLiteral("days_of_cover")).toDouble(), 3.0);
    EXPECT_EQ(line.value(QStringLiteral("suggested_milli")).toInteger(), 33000);
    EXPECT_EQ(line.value(QStringLiteral("lead_time_days")).toInt(), 7);
    EXPECT_EQ(forecast.json().value(QStringLiteral("events_recorded")).toArray().size(), 1);
    EXPECT_TRUE(
        json(forecastArgs).json().value(QStringLiteral("events_recorded")).toArray().isEmpty());
    // The one click from the command line: no supplier is on file for the
    // coffee, so nothing is drafted and it is named as such.
    CtlRun drafted = json({QStringLiteral("forecast"), QStringLiteral("--create-po")});
    ASSERT_EQ(drafted.exitCode, 0) << drafted.text();
    const QJsonObject pos = drafted.json().value(QStringLiteral("purchase_orders")).toObject();
    EXPECT_TRUE(pos.value(QStringLiteral("created")).toArray().isEmpty());
    EXPECT_EQ(pos.value(QStringLiteral("without_supplier"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("sku"))
                  .toString(),
              QStringLiteral("CAF-500"));

    CtlRun adjust =
        json({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("CAF-500"),
              QStringLiteral("--delta"), QStringLiteral("-1.5"), QStringLiteral("--reason"),
              QStringLiteral("bolsa rota")});
    ASSERT_EQ(adjust.exitCode, 0) << adjust.out.toStdString();
    EXPECT_EQ(adjust.json()
                  .value(QStringLiteral("movement"))
                  .toObject()
                  .value(QStringLiteral("level_after"))
                  .toString(),
              QStringLiteral("7.5"));

    CtlRun list =
        json({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--search"),
              QStringLiteral("cafe"), QStringLiteral("--low")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().value(QStringLiteral("total")).toInt(), 1);

    // Every change left its event in the outbox, and every event keeps its contract.
    CtlRun outbox = json({QStringLiteral("outbox"), QStringLiteral("list")});
    ASSERT_EQ(outbox.exitCode, 0);
    const QJsonArray events = outbox.json().value(QStringLiteral("events")).toArray();
    QStringList types;
    for (const QJsonValue &v : events) {
        QJsonObject e = v.toObject();
        EXPECT_EQ(e.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        // Delivery state rides along each envelope; the rest is the event.
        for (const char *delivery : {"status", "attempts", "last_error"})
            e.remove(QString::fromLatin1(delivery));
        auto s = EventSchemas::validateEnvelope(e);
        EXPECT_TRUE(s.ok()) << QJsonDocument(e).toJson().toStdString();
        types << e.value(QStringLiteral("type")).toString();
    }
    EXPECT_EQ(types,
              (QStringList{QStringLiteral("product.upserted"), QStringLiteral("stock.adjusted"),
                           QStringLiteral("product.upserted"), QStringLiteral("stock.adjusted"),
                           QStringLiteral("sale.completed"), QStringLiteral("sale.completed"),
                           QStringLiteral("stock.low"), QStringLiteral("stock.low_predicted"),
                           QStringLiteral("stock.adjusted"),
                           // the stock adjustment's audit entry, synced too
                           QStringLiteral("audit.recorded")}));
    EXPECT_EQ(outbox.json().value(QStringLiteral("pending")).toInt(), events.size());

    CtlRun health = json({QStringLiteral("health")});
    ASSERT_EQ(health.exitCode, 0);
    const QJsonObject h = health.json();
    EXPECT_EQ(h.value(QStringLiteral("store")).toString(), m_db);
    EXPECT_EQ(h.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
    EXPECT_EQ(h.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(h.value(QStringLiteral("products")).toInt(), 2);
    EXPECT_EQ(h.value(QStringLiteral("outbox_pending")).toInt(), events.size());
    EXPECT_EQ(h.value(QStringLiteral("ai_engine")).toString(), QStringLiteral("offline"));

    // The log file has JSON lines with the trace id of each command.
    QFile log(m_dir.filePath(QStringLiteral("log.jsonl")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().split('\n');
    int withTrace = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        ASSERT_FALSE(o.isEmpty()) << line.toStdString();
        EXPECT_TRUE(o.contains(QStringLiteral("time")) && o.contains(QStringLiteral("level")) &&
                    o.contains(QStringLiteral("category")) &&
                    o.contains(QStringLiteral("message")));
        if (o.value(QStringLiteral("trace_id")).toString().size() == 32)
            ++withTrace;
    }
    EXPECT_GE(withTrace, 10);
}

TEST_F(Bodegactl, AiSuggestStoresNothing)
{
    CtlRun r = json({QStringLiteral("ai"), QStringLiteral("suggest"), QStringLiteral("--name"),
                     QStringLiteral("Jabón Protex avena x3"), QStringLiteral("--keywords"),
                     QStringLiteral("jabón,baño")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("category")).toString(),
              QStringLiteral("Cuidado personal"));
    EXPECT_GT(r.json().value(QStringLiteral("confidence")).toDouble(), 0.0);
    EXPECT_LE(r.json().value(QStringLiteral("confidence")).toDouble(), 1.0);
    EXPECT_FALSE(r.json().value(QStringLiteral("description")).toString().isEmpty());
    EXPECT_EQ(r.json().value(QStringLiteral("engine")).toString(), QStringLiteral("offline"));
    EXPECT_FALSE(QFile::exists(m_db)); // no store was created
}

TEST_F(Bodegactl, DemoStoreIsRealistic)
{
    CtlRun r = json({QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("300")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("products")).toInt(), 300);
    EXPECT_GT(r.json().value(QStringLiteral("sales")).toInt(), 50);
    CtlRun list = json({QStringLiteral("product"), QStringLiteral("list"),
                        QStringLiteral("--limit"), QStringLiteral("300")});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray products = list.json().value(QStringLiteral("products")).toArray();
    ASSERT_EQ(products.size(), 300);
    QSet<QString> categories;
    int low = 0;
    for (const QJsonValue &v : products) {
        const QJsonObject p = v.toObject();
        EXPECT_TRUE(Barcode::validate(p.value(QStringLiteral("barcode")).toString()).ok());
        EXPECT_EQ(p.value(QStringLiteral("currency")).toString(), QStringLiteral("COP"));
        EXPECT_GT(p.value(QStringLiteral("price")).toInteger(), 0);
        EXPECT_EQ(p.value(QStringLiteral("price")).toInteger() % 100,
                  0); // shelf prices in hundreds of pesos
        EXPECT_FALSE(p.value(QStringLiteral("description")).toString().isEmpty());
        categories.insert(p.value(QStringLiteral("category")).toString());
        low += p.value(QStringLiteral("low")).toBool() ? 1 : 0;
    }
    EXPECT_GE(categories.size(), 15);
    EXPECT_GE(low, 10);
    EXPECT_LE(low, 150);
}

TEST_F(Bodegactl, ErrorsHaveStableCodesAndExitCodes)
{
    ASSERT_EQ(json({QStringLiteral("init")}).exitCode, 0);
    expectError(json({QStringLiteral("frobnicate")}), 2, "USAGE");
    expectError(json({QStringLiteral("product"), QStringLiteral("add")}), 3, "VALIDATION_FAILED",
                "name");
    expectError(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("X"), QStringLiteral("--barcode"),
                      QStringLiteral("7702001000013"), QStringLiteral("--no-ai")}),
                3, "INVALID_BARCODE", "barcode");
    expectError(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("X"), QStringLiteral("--price"), QStringLiteral("-5"),
                      QStringLiteral("--no-ai")}),
                3, "VALIDATION_FAILED", "price");
    expectError(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("X"), QStringLiteral("--price"),
                      QStringLiteral("99999999999999"), QStringLiteral("--no-ai")}),
                3, "VALIDATION_FAILED", "price");
    expectError(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("X"), QStringLiteral("--stock"), QStringLiteral("-3"),
                      QStringLiteral("--no-ai")}),
                3, "VALIDATION_FAILED", "stock");
    expectError(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                      QString(300, QLatin1Char('n')), QStringLiteral("--no-ai")}),
                3, "VALIDATION_FAILED", "name");
    ASSERT_EQ(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Uno"), QStringLiteral("--sku"), QStringLiteral("U-1"),
                    QStringLiteral("--no-ai")})
                  .exitCode,
              0);
    expectError(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Dos"), QStringLiteral("--sku"), QStringLiteral("U-1"),
                      QStringLiteral("--no-ai")}),
                3, "DUPLICATE", "sku");
    expectError(json({QStringLiteral("sell"), QStringLiteral("NOPE")}), 4, "NOT_FOUND");
    expectError(json({QStringLiteral("sell"), QStringLiteral("U-1"), QStringLiteral("--qty"),
                      QStringLiteral("0")}),
                3, "VALIDATION_FAILED", "qty");
    expectError(json({QStringLiteral("sell"), QStringLiteral("U-1"), QStringLiteral("--qty"),
                      QStringLiteral("abc")}),
                3, "VALIDATION_FAILED", "qty");
    expectError(json({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("U-1"),
                      QStringLiteral("--delta"), QStringLiteral("5")}),
                3, "VALIDATION_FAILED", "reason");
    expectError(
        json({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("nothing-here")}),
        4, "NOT_FOUND");
    // Nothing above changed the store: one product, its one event.
    CtlRun health = json({QStringLiteral("health")});
    EXPECT_EQ(health.json().value(QStringLiteral("products")).toInt(), 1);
    EXPECT_EQ(health.json().value(QStringLiteral("outbox_pending")).toInt(), 1);
}

TEST_F(Bodegactl, BadStoreFilesAreRefusedAndLeftAlone)
{
    // A corrupt file.
    QFile f(m_db);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a database\n").repeated(500));
    f.close();
    expectError(json({QStringLiteral("product"), QStringLiteral("list")}), 5, "STORAGE_CORRUPT");
    expectError(json({QStringLiteral("init")}), 5, "STORAGE_CORRUPT");
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("not a database\n").repeated(500));
    f.close();

    // A store that does not exist is not created by read commands.
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    CtlRun r = ctl(
        {QStringLiteral("--json"), QStringLiteral("--db"), missing, QStringLiteral("low-stock")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_FALSE(QFile::exists(missing));
}

TEST_F(Bodegactl, ReadOnlyAndUnreadableStores)
{
    // root ignores file modes, so these run the CLI as an unprivileged user
    // when the suite runs as root (CI does).
    QStringList wrapper;
    if (::geteuid() == 0) {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        ASSERT_FALSE(runuser.isEmpty()) << "runuser is needed to drop root for this test";
        wrapper = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")};
    }
    ASSERT_EQ(json({QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(json({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Uno"), QStringLiteral("--no-ai")})
                  .exitCode,
              0);
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                            QFile::ExeOther);
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = [&] {
        QFile f(m_db);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    CtlRun ro =
        ctl({QStringLiteral("--json"), QStringLiteral("sell"), QStringLiteral("Uno")}, wrapper);
    expectError(ro, 5, "STORAGE_READ_ONLY");

    QFile::setPermissions(m_db, QFileDevice::Permissions());
    CtlRun unreadable =
        ctl({QStringLiteral("--json"), QStringLiteral("product"), QStringLiteral("list")}, wrapper);
    expectError(unreadable, 5, "STORAGE_FAILED");

    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(m_db);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST_F(Bodegactl, ImportReportsBadRowsByLineAndIsAllOrNothing)
{
    const QString csv = m_dir.filePath(QStringLiteral("p.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("name,sku,barcode,price,stock\nBien,B-1,,1000,5\nMal,B-2,12345,1000,5\n");
    f.close();
    CtlRun r = json({QStringLiteral("product"), QStringLiteral("import"), csv});
    expectError(r, 3, "IMPORT_FAILED", "barcode");
    EXPECT_EQ(r.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("details"))
                  .toObject()
                  .value(QStringLiteral("line"))
                  .toInt(),
              3);
    EXPECT_EQ(json({QStringLiteral("health")}).json().value(QStringLiteral("products")).toInt(), 0);
}

TEST_F(Bodegactl, ImportsAHundredThousandRows)
{
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("sku;name;barcode;keywords;category;price;stock;threshold;ignored\n");
    for (int i = 0; i < 100000; ++i) {
        const QString barcode =
            Barcode::withCheckDigit(QStringLiteral("770%1").arg(i, 9, 10, QLatin1Char('0')));
        f.write(QStringLiteral(
                    "SKU-%1;\"Producto %1; referencia\";%2;a,b;Granos y abarrotes;%3;%4;10;x\n")
                    .arg(i)
                    .arg(barcode)
                    .arg(1000 + i % 5000)
                    .arg(i % 40)
                    .toUtf8());
    }
    f.close();
    CtlRun r = json({QStringLiteral("product"), QStringLiteral("import"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.out.left(500).toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("created")).toInt(), 100000);
    EXPECT_TRUE(r.json().value(QStringLiteral("committed")).toBool());
    CtlRun show =
        json({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("SKU-99999")});
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_EQ(show.json().value(QStringLiteral("name")).toString(),
              QStringLiteral("Producto 99999; referencia"));
    EXPECT_EQ(show.json().value(QStringLiteral("stock")).toInt(), 99999 % 40);
}

TEST_F(Bodegactl, SaleWithSplitTenderPrintsTheCompletedSaleWithItsReceiptNumber)
{
    ASSERT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
    for (const QStringList &add :
         {QStringList{QStringLiteral("--name"), QStringLiteral("Arroz Diana 500 g"),
                      QStringLiteral("--sku"), QStringLiteral("ARR-500"), QStringLiteral("--price"),
                      QStringLiteral("2900")},
          QStringList{QStringLiteral("--name"), QStringLiteral("Queso campesino"),
                      QStringLiteral("--sku"), QStringLiteral("00042"), QStringLiteral("--price"),
                      QStringLiteral("32000")}}) {
        const CtlRun r = ctl(QStringList{QStringLiteral("product"), QStringLiteral("add")} + add +
                             QStringList{QStringLiteral("--stock"), QStringLiteral("20"),
                                         QStringLiteral("--no-ai")});
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }
    ASSERT_EQ(ctl({QStringLiteral("product"), QStringLiteral("edit"), QStringLiteral("00042"),
                   QStringLiteral("--unit"), QStringLiteral("kg")})
                  .exitCode,
              0);
    // Nothing paid yet: refused with its code, nothing recorded.
    expectError(json({QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-500:2"),
                      QStringLiteral("--pay"), QStringLiteral("cash:1000")}),
                3, "PAYMENT_INCOMPLETE", "payments");
    expectError(json({QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-500"),
                      QStringLiteral("--pay"), QStringLiteral("cheque:2900")}),
                3, "VALIDATION_FAILED", "pay");

    // 3 rice and a scale label for 0.350 kg of cheese, 5 % off, card and cash.
    const CtlRun r = json(
        {QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-500:3"),
         QStringLiteral("--line"), QStringLiteral("2000042003500"), QStringLiteral("--discount"),
         QStringLiteral("5%"), QStringLiteral("--pay"), QStringLiteral("card:10000:A1B2"),
         QStringLiteral("--pay"), QStringLiteral("cash:20000")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const QJsonObject sale = r.json().value(QStringLiteral("sale")).toObject();
    EXPECT_EQ(sale.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("T01-000001"));
    EXPECT_EQ(sale.value(QStringLiteral("gross")).toInteger(), 19900); // 8700 + 11200
    EXPECT_EQ(sale.value(QStringLiteral("total")).toInteger(), 18905);
    EXPECT_EQ(sale.value(QStringLiteral("change")).toInteger(), 11095);
    EXPECT_EQ(sale.value(QStringLiteral("tax")).toInteger(), 3018); // 18905 - 18905 / 1.19
    const QJsonArray lines = sale.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1].toObject().value(QStringLiteral("qty")).toString(), QStringLiteral("0.35"));
    const QJsonArray payments = sale.value(QStringLiteral("payments")).toArray();
    ASSERT_EQ(payments.size(), 2);
    EXPECT_EQ(payments[1].toObject().value(QStringLiteral("amount")).toInteger(), 8905);

    const CtlRun rice =
        json({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("ARR-500")});
    EXPECT_EQ(rice.json().value(QStringLiteral("stock")).toDouble(), 17.0) << rice.text();
    const CtlRun next =
        json({QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-500"),
              QStringLiteral("--pay"), QStringLiteral("wallet:2900:M55:Nequi")});
    ASSERT_EQ(next.exitCode, 0) << next.text();
    EXPECT_EQ(next.json()
                  .value(QStringLiteral("sale"))
                  .toObject()
                  .value(QStringLiteral("receipt_no"))
                  .toString(),
              QStringLiteral("T01-000002"));
}

TEST_F(Bodegactl, UsersRolesAndLoginGuardTheCommandsThatNeedThem)
{
    initWithRice();
    // The first user is the admin; then a cashier.
    CtlRun r = as({}, QStringLiteral("la-tienda-2026"),
                  {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"),
                   QStringLiteral("dueno"), QStringLiteral("--role"), QStringLiteral("admin")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    r = as(QStringLiteral("la-tienda-2026"), QStringLiteral("4821"),
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("dueno"),
            QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"),
            QStringLiteral("--role"), QStringLiteral("cashier")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(
        r.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("secret_kind")),
        QStringLiteral("pin"));

    // The contract: bodegactl --user NAME sale --line SKU:QTY --pay cash:AMOUNT --json.
    r = as(QStringLiteral("4821"), {},
           {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("sale"),
            QStringLiteral("--line"), QStringLiteral("ARR-500:2"), QStringLiteral("--pay"),
            QStringLiteral("cash:10000"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.json().value(QStringLiteral("sale")).toObject().value(QStringLiteral("receipt_no")),
              QStringLiteral("T01-000001"));
    EXPECT_EQ(r.json().value(QStringLiteral("sale")).toObject().value(QStringLiteral("change")),
              4200);

    // A cashier may not change a price; nobody acts without logging in.
    expectError(as(QStringLiteral("4821"), {},
                   {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
                    QStringLiteral("product"), QStringLiteral("edit"), QStringLiteral("ARR-500"),
                    QStringLiteral("--price"), QStringLiteral("100")}),
                6, "PERMISSION_DENIED");
    expectError(json({QStringLiteral("sell"), QStringLiteral("ARR-500")}), 6, "PERMISSION_DENIED");
    expectError(as(QStringLiteral("0000"), {},
                   {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
                    QStringLiteral("sell"), QStringLiteral("ARR-500")}),
                6, "AUTHENTICATION_FAILED");
    // Without BODEGA_PASSWORD and no terminal to type it: a usage error, not a hang.
    expectError(json({QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("sell"),
                      QStringLiteral("ARR-500")}),
                2, "USAGE");
    r = as(QStringLiteral("la-tienda-2026"), {},
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("dueno"),
            QStringLiteral("user"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    EXPECT_EQ(r.json().value(QStringLiteral("users")).toArray().size(), 2);
    EXPECT_FALSE(r.out.contains("argon2"));
    // The audit trail, for the admin, not for the cashier.
    r = as(QStringLiteral("la-tienda-2026"), {},
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("dueno"),
            QStringLiteral("audit"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    QStringList actions;
    for (const QJsonValue &e : r.json().value(QStringLiteral("entries")).toArray())
        actions << e.toObject().value(QStringLiteral("action")).toString();
    EXPECT_TRUE(actions.contains(QStringLiteral("login_failed"))) << r.text();
    EXPECT_TRUE(actions.contains(QStringLiteral("user_added")));
    expectError(as(QStringLiteral("4821"), {},
                   {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
                    QStringLiteral("audit"), QStringLiteral("list")}),
                6, "PERMISSION_DENIED");
    const CtlRun rice =
        json({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("ARR-500")});
    EXPECT_EQ(rice.json().value(QStringLiteral("price")).toInteger(), 2900) << rice.text();
    EXPECT_EQ(rice.json().value(QStringLiteral("stock")).toDouble(), 18.0);
}

TEST_F(Bodegactl, ACashiersReturnNeedsTheManagersPin)
{
    initWithRice();
    auto withEnv = [this](const QList<QPair<const char *, QString>> &env, const QStringList &args) {
        for (const auto &[k, v] : env)
            qputenv(k, v.toUtf8());
        const CtlRun r = ctl(args);
        for (const auto &[k, v] : env)
            qunsetenv(k);
        return r;
    };
    ASSERT_EQ(withEnv({{"BODEGA_NEW_SECRET", QStringLiteral("la-tienda-2026")}},
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dueno"),
                       QStringLiteral("--role"), QStringLiteral("admin")})
                  .exitCode,
              0);
    for (const auto &[name, role, pin] :
         {std::tuple{"ana", "cashier", "4821"}, std::tuple{"luis", "manager", "2468"}}) {
        const CtlRun r =
            withEnv({{"BODEGA_PASSWORD", QStringLiteral("la-tienda-2026")},
                     {"BODEGA_NEW_SECRET", QString::fromLatin1(pin)}},
                    {QStringLiteral("--user"), QStringLiteral("dueno"), QStringLiteral("user"),
                     QStringLiteral("add"), QString::fromLatin1(name), QStringLiteral("--role"),
                     QString::fromLatin1(role), QStringLiteral("--pin")});
        ASSERT_EQ(r.exitCode, 0) << r.text();
    }
    const CtlRun sale =
        withEnv({{"BODEGA_PASSWORD", QStringLiteral("4821")}},
                {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
                 QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-500:3"),
                 QStringLiteral("--pay"), QStringLiteral("cash:10000")});
    ASSERT_EQ(sale.exitCode, 0) << sale.text();
    const QStringList returnArgs{
        QStringLiteral("--json"), QStringLiteral("--user"),     QStringLiteral("ana"),
        QStringLiteral("return"), QStringLiteral("T01-000001"), QStringLiteral("--line"),
        QStringLiteral("1:2"),    QStringLiteral("--reason"),   QStringLiteral("vencido")};
    expectError(withEnv({{"BODEGA_PASSWORD", QStringLiteral("4821")}}, returnArgs), 6,
                "PERMISSION_DENIED");
    expectError(
        withEnv({{"BODEGA_PASSWORD", QStringLiteral("4821")},
                 {"BODEGA_APPROVER_PIN", QStringLiteral("0000")}},
                returnArgs + QStringList{QStringLiteral("--approve"), QStringLiteral("luis")}),
        6, "AUTHENTICATION_FAILED");
    const CtlRun back =
        withEnv({{"BODEGA_PASSWORD", QStringLiteral("4821")},
                 {"BODEGA_APPROVER_PIN", QStringLiteral("2468")}},
                returnArgs + QStringList{QStringLiteral("--approve"), QStringLiteral("luis")});
    ASSERT_EQ(back.exitCode, 0) << back.text();
    EXPECT_EQ(
        back.json().value(QStringLiteral("return")).toObject().value(QStringLiteral("refund")),
        5800);
    const CtlRun rice =
        json({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("ARR-500")});
    EXPECT_EQ(rice.json().value(QStringLiteral("stock")).toDouble(), 19.0);
    // Only one unit is left to return on that line.
    expectError(
        withEnv({{"BODEGA_PASSWORD", QStringLiteral("2468")}},
                {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("luis"),
                 QStringLiteral("return"), QStringLiteral("T01-000001"), QStringLiteral("--line"),
                 QStringLiteral("1:2"), QStringLiteral("--reason"), QStringLiteral("otra")}),
        3, "VALIDATION_FAILED", "qty");
}

TEST_F(Bodegactl, AShiftClosesWithTheCountedCashAgainstTheExpected)
{
    initWithRice();
    ASSERT_EQ(ctl({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                   QStringLiteral("100000")})
                  .exitCode,
              0);
    expectError(json({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                      QStringLiteral("5000")}),
                3, "VALIDATION_FAILED", "shift");
    ASSERT_EQ(ctl({QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-500:2"),
                   QStringLiteral("--pay"), QStringLiteral("cash:10000")})
                  .exitCode,
              0);
    ASSERT_EQ(ctl({QStringLiteral("shift"), QStringLiteral("cash"), QStringLiteral("--amount"),
                   QStringLiteral("-12000"), QStringLiteral("--reason"),
                   QStringLiteral("pago proveedor")})
                  .exitCode,
              0);
    const QString zReport = m_dir.filePath(QStringLiteral("z.pdf"));
    const CtlRun closed =
        json({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--counted"),
              QStringLiteral("93500"), QStringLiteral("--report"), zReport});
    ASSERT_EQ(closed.exitCode, 0) << closed.text();
    const QJsonObject shift = closed.json().value(QStringLiteral("shift")).toObject();
    EXPECT_EQ(shift.value(QStringLiteral("expected_cash")).toInteger(),
              93800); // 100000 + 5800 - 12000
    EXPECT_EQ(shift.value(QStringLiteral("difference")).toInteger(), -300);
    EXPECT_EQ(shift.value(QStringLiteral("sales")).toInt(), 1);
    expectError(json({QStringLiteral("shift"), QStringLiteral("status")}), 4, "NOT_FOUND");

    // The Z report says the same on paper, and can be printed again.
    const QString z = test::pdfText(zReport).simplified();
    SCOPED_TRACE(z.toStdString());
    EXPECT_TRUE(z.contains(QStringLiteral("Z report")));
    EXPECT_TRUE(z.contains(QStringLiteral("Cash float $ 100,000")));
    EXPECT_TRUE(z.contains(QStringLiteral("Cash sales $ 5,800")));
    EXPECT_TRUE(z.contains(QStringLiteral("Cash out -$ 12,000")));
    EXPECT_TRUE(z.contains(QStringLiteral("Expected cash $ 93,800")));
    EXPECT_TRUE(z.contains(QStringLiteral("Counted cash $ 93,500")));
    EXPECT_TRUE(z.contains(QStringLiteral("Missing -$ 300")));
    const QString again = m_dir.filePath(QStringLiteral("z-again.pdf"));
    ASSERT_EQ(
        ctl({QStringLiteral("shift"), QStringLiteral("report"), QStringLiteral("--out"), again})
            .exitCode,
        0);
    EXPECT_TRUE(test::pdfText(again).simplified().contains(QStringLiteral("Missing -$ 300")));
}

TEST_F(Bodegactl, ASaleLeavesAReceiptPdfAndAReprintFromHistory)
{
    initWithRice();
    ASSERT_EQ(as({}, QStringLiteral("la-tienda-2026"),
                 {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dueno"),
                  QStringLiteral("--role"), QStringLiteral("admin")})
                  .exitCode,
              0);
    ASSERT_EQ(as(QStringLiteral("la-tienda-2026"), QStringLiteral("4821"),
                 {QStringLiteral("--user"), QStringLiteral("dueno"), QStringLiteral("user"),
                  QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--role"),
                  QStringLiteral("cashier")})
                  .exitCode,
              0);
    // Only an admin changes the receipt's header.
    const QStringList setTaxId = {QStringLiteral("setting"), QStringLiteral("set"),
                                  QStringLiteral("store.tax_id"), QStringLiteral("900.123.456-7")};
    expectError(
        as(QStringLiteral("4821"), {},
           QStringList{QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana")} +
               setTaxId),
        6, "PERMISSION_DENIED");
    ASSERT_EQ(as(QStringLiteral("la-tienda-2026"), {},
                 QStringList{QStringLiteral("--user"), QStringLiteral("dueno")} + setTaxId)
                  .exitCode,
              0);
    expectError(as(QStringLiteral("la-tienda-2026"), {},
                   {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("dueno"),
                    QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("store.nit"),
                    QStringLiteral("1")}),
                3, "VALIDATION_FAILED", "key");
    // A discount limit that does not parse would stop every sale: refused.
    expectError(as(QStringLiteral("la-tienda-2026"), {},
                   {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("dueno"),
                    QStringLiteral("setting"), QStringLiteral("set"),
                    QStringLiteral("till.cashier_discount_limit"), QStringLiteral("diez")}),
                3, "VALIDATION_FAILED", "till.cashier_discount_limit");

    // The cashier sells 2 rice for 5,800 paid with 10,000: the receipt PDF
    // says so; there is no printer here, so the sale stands and says that
    // the receipt waits for a reprint.
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    const CtlRun sale =
        as(QStringLiteral("4821"), {},
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
            QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("ARR-500:2"),
            QStringLiteral("--pay"), QStringLiteral("cash:10000"), QStringLiteral("--print"),
            QStringLiteral("--receipt-pdf"), pdf});
    ASSERT_EQ(sale.exitCode, 0) << sale.text();
    const QJsonObject documents = sale.json().value(QStringLiteral("documents")).toObject();
    EXPECT_EQ(documents.value(QStringLiteral("receipt")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(documents.value(QStringLiteral("receipt_pdf")).toString(), pdf);
    const QString text = test::pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("T01-000001"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Till T01 · ana"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("NIT 900.123.456-7"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Arroz Diana 500 g"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("TOTAL $ 5,800"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Change $ 4,200"))) << text.toStdString();

    // The failed receipt is listed; a reprint from history fails the same
    // way (PRINTER_FAILED), and the invoice can be written on demand.
    const CtlRun failed =
        as(QStringLiteral("4821"), {},
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
            QStringLiteral("documents"), QStringLiteral("list"), QStringLiteral("--failed")});
    ASSERT_EQ(failed.exitCode, 0) << failed.text();
    const QJsonArray waiting = failed.json().value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.at(0).toObject().value(QStringLiteral("receipt_no")).toString(),
              QStringLiteral("T01-000001"));
    expectError(
        as(QStringLiteral("4821"), {},
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
            QStringLiteral("receipt"), QStringLiteral("print"), QStringLiteral("T01-000001")}),
        1, "PRINTER_FAILED");
    const QString invoice = m_dir.filePath(QStringLiteral("factura.pdf"));
    ASSERT_EQ(as(QStringLiteral("4821"), {},
                 {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("receipt"),
                  QStringLiteral("pdf"), QStringLiteral("T01-000001"), QStringLiteral("--invoice"),
                  QStringLiteral("--out"), invoice})
                  .exitCode,
              0);
    EXPECT_TRUE(
        test::pdfText(invoice).simplified().contains(QStringLiteral("Sales invoice T01-000001")));
    const CtlRun shown =
        as(QStringLiteral("4821"), {},
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
            QStringLiteral("receipt"), QStringLiteral("show"), QStringLiteral("T01-000001")});
    ASSERT_EQ(shown.exitCode, 0) << shown.text();
    const QJsonObject receipt = shown.json().value(QStringLiteral("receipt")).toObject();
    EXPECT_EQ(receipt.value(QStringLiteral("total")).toInteger(), 5800);
    EXPECT_EQ(receipt.value(QStringLiteral("cashier")).toString(), QStringLiteral("ana"));
    expectError(
        as(QStringLiteral("4821"), {},
           {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("ana"),
            QStringLiteral("receipt"), QStringLiteral("show"), QStringLiteral("T01-000777")}),
        4, "NOT_FOUND");
}
