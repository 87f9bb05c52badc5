#include "testsupport.h"

#include "storage/outbox.h"

#include <gtest/gtest.h>
#include <QProcess>
#include <QRegularExpression>

namespace bodega::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(BODEGA_TEST_DATA_DIR "/") + relative;
}

TempStore::TempStore()
{
    auto opened = Database::open(path());
    if (!opened)
        qFatal("cannot open test store: %s", qPrintable(opened.error().message));
    db = std::move(*opened);
    ai = std::make_unique<OfflineEngine>();
    catalog = std::make_unique<CatalogService>(*db, *ai, clock);
}

QVector<QJsonObject> TempStore::envelopes() const
{
    Outbox outbox(*db, clock);
    QVector<QJsonObject> out;
    auto events = outbox.list({}, 1000000);
    if (!events)
        return out;
    for (const OutboxEvent &e : *events)
        out.push_back(e.envelope(QStringLiteral("T01")));
    return out;
}

CtlRun runProcess(const QString &program, const QStringList &args,
                  const QProcessEnvironment &environment, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, args);
    EXPECT_TRUE(p.waitForStarted()) << program.toStdString();
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(timeoutMs)) << program.toStdString();
    CtlRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QSizeF pdfPageSizeMm(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    if (!m.hasMatch())
        return {};
    constexpr double MmPerPoint = 25.4 / 72.0;
    return QSizeF(m.captured(1).toDouble() * MmPerPoint, m.captured(2).toDouble() * MmPerPoint);
}

QVector<Product> addGroceries(CatalogService &catalog, qint64 stock)
{
    const struct
    {
        const char *sku, *name;
        qint64 price;
        int tax;
    } items[] = {{"ARR-500", "Arroz Diana 500 g", 2900, 1900},
                 {"LEC-1", "Leche entera 1 l", 4200, 500},
                 {"HUE-30", "Huevos x30", 18000, 0}};
    QVector<Product> added;
    for (const auto &i : items) {
        Product p = sampleProduct(QString::fromUtf8(i.name), QString::fromLatin1(i.sku));
        p.barcode.clear();
        p.price = Money(i.price, QStringLiteral("COP"));
        p.taxRateBasisPoints = i.tax;
        p.threshold = Quantity::fromUnits(5);
        auto r = catalog.addProduct(p, Quantity::fromUnits(stock), false);
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        if (r)
            added << *r;
    }
    return added;
}

qint64 TempStore::scalar(const QString &sql) const
{
    auto q = db->exec(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

Product sampleProduct(const QString &name, const QString &sku)
{
    Product p;
    p.name = name;
    p.sku = sku;
    p.barcode = QStringLiteral("7702001000012");
    p.keywords = {QStringLiteral("arroz"), QStringLiteral("grano")};
    p.category = QStringLiteral("Granos y abarrotes");
    p.price = Money(2900, QStringLiteral("COP"));
    p.cost = Money(2000, QStringLiteral("COP"));
    return p;
}

} // namespace bodega::test
