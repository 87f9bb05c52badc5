#pragma once

#include "domain/product.h"

namespace bodega {

// Last-writer-wins per field for a product edited on several terminals
// (SPEC: Sync). Every field a person can edit carries the hybrid-logical-clock
// stamp of its last change in Product::fieldClock; merging keeps, field by
// field, the value with the greater stamp. The server does the same in SQL
// (bodega.merge_product), so both sides converge whatever order edits arrive in.
class ProductMerge
{
public:
    // The field names, as in product.upserted; a flag written by the AI
    // (description_generated, category_generated) travels with its field.
    static const QStringList &fields();

    static QStringList changedFields(const Product &before, const Product &after);
    static void stamp(Product &product, const QStringList &fields, const QString &stamp);

    // local with every field of remote whose stamp is newer. Returns whether
    // anything changed.
    static bool mergeInto(Product &local, const Product &remote);
};

} // namespace bodega
