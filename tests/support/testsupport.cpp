#include "testsupport.h"

#include "storage/outbox.h"

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
