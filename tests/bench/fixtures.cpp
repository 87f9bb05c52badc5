#include "fixtures.h"

#include "catalog/demostore.h"
#include "common/uuid.h"
#include "domain/barcode.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <random>

namespace bodega::bench {

namespace {

// Bump when the generated data changes: the cache key includes it.
constexpr int kGeneratorVersion = 1;

struct Noun
{
    const char *name;
    const char *category;
    const char *keywords; // comma-separated, as products.keywords stores them
    int price;            // COP for the smallest size
    int taxBp;
    bool weighed; // sold by kg, no barcode
};

// Products a Colombian mini-market carries, by category.
const Noun kNouns[] = {
    {"Arroz", "Granos y abarrotes", "arroz,grano", 2900, 0, false},
    {"Frijol", "Granos y abarrotes", "frijol,legumbre", 6200, 0, false},
    {"Lenteja", "Granos y abarrotes", "lenteja,legumbre", 4300, 0, false},
    {"Garbanzo", "Granos y abarrotes", "garbanzo,legumbre", 5200, 0, false},
    {"Arveja seca", "Granos y abarrotes", "arveja,legumbre", 3900, 0, false},
    {"Azúcar", "Granos y abarrotes", "azúcar,endulzante", 4800, 500, false},
    {"Panela", "Granos y abarrotes", "panela,endulzante", 3500, 0, false},
    {"Sal refinada", "Granos y abarrotes", "sal,condimento", 1900, 0, false},
    {"Harina de trigo", "Granos y abarrotes", "harina,trigo,repostería", 3600, 500, false},
    {"Harina de maíz", "Granos y abarrotes", "harina,arepa,maíz", 3800, 500, false},
    {"Pasta spaghetti", "Granos y abarrotes", "pasta,spaghetti", 2600, 500, false},
    {"Pasta macarrón", "Granos y abarrotes", "pasta,macarrón", 2600, 500, false},
    {"Avena en hojuelas", "Granos y abarrotes", "avena,cereal,desayuno", 4100, 500, false},
    {"Cereal de maíz", "Granos y abarrotes", "cereal,desayuno", 9800, 1900, false},
    {"Leche entera", "Lácteos y huevos", "leche,lácteo", 4200, 0, false},
    {"Leche deslactosada", "Lácteos y huevos", "leche,lácteo,deslactosada", 4900, 0, false},
    {"Yogur", "Lácteos y huevos", "yogur,lácteo", 3300, 1900, false},
    {"Queso campesino", "Lácteos y huevos", "queso,lácteo", 9500, 0, false},
    {"Queso mozzarella", "Lácteos y huevos", "queso,lácteo", 12800, 0, false},
    {"Mantequilla", "Lácteos y huevos", "mantequilla,lácteo", 7900, 1900, false},
    {"Kumis", "Lácteos y huevos", "kumis,lácteo", 3100, 1900, false},
    {"Arequipe", "Lácteos y huevos", "arequipe,dulce,lácteo", 5600, 1900, false},
    {"Huevos AA", "Lácteos y huevos", "huevo,huevos", 14500, 0, false},
    {"Gaseosa", "Bebidas", "gaseosa,refresco,bebida", 2500, 1900, false},
    {"Jugo de naranja", "Bebidas", "jugo,naranja,bebida", 3900, 1900, false},
    {"Jugo de mango", "Bebidas", "jugo,mango,bebida", 3900, 1900, false},
    {"Agua mineral", "Bebidas", "agua,bebida", 1800, 1900, false},
    {"Cerveza", "Bebidas", "cerveza,licor", 3200, 1900, false},
    {"Té helado", "Bebidas", "té,bebida", 2900, 1900, false},
    {"Bebida energizante", "Bebidas", "energizante,bebida", 4500, 1900, false},
    {"Café molido", "Café y chocolate", "café,tinto", 11900, 500, false},
    {"Café instantáneo", "Café y chocolate", "café,instantáneo", 13900, 500, false},
    {"Chocolate de mesa", "Café y chocolate", "chocolate,desayuno", 6900, 500, false},
    {"Aceite de girasol", "Aceites y salsas", "aceite,cocina", 9900, 500, false},
    {"Aceite de palma", "Aceites y salsas", "aceite,cocina", 8400, 500, false},
    {"Salsa de tomate", "Aceites y salsas", "salsa,tomate", 4500, 1900, false},
    {"Mayonesa", "Aceites y salsas", "mayonesa,salsa", 5200, 1900, false},
    {"Vinagre", "Aceites y salsas", "vinagre,cocina", 2300, 1900, false},
    {"Caldo de gallina", "Aceites y salsas", "caldo,sazonador", 2800, 1900, false},
    {"Comino molido", "Aceites y salsas", "comino,especia", 1900, 1900, false},
    {"Atún en aceite", "Enlatados", "atún,pescado,enlatado", 6900, 1900, false},
    {"Sardinas en tomate", "Enlatados", "sardinas,pescado,enlatado", 4800, 1900, false},
    {"Maíz tierno", "Enlatados", "maíz,enlatado", 4100, 1900, false},
    {"Salchicha", "Carnes frías", "salchicha,embutido", 7900, 1900, false},
    {"Jamón de cerdo", "Carnes frías", "jamón,embutido", 8900, 1900, false},
    {"Mortadela", "Carnes frías", "mortadela,embutido", 5900, 1900, false},
    {"Chorizo", "Carnes frías", "chorizo,embutido", 10900, 1900, false},
    {"Galletas de soda", "Snacks y dulces", "galletas,snack", 3900, 1900, false},
    {"Galletas de chocolate", "Snacks y dulces", "galletas,chocolate,snack", 4600, 1900, false},
    {"Papas fritas", "Snacks y dulces", "papas,paquete,snack", 2900, 1900, false},
    {"Platanitos", "Snacks y dulces", "plátano,paquete,snack", 2500, 1900, false},
    {"Chocolatina", "Snacks y dulces", "chocolate,dulce", 1800, 1900, false},
    {"Maní salado", "Snacks y dulces", "maní,snack", 2200, 1900, false},
    {"Gomitas", "Snacks y dulces", "gomitas,dulce", 1500, 1900, false},
    {"Pan tajado", "Panadería", "pan,tajado", 5900, 0, false},
    {"Tostadas", "Panadería", "tostadas,pan", 4300, 1900, false},
    {"Ponqué", "Panadería", "ponqué,torta", 3200, 1900, false},
    {"Jabón de barra", "Aseo del hogar", "jabón,ropa,aseo", 3100, 1900, false},
    {"Detergente en polvo", "Aseo del hogar", "detergente,ropa,aseo", 12900, 1900, false},
    {"Detergente líquido", "Aseo del hogar", "detergente,ropa,aseo", 18900, 1900, false},
    {"Blanqueador", "Aseo del hogar", "blanqueador,cloro,aseo", 4200, 1900, false},
    {"Suavizante", "Aseo del hogar", "suavizante,ropa,aseo", 8900, 1900, false},
    {"Lavaloza", "Aseo del hogar", "lavaloza,cocina,aseo", 5400, 1900, false},
    {"Limpiador multiusos", "Aseo del hogar", "limpiador,pisos,aseo", 6200, 1900, false},
    {"Papel higiénico", "Cuidado personal", "papel,higiénico,baño", 14900, 1900, false},
    {"Champú", "Cuidado personal", "champú,cabello", 12900, 1900, false},
    {"Acondicionador", "Cuidado personal", "acondicionador,cabello", 13900, 1900, false},
    {"Crema dental", "Cuidado personal", "crema,dientes,dental", 6900, 1900, false},
    {"Desodorante", "Cuidado personal", "desodorante,axilas", 11900, 1900, false},
    {"Jabón de tocador", "Cuidado personal", "jabón,baño", 2900, 1900, false},
    {"Toallas higiénicas", "Cuidado personal", "toallas,femenino", 7900, 0, false},
    {"Tomate chonto", "Frutas y verduras", "tomate,verdura", 4200, 0, true},
    {"Cebolla cabezona", "Frutas y verduras", "cebolla,verdura", 3600, 0, true},
    {"Papa pastusa", "Frutas y verduras", "papa,tubérculo", 2800, 0, true},
    {"Plátano hartón", "Frutas y verduras", "plátano,verdura", 3900, 0, true},
    {"Banano", "Frutas y verduras", "banano,fruta", 3200, 0, true},
    {"Zanahoria", "Frutas y verduras", "zanahoria,verdura", 2600, 0, true},
    {"Aguacate hass", "Frutas y verduras", "aguacate,fruta", 9800, 0, true},
    {"Limón tahití", "Frutas y verduras", "limón,fruta", 4400, 0, true},
    {"Mango tommy", "Frutas y verduras", "mango,fruta", 6200, 0, true},
};

const char *const kQualifiers[] = {
    "blanco",   "integral", "premium", "light",    "clásico",    "extra",        "tradicional",
    "familiar", "original", "suave",   "natural",  "sin azúcar", "deslactosado", "con sal",
    "picante",  "orgánico", "fino",    "especial", "económico",  "selecto",
};

const char *const kBrands[] = {
    "Diana",    "Roa",        "Florhuila",   "Manuelita",   "Riopaila",    "Doria",
    "Colanta",  "Alpina",     "Alquería",    "Postobón",    "Coca-Cola",   "Bavaria",
    "Águila",   "Sello Rojo", "Juan Valdez", "Luker",       "Corona",      "Nutresa",
    "Zenú",     "Rica",       "Van Camps",   "Fab",         "Ariel",       "Rey",
    "Axion",    "Colgate",    "Familia",     "Scott",       "Noel",        "Ramo",
    "Jet",      "Festival",   "Margarita",   "Super Ricas", "Quala",       "Maggi",
    "Fruco",    "Frescampo",  "Ekono",       "Nestlé",      "La Especial", "Bimbo",
    "Comapan",  "Premier",    "Gourmet",     "Oleocali",    "Del Monte",   "San Jorge",
    "Quaker",   "Kelloggs",   "Mimos",       "Dersa",       "Palmolive",   "Protex",
    "Johnsons", "La Muñeca",  "Incauca",     "Campo Verde", "Olímpica",    "Don Pancho",
};

const char *const kSizes[] = {
    "100 g",  "125 g",  "250 g",  "400 g",  "500 g", "1 kg",  "2 kg", "2.5 kg", "5 kg", "200 ml",
    "250 ml", "350 ml", "400 ml", "500 ml", "1 l",   "1.5 l", "2 l",  "3 l",    "x6",   "x12",
};

constexpr int kNounCount = sizeof(kNouns) / sizeof(kNouns[0]);
constexpr int kQualifierCount = sizeof(kQualifiers) / sizeof(kQualifiers[0]);
constexpr int kBrandCount = sizeof(kBrands) / sizeof(kBrands[0]);
constexpr int kSizeCount = sizeof(kSizes) / sizeof(kSizes[0]);

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bodega_bench: %s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(2);
}

void logLine(const QString &line)
{
    std::fprintf(stderr, "[fixture] %s\n", qPrintable(line));
    std::fflush(stderr);
}

// How fast the product-creation API is, measured on a scratch store so the
// README can say why the fixtures are generated in bulk instead.
void probeApiRate(const QString &dir)
{
    const QString scratch = dir + QStringLiteral("/probe-api.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);
    {
        auto db = Database::open(scratch);
        if (!db)
            fail(QStringLiteral("probe store"), db.error());
        OfflineEngine ai;
        DemoStore demo(**db, ai);
        const int n = 2000;
        QElapsedTimer t;
        t.start();
        auto summary = demo.populate(n);
        if (!summary)
            fail(QStringLiteral("DemoStore::populate"), summary.error());
        const double s = t.nsecsElapsed() / 1e9;
        logLine(
            QStringLiteral(
                "API path: DemoStore::populate(%1) (one transaction, AI descriptions, %2 sales) "
                "took %3 s = %4 products/s -> 1,000,000 would take ~%5 min")
                .arg(n)
                .arg(summary->sales)
                .arg(s, 0, 'f', 2)
                .arg(n / s, 0, 'f', 0)
                .arg(1e6 / (n / s) / 60, 0, 'f', 1));
        CatalogService catalog(**db, ai);
        const int m = 200;
        t.restart();
        for (int i = 0; i < m; ++i) {
            Product p;
            p.name = QStringLiteral("Producto de prueba %1").arg(i);
            p.category = QStringLiteral("Granos y abarrotes");
            // Without keywords addProduct fails (NOT NULL products.keywords: an
            // empty QStringList joins to a null QString); see README.
            p.keywords = QStringList{QStringLiteral("prueba")};
            p.price = Money(2500, QStringLiteral("COP"));
            auto added = catalog.addProduct(p, Quantity::fromUnits(20), false);
            if (!added)
                fail(QStringLiteral("CatalogService::addProduct"), added.error());
        }
        const double s2 = t.nsecsElapsed() / 1e9;
        logLine(QStringLiteral(
                    "API path: CatalogService::addProduct x%1 (one durable transaction each) "
                    "took %2 s = %3 products/s -> 1,000,000 would take ~%4 h")
                    .arg(m)
                    .arg(s2, 0, 'f', 2)
                    .arg(m / s2, 0, 'f', 0)
                    .arg(1e6 / (m / s2) / 3600, 0, 'f', 1));
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);
}

std::uint64_t gcd64(std::uint64_t a, std::uint64_t b)
{
    return b == 0 ? a : gcd64(b, a % b);
}

// A multiplier coprime with `total`, so i -> (i * m + c) % total is a bijection.
std::uint64_t coprimeMultiplier(std::uint64_t total, std::uint64_t start)
{
    std::uint64_t m = start % total;
    while (m < 2 || gcd64(m, total) != 1)
        ++m;
    return m;
}

void sampleProducts(CatalogFixture &f)
{
    auto maxRow = f.db->exec(QStringLiteral("SELECT max(rowid) FROM products"));
    if (!maxRow)
        fail(QStringLiteral("sample"), maxRow.error());
    const qint64 max = maxRow->next() ? maxRow->value(0).toLongLong() : 0;
    maxRow->finish();
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<qint64> pick(1, std::max<qint64>(max, 1));
    QSqlQuery &q =
        f.db->prepared(QStringLiteral("SELECT sku, barcode FROM products WHERE rowid = ?"));
    while (f.sampleSkus.size() < 4096) {
        q.bindValue(0, pick(rng));
        if (auto s = f.db->run(q); !s)
            fail(QStringLiteral("sample"), s.error());
        if (q.next()) {
            f.sampleSkus.push_back(q.value(0).toString());
            if (!q.value(1).isNull())
                f.sampleBarcodes.push_back(q.value(1).toString());
        }
        q.finish();
    }
}

} // namespace

QString cacheDir()
{
    const QByteArray env = qgetenv("BODEGA_BENCH_DIR");
    return env.isEmpty() ? QStringLiteral("/tmp/bodega-bench") : QString::fromLocal8Bit(env);
}

std::string sizeLabel(int products)
{
    if (products % 1000000 == 0)
        return std::to_string(products / 1000000) + "M";
    if (products % 1000 == 0)
        return std::to_string(products / 1000) + "k";
    return std::to_string(products);
}

Status generateCatalog(Database &db, int products, quint32 seed)
{
    std::mt19937_64 rng(seed);
    const std::uint64_t combos =
        std::uint64_t(kNounCount) * kQualifierCount * kBrandCount * kSizeCount;
    if (std::uint64_t(products) > combos)
        return Error::validation(QStringLiteral("products"),
                                 QStringLiteral("too many products for the word lists"));
    const std::uint64_t nameMul = coprimeMultiplier(combos, 1000003);
    const std::uint64_t skuSpace = 1ULL << 48;
    const std::uint64_t skuMul = 0x9E3779B97F4BULL | 1; // odd: a bijection mod 2^48
    const std::uint64_t barcodeSpace = 1000000000ULL;   // 9 item digits after GS1 Colombia's 770
    const std::uint64_t barcodeMul = coprimeMultiplier(barcodeSpace, 48271);

    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    (void)db.exec(QStringLiteral(
        "PRAGMA cache_size = -524288")); // 512 MiB while building, this connection only
    static const char *const settings[][2] = {
        {"store_name", "Bodega benchmark"}, {"currency", "COP"}, {"terminal", "T01"}};
    for (const auto &kv : settings) {
        if (auto r = db.exec(
                QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                {u8(kv[0]), u8(kv[1])});
            !r)
            return r.error();
    }
    if (auto r =
            db.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                    {QStringLiteral("initialized_at"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !r)
        return r.error();

    QSqlQuery &insertProduct = db.prepared(QStringLiteral(
        "INSERT INTO products (id, sku, barcode, name, keywords, description, category, unit, "
        "price_minor, cost_minor, currency, tax_rate_bp, threshold_milli, supplier, active, "
        "description_generated, category_generated, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COP', ?, ?, ?, 1, 1, 0, ?, ?)"));
    QSqlQuery &insertMovement =
        db.prepared(QStringLiteral("INSERT INTO stock_movements (id, product_id, kind, "
                                   "delta_milli, reason, reference, created_at) "
                                   "VALUES (?, ?, 'initial', ?, 'Stock inicial', '', ?)"));

    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - 90LL * 24 * 3600 * 1000;
    std::uniform_int_distribution<int> roll(0, 99);
    for (int i = 0; i < products; ++i) {
        std::uint64_t k = (std::uint64_t(i) * nameMul + 7) % combos;
        const Noun &noun = kNouns[k % kNounCount];
        k /= kNounCount;
        const int q = int(k % kQualifierCount);
        k /= kQualifierCount;
        const int b = int(k % kBrandCount);
        k /= kBrandCount;
        const int s = int(k % kSizeCount);

        const QString nounName = u8(noun.name);
        const QString brand = u8(kBrands[b]);
        const QString qualifier = u8(kQualifiers[q]);
        const QString size = u8(kSizes[s]);
        const QString name = nounName + QLatin1Char(' ') + qualifier + QLatin1Char(' ') + brand +
                             QLatin1Char(' ') + size;
        const QString category = u8(noun.category);
        const QString keywords = u8(noun.keywords) + QLatin1Char(',') + brand.toLower();
        const QString description =
            QStringLiteral("%1 %2 de %3, presentación de %4. Ideal para la canasta familiar; "
                           "producto de la categoría %5.")
                .arg(nounName, qualifier, brand, size, category.toLower());
        const qint64 price = (qint64(noun.price) * (10 + 3 * s) / 10 + 50) / 100 * 100;
        const QString created = QDateTime::fromMSecsSinceEpoch(baseMs + qint64(i) * 7, Qt::UTC)
                                    .toString(Qt::ISODateWithMs);
        const QString id = newId();
        const QString sku =
            QStringLiteral("BOD-%1")
                .arg((std::uint64_t(i) * skuMul + 0x5EED) % skuSpace, 12, 16, QLatin1Char('0'))
                .toUpper();
        QVariant barcode; // weighed goods carry none
        if (!noun.weighed) {
            const std::uint64_t item = (std::uint64_t(i) * barcodeMul + 12345) % barcodeSpace;
            barcode =
                Barcode::withCheckDigit(QStringLiteral("770%1").arg(item, 9, 10, QLatin1Char('0')));
        }
        const qint64 threshold = noun.weighed ? 5000 : 10000;

        insertProduct.bindValue(0, id);
        insertProduct.bindValue(1, sku);
        insertProduct.bindValue(2, barcode);
        insertProduct.bindValue(3, name);
        insertProduct.bindValue(4, keywords);
        insertProduct.bindValue(5, description);
        insertProduct.bindValue(6, category);
        insertProduct.bindValue(7, noun.weighed ? QStringLiteral("kg") : QStringLiteral("unit"));
        insertProduct.bindValue(8, price);
        insertProduct.bindValue(9, price * 7 / 10);
        insertProduct.bindValue(10, noun.taxBp);
        insertProduct.bindValue(11, threshold);
        insertProduct.bindValue(12, QString(QStringLiteral("Distribuidora ") + brand));
        insertProduct.bindValue(13, created);
        insertProduct.bindValue(14, created);
        if (auto st = db.run(insertProduct); !st)
            return st;

        // Most shelves are comfortable; about one in six is near or under its threshold.
        const int r = roll(rng);
        const qint64 units = r < 8    ? std::uniform_int_distribution<int>(0, 9)(rng)
                             : r < 17 ? std::uniform_int_distribution<int>(10, 13)(rng)
                                      : std::uniform_int_distribution<int>(15, 119)(rng);
        if (units > 0) {
            insertMovement.bindValue(0, newId());
            insertMovement.bindValue(1, id);
            insertMovement.bindValue(2, units * 1000);
            insertMovement.bindValue(3, created);
            if (auto st = db.run(insertMovement); !st)
                return st;
        }
        if ((i + 1) % 100000 == 0)
            logLine(QStringLiteral("  %1 / %2 products").arg(i + 1).arg(products));
    }
    if (auto st = tx.commit(); !st)
        return st;
    (void)db.exec(
        QStringLiteral("PRAGMA cache_size = -32768")); // back to what Database::configure sets
    return {};
}

namespace {
std::map<int, std::unique_ptr<CatalogFixture>> &fixtureMap()
{
    static std::map<int, std::unique_ptr<CatalogFixture>> fixtures;
    return fixtures;
}
} // namespace

void releaseFixtures()
{
    for (auto &entry : fixtureMap()) {
        if (!entry.second)
            continue;
        // Services before the connection they use; the connection before Qt goes.
        entry.second->repository.reset();
        entry.second->catalog.reset();
        entry.second->ai.reset();
        entry.second->db.reset();
    }
    fixtureMap().clear();
}

CatalogFixture &catalogFixture(int products)
{
    auto &fixtures = fixtureMap();
    static bool probed = false;
    auto &slot = fixtures[products];
    if (slot)
        return *slot;
    slot = std::make_unique<CatalogFixture>();
    CatalogFixture &f = *slot;
    f.products = products;

    const QString dir = cacheDir();
    QDir().mkpath(dir);
    f.path = QStringLiteral("%1/catalog-%2-schema%3-gen%4.sqlite")
                 .arg(dir, QString::fromStdString(sizeLabel(products)))
                 .arg(Database::latestSchemaVersion())
                 .arg(kGeneratorVersion);

    if (!QFileInfo::exists(f.path)) {
        if (!probed && qEnvironmentVariableIsEmpty("BODEGA_BENCH_SKIP_PROBE")) {
            probed = true;
            probeApiRate(dir);
        }
        const QString tmp =
            f.path + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
        logLine(QStringLiteral("generating %1 products into %2").arg(products).arg(f.path));
        QElapsedTimer t;
        t.start();
        {
            auto db = Database::open(tmp);
            if (!db)
                fail(QStringLiteral("open ") + tmp, db.error());
            if (auto s = generateCatalog(**db, products, 20261123); !s)
                fail(QStringLiteral("generate"), s.error());
            if (auto r = (*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
                fail(QStringLiteral("checkpoint"), r.error());
        }
        QFile::remove(tmp + QStringLiteral("-wal"));
        QFile::remove(tmp + QStringLiteral("-shm"));
        if (!QFile::rename(tmp, f.path))
            fail(QStringLiteral("rename"), Error::storage(tmp));
        f.generated = true;
        f.generateSeconds = t.nsecsElapsed() / 1e9;
        logLine(QStringLiteral("generated %1 products in %2 s (%3 products/s, %4 MiB)")
                    .arg(products)
                    .arg(f.generateSeconds, 0, 'f', 1)
                    .arg(products / f.generateSeconds, 0, 'f', 0)
                    .arg(QFileInfo(f.path).size() / 1048576.0, 0, 'f', 0));
    }

    QElapsedTimer t;
    t.start();
    auto db = Database::open(f.path);
    if (!db)
        fail(QStringLiteral("open ") + f.path, db.error());
    f.openMs = t.nsecsElapsed() / 1e6;
    f.db = std::move(*db);
    f.ai = std::make_unique<OfflineEngine>();
    f.catalog = std::make_unique<CatalogService>(*f.db, *f.ai);
    f.repository = std::make_unique<ProductRepository>(*f.db);
    sampleProducts(f);
    logLine(QStringLiteral("%1: %2 (Database::open %3 ms)")
                .arg(QString::fromStdString(sizeLabel(products)), f.path)
                .arg(f.openMs, 0, 'f', 1));
    return f;
}

} // namespace bodega::bench
