#include "productmerge.h"

#include <functional>

namespace bodega {

namespace {

struct Field
{
    QString name;
    std::function<bool(const Product &, const Product &)> equal;
    std::function<void(Product &, const Product &)> copy;
};

template <typename M> Field member(const char *name, M Product::*m)
{
    return Field{QString::fromLatin1(name),
                 [m](const Product &a, const Product &b) { return a.*m == b.*m; },
                 [m](Product &to, const Product &from) { to.*m = from.*m; }};
}

template <typename M, typename F> Field pair(const char *name, M Product::*m, F Product::*flag)
{
    return Field{QString::fromLatin1(name),
                 [m, flag](const Product &a, const Product &b) {
                     return a.*m == b.*m && a.*flag == b.*flag;
                 },
                 [m, flag](Product &to, const Product &from) {
                     to.*m = from.*m;
                     to.*flag = from.*flag;
                 }};
}

const QVector<Field> &table()
{
    static const QVector<Field> fields{
        member("sku", &Product::sku),
        member("barcode", &Product::barcode),
        member("name", &Product::name),
        member("keywords", &Product::keywords),
        pair("description", &Product::description, &Product::descriptionGenerated),
        pair("category", &Product::category, &Product::categoryGenerated),
        member("unit", &Product::unit),
        member("price", &Product::price),
        member("cost", &Product::cost),
        member("tax_rate_bp", &Product::taxRateBasisPoints),
        member("threshold_milli", &Product::threshold),
        member("supplier", &Product::supplier),
        member("active", &Product::active),
    };
    return fields;
}

} // namespace

const QStringList &ProductMerge::fields()
{
    static const QStringList names = [] {
        QStringList out;
        for (const Field &f : table())
            out << f.name;
        return out;
    }();
    return names;
}

QStringList ProductMerge::changedFields(const Product &before, const Product &after)
{
    QStringList out;
    for (const Field &f : table())
        if (!f.equal(before, after))
            out << f.name;
    return out;
}

void ProductMerge::stamp(Product &product, const QStringList &fields, const QString &stamp)
{
    for (const QString &f : fields)
        product.fieldClock.insert(f, stamp);
}

bool ProductMerge::mergeInto(Product &local, const Product &remote)
{
    bool changed = false;
    for (const Field &f : table()) {
        const QString theirs = remote.fieldClock.value(f.name);
        if (theirs <= local.fieldClock.value(f.name))
            continue;
        if (!f.equal(local, remote)) {
            f.copy(local, remote);
            changed = true;
        }
        local.fieldClock.insert(f.name, theirs);
        changed = true;
    }
    if (changed && remote.updatedAt > local.updatedAt)
        local.updatedAt = remote.updatedAt;
    return changed;
}

} // namespace bodega
