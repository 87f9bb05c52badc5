// bodegactl product import / product export: the catalog as a product CSV,
// generic or Shopify's (CatalogService::importProducts, exportProducts).
#include "bodegactl.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace bodega {

namespace {

Error usageOn(const QString &field, const QString &message)
{
    return Error{ErrorCode::Usage, message, {{QStringLiteral("field"), field}}};
}

QJsonArray problemsJson(const ImportReport &report)
{
    QJsonArray problems;
    for (const ImportProblem &p : report.problems)
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("code"), p.error.codeName()},
                                    {QStringLiteral("field"), p.error.field()},
                                    {QStringLiteral("message"), p.error.message}});
    return problems;
}

QJsonArray changesJson(const ImportReport &report)
{
    QJsonArray changes;
    for (const ImportChange &c : report.changes)
        changes.append(QJsonObject{{QStringLiteral("line"), c.line},
                                   {QStringLiteral("action"), c.kind == ImportChange::Kind::Created
                                                                  ? QStringLiteral("create")
                                                                  : QStringLiteral("update")},
                                   {QStringLiteral("sku"), c.sku},
                                   {QStringLiteral("name"), c.name}});
    return changes;
}

} // namespace

int BodegaCtl::cmdProductImport()
{
    ImportOptions options;
    options.skipBadRows = takeFlag(QStringLiteral("--skip-bad-rows"));
    options.useAi = takeFlag(QStringLiteral("--ai"));
    options.dryRun = takeFlag(QStringLiteral("--dry-run"));
    const auto format = takeOption(QStringLiteral("--format"));
    if (format) {
        if (*format == QLatin1String("shopify"))
            options.format = ProductCsvReader::Expect::Shopify;
        else if (*format != QLatin1String("csv"))
            return fail(usageOn(QStringLiteral("format"),
                                tr("--format is shopify or csv, not \"%1\"").arg(*format)));
    }
    while (auto map = takeOption(QStringLiteral("--map"))) {
        const int eq = map->lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(
                usageOn(QStringLiteral("map"), tr("--map is COLUMN=field, not \"%1\"").arg(*map)));
        options.mapping.insert(map->left(eq), map->mid(eq + 1));
    }
    if (!options.mapping.isEmpty() && options.format == ProductCsvReader::Expect::Shopify)
        return fail(usageOn(QStringLiteral("map"),
                            tr("--map is for --format csv: Shopify's columns are known")));
    const QString path = takePositional();
    if (path.isEmpty())
        return fail(usageOn(QStringLiteral("file"), tr("product import needs a CSV file")));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{
            ErrorCode::NotFound,
            tr("Cannot read %1: %2").arg(path, file.errorString()),
            {{QStringLiteral("path"), path}, {QStringLiteral("field"), QStringLiteral("file")}}});
    if (auto s = openStore(true); !s)
        return fail(s.error());
    if (options.useAi && !options.dryRun)
        ensureAiTrained();
    auto report = m_catalog->importProducts(file, options);
    // The AI requests made inside the import's transaction, kept whether it
    // committed or not: they reached the AI either way.
    if (m_aiLog) {
        if (auto s = m_aiLog->flush(); !s)
            qWarning("AI requests not recorded: %s", qPrintable(s.error().message));
    }
    if (!report)
        return fail(report.error());
    const QJsonArray problems = problemsJson(*report);
    QString text;
    for (const ImportProblem &p : report->problems)
        text += p.error.message + QLatin1Char('\n');
    QJsonObject json{{QStringLiteral("format"), ProductCsvColumns::formatCode(report->format)},
                     {QStringLiteral("rows"), report->rowsRead},
                     {QStringLiteral("created"), report->created},
                     {QStringLiteral("updated"), report->updated},
                     {QStringLiteral("rejected"), report->problems.size()},
                     {QStringLiteral("committed"), report->committed},
                     {QStringLiteral("dry_run"), report->dryRun},
                     {QStringLiteral("problems"), problems}};
    if (report->dryRun) {
        json.insert(QStringLiteral("changes"), changesJson(*report));
        text += tr("Dry run (%1): %2 rows would create %3 and update %4 products, %5 rejected; "
                   "nothing was changed")
                    .arg(ProductCsvColumns::formatName(report->format))
                    .arg(report->rowsRead)
                    .arg(report->created)
                    .arg(report->updated)
                    .arg(report->problems.size());
        return succeed(json, text);
    }
    if (const QJsonObject ai = enrichmentJson(); !ai.isEmpty())
        json.insert(QStringLiteral("ai"), ai);
    if (!report->committed) {
        const ImportProblem &first = report->problems.first();
        Error e{ErrorCode::ImportFailed,
                tr("Nothing was imported: %1").arg(first.error.message),
                {{QStringLiteral("line"), first.line},
                 {QStringLiteral("field"), first.error.field()},
                 {QStringLiteral("cause"), first.error.codeName()},
                 {QStringLiteral("problems"), problems.toVariantList()}}};
        return fail(e);
    }
    text += tr("Imported %1 of %2 rows: %3 created, %4 updated")
                .arg(report->created + report->updated)
                .arg(report->rowsRead)
                .arg(report->created)
                .arg(report->updated);
    if (m_enrichment && m_enrichment->last()) {
        QStringList engines;
        for (auto it = m_enrichment->byEngine().cbegin(); it != m_enrichment->byEngine().cend();
             ++it)
            engines << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        engines.sort();
        text += QLatin1Char('\n') + tr("AI suggestions: %1 (%2 fell back to the offline engine)")
                                        .arg(engines.join(QStringLiteral(", ")))
                                        .arg(m_enrichment->fallbacks());
    }
    return succeed(json, text);
}

int BodegaCtl::cmdProductExport()
{
    const auto format = takeOption(QStringLiteral("--format"));
    const auto outPath = takeOption(QStringLiteral("--out"));
    // Shopify's older export header set unless asked for the current template.
    const auto header = takeOption(QStringLiteral("--shopify-header"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    ProductCsvFormat layout = ProductCsvFormat::Generic;
    if (!format || (*format != QLatin1String("shopify") && *format != QLatin1String("csv")))
        return fail(
            usageOn(QStringLiteral("format"), tr("product export needs --format shopify or csv")));
    if (*format == QLatin1String("shopify")) {
        if (!header || *header == QLatin1String("legacy"))
            layout = ProductCsvFormat::ShopifyLegacy;
        else if (*header == QLatin1String("current"))
            layout = ProductCsvFormat::ShopifyCurrent;
        else
            return fail(usageOn(QStringLiteral("shopify-header"),
                                tr("--shopify-header is current or legacy")));
    }
    if (!outPath || outPath->isEmpty())
        return fail(usageOn(QStringLiteral("out"), tr("product export needs --out FILE")));
    if (auto s = openStore(false); !s)
        return fail(s.error());
    // Written aside and renamed at the end: a failed export leaves the old
    // file, never half of a new one.
    QSaveFile file(*outPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error{ErrorCode::StorageFailed,
                          tr("Cannot write %1: %2").arg(*outPath, file.errorString()),
                          {{QStringLiteral("path"), *outPath},
                           {QStringLiteral("field"), QStringLiteral("out")}}});
    auto written = m_catalog->exportProducts(file, layout);
    if (!written)
        return fail(written.error());
    if (!file.commit())
        return fail(Error{ErrorCode::StorageFailed,
                          tr("Cannot write %1: %2").arg(*outPath, file.errorString()),
                          {{QStringLiteral("path"), *outPath},
                           {QStringLiteral("field"), QStringLiteral("out")}}});
    return succeed(QJsonObject{{QStringLiteral("format"), ProductCsvColumns::formatCode(layout)},
                               {QStringLiteral("path"), *outPath},
                               {QStringLiteral("products"), *written}},
                   tr("%1 products written to %2 (%3)")
                       .arg(*written)
                       .arg(*outPath, ProductCsvColumns::formatName(layout)));
}

} // namespace bodega
