#include "demostore.h"

#include "domain/barcode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace bodega {

namespace {

struct Variant
{
    QString name;
    QString category;
    QStringList keywords;
    QString brand;
    qint64 price;
    int taxBp;
    UnitOfMeasure unit;
};

QVector<Variant> loadVariants()
{
    QFile file(QStringLiteral(":/demo/catalog.json"));
    QVector<Variant> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray products = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("products"))
                                    .toArray();
    for (const QJsonValue &v : products) {
        const QJsonObject o = v.toObject();
        QStringList keywords;
        for (const QJsonValue &k : o.value(QStringLiteral("keywords")).toArray())
            keywords << k.toString();
        const QJsonArray brands = o.value(QStringLiteral("brands")).toArray();
        const QJsonArray sizes = o.value(QStringLiteral("sizes")).toArray();
        const UnitOfMeasure unit =
            unitFromCode(o.value(QStringLiteral("unit")).toString()).value_or(UnitOfMeasure::Unit);
        for (int s = 0; s < sizes.size(); ++s) {
            for (const QJsonValue &b : brands) {
                Variant var;
                const QString brand = b.toString();
                const QString size = sizes.at(s).toString();
                var.name = o.value(QStringLiteral("name")).toString();
                if (!brand.isEmpty())
                    var.name += QLatin1Char(' ') + brand;
                if (unit == UnitOfMeasure::Unit)
                    var.name += QLatin1Char(' ') + size;
                var.category = o.value(QStringLiteral("category")).toString();
                var.keywords = keywords;
                if (!brand.isEmpty())
                    var.keywords << brand.toLower();
                var.brand = brand;
                // Bigger sizes cost more; prices end in hundreds as on a shelf.
                const qint64 base = o.value(QStringLiteral("price")).toInteger();
                var.price = (base * (10 + 8 * s) / 10 + 50) / 100 * 100;
                var.taxBp = o.value(QStringLiteral("tax")).toInt();
                var.unit = unit;
                out.push_back(var);
            }
        }
    }
    return out;
}

} // namespace

DemoStore::DemoStore(Database &db, AiProvider &ai, const Clock &clock)
    : m_db(db), m_ai(ai), m_clock(clock)
{
}

Result<DemoStore::Summary> DemoStore::populate(int productCount, quint32 seed,
                                               const std::function<void(int)> &progress)
{
    if (productCount < 1 || productCount > 2000000)
        return Error::validation(QStringLiteral("products"),
                                 tr("The demo store takes 1 to 2,000,000 products"));
    const QVector<Variant> variants = loadVariants();
    if (variants.isEmpty())
        return Error{ErrorCode::Internal, tr("The demo catalog resource is missing"), {}};

    CatalogService catalog(m_db, m_ai, m_clock);
    auto existing = catalog.count(ProductQuery{});
    if (!existing)
        return existing.error();
    const qint64 offset = *existing;
    QRandomGenerator rng(seed + static_cast<quint32>(offset));
    const QString currency = catalog.currency();

    Summary summary;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QVector<QString> skus;
    for (int i = 0; i < productCount; ++i) {
        const qint64 n = offset + i;
        const Variant &v = variants.at(static_cast<int>(n % variants.size()));
        Product p;
        p.name = v.name;
        const qint64 round = n / variants.size();
        if (round > 0)
            p.name += tr(" (ref. %1)").arg(round);
        p.sku = QStringLiteral("DEM-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
        p.barcode = Barcode::withCheckDigit(
            QStringLiteral("770%1").arg(n + 100000, 9, 10, QLatin1Char('0')));
        p.keywords = v.keywords;
        p.category = v.category;
        p.unit = v.unit;
        p.price = Money(v.price, currency);
        p.cost = Money(v.price * 7 / 10, currency);
        p.taxRateBasisPoints = v.taxBp;
        p.supplier =
            v.brand.isEmpty() ? tr("Central de abastos") : tr("Distribuidora %1").arg(v.brand);
        p.threshold = Quantity::fromUnits(v.unit == UnitOfMeasure::Unit ? 10 : 5);
        // Most shelves are comfortable; about one in six is near or under its threshold.
        const quint32 roll = rng.bounded(100u);
        qint64 stockUnits = roll < 8    ? rng.bounded(0, 10)
                            : roll < 17 ? rng.bounded(10, 14)
                                        : rng.bounded(15, 120);
        AiRequest request;
        request.name = p.name;
        request.keywords = p.keywords;
        request.category = p.category;
        request.unit = unitCode(p.unit);
        if (auto s = m_ai.suggest(request)) {
            p.description = s->description;
            p.descriptionGenerated = true;
        }
        auto added = catalog.addProduct(p, Quantity::fromUnits(stockUnits), false);
        if (!added)
            return added.error();
        skus.push_back(added->sku);
        ++summary.products;
        if (progress && (i + 1) % 1000 == 0)
            progress(i + 1);
    }

    // Two weeks of sales on the first products, dated in the past, so the
    // low-stock page and (later) forecasts have history to show.
    ManualClock past(m_clock.nowMs() - 14LL * 24 * 3600 * 1000);
    CatalogService history(m_db, m_ai, past);
    const int sold = std::min<int>(skus.size(), 40);
    for (int day = 0; day < 14; ++day) {
        for (int k = 0; k < sold; ++k) {
            if (rng.bounded(100u) < 60)
                continue;
            past.advanceMs(rng.bounded(60, 600) * 1000);
            auto sale = history.sell(skus.at(k), Quantity::fromUnits(rng.bounded(1, 3)));
            if (!sale)
                return sale.error();
            ++summary.sales;
        }
        past.setMs(m_clock.nowMs() - (13LL - day) * 24 * 3600 * 1000);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(productCount);
    return summary;
}

} // namespace bodega
