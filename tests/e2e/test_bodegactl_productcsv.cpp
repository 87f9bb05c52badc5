// bodegactl product import --format shopify|csv [--dry-run] [--map ...] and
// product export --format shopify|csv --out FILE, run as a real process.
#include "bodegactlfixture.h"

#include <QFile>
#include <QJsonArray>

using namespace bodega;
using namespace bodega::test;

namespace {

class BodegactlProductCsv : public Bodegactl
{
protected:
    QString data(const char *name) const
    {
        return dataPath(QStringLiteral("import/") + QString::fromLatin1(name));
    }
    int products() const
    {
        return json({QStringLiteral("health")}).json().value(QStringLiteral("products")).toInt();
    }
    QByteArray read(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

TEST_F(BodegactlProductCsv, DryRunShowsWhatWouldHappenThenTheImportDoesIt)
{
    initWithRice();
    const QStringList args = {QStringLiteral("product"), QStringLiteral("import"),
                              data("shopify_legacy.csv"), QStringLiteral("--format"),
                              QStringLiteral("shopify")};
    const CtlRun dry = json(args + QStringList{QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.text();
    const QJsonObject d = dry.json();
    EXPECT_EQ(d.value(QStringLiteral("format")).toString(), QStringLiteral("shopify-legacy"));
    EXPECT_TRUE(d.value(QStringLiteral("dry_run")).toBool());
    EXPECT_FALSE(d.value(QStringLiteral("committed")).toBool());
    EXPECT_EQ(d.value(QStringLiteral("created")).toInt(), 3);
    const QJsonArray changes = d.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes.at(1).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Café molido — 500 g"));
    // Physical lines: the first variant's HTML body spans two.
    EXPECT_EQ(changes.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
    EXPECT_EQ(products(), 1);

    const CtlRun real = json(args);
    ASSERT_EQ(real.exitCode, 0) << real.text();
    EXPECT_TRUE(real.json().value(QStringLiteral("committed")).toBool());
    EXPECT_EQ(products(), 4);
    const CtlRun show =
        json({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("CAF-500")});
    EXPECT_EQ(show.json().value(QStringLiteral("stock")).toInt(), 4);
}

TEST_F(BodegactlProductCsv, ABadFormatOrNoFileIsAUsageErrorNamingItAndChangesNothing)
{
    initWithRice();
    const CtlRun badFormat =
        json({QStringLiteral("product"), QStringLiteral("import"), data("shopify_legacy.csv"),
              QStringLiteral("--format"), QStringLiteral("excel")});
    expectError(badFormat, 2, "USAGE", "format");
    expectError(json({QStringLiteral("product"), QStringLiteral("import"),
                      QStringLiteral("--format"), QStringLiteral("shopify")}),
                2, "USAGE", "file");
    expectError(json({QStringLiteral("product"), QStringLiteral("export"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.csv"))}),
                2, "USAGE", "format");
    expectError(json({QStringLiteral("product"), QStringLiteral("export"),
                      QStringLiteral("--format"), QStringLiteral("shopify")}),
                2, "USAGE", "out");
    expectError(json({QStringLiteral("product"), QStringLiteral("import"), data("generic_es.csv"),
                      QStringLiteral("--map"), QStringLiteral("Precio=price")}),
                3, "VALIDATION_FAILED", "map");
    // A Shopify file without its Title column names the column.
    QFile f(m_dir.filePath(QStringLiteral("notitle.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Handle,Body (HTML),Variant SKU,Variant Price\na,b,A-1,100\n");
    f.close();
    expectError(json({QStringLiteral("product"), QStringLiteral("import"), f.fileName(),
                      QStringLiteral("--format"), QStringLiteral("shopify")}),
                3, "IMPORT_FAILED", "Title");
    EXPECT_EQ(products(), 1);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

TEST_F(BodegactlProductCsv, GenericMappingFromTheCommandLine)
{
    ASSERT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
    QFile f(m_dir.filePath(QStringLiteral("lista.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Artículo;Ref;Valor\nPan tajado;PAN-1;5.200\n");
    f.close();
    const CtlRun r =
        json({QStringLiteral("product"), QStringLiteral("import"), f.fileName(),
              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--map"),
              QStringLiteral("Ref=sku"), QStringLiteral("--map=Valor=price")});
    ASSERT_EQ(r.exitCode, 0) << r.text();
    const CtlRun show =
        json({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("PAN-1")});
    EXPECT_EQ(show.json().value(QStringLiteral("price")).toInt(), 5200);
    EXPECT_EQ(show.json().value(QStringLiteral("name")).toString(), QStringLiteral("Pan tajado"));
}

TEST_F(BodegactlProductCsv, ExportImportExportIsTheSameFile)
{
    ASSERT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(ctl({QStringLiteral("product"), QStringLiteral("import"), data("shopify_current.csv"),
                   QStringLiteral("--format"), QStringLiteral("shopify")})
                  .exitCode,
              0);
    for (const char *header : {"legacy", "current"}) {
        const QString first =
            m_dir.filePath(QStringLiteral("first-%1.csv").arg(QLatin1String(header)));
        const CtlRun out =
            json({QStringLiteral("product"), QStringLiteral("export"), QStringLiteral("--format"),
                  QStringLiteral("shopify"), QStringLiteral("--shopify-header"),
                  QString::fromLatin1(header), QStringLiteral("--out"), first});
        ASSERT_EQ(out.exitCode, 0) << out.text();
        EXPECT_EQ(out.json().value(QStringLiteral("products")).toInt(), 3);
        const QString other =
            m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(QLatin1String(header)));
        ASSERT_EQ(
            ctl({QStringLiteral("--db"), other, QStringLiteral("product"), QStringLiteral("import"),
                 first, QStringLiteral("--format"), QStringLiteral("shopify")})
                .exitCode,
            0);
        const QString second =
            m_dir.filePath(QStringLiteral("second-%1.csv").arg(QLatin1String(header)));
        ASSERT_EQ(ctl({QStringLiteral("--db"), other, QStringLiteral("product"),
                       QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("shopify"), QStringLiteral("--shopify-header"),
                       QString::fromLatin1(header), QStringLiteral("--out"), second})
                      .exitCode,
                  0);
        EXPECT_FALSE(read(first).isEmpty());
        EXPECT_EQ(read(second), read(first)) << header;
    }
}
