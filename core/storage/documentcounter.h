#pragma once

#include "storage/database.h"

#include <QCoreApplication>

namespace bodega {

// Numbers a terminal's documents without gaps: the number is taken inside
// the document's own transaction, so a rolled-back sale or order gives its
// number back. Terminals number on their own, so no two ever clash.
class DocumentCounter
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DocumentCounter)

public:
    enum Kind {
        Receipt,      // T01-000001 (receipt_counters)
        PurchaseOrder // OC-T01-000001 (po_counters)
    };

    // The next number of `kind` for `terminal`, formatted.
    static Result<QString> next(Database &db, Kind kind, const QString &terminal);
};

} // namespace bodega
