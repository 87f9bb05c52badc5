#include "documentprinter.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace bodega {

namespace {

Error printerError(const QString &message)
{
    return Error{ErrorCode::PrinterFailed, message, {}};
}

QPageSize pageFor(const ReceiptLayout &layout)
{
    return QPageSize(layout.pageSizeMm(), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

} // namespace

DocumentPrinter::Options DocumentPrinter::optionsFor(const StoreSettings &settings,
                                                     const QString &storePath,
                                                     const TerminalPreferences &terminal)
{
    Options o;
    o.printerName = terminal.receiptPrinter(settings);
    o.roll = ReceiptLayout::rollFor(terminal.receiptPaper());
    o.receiptFolder = settings.value(QStringLiteral("receipt.folder"));
    o.invoiceFolder =
        settings.value(QStringLiteral("invoice.folder"),
                       QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("invoices")));
    o.reportFolder =
        settings.value(QStringLiteral("report.folder"),
                       QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("reports")));
    return o;
}

QString DocumentPrinter::fileNameFor(const ShiftSummary &shift)
{
    // Named by when the shift opened: readable in a folder, and one file per shift.
    return QStringLiteral("%1-%2-%3.pdf")
        .arg(shift.closedAt.isValid() ? QStringLiteral("Z") : QStringLiteral("X"), shift.terminal,
             shift.openedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString DocumentPrinter::fileNameFor(const Receipt &receipt, DocumentKind kind)
{
    return (kind == DocumentKind::Invoice ? QStringLiteral("factura-") : QString()) +
           receipt.receiptNo + QStringLiteral(".pdf");
}

Status DocumentPrinter::writePdf(const Receipt &receipt, ReceiptLayout::Format format,
                                 const QString &path, const QLocale &locale)
{
    return writeLayout(ReceiptLayout(receipt, format, locale),
                       format == ReceiptLayout::Format::A4Invoice
                           ? tr("Sales invoice %1").arg(receipt.receiptNo)
                           : tr("Receipt %1").arg(receipt.receiptNo),
                       path);
}

Status DocumentPrinter::writeShiftReport(const ShiftSummary &shift, const QString &storeName,
                                         const QString &path, const QLocale &locale,
                                         ReceiptLayout::Format roll)
{
    return writeLayout(ReceiptLayout(shift, storeName, locale, roll),
                       tr("Z report %1 %2").arg(shift.terminal, shift.id.left(8)), path);
}

Status DocumentPrinter::writePurchaseOrder(const PurchaseOrder &order, const QString &storeName,
                                           const QString &path, const QLocale &locale)
{
    return writeLayout(ReceiptLayout(order, storeName, locale),
                       tr("Purchase order %1").arg(order.number), path);
}

Status DocumentPrinter::writeDailySales(const DailySales &report, const QString &path,
                                        const QLocale &locale)
{
    return writeLayout(ReceiptLayout(report, locale),
                       tr("Daily sales report %1").arg(report.day.toString(Qt::ISODate)), path);
}

Status DocumentPrinter::writeLayout(const ReceiptLayout &layout, const QString &title,
                                    const QString &path)
{
    // Written aside and renamed into place: a crash never leaves half a PDF
    // under the document's name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return printerError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(pageFor(layout));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Bodega"));
        QPainter painter;
        if (!painter.begin(&writer))
            return printerError(tr("Cannot lay out %1 as a PDF").arg(path));
        layout.paint(painter, writer);
        painter.end();
    }
    if (!file.commit())
        return printerError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status DocumentPrinter::print(const Receipt &receipt, const QString &printerName,
                              const QLocale &locale, ReceiptLayout::Format roll)
{
    const ReceiptLayout layout(
        receipt, roll == ReceiptLayout::Format::A4Invoice ? ReceiptLayout::Format::Roll80 : roll,
        locale);
    QPrinter printer(QPrinter::HighResolution);
    if (!printerName.isEmpty())
        printer.setPrinterName(printerName);
    if (!printer.isValid() || printer.printerName().isEmpty())
        return printerError(
            printerName.isEmpty()
                ? tr("There is no receipt printer")
                : tr("The receipt printer \"%1\" is not available").arg(printerName));
    printer.setDocName(tr("Receipt %1").arg(receipt.receiptNo));
    printer.setFullPage(true);
    printer.setPageSize(pageFor(layout));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&printer))
        return printerError(
            tr("The receipt printer \"%1\" refused the receipt").arg(printer.printerName()));
    layout.paint(painter, printer);
    if (!painter.end())
        return printerError(
            tr("The receipt printer \"%1\" failed while printing").arg(printer.printerName()));
    return {};
}

Result<QString> DocumentPrinter::produce(const Receipt &receipt, DocumentKind kind)
{
    const bool invoice = kind == DocumentKind::Invoice;
    const QString folder = invoice ? m_options.invoiceFolder : m_options.receiptFolder;
    if (!invoice && folder.isEmpty()) {
        if (auto s = print(receipt, m_options.printerName, m_options.locale, m_options.roll); !s)
            return s.error();
        return m_options.printerName.isEmpty() ? QStringLiteral("printer:default")
                                               : QStringLiteral("printer:") + m_options.printerName;
    }
    if (folder.isEmpty())
        return printerError(tr("No folder is set for invoices"));
    if (!QDir().mkpath(folder))
        return printerError(tr("Cannot create the folder %1").arg(folder));
    const QString path = QDir(folder).filePath(fileNameFor(receipt, kind));
    if (auto s = writePdf(receipt, invoice ? ReceiptLayout::Format::A4Invoice : m_options.roll,
                          path, m_options.locale);
        !s)
        return s.error();
    return path;
}

} // namespace bodega
