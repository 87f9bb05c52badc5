// bodegactl supplier and po: a purchase order from creation to the stock it
// brings in, and its exports, through the real binary.
#include "bodegactlfixture.h"

#include <QFile>
#include <QJsonArray>

namespace bodega::test {

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_F(Bodegactl, PurchaseOrderReceiptRaisesStockAndExports)
{
    initWithRice();
    CtlRun added =
        json(args({"supplier", "add", "--name", "Distribuidora Andina", "--contact", "Marta Gómez",
                   "--email", "pedidos@andina.com.co", "--lead-time", "3"}));
    ASSERT_EQ(added.exitCode, 0) << added.text();
    EXPECT_EQ(added.json()
                  .value(QStringLiteral("supplier"))
                  .toObject()
                  .value(QStringLiteral("lead_time_days"))
                  .toInt(),
              3);
    expectError(json(args({"supplier", "add", "--name", "Otro", "--email", "no-es-correo"})), 3,
                "VALIDATION_FAILED", "email");
    expectError(json(args({"supplier", "add", "--name", "Otro", "--lead-time", "-2"})), 3,
                "VALIDATION_FAILED", "lead_time_days");
    ASSERT_EQ(json(args({"supplier", "price", "--supplier", "Distribuidora Andina", "--product",
                         "ARR-500", "--price", "2100"}))
                  .exitCode,
              0);
    CtlRun suppliers = json(args({"supplier", "list"}));
    ASSERT_EQ(suppliers.exitCode, 0);
    const QJsonArray list = suppliers.json().value(QStringLiteral("suppliers")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0)
                  .toObject()
                  .value(QStringLiteral("prices"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("price"))
                  .toInt(),
              2100);

    CtlRun created =
        json(args({"po", "create", "--supplier", "Distribuidora Andina", "--line", "ARR-500:30"}));
    ASSERT_EQ(created.exitCode, 0) << created.text();
    const QJsonObject po = created.json().value(QStringLiteral("purchase_order")).toObject();
    const QString number = po.value(QStringLiteral("number")).toString();
    EXPECT_EQ(number, QStringLiteral("OC-T01-000001"));
    EXPECT_EQ(po.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(po.value(QStringLiteral("total")).toInt(), 30 * 2100);

    // A draft is not received: nothing changes.
    expectError(json({QStringLiteral("po"), QStringLiteral("receive"), number,
                      QStringLiteral("--line"), QStringLiteral("ARR-500:5")}),
                3, "VALIDATION_FAILED", "status");
    ASSERT_EQ(json({QStringLiteral("po"), QStringLiteral("send"), number}).exitCode, 0);
    CtlRun partial = json({QStringLiteral("po"), QStringLiteral("receive"), number,
                           QStringLiteral("--line"), QStringLiteral("ARR-500:12")});
    ASSERT_EQ(partial.exitCode, 0) << partial.text();
    EXPECT_EQ(partial.json()
                  .value(QStringLiteral("purchase_order"))
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("partially_received"));
    CtlRun show = json(args({"product", "show", "ARR-500"}));
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_EQ(show.json().value(QStringLiteral("stock")).toInt(), 32);
    expectError(json({QStringLiteral("po"), QStringLiteral("receive"), number,
                      QStringLiteral("--line"), QStringLiteral("ARR-500:19")}),
                3, "VALIDATION_FAILED", "qty");
    CtlRun rest = json({QStringLiteral("po"), QStringLiteral("receive"), number,
                        QStringLiteral("--line"), QStringLiteral("ARR-500:18")});
    ASSERT_EQ(rest.exitCode, 0) << rest.text();
    EXPECT_EQ(
        json(args({"product", "show", "ARR-500"})).json().value(QStringLiteral("stock")).toInt(),
        50);
    CtlRun received = json(args({"po", "list", "--status", "received"}));
    ASSERT_EQ(received.exitCode, 0);
    EXPECT_EQ(received.json().value(QStringLiteral("purchase_orders")).toArray().size(), 1);

    const QString csvPath = m_dir.filePath(QStringLiteral("oc.csv"));
    ASSERT_EQ(
        json({QStringLiteral("po"), QStringLiteral("export"), number, QStringLiteral("--format"),
              QStringLiteral("csv"), QStringLiteral("--out"), csvPath})
            .exitCode,
        0);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(csv.readAll()),
              QStringLiteral("number,supplier,status,line_no,sku,name,ordered,received,unit_cost,"
                             "line_total,currency\r\n"
                             "OC-T01-000001,Distribuidora Andina,received,1,ARR-500,"
                             "Arroz Diana 500 g,30,30,2100,63000,COP\r\n"));

    const QString pdfPath = m_dir.filePath(QStringLiteral("oc.pdf"));
    CtlRun pdf =
        json({QStringLiteral("po"), QStringLiteral("export"), number, QStringLiteral("--format"),
              QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.text();
    const QString text = pdfText(pdfPath).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Purchase order OC-T01-000001")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Supplier: Distribuidora Andina")));
    EXPECT_TRUE(text.contains(QStringLiteral("Contact: Marta Gómez")));
    EXPECT_TRUE(text.contains(QStringLiteral("ARR-500 Arroz Diana 500 g")));
    EXPECT_TRUE(text.contains(QStringLiteral("63"))); // the total, however the locale groups it
    EXPECT_EQ(pdfPages(pdfPath), 1);
    expectError(
        json({QStringLiteral("po"), QStringLiteral("export"), number, QStringLiteral("--format"),
              QStringLiteral("xls"), QStringLiteral("--out"), pdfPath}),
        3, "VALIDATION_FAILED", "format");

    ASSERT_EQ(json({QStringLiteral("po"), QStringLiteral("close"), number}).exitCode, 0);
    expectError(json({QStringLiteral("po"), QStringLiteral("close"), number}), 3,
                "VALIDATION_FAILED", "status");
}

TEST_F(Bodegactl, CashiersCannotBuy)
{
    initWithRice();
    ASSERT_EQ(
        as({}, QStringLiteral("la-tienda-2026"), args({"user", "add", "dueno", "--role", "admin"}))
            .exitCode,
        0);
    ASSERT_EQ(as(QStringLiteral("la-tienda-2026"), QStringLiteral("4821"),
                 args({"--user", "dueno", "user", "add", "ana", "--role", "cashier"}))
                  .exitCode,
              0);
    const CtlRun denied = as(QStringLiteral("4821"), {},
                             args({"--json", "--user", "ana", "supplier", "add", "--name", "X"}));
    expectError(denied, 6, "PERMISSION_DENIED");
    const CtlRun allowed =
        as(QStringLiteral("la-tienda-2026"), {},
           args({"--json", "--user", "dueno", "supplier", "add", "--name", "X"}));
    EXPECT_EQ(allowed.exitCode, 0) << allowed.text();
}

} // namespace bodega::test
