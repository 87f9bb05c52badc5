#include "ai/descriptionwriter.h"
#include "ai/textnormalizer.h"
#include "aitestdata.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using bodega::DescriptionWriter;
using bodega::TextNormalizer;

namespace {

DescriptionWriter writer()
{
    DescriptionWriter w;
    w.setEnglishCategoryName(QStringLiteral("Granos y abarrotes"),
                             QStringLiteral("Grains and staples"));
    w.setEnglishCategoryName(QStringLiteral("Aseo del hogar"),
                             QStringLiteral("Household cleaning"));
    return w;
}

// Words any template may use, folded. A description may contain these and the
// words of its inputs, nothing else: that is what "never invents" means here.
const QSet<QString> &templateWords()
{
    static const QSet<QString> words = [] {
        const QString text = QStringLiteral(
            "de la categoría hace parte un producto sección en "
            "relacionado con búsquelo también como palabras clave lo encuentra buscando y e "
            "se vende venta por kilo litro unidad "
            "from the category is part of a product in section related to also found by "
            "searching for keywords search it as and sold kilogram liter unit per");
        const QStringList list = TextNormalizer::words(text);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

QVector<DescriptionWriter::Product> sampleProducts()
{
    QVector<DescriptionWriter::Product> products;
    const auto add = [&](const QString &name, const QStringList &keywords, const QString &category,
                         const QString &unit) {
        products.append({name, keywords, category, unit});
    };
    add(QStringLiteral("Arroz Diana 500 g"), {QStringLiteral("grano"), QStringLiteral("blanco")},
        QStringLiteral("Granos y abarrotes"), QStringLiteral("unit"));
    add(QStringLiteral("Detergente Ariel 1 kg"),
        {QStringLiteral("ropa"), QStringLiteral("lavado"), QStringLiteral("polvo")},
        QStringLiteral("Aseo del hogar"), {});
    add(QStringLiteral("papa criolla"), {QStringLiteral("tubérculo"), QStringLiteral("hierro")},
        QStringLiteral("Frutas y verduras"), QStringLiteral("kg"));
    add(QStringLiteral("Leche entera Colanta 1,1 L."), {}, QStringLiteral("Lácteos y huevos"),
        QStringLiteral("l"));
    add(QStringLiteral("  Galletas   Festival  "), {QStringLiteral("galletas")},
        QStringLiteral("Snacks y dulces"), {});
    add(QStringLiteral("Tornillo"),
        {QStringLiteral("ferretería"), QStringLiteral("iman"), QStringLiteral("acero")}, {},
        QStringLiteral("unit"));
    for (int i = 0; i < 40; ++i)
        add(QStringLiteral("Producto de prueba %1").arg(i),
            {QStringLiteral("oferta"), QStringLiteral("hogar")}, QStringLiteral("Aseo del hogar"),
            i % 2 ? QStringLiteral("kg") : QString());
    return products;
}

} // namespace

TEST(DescriptionWriter, IsDeterministicAndContainsTheName)
{
    const DescriptionWriter w = writer();
    for (const auto &product : sampleProducts()) {
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("en")}) {
            const QString first = w.write(product, language);
            EXPECT_EQ(first, w.write(product, language));
            EXPECT_EQ(first, writer().write(product, language)) << "another writer instance";
            QString name = product.name.simplified();
            if (name.endsWith(QLatin1Char('.')))
                name.chop(1);
            EXPECT_TRUE(first.contains(name, Qt::CaseInsensitive)) << first.toStdString();
        }
    }
}

TEST(DescriptionWriter, WritesSpanishWithTheCategory)
{
    const QString text = writer().write({QStringLiteral("Arroz Diana 500 g"),
                                         {QStringLiteral("grano")},
                                         QStringLiteral("Granos y abarrotes"),
                                         {}},
                                        QStringLiteral("es"));
    EXPECT_TRUE(text.contains(QStringLiteral("Granos y abarrotes"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("grano"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("categoría")) ||
                text.contains(QStringLiteral("sección")))
        << text.toStdString();
}

TEST(DescriptionWriter, WritesEnglishWithTranslatedCategory)
{
    const DescriptionWriter w = writer();
    const QString text = w.write({QStringLiteral("Arroz Diana 500 g"),
                                  {},
                                  QStringLiteral("Granos y abarrotes"),
                                  QStringLiteral("kg")},
                                 QStringLiteral("en"));
    EXPECT_TRUE(text.contains(QStringLiteral("Grains and staples"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("categoría")));
    EXPECT_TRUE(text.contains(QStringLiteral("kilogram"))) << text.toStdString();
    // Unknown translations keep the Spanish name rather than guessing.
    EXPECT_TRUE(
        w.write({QStringLiteral("Pan"), {}, QStringLiteral("Panadería"), {}}, QStringLiteral("en"))
            .contains(QStringLiteral("Panadería")));
}

TEST(DescriptionWriter, TemplatesVaryAcrossProducts)
{
    const DescriptionWriter w = writer();
    QSet<QString> openings;
    for (const auto &product : sampleProducts()) {
        QString text = w.write(product, QStringLiteral("es"));
        text.replace(product.name.simplified(), QStringLiteral("<N>"));
        openings.insert(text.section(QLatin1Char('.'), 0, 0));
    }
    EXPECT_GE(openings.size(), 3);
}

TEST(DescriptionWriter, IsGrammaticallySane)
{
    const DescriptionWriter w = writer();
    const QRegularExpression sentenceEnd(QStringLiteral("[.!?]$"));
    for (const auto &product : sampleProducts()) {
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("en")}) {
            const QString text = w.write(product, language);
            const std::string shown = text.toStdString();
            ASSERT_FALSE(text.isEmpty());
            EXPECT_TRUE(text.front().isUpper()) << shown;
            EXPECT_TRUE(text.endsWith(QLatin1Char('.'))) << shown;
            EXPECT_FALSE(text.contains(QStringLiteral("  "))) << shown;
            EXPECT_FALSE(text.contains(QStringLiteral(".."))) << shown;
            EXPECT_FALSE(text.contains(QStringLiteral(" ."))) << shown;
            EXPECT_FALSE(text.contains(QStringLiteral(" ,"))) << shown;
            EXPECT_EQ(text, text.trimmed()) << shown;
            EXPECT_FALSE(TextNormalizer::fold(text).contains(QStringLiteral("de el "))) << shown;
            EXPECT_FALSE(TextNormalizer::fold(text).contains(QStringLiteral(" a el "))) << shown;
            // 1 to 3 sentences.
            const int sentences = static_cast<int>(text.count(QStringLiteral(". "))) + 1;
            EXPECT_GE(sentences, 1);
            EXPECT_LE(sentences, 3) << shown;
        }
    }
}

TEST(DescriptionWriter, UsesEBeforeAnISound)
{
    const QString text = writer().write({QStringLiteral("Aguja"),
                                         {QStringLiteral("costura"), QStringLiteral("hilo")},
                                         QStringLiteral("Papelería"),
                                         {}},
                                        QStringLiteral("es"));
    EXPECT_TRUE(text.contains(QStringLiteral("costura e hilo"))) << text.toStdString();
    const QString ice = writer().write({QStringLiteral("Bolsa"),
                                        {QStringLiteral("agua"), QStringLiteral("hielo")},
                                        QStringLiteral("Bebidas"),
                                        {}},
                                       QStringLiteral("es"));
    EXPECT_TRUE(ice.contains(QStringLiteral("agua y hielo"))) << ice.toStdString();
}

TEST(DescriptionWriter, NeverInventsWordsOrNumbers)
{
    const DescriptionWriter w = writer();
    const QRegularExpression digits(QStringLiteral("\\d+"));
    for (const auto &product : sampleProducts()) {
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("en")}) {
            const QString text = w.write(product, language);
            QSet<QString> allowed = templateWords();
            QStringList inputs = product.keywords;
            inputs << product.name << product.category << w.englishCategoryName(product.category);
            for (const QString &input : inputs) {
                for (const QString &word : TextNormalizer::words(input))
                    allowed.insert(word);
            }
            for (const QString &word : TextNormalizer::words(text))
                EXPECT_TRUE(allowed.contains(word))
                    << "invented \"" << word.toStdString() << "\" in " << text.toStdString();

            // Every number in the text is a number of the name (no made-up weights).
            const QStringList nameNumbers = [&] {
                QStringList numbers;
                auto it = digits.globalMatch(product.name);
                while (it.hasNext())
                    numbers.append(it.next().captured());
                return numbers;
            }();
            auto it = digits.globalMatch(text);
            while (it.hasNext()) {
                const QString number = it.next().captured();
                EXPECT_TRUE(nameNumbers.contains(number))
                    << "number " << number.toStdString() << " in " << text.toStdString();
            }
        }
    }
}

TEST(DescriptionWriter, StableHashDoesNotDependOnTheProcess)
{
    // Fixed value: QHash's per-process seed must never leak into template choice.
    EXPECT_EQ(DescriptionWriter::stableHash(QStringLiteral("Arroz Diana 500 g")),
              DescriptionWriter::stableHash(QStringLiteral("ARROZ  DIANA 500 G")));
    EXPECT_EQ(DescriptionWriter::stableHash(QString()), 2166136261u);
}
