// Checkout core (issue 4, points 1 and 2): prices, discounts, tax, scale
// labels and split tender, with every expected figure worked out by hand.
#include "common/uuid.h"
#include "domain/barcode.h"
#include "pos/cart.h"
#include "pos/scanresolver.h"
#include "pos/settlement.h"
#include "storage/storesettings.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace bodega;

namespace {

Product item(const QString &sku, qint64 priceCop, int taxBp = 1900,
             UnitOfMeasure unit = UnitOfMeasure::Unit)
{
    Product p = test::sampleProduct(QStringLiteral("Producto %1").arg(sku), sku);
    p.id = QStringLiteral("id-") + sku;
    p.price = Money(priceCop, QStringLiteral("COP"));
    p.taxRateBasisPoints = taxBp;
    p.unit = unit;
    return p;
}

Money cop(qint64 pesos)
{
    return Money(pesos, QStringLiteral("COP"));
}

Discount percentOff(qint64 bp)
{
    return *Discount::percent(bp);
}

} // namespace

TEST(Cart, PricesIncludeTaxAndTheBreakdownIsExtractedPerRate)
{
    Cart cart;
    ASSERT_TRUE(cart.add(item(QStringLiteral("A"), 11900), Quantity::fromUnits(1)).ok());
    ASSERT_TRUE(cart.add(item(QStringLiteral("B"), 2100, 500), Quantity::fromUnits(2)).ok());
    ASSERT_TRUE(cart.add(item(QStringLiteral("C"), 3000, 0), Quantity::fromUnits(1)).ok());
    const CartTotals t = cart.totals();
    EXPECT_EQ(t.total, cop(11900 + 4200 + 3000));
    ASSERT_EQ(t.taxes.size(), 3);
    // 19 %: 11900 / 1.19 = 10000 base, 1900 IVA.
    EXPECT_EQ(t.taxes[0].rateBasisPoints, 1900);
    EXPECT_EQ(t.taxes[0].base, cop(10000));
    EXPECT_EQ(t.taxes[0].tax, cop(1900));
    // 5 %: 4200 / 1.05 = 4000 base, 200 IVA.
    EXPECT_EQ(t.taxes[1].base, cop(4000));
    EXPECT_EQ(t.taxes[1].tax, cop(200));
    // 0 %: all base.
    EXPECT_EQ(t.taxes[2].base, cop(3000));
    EXPECT_EQ(t.taxes[2].tax, cop(0));
    EXPECT_EQ(t.taxBase + t.tax, t.total);
    EXPECT_EQ(t.items, Quantity::fromUnits(4));
}

TEST(Cart, TaxIsRoundedOncePerRateHalfAwayFromZero)
{
    Cart cart;
    // Three lines at 19 %: 1000 + 1000 + 1000 = 3000 -> base 2521.008 -> 2521.
    for (const char *sku : {"A", "B", "C"})
        ASSERT_TRUE(cart.add(item(QString::fromLatin1(sku), 1000), Quantity::fromUnits(1)).ok());
    CartTotals t = cart.totals();
    EXPECT_EQ(t.taxes[0].base, cop(2521));
    EXPECT_EQ(t.taxes[0].tax, cop(479));
    // Per line it would have been 3 x (840 + 160) = base 2520: once per rate
    // keeps base + tax equal to what was paid without drifting a peso a line.
    Cart half;
    // 2.5 at 0 % has nothing to round; 1 peso at 100 % splits 0.5/0.5 -> base 1.
    ASSERT_TRUE(half.add(item(QStringLiteral("H"), 1, 10000), Quantity::fromUnits(1)).ok());
    EXPECT_EQ(half.totals().taxes[0].base, cop(1));
    EXPECT_EQ(half.totals().taxes[0].tax, cop(0));
}

TEST(Cart, ScanningTheSameProductRaisesItsLineAndUnitsMustBeWhole)
{
    Cart cart;
    const Product a = item(QStringLiteral("A"), 2900);
    EXPECT_EQ(*cart.add(a, Quantity::fromUnits(1)), 0);
    EXPECT_EQ(*cart.add(a, Quantity::fromUnits(2)), 0);
    EXPECT_EQ(cart.lines().size(), 1);
    EXPECT_EQ(cart.lines()[0].qty, Quantity::fromUnits(3));
    auto half = cart.add(a, Quantity::fromMilli(500));
    ASSERT_FALSE(half.ok());
    EXPECT_EQ(half.error().field(), QStringLiteral("qty"));
    EXPECT_EQ(cart.lines()[0].qty, Quantity::fromUnits(3)); // unchanged
    for (Quantity bad : {Quantity(), Quantity::fromUnits(-1), Quantity::fromUnits(100000)}) {
        auto r = cart.setQuantity(0, bad);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::ValidationFailed);
        EXPECT_EQ(r.error().field(), QStringLiteral("qty"));
    }
    // A discounted line is not merged into: the new units pay full price.
    ASSERT_TRUE(cart.setLineDiscount(0, percentOff(1000)).ok());
    EXPECT_EQ(*cart.add(a, Quantity::fromUnits(1)), 1);
    // Loose goods by the kilo take thousandths.
    EXPECT_TRUE(cart.add(item(QStringLiteral("K"), 8000, 0, UnitOfMeasure::Kilogram),
                         Quantity::fromMilli(1250))
                    .ok());
    EXPECT_EQ(cart.totals().lines[2].gross, cop(10000));
}

TEST(Cart, RefusesInactiveProductsAndOtherCurrenciesNamingTheField)
{
    Cart cart;
    Product gone = item(QStringLiteral("G"), 1000);
    gone.active = false;
    auto r = cart.add(gone, Quantity::fromUnits(1));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field(), QStringLiteral("product"));
    Product dollars = item(QStringLiteral("D"), 450);
    dollars.price = Money(450, QStringLiteral("USD"));
    r = cart.add(dollars, Quantity::fromUnits(1));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field(), QStringLiteral("currency"));
    EXPECT_TRUE(cart.isEmpty());
    EXPECT_EQ(cart.removeLine(0).error().field(), QStringLiteral("line"));
}

TEST(Cart, LineAndSaleDiscountsAddUpToTheTotalToThePeso)
{
    Cart cart;
    ASSERT_TRUE(cart.add(item(QStringLiteral("A"), 10000), Quantity::fromUnits(1)).ok());
    ASSERT_TRUE(cart.add(item(QStringLiteral("B"), 5000, 500), Quantity::fromUnits(1)).ok());
    ASSERT_TRUE(cart.add(item(QStringLiteral("C"), 3333, 0), Quantity::fromUnits(1)).ok());
    // 15 % off A: 1500.
    ASSERT_TRUE(cart.setLineDiscount(0, percentOff(1500)).ok());
    // 1000 off the sale, spread over 8500 + 5000 + 3333 = 16833.
    ASSERT_TRUE(cart.setSaleDiscount(*Discount::amount(1000)).ok());
    const CartTotals t = cart.totals();
    EXPECT_EQ(t.gross, cop(18333));
    EXPECT_EQ(t.lineDiscounts, cop(1500));
    EXPECT_EQ(t.saleDiscount, cop(1000));
    EXPECT_EQ(t.total, cop(15833));
    // Shares: 1000 x 8500/16833 = 504.96, x 5000/16833 = 297.03, x 3333/16833 =
    // 198.00 -> floors 504 + 297 + 198 = 999; the largest remainder (A's .96)
    // takes the last peso.
    EXPECT_EQ(t.lines[0].saleDiscount, cop(505));
    EXPECT_EQ(t.lines[1].saleDiscount, cop(297));
    EXPECT_EQ(t.lines[2].saleDiscount, cop(198));
    qint64 sum = 0;
    for (const CartLineTotals &l : t.lines)
        sum += l.net.minor();
    EXPECT_EQ(sum, t.total.minor());
    // Tax follows the discounted amounts: A 7995 at 19 % -> 6718.49 -> 6718.
    EXPECT_EQ(t.taxes[0].total, cop(7995));
    EXPECT_EQ(t.taxes[0].base, cop(6718));
    EXPECT_EQ(t.taxBase + t.tax, t.total);
}

TEST(Cart, DiscountsNeverExceedWhatTheyApplyTo)
{
    EXPECT_FALSE(Discount::percent(10001).ok());
    EXPECT_FALSE(Discount::amount(-1).ok());
    EXPECT_EQ(Discount::parse(QStringLiteral("12,5 %"), QStringLiteral("COP"))->value(), 1250);
    EXPECT_EQ(Discount::parse(QStringLiteral("500"), QStringLiteral("COP"))->kind(),
              Discount::Kind::Amount);
    auto bad = Discount::parse(QStringLiteral("5.5"), QStringLiteral("COP"), QStringLiteral("d"));
    ASSERT_FALSE(bad.ok()); // COP has no cents
    EXPECT_EQ(bad.error().field(), QStringLiteral("d"));
    EXPECT_TRUE(Discount::parse(QString(), QStringLiteral("COP"))->isNone());

    Cart cart;
    ASSERT_TRUE(cart.add(item(QStringLiteral("A"), 2000), Quantity::fromUnits(1)).ok());
    ASSERT_TRUE(cart.setLineDiscount(0, *Discount::amount(5000)).ok());
    ASSERT_TRUE(cart.setSaleDiscount(percentOff(5000)).ok());
    const CartTotals t = cart.totals();
    EXPECT_EQ(t.lineDiscounts, cop(2000));
    EXPECT_EQ(t.saleDiscount, cop(0));
    EXPECT_EQ(t.total, cop(0));
}

TEST(ScaleBarcode, ReadsWeightOrPriceLabelsInTheConfiguredRange)
{
    ScaleBarcodeFormat weight;
    // 20 12345 01250 C: item 12345, 1.250 kg.
    const QString label = Barcode::withCheckDigit(QStringLiteral("201234501250"));
    auto read = ScaleBarcode::parse(label, weight);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ((*read)->itemCode, QStringLiteral("12345"));
    EXPECT_EQ((*read)->weight, Quantity::fromMilli(1250));
    EXPECT_EQ((*read)->productBarcode, Barcode::withCheckDigit(QStringLiteral("201234500000")));

    ScaleBarcodeFormat price;
    price.embedded = ScaleBarcodeFormat::Embedded::Price;
    price.itemDigits = 4;
    price.prefixes = {28};
    // 28 1234 012500 C: item 1234, $12.500.
    const QString priced = Barcode::withCheckDigit(QStringLiteral("281234012500"));
    read = ScaleBarcode::parse(priced, price);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ((*read)->priceMinor, 12500);
    EXPECT_FALSE((*read)->weight.has_value());
    // Outside the range, or not an EAN-13: not a label at all.
    EXPECT_FALSE(ScaleBarcode::parse(label, price)->has_value());
    EXPECT_FALSE(ScaleBarcode::parse(QStringLiteral("7702001000012"), weight)->has_value());
    EXPECT_FALSE(ScaleBarcode::parse(QStringLiteral("ARR-500"), weight)->has_value());
    // A label with a wrong check digit is a misread, said so.
    QString broken = label;
    broken[12] = QChar('0' + (label[12].digitValue() + 1) % 10);
    auto misread = ScaleBarcode::parse(broken, weight);
    ASSERT_FALSE(misread.ok());
    EXPECT_EQ(misread.error().code, ErrorCode::InvalidBarcode);
}

TEST(ScaleBarcode, TheFormatComesFromStoreSettingsAndBadSettingsNameTheirKey)
{
    test::TempStore store;
    StoreSettings settings(*store.db);
    auto defaults = ScaleBarcodeFormat::fromSettings(settings);
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->prefixes.size(), 10);
    ASSERT_TRUE(
        settings.setValue(QStringLiteral("scale.prefixes"), QStringLiteral("20, 28-29")).ok());
    ASSERT_TRUE(settings.setValue(QStringLiteral("scale.embedded"), QStringLiteral("price")).ok());
    auto custom = ScaleBarcodeFormat::fromSettings(settings);
    ASSERT_TRUE(custom.ok());
    EXPECT_EQ(custom->prefixes, (QList<int>{20, 28, 29}));
    EXPECT_EQ(custom->embedded, ScaleBarcodeFormat::Embedded::Price);
    for (const auto &[key, value] :
         {std::pair{"scale.prefixes", "19-21"}, std::pair{"scale.prefixes", "abc"},
          std::pair{"scale.item_digits", "7"}, std::pair{"scale.embedded", "volume"}}) {
        test::TempStore other;
        StoreSettings s(*other.db);
        ASSERT_TRUE(s.setValue(QString::fromLatin1(key), QString::fromLatin1(value)).ok());
        auto r = ScaleBarcodeFormat::fromSettings(s);
        ASSERT_FALSE(r.ok()) << key << "=" << value;
        EXPECT_EQ(r.error().field(), QString::fromLatin1(key));
    }
}

TEST(ScanResolver, AScaleLabelFindsItsProductAndPricesTheWeight)
{
    test::TempStore store;
    Product cheese = item(QStringLiteral("QSO-1"), 32000, 0, UnitOfMeasure::Kilogram);
    cheese.name = QStringLiteral("Queso campesino");
    cheese.barcode = Barcode::withCheckDigit(QStringLiteral("200004200000"));
    auto added = store.catalog->addProduct(cheese, Quantity::fromUnits(10), false);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    // A PLU registered as the SKU, without a barcode.
    Product ham = item(QStringLiteral("00077"), 40000, 1900, UnitOfMeasure::Kilogram);
    ham.barcode.clear();
    ASSERT_TRUE(store.catalog->addProduct(ham, Quantity::fromUnits(5), false).ok());

    ProductRepository products(*store.db);
    ScanResolver resolver(products, ScaleBarcodeFormat{});
    Cart cart;
    // 0.350 kg of cheese at $32.000/kg = $11.200.
    auto scanned = resolver.resolve(Barcode::withCheckDigit(QStringLiteral("200004200350")));
    ASSERT_TRUE(scanned.ok()) << scanned.error().message.toStdString();
    ASSERT_TRUE(cart.addLabel(scanned->product, *scanned->label).ok());
    scanned = resolver.resolve(Barcode::withCheckDigit(QStringLiteral("210007700125")));
    ASSERT_TRUE(scanned.ok()) << scanned.error().message.toStdString();
    EXPECT_EQ(scanned->product.sku, QStringLiteral("00077"));
    ASSERT_TRUE(cart.addLabel(scanned->product, *scanned->label).ok());
    // An ordinary barcode and a SKU resolve through the catalog.
    Product rice = item(QStringLiteral("ARR-500"), 2900);
    ASSERT_TRUE(store.catalog->addProduct(rice, Quantity::fromUnits(5), false).ok());
    for (const QString &code : {rice.barcode, rice.sku}) {
        scanned = resolver.resolve(code);
        ASSERT_TRUE(scanned.ok());
        EXPECT_EQ(scanned->product.sku, rice.sku);
        EXPECT_FALSE(scanned->label.has_value());
    }
    // A label that weighed nothing is refused when it reaches the cart.
    scanned = resolver.resolve(cheese.barcode);
    ASSERT_TRUE(scanned.ok() && scanned->label.has_value());
    auto empty = cart.addLabel(scanned->product, *scanned->label);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field(), QStringLiteral("qty"));
    const CartTotals t = cart.totals();
    EXPECT_EQ(t.lines[0].gross, cop(11200));
    EXPECT_EQ(t.lines[1].gross, cop(5000)); // 0.125 kg x 40.000
    // A label for an item nobody registered: NOT_FOUND.
    auto unknown = resolver.resolve(Barcode::withCheckDigit(QStringLiteral("209999900100")));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST(Cart, APriceLabelFixesTheLineAndDerivesTheQuantity)
{
    Cart cart;
    const Product meat = item(QStringLiteral("CAR-1"), 24000, 0, UnitOfMeasure::Kilogram);
    ScaleLabel label;
    label.itemCode = QStringLiteral("1234");
    label.priceMinor = 9000;
    ASSERT_TRUE(cart.addLabel(meat, label).ok());
    EXPECT_EQ(cart.totals().lines[0].gross, cop(9000));
    EXPECT_EQ(cart.lines()[0].qty, Quantity::fromMilli(375)); // 9000 / 24000 kg
    EXPECT_FALSE(cart.setQuantity(0, Quantity::fromUnits(1)).ok());
    // Two labels of the same product stay two lines.
    ASSERT_TRUE(cart.addLabel(meat, label).ok());
    EXPECT_EQ(cart.lines().size(), 2);
}

TEST(Settlement, CashGivesChangeAndOtherTendersMustMatchWhatIsDue)
{
    Settlement s(cop(18700));
    auto card = s.add({Tender::Kind::Card, cop(20000), QStringLiteral("483920"), {}});
    ASSERT_FALSE(card.ok()); // a card is charged exactly
    EXPECT_EQ(card.error().field(), QStringLiteral("amount"));
    ASSERT_FALSE(s.add({Tender::Kind::Card, cop(10000), QString(), {}}).ok());
    EXPECT_EQ(s.add({Tender::Kind::Card, cop(10000), QString(), {}}).error().field(),
              QStringLiteral("reference"));
    EXPECT_EQ(s.add({Tender::Kind::Wallet, cop(5000), QStringLiteral("M123"), {}}).error().field(),
              QStringLiteral("provider"));
    EXPECT_TRUE(s.tenders().isEmpty());

    ASSERT_TRUE(
        s.add({Tender::Kind::Wallet, cop(5000), QStringLiteral("M123"), QStringLiteral("Nequi")})
            .ok());
    ASSERT_TRUE(s.add({Tender::Kind::Card, cop(3700), QStringLiteral("483920"), QString()}).ok());
    auto incomplete = s.checkPaidInFull();
    ASSERT_FALSE(incomplete.ok());
    EXPECT_EQ(incomplete.error().code, ErrorCode::PaymentIncomplete);
    EXPECT_EQ(incomplete.error().details.value(QStringLiteral("remaining")).toString(),
              QStringLiteral("10000"));
    ASSERT_TRUE(s.add({Tender::Kind::Cash, cop(20000), {}, {}}).ok());
    EXPECT_TRUE(s.isPaidInFull());
    EXPECT_TRUE(s.checkPaidInFull().ok());
    EXPECT_EQ(s.changeDue(), cop(10000));
    // Recorded payments: the cash net of change, adding up to the total.
    const QVector<Tender> applied = s.applied();
    ASSERT_EQ(applied.size(), 3);
    EXPECT_EQ(applied[2].amount, cop(10000));
    qint64 sum = 0;
    for (const Tender &t : applied)
        sum += t.amount.minor();
    EXPECT_EQ(sum, 18700);
    // Nothing more once paid.
    EXPECT_FALSE(s.add({Tender::Kind::Cash, cop(100), {}, {}}).ok());
}

TEST(Settlement, RefusesZeroNegativeAndForeignPayments)
{
    Settlement s(cop(5000));
    EXPECT_EQ(s.add({Tender::Kind::Cash, cop(0), {}, {}}).error().field(),
              QStringLiteral("amount"));
    EXPECT_EQ(s.add({Tender::Kind::Cash, cop(-100), {}, {}}).error().field(),
              QStringLiteral("amount"));
    EXPECT_EQ(
        s.add({Tender::Kind::Cash, Money(500, QStringLiteral("USD")), {}, {}}).error().field(),
        QStringLiteral("currency"));
    EXPECT_EQ(s.paid(), cop(0));
    EXPECT_EQ(Tender::kindFromCode(QStringLiteral("transfer")), Tender::Kind::Transfer);
    EXPECT_FALSE(Tender::kindFromCode(QStringLiteral("cheque")).has_value());
}
