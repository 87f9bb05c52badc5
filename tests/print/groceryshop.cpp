#include "groceryshop.h"

#include <gtest/gtest.h>
#include <QRegularExpression>

namespace bodega::test {

GroceryShop::GroceryShop()
{
    auto &s = store.catalog->settings();
    EXPECT_TRUE(s.setValue(QStringLiteral("store_name"), QStringLiteral("Tienda Doña Rosa")).ok());
    EXPECT_TRUE(s.setValue(QStringLiteral("store.tax_id"), QStringLiteral("900.123.456-7")).ok());
    products = addGroceries(*store.catalog, 500);
}

Receipt GroceryShop::sell()
{
    Cart cart;
    EXPECT_TRUE(cart.add(products[0], Quantity::fromUnits(2)).ok());
    EXPECT_TRUE(cart.add(products[1], Quantity::fromUnits(1)).ok());
    EXPECT_TRUE(cart.add(products[2], Quantity::fromUnits(1)).ok());
    Settlement pay(cart.totals().total);
    EXPECT_TRUE(pay.add({Tender::Kind::Card, cop(20000), QStringLiteral("AUT778"), {}}).ok());
    EXPECT_TRUE(pay.add({Tender::Kind::Cash, cop(10000), {}, {}}).ok());
    auto sale = store.catalog->completeSale(cart, pay);
    EXPECT_TRUE(sale.ok());
    auto receipt = ReceiptBook(*store.db).bySaleId(sale->saleId);
    EXPECT_TRUE(receipt.ok());
    return receipt.value_or(Receipt());
}

Result<int> GroceryShop::produceDocuments(DocumentPrinter::Options options)
{
    if (options.invoiceFolder.isEmpty())
        options.invoiceFolder = store.dir.filePath(QStringLiteral("invoices"));
    options.locale = esCO;
    DocumentPrinter printer(options);
    return DocumentQueue(*store.db, store.clock).processPending(printer);
}

Result<DocumentJob> GroceryShop::job(const Receipt &receipt, DocumentKind kind) const
{
    return DocumentQueue(*store.db, store.clock).job(receipt.receiptNo, kind);
}

QString squeezed(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("[ \\t]+")),
                                 QStringLiteral(" "));
}

QStringList missingFromSoldReceipt(const QString &text)
{
    // VAT per rate, base and tax as the sale recorded them (19 %: 5,800 ->
    // 4,874 + 926; 5 %: 4,200 -> 4,000 + 200; 0 %: 18,000 -> 0).
    const QStringList expected{QStringLiteral("T01-000001"),
                               QStringLiteral("Arroz Diana 500 g"),
                               QStringLiteral("2 x $ 2.900 $ 5.800"),
                               QStringLiteral("Leche entera 1 l"),
                               QStringLiteral("1 x $ 18.000 $ 18.000"),
                               QStringLiteral("TOTAL $ 28.000"),
                               QStringLiteral("19 % on $ 4.874 $ 926"),
                               QStringLiteral("5 % on $ 4.000 $ 200"),
                               QStringLiteral("VAT 0 % on $ 18.000")};
    QStringList missing;
    for (const QString &piece : expected) {
        if (!text.contains(piece))
            missing << piece;
    }
    return missing;
}

} // namespace bodega::test
