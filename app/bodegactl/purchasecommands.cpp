// bodegactl supplier ..., po ...: suppliers, their prices and purchase
// orders (PurchaseOrderBook), for managers and admins.
#include "bodegactl.h"
#include "print/documentprinter.h"
#include "purchasing/purchaseordercsv.h"

#include <QJsonArray>

namespace bodega {

namespace {

QString orderText(const PurchaseOrder &po)
{
    QString text = QStringLiteral("%1  %2  %3  %4\n")
                       .arg(po.number, po.supplier.name, purchaseOrderStatusCode(po.status),
                            po.total().format());
    for (const PurchaseOrderLine &l : po.lines)
        text += QStringLiteral("  %1  %2  %3/%4 x %5\n")
                    .arg(l.sku, l.name, l.received.toString(), l.ordered.toString(),
                         l.unitCost.format());
    return text;
}

} // namespace

int BodegaCtl::cmdSupplier()
{
    const QString action = takePositional();
    if (action == QLatin1String("add")) {
        Supplier s;
        s.name = takeOption(QStringLiteral("--name")).value_or(QString());
        s.contact = takeOption(QStringLiteral("--contact")).value_or(QString());
        s.phone = takeOption(QStringLiteral("--phone")).value_or(QString());
        s.email = takeOption(QStringLiteral("--email")).value_or(QString());
        if (auto days = takeOption(QStringLiteral("--lead-time"))) {
            bool ok = false;
            s.leadTimeDays = days->toInt(&ok);
            if (!ok)
                return fail(
                    Error::validation(QStringLiteral("lead_time_days"),
                                      tr("--lead-time is a number of days: %1").arg(*days)));
        }
        if (auto st = expectNoMoreArguments(); !st)
            return fail(st.error());
        if (auto st = openStoreFor(Permission::AdjustStock); !st)
            return fail(st.error());
        auto added = PurchaseOrderBook(*m_catalog, *m_db, Clock::system()).addSupplier(s);
        if (!added)
            return fail(added.error());
        return succeed(QJsonObject{{QStringLiteral("supplier"), added->toJson()}},
                       tr("Supplier %1 added.").arg(added->name));
    }
    if (action == QLatin1String("list")) {
        if (auto st = expectNoMoreArguments(); !st)
            return fail(st.error());
        if (auto st = openStoreFor(Permission::AdjustStock); !st)
            return fail(st.error());
        SupplierBook book(*m_db, Clock::system());
        auto all = book.list();
        if (!all)
            return fail(all.error());
        QJsonArray json;
        QString text;
        for (const Supplier &s : *all) {
            auto prices = book.prices(s.id);
            if (!prices)
                return fail(prices.error());
            QJsonArray priceJson;
            for (const SupplierPrice &p : *prices)
                priceJson.append(p.toJson());
            QJsonObject o = s.toJson();
            o.insert(QStringLiteral("prices"), priceJson);
            json.append(o);
            text +=
                tr("%1  %2  %3  %4  lead time %n day(s), %5 price(s)\n", nullptr, s.leadTimeDays)
                    .arg(s.name, s.contact, s.phone, s.email)
                    .arg(prices->size());
        }
        return succeed(QJsonObject{{QStringLiteral("suppliers"), json}}, text);
    }
    if (action == QLatin1String("price")) {
        const QString supplier = takeOption(QStringLiteral("--supplier")).value_or(QString());
        const QString product = takeOption(QStringLiteral("--product")).value_or(QString());
        const auto amount = takeOption(QStringLiteral("--price"));
        if (auto st = expectNoMoreArguments(); !st)
            return fail(st.error());
        if (supplier.isEmpty() || product.isEmpty() || !amount)
            return usage(tr("supplier price --supplier NAME --product SKU --price AMOUNT"));
        if (auto st = openStoreFor(Permission::AdjustStock); !st)
            return fail(st.error());
        auto price = Money::parse(*amount, m_catalog->currency(), QStringLiteral("price"));
        if (!price)
            return fail(price.error());
        if (auto st = PurchaseOrderBook(*m_catalog, *m_db, Clock::system())
                          .setSupplierPrice(supplier, product, *price);
            !st)
            return fail(st.error());
        return succeed(QJsonObject{{QStringLiteral("supplier"), supplier},
                                   {QStringLiteral("product"), product},
                                   {QStringLiteral("price"), price->minor()},
                                   {QStringLiteral("currency"), price->currency()}},
                       tr("%1 charges %2 for %3.").arg(supplier, price->format(), product));
    }
    return usage(tr("supplier add --name NAME [--contact C] [--phone P] [--email E] "
                    "[--lead-time DAYS] | list | price --supplier NAME --product SKU --price "
                    "AMOUNT"));
}

int BodegaCtl::cmdPo()
{
    const QString action = takePositional();
    const QStringList actions = {QStringLiteral("create"),  QStringLiteral("list"),
                                 QStringLiteral("show"),    QStringLiteral("send"),
                                 QStringLiteral("receive"), QStringLiteral("close"),
                                 QStringLiteral("cancel"),  QStringLiteral("export")};
    if (!actions.contains(action))
        return usage(tr("po create --supplier NAME --line SKU:QTY[:COST] ... [--note TEXT] | "
                        "list [--status S] | show|send|close|cancel NUMBER | "
                        "receive NUMBER --line SKU:QTY ... | "
                        "export NUMBER --format pdf|csv --out FILE"));
    QStringList lineSpecs;
    while (auto l = takeOption(QStringLiteral("--line")))
        lineSpecs << *l;
    const auto supplier = takeOption(QStringLiteral("--supplier"));
    const auto note = takeOption(QStringLiteral("--note"));
    const auto status = takeOption(QStringLiteral("--status"));
    const auto format = takeOption(QStringLiteral("--format"));
    const auto outPath = takeOption(QStringLiteral("--out"));
    auto limit = takeLimit(200, 10000);
    if (!limit)
        return fail(limit.error());
    const QString number = takePositional();
    if (auto st = expectNoMoreArguments(); !st)
        return fail(st.error());
    const bool needsNumber = action != QLatin1String("create") && action != QLatin1String("list");
    if (needsNumber && number.isEmpty())
        return usage(tr("po %1 needs a purchase order number").arg(action));
    std::optional<PurchaseOrderStatus> wanted;
    if (status) {
        wanted = purchaseOrderStatusFromCode(*status);
        if (!wanted)
            return fail(Error::validation(
                QStringLiteral("status"),
                tr("Unknown status %1: draft, sent, partially_received, received, closed or "
                   "cancelled")
                    .arg(*status)));
    }
    if (action == QLatin1String("export")) {
        if (!format || (*format != QLatin1String("pdf") && *format != QLatin1String("csv")))
            return fail(Error::validation(QStringLiteral("format"), tr("--format is pdf or csv")));
        if (!outPath || outPath->isEmpty())
            return usage(tr("po export needs --out FILE"));
    }
    if (auto st = openStoreFor(Permission::AdjustStock); !st)
        return fail(st.error());
    PurchaseOrderBook book(*m_catalog, *m_db, Clock::system());

    if (action == QLatin1String("list")) {
        auto orders = book.list(wanted, *limit);
        if (!orders)
            return fail(orders.error());
        QJsonArray json;
        QString text;
        for (const PurchaseOrder &po : *orders) {
            json.append(po.toJson());
            text += orderText(po);
        }
        return succeed(QJsonObject{{QStringLiteral("purchase_orders"), json}}, text);
    }
    // SKU:QTY[:COST] for create, SKU:QTY for receive.
    struct Spec
    {
        QString product;
        Quantity qty;
        std::optional<Money> cost;
    };
    QVector<Spec> specs;
    for (const QString &spec : lineSpecs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const int most = action == QLatin1String("create") ? 3 : 2;
        if (parts.size() < 2 || parts.size() > most || parts.first().trimmed().isEmpty())
            return fail(Error::validation(
                QStringLiteral("line"),
                (most == 3 ? tr("A line is SKU:QTY[:COST]: %1") : tr("A line is SKU:QTY: %1"))
                    .arg(spec)));
        Spec s;
        s.product = parts.at(0).trimmed();
        auto qty = Quantity::parse(parts.at(1), QStringLiteral("qty"));
        if (!qty)
            return fail(qty.error());
        s.qty = *qty;
        if (parts.size() == 3) {
            auto cost =
                Money::parse(parts.at(2), m_catalog->currency(), QStringLiteral("unit_cost"));
            if (!cost)
                return fail(cost.error());
            s.cost = *cost;
        }
        specs.push_back(s);
    }

    Result<PurchaseOrder> order = Error{};
    QJsonArray movements;
    if (action == QLatin1String("create")) {
        if (!supplier || supplier->isEmpty())
            return fail(
                Error::validation(QStringLiteral("supplier"), tr("--supplier is required")));
        QVector<PurchaseOrderRequest> requests;
        for (const Spec &s : specs)
            requests.push_back(PurchaseOrderRequest{s.product, s.qty, s.cost});
        order = book.create(*supplier, requests, note.value_or(QString()));
    } else if (action == QLatin1String("receive")) {
        if (specs.isEmpty())
            return usage(tr("po receive needs at least one --line SKU:QTY"));
        QVector<ReceiptRequest> requests;
        for (const Spec &s : specs)
            requests.push_back(ReceiptRequest{s.product, s.qty});
        auto received = book.receive(number, requests);
        if (!received)
            return fail(received.error());
        for (const StockMovement &m : received->movements)
            movements.append(QJsonObject{{QStringLiteral("id"), m.id},
                                         {QStringLiteral("product_id"), m.productId},
                                         {QStringLiteral("kind"), movementKindCode(m.kind)},
                                         {QStringLiteral("delta"), m.delta.toString()},
                                         {QStringLiteral("level_after"), m.levelAfter.toString()}});
        order = received->order;
    } else if (action == QLatin1String("send")) {
        order = book.send(number);
    } else if (action == QLatin1String("close")) {
        order = book.close(number);
    } else if (action == QLatin1String("cancel")) {
        order = book.cancel(number);
    } else {
        order = book.find(number);
    }
    if (!order)
        return fail(order.error());

    if (action == QLatin1String("export")) {
        const Status written = *format == QLatin1String("csv")
                                   ? PurchaseOrderCsv::write(*order, *outPath)
                                   : DocumentPrinter::writePurchaseOrder(
                                         *order, m_catalog->settings().storeName(), *outPath);
        if (!written)
            return fail(written.error());
        return succeed(QJsonObject{{QStringLiteral("number"), order->number},
                                   {QStringLiteral("format"), *format},
                                   {QStringLiteral("path"), *outPath}},
                       tr("%1 written to %2").arg(order->number, *outPath));
    }
    QJsonObject json{{QStringLiteral("purchase_order"), order->toJson()}};
    if (action == QLatin1String("receive"))
        json.insert(QStringLiteral("movements"), movements);
    return succeed(json, orderText(*order));
}

} // namespace bodega
