#include "productimport.h"

#include "common/uuid.h"
#include "domain/barcode.h"
#include "domain/productvalidator.h"
#include "storage/bulkload.h"

#include <QRegularExpression>

namespace bodega {

namespace {

bool rowLevel(const Error &e)
{
    return e.code == ErrorCode::Duplicate || e.code == ErrorCode::ValidationFailed ||
           e.code == ErrorCode::InvalidBarcode || e.code == ErrorCode::NotFound;
}

} // namespace

ProductImport::ProductImport(CatalogService &catalog, const ImportOptions &options)
    : m_catalog(catalog), m_options(options)
{
}

Status ProductImport::checkUnique(const Product &p) const
{
    if (m_skus.contains(p.sku))
        return Error{ErrorCode::Duplicate,
                     tr("SKU %1 appears twice in the file").arg(p.sku),
                     {{QStringLiteral("field"), QStringLiteral("sku")}}};
    if (!p.barcode.isEmpty() && m_barcodes.contains(p.barcode))
        return Error{ErrorCode::Duplicate,
                     tr("Barcode %1 appears twice in the file").arg(p.barcode),
                     {{QStringLiteral("field"), QStringLiteral("barcode")}}};
    return {};
}

Status ProductImport::checkRow(const Product &p, Quantity stock, bool hasStock) const
{
    if (auto s = ProductValidator::validate(p); !s)
        return s;
    if (hasStock) {
        if (auto s = ProductValidator::validateQuantity(stock, QStringLiteral("stock"), true); !s)
            return s;
    }
    return checkUnique(p);
}

Status ProductImport::checkTaxRate(const Product &p, const QMap<QString, QString> &fields) const
{
    const int bp = p.taxRateBasisPoints;
    // Out of 0-100 % is the validator's to say.
    if (m_taxRates.isEmpty() || fields.value(QStringLiteral("tax")).trimmed().isEmpty() || bp < 0 ||
        bp > 10000 || m_taxRates.contains(bp))
        return {};
    const auto percent = [](int basisPoints) -> QString {
        return QString::number(basisPoints / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 2) +
               QStringLiteral(" %");
    };
    QStringList rates;
    for (int r : m_taxRates)
        rates << percent(r);
    return Error::validation(QStringLiteral("tax"),
                             tr("Column \"%1\": %2 is not one of the store's tax rates (%3)")
                                 .arg(m_taxColumn, percent(bp), rates.join(QStringLiteral(", "))),
                             {{QStringLiteral("column"), m_taxColumn},
                              {QStringLiteral("value"), fields.value(QStringLiteral("tax"))}});
}

void ProductImport::remember(const Product &p)
{
    m_skus.insert(p.sku);
    if (!p.barcode.isEmpty())
        m_barcodes.insert(p.barcode);
}

static void applyAiMarks(Product &p, const QMap<QString, QString> &fields)
{
    const QString marks = fields.value(QStringLiteral("ai_written"));
    p.descriptionGenerated = marks.contains(QLatin1String("description"));
    p.categoryGenerated = marks.contains(QLatin1String("category"));
}

Result<ImportChange> ProductImport::create(Product p, const QMap<QString, QString> &fields,
                                           Quantity stock, bool hasStock)
{
    if (p.sku.isEmpty())
        p.sku = m_catalog.generateSku();
    applyAiMarks(p, fields);
    if (auto s = checkRow(p, stock, hasStock); !s)
        return s.error();
    // A dry run asks the AI nothing (it would be asked again for real), nor
    // does an import already bound to roll back.
    if (m_options.useAi && !m_options.dryRun && !m_doomed) {
        if (auto s = m_catalog.enrich(p); !s)
            qCWarning(lcCatalog) << "AI enrichment failed during an import";
        ProductValidator::normalize(p);
        if (auto s = ProductValidator::validate(p); !s)
            return s.error();
    }
    p.id = newId();
    p.createdAt = p.updatedAt = m_catalog.m_clock.now();
    if (auto s = m_catalog.insertProduct(p, stock, m_stamp); !s)
        return s.error();
    remember(p);
    return ImportChange{0, ImportChange::Kind::Created, p.sku, p.name};
}

Result<ImportChange> ProductImport::update(const Product &existing, const Product &parsed,
                                           const QMap<QString, QString> &fields, Quantity stock,
                                           bool hasStock)
{
    // The row's non-empty cells change the product; the rest stays. The SKU
    // is the store's: a product found by its barcode keeps it.
    Product p = existing;
    QMap<QString, QString> given = fields;
    given.remove(QStringLiteral("sku"));
    CatalogService::applyGiven(p, parsed, given);
    if (given.contains(QStringLiteral("ai_written")))
        applyAiMarks(p, fields);
    ProductValidator::normalize(p);
    if (auto s = checkRow(p, stock, hasStock); !s)
        return s.error();
    if (p.price != existing.price || p.cost != existing.cost) {
        if (auto s = m_catalog.require(Permission::ChangePrice); !s)
            return s.error();
    }
    if (auto s = m_catalog.writeUpdate(p, existing); !s)
        return s.error();
    // A quantity for a product the store already counts is a stock count:
    // the ledger gets the difference, so sales made meanwhile still add up.
    if (hasStock && stock != existing.stock) {
        auto movement = m_catalog.recordMovement(p, MovementKind::Count, stock - existing.stock,
                                                 tr("Stock counted in an import"), QString());
        if (!movement)
            return movement.error();
        auto alert = m_catalog.alertIfCrossed(p, *movement);
        if (!alert)
            return alert.error();
    }
    remember(p);
    return ImportChange{0, ImportChange::Kind::Updated, p.sku, p.name};
}

QString ProductImport::amountText(const QString &text, int decimals)
{
    // Spreadsheets in es-CO write "2.900" and "1.234,50": digit grouping the
    // user typed, not decimals. With both marks the last one is the decimal
    // point; with one mark and groups of three it is grouping only for a
    // currency without cents, where "2.900" cannot mean 2.9.
    QString t = text.trimmed();
    const int dot = t.lastIndexOf(QLatin1Char('.'));
    const int comma = t.lastIndexOf(QLatin1Char(','));
    if (dot >= 0 && comma >= 0) {
        const QChar grouping = dot > comma ? QLatin1Char(',') : QLatin1Char('.');
        t.remove(grouping);
        return t;
    }
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}([.,]\\d{3})+$"));
    if (decimals == 0 && grouped.match(t).hasMatch()) {
        t.remove(QLatin1Char('.'));
        t.remove(QLatin1Char(','));
    }
    return t;
}

Result<ImportChange> ProductImport::importRow(const ProductCsvRow &row)
{
    QMap<QString, QString> fields = row.fields;
    const Currency *currency = Currency::find(m_currency);
    for (const QString &amount : {QStringLiteral("price"), QStringLiteral("cost")}) {
        if (fields.contains(amount))
            fields[amount] = amountText(fields.value(amount), currency ? currency->decimals : 0);
    }
    auto parsed = m_catalog.productFromText(fields, m_currency);
    if (!parsed)
        return parsed.error();
    Product p = *parsed;
    ProductValidator::normalize(p);
    if (auto s = checkTaxRate(p, fields); !s)
        return s.error();
    Quantity stock;
    const QString stockText = row.fields.value(QStringLiteral("stock"));
    const bool hasStock = !stockText.isEmpty();
    if (hasStock) {
        auto q = Quantity::parse(stockText, QStringLiteral("stock"));
        if (!q)
            return q.error();
        stock = *q;
    }
    // A barcode the file gets wrong is its own reason, even when the SKU
    // would have found the product.
    if (!p.barcode.isEmpty()) {
        if (auto b = Barcode::validate(p.barcode); !b)
            return b.error();
    }
    if (!m_storeWasEmpty) {
        std::optional<Product> existing;
        if (!p.sku.isEmpty()) {
            if (auto found = m_catalog.m_products.findBySku(p.sku))
                existing = *found;
            else if (found.error().code != ErrorCode::NotFound)
                return found.error();
        }
        if (!existing && !p.barcode.isEmpty()) {
            if (auto found = m_catalog.m_products.findByBarcode(p.barcode))
                existing = *found;
            else if (found.error().code != ErrorCode::NotFound)
                return found.error();
        }
        if (existing) {
            // A product created earlier in this same file is a duplicate row,
            // not an update.
            if (m_skus.contains(existing->sku))
                return Error{ErrorCode::Duplicate,
                             tr("SKU %1 appears twice in the file").arg(existing->sku),
                             {{QStringLiteral("field"), QStringLiteral("sku")}}};
            return update(*existing, p, fields, stock, hasStock);
        }
    }
    return create(p, fields, stock, hasStock);
}

Result<ImportReport> ProductImport::run(QIODevice &device,
                                        const std::function<void(const ImportProgress &)> &progress)
{
    if (auto s = m_catalog.require(Permission::EditCatalog); !s)
        return s.error();
    ProductCsvReader reader(device);
    if (auto s = reader.start(m_options.format, m_options.mapping); !s)
        return s.error();
    ImportReport report;
    report.format = reader.format();
    report.dryRun = m_options.dryRun;
    auto rates = m_catalog.m_settings.configuredTaxRates();
    if (!rates)
        return rates.error();
    m_taxRates = *rates;
    m_taxColumn = QStringLiteral("tax");
    if (report.format != ProductCsvFormat::Generic)
        m_taxColumn = ProductCsvColumns::name(report.format, ShopifyColumn::TaxRate);
    for (auto it = reader.columnFields().begin(); it != reader.columnFields().end(); ++it)
        if (it.value() == QLatin1String("tax"))
            m_taxColumn = reader.header().value(it.key(), m_taxColumn);

    Transaction tx(m_catalog.m_db);
    if (!tx.started())
        return tx.started().error();
    auto stamp = m_catalog.m_settings.nextHlc(m_catalog.m_clock.nowMs());
    if (!stamp)
        return stamp.error();
    m_stamp = *stamp;
    auto currency = m_catalog.m_settings.storeCurrency();
    if (!currency)
        return currency.error();
    m_currency = *currency;
    auto total = m_catalog.m_products.count(ProductQuery{});
    if (!total)
        return total.error();
    m_storeWasEmpty = *total == 0;
    // Into an empty store, the catalog's secondary indexes, its full-text
    // index and the stock levels are built once at the end instead of row by
    // row (a third of the time of a row). Not otherwise: an update would
    // then have to find its row in an index not yet built.
    std::optional<BulkLoad> bulk;
    if (m_storeWasEmpty) {
        bulk.emplace(m_catalog.m_db);
        if (auto s = bulk->suspend(BulkLoad::catalogLoad()); !s)
            return s.error();
    }
    Database &db = m_catalog.m_db;
    const qint64 bytesTotal = device.isSequential() ? 0 : device.size();
    const auto reportProgress = [&] {
        if (progress)
            progress(ImportProgress{report.rowsRead, device.pos(), bytesTotal});
    };
    std::optional<Error> fatal;
    for (;;) {
        if (m_options.cancel && m_options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        auto row = reader.next();
        if (!row) {
            const Error &e = row.error();
            report.problems.push_back({e.details.value(QStringLiteral("line")).toInt(), e});
            if (e.details.value(QStringLiteral("fatal")).toBool())
                break;
            continue;
        }
        if (!row->has_value())
            break;
        const ProductCsvRow &r = row->value();
        ++report.rowsRead;
        // With skipped rows, a row that fails half-way must leave nothing:
        // each row gets its own savepoint inside the one transaction.
        const bool savepoint = m_options.skipBadRows;
        if (savepoint) {
            if (auto sp = db.exec(QStringLiteral("SAVEPOINT import_row")); !sp) {
                fatal = sp.error();
                break;
            }
        }
        auto change = importRow(r);
        if (savepoint) {
            if (!change)
                (void)db.exec(QStringLiteral("ROLLBACK TO import_row"));
            (void)db.exec(QStringLiteral("RELEASE import_row"));
        }
        if (!change) {
            Error e = change.error();
            e.details.insert(QStringLiteral("line"), r.line);
            e.message = tr("Line %1: %2").arg(r.line).arg(e.message);
            report.problems.push_back({r.line, e});
            m_doomed = !m_options.skipBadRows;
            // A storage failure leaves the transaction in doubt: stop
            // whatever the options say.
            if (!rowLevel(change.error()) && change.error().code != ErrorCode::PermissionDenied) {
                fatal = e;
                break;
            }
        } else {
            ImportChange c = *change;
            c.line = r.line;
            if (c.kind == ImportChange::Kind::Created)
                ++report.created;
            else
                ++report.updated;
            report.changes.push_back(std::move(c));
        }
        if (report.rowsRead % 500 == 0)
            reportProgress();
    }
    reportProgress();
    const bool keep = !report.cancelled && !fatal && !m_options.dryRun &&
                      (report.problems.isEmpty() || m_options.skipBadRows);
    if (keep && bulk) {
        if (auto s = m_catalog.m_ledger.rebuildLevels(); !s)
            return s.error();
        if (auto s = bulk->restore(); !s)
            return s.error();
        if (auto s = m_catalog.m_products.rebuildSearchIndex(); !s)
            return s.error();
    }
    if (keep) {
        if (auto s = tx.commit(); !s)
            return s.error();
        report.committed = true;
    }
    // Not committed: the Transaction rolls everything back, including the
    // clock stamp taken above. Only a dry run reports what would have been.
    if (!report.committed && !report.dryRun) {
        report.created = report.updated = 0;
        report.changes.clear();
    }
    return report;
}

} // namespace bodega
