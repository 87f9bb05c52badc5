#include "purchaseordercsv.h"

#include "io/csvwriter.h"

namespace bodega {

QStringList PurchaseOrderCsv::header()
{
    return {QStringLiteral("number"),     QStringLiteral("supplier"), QStringLiteral("status"),
            QStringLiteral("line_no"),    QStringLiteral("sku"),      QStringLiteral("name"),
            QStringLiteral("ordered"),    QStringLiteral("received"), QStringLiteral("unit_cost"),
            QStringLiteral("line_total"), QStringLiteral("currency")};
}

Status PurchaseOrderCsv::write(const PurchaseOrder &po, QIODevice &device)
{
    CsvWriter csv(device);
    if (auto s = csv.writeRecord(header()); !s)
        return s;
    for (const PurchaseOrderLine &l : po.lines) {
        if (auto s =
                csv.writeRecord({po.number, po.supplier.name, purchaseOrderStatusCode(po.status),
                                 QString::number(l.lineNo), l.sku, l.name, l.ordered.toString(),
                                 l.received.toString(), l.unitCost.toPlainString(),
                                 l.total().toPlainString(), po.currency});
            !s)
            return s;
    }
    return {};
}

Status PurchaseOrderCsv::write(const PurchaseOrder &po, const QString &path)
{
    return CsvWriter::saveFile(path, [&](QIODevice &device) { return write(po, device); });
}

} // namespace bodega
