#pragma once

#include "pos/documentqueue.h"
#include "print/receiptlayout.h"
#include "storage/storesettings.h"

#include <QCoreApplication>

namespace bodega {

// Produces the documents a sale owes (DocumentRenderer, core's port): the
// receipt on the receipt printer through QPrinter, or as a PDF when the
// store has no printer; the invoice as a PDF in the invoice folder. Needs a
// QGuiApplication (fonts); runs on whatever thread calls it, never the UI's.
class DocumentPrinter : public DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(bodega::DocumentPrinter)

public:
    struct Options
    {
        // Receipt printer as the system names it; empty: the default one.
        QString printerName;
        // When set, receipts are written here as PDFs instead of printed
        // (a store without a receipt printer, and tests).
        QString receiptFolder;
        QString invoiceFolder;
        // Where the till writes Z and X reports (store setting report.folder).
        QString reportFolder;
        // The roll in the receipt printer (this terminal's preference);
        // receipts and Z reports follow it.
        ReceiptLayout::Format roll = ReceiptLayout::Format::Roll80;
        QLocale locale;
    };

    explicit DocumentPrinter(Options options) : m_options(std::move(options)) {}

    // The store's folders (store settings receipt.folder, invoice.folder,
    // report.folder; invoices default to "invoices" beside the store file)
    // and this terminal's printer and roll (TerminalPreferences, which falls
    // back on the store's old receipt.printer).
    static Options optionsFor(const StoreSettings &settings, const QString &storePath,
                              const TerminalPreferences &terminal = TerminalPreferences());

    Result<QString> produce(const Receipt &receipt, DocumentKind kind) override;

    // The receipt or invoice of `receipt` as a PDF file (QPdfWriter).
    static Status writePdf(const Receipt &receipt, ReceiptLayout::Format format,
                           const QString &path, const QLocale &locale = QLocale());
    // A shift's Z report (X while it is open) as a PDF on the roll layout.
    static Status writeShiftReport(const ShiftSummary &shift, const QString &storeName,
                                   const QString &path, const QLocale &locale = QLocale(),
                                   ReceiptLayout::Format roll = ReceiptLayout::Format::Roll80);
    // A purchase order on A4 as a PDF, to send to its supplier.
    static Status writePurchaseOrder(const PurchaseOrder &order, const QString &storeName,
                                     const QString &path, const QLocale &locale = QLocale());
    // A day's sales report on A4 as a PDF (NightlyReports' PdfWriter,
    // bodegactl report daily).
    static Status writeDailySales(const DailySales &report, const QString &path,
                                  const QLocale &locale = QLocale());
    // File name for a shift's report, by when it opened: "Z-T01-20261123-
    // 070000.pdf" once closed, "X-..." while open (a newer X replaces it).
    static QString fileNameFor(const ShiftSummary &shift);
    // On a printer (QPrinter), laid out for its roll (80 or 58 mm).
    static Status print(const Receipt &receipt, const QString &printerName,
                        const QLocale &locale = QLocale(),
                        ReceiptLayout::Format roll = ReceiptLayout::Format::Roll80);
    // File name for a sale's document: "T01-000123.pdf" for the receipt,
    // "factura-T01-000123.pdf" for the invoice, so one folder holds both.
    static QString fileNameFor(const Receipt &receipt, DocumentKind kind);

private:
    static Status writeLayout(const ReceiptLayout &layout, const QString &title,
                              const QString &path);

    Options m_options;
};

} // namespace bodega
