#include "scanresolver.h"

namespace bodega {

Result<ScannedItem> ScanResolver::resolve(const QString &code) const
{
    auto label = ScaleBarcode::parse(code, m_format);
    if (!label)
        return label.error();
    if (*label) {
        const ScaleLabel &l = **label;
        auto product = m_products.findByBarcode(l.productBarcode);
        if (!product && product.error().code == ErrorCode::NotFound)
            product = m_products.findBySku(l.itemCode);
        if (!product)
            return product.error();
        return ScannedItem{*product, l};
    }
    auto product = m_products.resolve(code);
    if (!product)
        return product.error();
    return ScannedItem{*product, std::nullopt};
}

} // namespace bodega
