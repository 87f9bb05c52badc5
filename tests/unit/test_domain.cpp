#include "common/hybridlogicalclock.h"
#include "common/uuid.h"
#include "domain/barcode.h"
#include "domain/money.h"
#include "domain/productmerge.h"
#include "domain/productvalidator.h"
#include "domain/rounding.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QLocale>

using namespace bodega;

TEST(Rounding, HalfAwayFromZero)
{
    EXPECT_EQ(roundedDivide(5, 10), 1);
    EXPECT_EQ(roundedDivide(4, 10), 0);
    EXPECT_EQ(roundedDivide(-5, 10), -1);
    EXPECT_EQ(roundedDivide(-4, 10), 0);
    EXPECT_EQ(roundedDivide(15, 10), 2);
    EXPECT_EQ(roundedDivide(25, 10), 3);
}

TEST(Quantity, ParsesDecimalsWithoutFloatingPoint)
{
    EXPECT_EQ(Quantity::parse(QStringLiteral("3"))->milli(), 3000);
    EXPECT_EQ(Quantity::parse(QStringLiteral("1.25"))->milli(), 1250);
    EXPECT_EQ(Quantity::parse(QStringLiteral("1,5"))->milli(), 1500);
    EXPECT_EQ(Quantity::parse(QStringLiteral("-0.001"))->milli(), -1);
    EXPECT_EQ(Quantity::parse(QStringLiteral(" 7 "))->milli(), 7000);
    EXPECT_EQ(Quantity::parse(QStringLiteral("2.500"))->milli(), 2500);
    EXPECT_EQ(Quantity::fromMilli(1500).toString(), QStringLiteral("1.5"));
    EXPECT_EQ(Quantity::fromMilli(-250).toString(), QStringLiteral("-0.25"));
    EXPECT_EQ(Quantity::fromUnits(12).toString(), QStringLiteral("12"));
}

TEST(Quantity, RejectsWhatIsNotAPlainNumber)
{
    for (const char *bad :
         {"", "abc", "1e3", "1.2345", "1.2.3", "--1", "1,000.5", "12abc", "99999999999999999999"}) {
        auto r = Quantity::parse(QString::fromLatin1(bad), QStringLiteral("qty"));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::ValidationFailed) << bad;
        EXPECT_EQ(r.error().field(), QStringLiteral("qty")) << bad;
    }
}

TEST(Money, ParsesPerCurrencyDecimals)
{
    EXPECT_EQ(Money::parse(QStringLiteral("18900"), QStringLiteral("COP"))->minor(), 18900);
    EXPECT_EQ(Money::parse(QStringLiteral("4.50"), QStringLiteral("USD"))->minor(), 450);
    EXPECT_EQ(Money::parse(QStringLiteral("4,5"), QStringLiteral("EUR"))->minor(), 450);
    EXPECT_EQ(Money::parse(QStringLiteral("18900.00"), QStringLiteral("COP"))->minor(), 18900);
    // COP has no cents: a fractional peso is an error, not a silent rounding.
    EXPECT_FALSE(Money::parse(QStringLiteral("18900.50"), QStringLiteral("COP")).ok());
    EXPECT_FALSE(Money::parse(QStringLiteral("4.505"), QStringLiteral("USD")).ok());
    auto unknown = Money::parse(QStringLiteral("1"), QStringLiteral("XYZ"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field(), QStringLiteral("currency"));
}

TEST(Money, FormatsForTheLocale)
{
    const QLocale esCo(QLocale::Spanish, QLocale::Colombia);
    EXPECT_EQ(Money(18900, QStringLiteral("COP")).format(esCo), QStringLiteral("$ 18.900"));
    EXPECT_EQ(Money(1234567, QStringLiteral("COP")).format(esCo), QStringLiteral("$ 1.234.567"));
    EXPECT_EQ(Money(450, QStringLiteral("USD")).format(esCo), QStringLiteral("US$ 4,50"));
    EXPECT_EQ(
        Money(450, QStringLiteral("USD")).format(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("US$ 4.50"));
    EXPECT_EQ(Money(-1005, QStringLiteral("EUR")).format(QLocale(QLocale::English)),
              QStringLiteral("-€ 10.05"));
    EXPECT_EQ(Money(450, QStringLiteral("USD")).toPlainString(), QStringLiteral("4.50"));
}

TEST(Money, TimesQuantityRoundsOnce)
{
    // 1.255 kg at $ 4,100/kg = 5,145.5 -> 5,146 (half away from zero)
    EXPECT_EQ(Money(4100, QStringLiteral("COP")).times(Quantity::fromMilli(1255)).minor(), 5146);
    EXPECT_EQ(Money(2900, QStringLiteral("COP")).times(Quantity::fromUnits(3)).minor(), 8700);
}

TEST(Barcode, ValidatesGs1CheckDigits)
{
    EXPECT_TRUE(Barcode::validate(QStringLiteral("7702001000012")).ok()); // EAN-13
    EXPECT_TRUE(Barcode::validate(QStringLiteral("4006381333931")).ok()); // EAN-13 (GS1 example)
    EXPECT_TRUE(Barcode::validate(QStringLiteral("96385074")).ok());      // EAN-8
    EXPECT_TRUE(Barcode::validate(QStringLiteral("036000291452")).ok());  // UPC-A
    EXPECT_EQ(Barcode::kindOf(QStringLiteral("96385074")), Barcode::Kind::Ean8);
    EXPECT_EQ(Barcode::kindOf(QStringLiteral("036000291452")), Barcode::Kind::UpcA);
    for (const char *bad :
         {"7702001000013", "123", "96385075", "03600029145X", "77020010000120", ""}) {
        auto r = Barcode::validate(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidBarcode) << bad;
        EXPECT_EQ(r.error().field(), QStringLiteral("barcode"));
    }
    EXPECT_EQ(Barcode::withCheckDigit(QStringLiteral("400638133393")),
              QStringLiteral("4006381333931"));
}

TEST(ProductValidator, NamesTheFieldAtFault)
{
    auto expectField = [](Product p, const char *field,
                          ErrorCode code = ErrorCode::ValidationFailed) {
        ProductValidator::normalize(p);
        auto s = ProductValidator::validate(p);
        ASSERT_FALSE(s.ok()) << field;
        EXPECT_EQ(s.error().code, code) << field;
        EXPECT_EQ(s.error().field(), QString::fromLatin1(field));
        EXPECT_FALSE(s.error().message.isEmpty());
    };
    Product ok = test::sampleProduct();
    EXPECT_TRUE(ProductValidator::validate(ok).ok());

    Product p = ok;
    p.name = QStringLiteral("   ");
    expectField(p, "name");
    p = ok;
    p.name = QString(10 * 1024 * 1024, QLatin1Char('x'));
    expectField(p, "name");
    p = ok;
    p.sku = QStringLiteral("has space");
    expectField(p, "sku");
    p = ok;
    p.barcode = QStringLiteral("7702001000013");
    expectField(p, "barcode", ErrorCode::InvalidBarcode);
    p = ok;
    p.price = Money(-1, QStringLiteral("COP"));
    expectField(p, "price");
    p = ok;
    p.price = Money(ProductValidator::MaxAmountMinor + 1, QStringLiteral("COP"));
    expectField(p, "price");
    p = ok;
    p.threshold = Quantity::fromUnits(-1);
    expectField(p, "threshold");
    p = ok;
    p.description = QString(5000, QLatin1Char('d'));
    expectField(p, "description");
}

TEST(UuidV7, OrderedAndWellFormed)
{
    ManualClock clock(1795000000000);
    UuidV7Generator gen(clock);
    QString previous;
    for (int i = 0; i < 5000; ++i) {
        if (i % 1000 == 0)
            clock.advanceMs(1);
        const QString id = gen.next();
        ASSERT_TRUE(UuidV7Generator::isValid(id)) << id.toStdString();
        ASSERT_LT(previous, id);
        previous = id;
    }
    EXPECT_EQ(UuidV7Generator::timestampMs(gen.next()) / 1000, 1795000000);
    // Monotonic even when the clock steps back.
    const QString before = gen.next();
    clock.setMs(1700000000000);
    EXPECT_LT(before, gen.next());
}

TEST(HybridLogicalClock, StampsSortInCausalOrderEvenWhenTheWallClockGoesBack)
{
    const auto a = HlcStamp::tick(std::nullopt, 1'700'000'000'000, QStringLiteral("T01"));
    const auto b =
        HlcStamp::tick(a, 1'699'999'999'000, QStringLiteral("T01")); // clock stepped back
    EXPECT_LT(a.toString(), b.toString());
    const auto c = HlcStamp::receive(b, HlcStamp{1'800'000'000'000, 7, QStringLiteral("T02")},
                                     1'700'000'000'001, QStringLiteral("T01"));
    EXPECT_EQ(c.wallMs, 1'800'000'000'000);
    EXPECT_EQ(c.counter, 8);
    EXPECT_LT(b.toString(), c.toString());
    const auto parsed = HlcStamp::parse(c.toString());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toString(), c.toString());
    EXPECT_FALSE(HlcStamp::parse(QStringLiteral("17000.1.T01")).has_value());
}

TEST(ProductMerge, EditsConvergeWhateverOrderTheyArriveIn)
{
    Product base;
    base.id = QStringLiteral("p");
    base.name = QStringLiteral("Arroz 500 g");
    base.price = Money(3000, QStringLiteral("COP"));
    ProductMerge::stamp(base, ProductMerge::fields(), QStringLiteral("1700000000000.000000.T01"));

    Product onA = base; // terminal A renames, later
    onA.name = QStringLiteral("Arroz Diana 500 g");
    ProductMerge::stamp(onA, ProductMerge::changedFields(base, onA),
                        QStringLiteral("1700000000900.000000.T01"));
    Product onB = base; // terminal B reprices and also renames, earlier
    onB.price = Money(3200, QStringLiteral("COP"));
    onB.name = QStringLiteral("Arroz blanco");
    ProductMerge::stamp(onB, ProductMerge::changedFields(base, onB),
                        QStringLiteral("1700000000500.000000.T02"));
    EXPECT_EQ(ProductMerge::changedFields(base, onB),
              (QStringList{QStringLiteral("name"), QStringLiteral("price")}));

    Product ab = onA;
    EXPECT_TRUE(ProductMerge::mergeInto(ab, onB));
    Product ba = onB;
    EXPECT_TRUE(ProductMerge::mergeInto(ba, onA));
    for (const Product &p : {ab, ba}) {
        EXPECT_EQ(p.name, QStringLiteral("Arroz Diana 500 g")); // the later rename wins
        EXPECT_EQ(p.price.minor(), 3200);                       // the only repricing stands
    }
    EXPECT_EQ(ab.fieldClock, ba.fieldClock);
    EXPECT_FALSE(ProductMerge::mergeInto(ab, onB)); // applying again changes nothing
}

TEST(Rounding, MulDivIsExactBeyondSixtyFourBitsAndRoundsHalfAwayFromZero)
{
    // A 10^12 amount times 10^8 thousandths overflows 64 bits before dividing.
    EXPECT_EQ(roundedMulDiv(1000000000000LL, 100000000LL, 100000000LL), 1000000000000LL);
    EXPECT_EQ(roundedMulDiv(150, 1000, 2000), 75);
    EXPECT_EQ(roundedMulDiv(3, 1, 2), 2);   // 1.5 -> 2
    EXPECT_EQ(roundedMulDiv(-3, 1, 2), -2); // -1.5 -> -2
    EXPECT_EQ(roundedMulDiv(5, 1, 4), 1);   // 1.25 -> 1
    EXPECT_EQ(roundedMulDiv(7, 1, 4), 2);   // 1.75 -> 2
}
