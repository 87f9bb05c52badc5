#pragma once

#include "pos/receipt.h"
#include "pos/shiftbook.h"
#include "purchasing/purchaseorderbook.h"
#include "reports/dailysalesreport.h"
#include "setup/terminalpreferences.h"

#include <QCoreApplication>
#include <QSizeF>

class QPainter;
class QPagedPaintDevice;

namespace bodega {

// How a recorded sale is laid out on paper: the till's receipt on an 80 mm
// roll (72 mm printable) or a 58 mm one (48 mm printable), the two widths
// ESC/POS thermal printers take, or the invoice ("factura de venta") on A4,
// and a shift's Z report on the roll. One list of rows for all, so the
// receipt and the invoice can never disagree about a line, a total or a tax.
// On a roll a text that does not fit is cut with "…", never a figure: an
// item's name has a row of its own, and a label gives way to its amount.
class ReceiptLayout
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ReceiptLayout)

public:
    enum class Format { Roll80, Roll58, A4Invoice };
    // The roll this terminal's printer takes (TerminalPreferences).
    static Format rollFor(TerminalPreferences::ReceiptPaper paper);

    struct Row
    {
        enum class Style { Normal, Bold, Total, Title, Centered, Rule, Small, Table, TableHeader };
        QString left;
        QString right;
        Style style = Style::Normal;
        // Table rows: the first cell on the left, the others right-aligned
        // in equal columns (figures line up under their header).
        QStringList cells = {};
    };

    ReceiptLayout(const Receipt &receipt, Format format, const QLocale &locale);
    // The Z report of a shift (SPEC: Point of sale, shifts) on a roll.
    ReceiptLayout(const ShiftSummary &shift, const QString &storeName, const QLocale &locale,
                  Format roll = Format::Roll80);
    // A purchase order on A4, as sent to the supplier: the same rows and
    // paging as the invoice.
    ReceiptLayout(const PurchaseOrder &order, const QString &storeName, const QLocale &locale);
    // A day's sales report on A4: totals, then tables by tender, category,
    // cashier and VAT rate.
    ReceiptLayout(const DailySales &report, const QLocale &locale);

    const QVector<Row> &rows() const { return m_rows; }
    // The paper a roll receipt needs (its length grows with its lines); A4
    // for an invoice.
    QSizeF pageSizeMm() const;
    // Paints on a device whose page size and margins were set from
    // pageSizeMm(); an invoice longer than a page continues on the next.
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

private:
    void build(const Receipt &receipt);
    void build(const ShiftSummary &shift, const QString &storeName);
    void build(const PurchaseOrder &order, const QString &storeName);
    void build(const DailySales &report);
    double rowHeightMm(const Row &row) const;
    double contentHeightMm() const;

    Format m_format;
    QLocale m_locale;
    QVector<Row> m_rows;
};

} // namespace bodega
