#pragma once

#include "purchasing/purchaseorderbook.h"

#include <QCoreApplication>

namespace bodega {

// A purchase order as CSV, one row per line with the order's number,
// supplier and status repeated, so a supplier's system or a spreadsheet
// reads it without knowing Bodega. Quantities and amounts in machine format
// ("1.5", "2900"), as the product CSV export has them.
class PurchaseOrderCsv
{
    Q_DECLARE_TR_FUNCTIONS(bodega::PurchaseOrderCsv)

public:
    static QStringList header();
    static Status write(const PurchaseOrder &order, QIODevice &device);
    // Written aside and renamed into place: never half a file under `path`.
    static Status write(const PurchaseOrder &order, const QString &path);
};

} // namespace bodega
