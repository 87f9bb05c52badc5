#pragma once

#include "catalog/catalogservice.h"

#include <QSet>

namespace bodega {

// One run of CatalogService::importProducts: reads the rows, matches each to
// a product of the store (SKU, then barcode), creates or updates it with its
// stock movement, and commits, rolls back (dry run, cancel, a bad row without
// skipBadRows) or keeps the good rows (skipBadRows, each row in a savepoint).
class ProductImport
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ProductImport)

public:
    ProductImport(CatalogService &catalog, const ImportOptions &options);

    Result<ImportReport> run(QIODevice &device,
                             const std::function<void(const ImportProgress &)> &progress);
    // An amount as a spreadsheet wrote it, with its digit grouping removed.
    static QString amountText(const QString &text, int currencyDecimals);

private:
    // The row's outcome; an error is the reason it is rejected.
    Result<ImportChange> importRow(const ProductCsvRow &row);
    Result<ImportChange> create(Product p, const QMap<QString, QString> &fields, Quantity stock,
                                bool hasStock);
    Result<ImportChange> update(const Product &existing, const Product &parsed,
                                const QMap<QString, QString> &fields, Quantity stock,
                                bool hasStock);
    // In-file duplicates are reported with their line, before the database
    // would refuse them without one.
    Status checkUnique(const Product &p) const;
    // Valid, its stock too, and not a second row of the same product.
    Status checkRow(const Product &p, Quantity stock, bool hasStock) const;
    void remember(const Product &p);
    // A rate the file gives that the store was not set up with (tax.rates)
    // is the row's reason; any rate goes when the store has none set.
    Status checkTaxRate(const Product &p, const QMap<QString, QString> &fields) const;

    CatalogService &m_catalog;
    const ImportOptions &m_options;
    QString m_currency;           // the store's, read once: every row's prices are in it
    QString m_stamp;              // one import is one change: new products share a clock stamp
    bool m_storeWasEmpty = false; // then no row can match a stored product
    bool m_doomed = false;        // a bad row without skipBadRows: nothing will be kept
    QSet<QString> m_skus;
    QSet<QString> m_barcodes;
    QVector<int> m_taxRates; // the store's configured IVA rates; empty: any
    QString m_taxColumn;     // the file's name for the tax column
};

} // namespace bodega
