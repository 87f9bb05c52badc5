// bodegactl receipt ..., documents ..., setting ...: receipts from history,
// the documents queue, and the store settings they read.
#include "bodegactl.h"
#include "catalog/webhooksettings.h"
#include "platform/keychaincredentialstore.h"
#include "pos/receiptbook.h"
#include "pos/tilllimits.h"
#include "print/documentprinter.h"
#include "reports/nightlyreports.h"
#include "setup/storesetup.h"
#include "setup/terminalpreferences.h"

#include <QJsonArray>

namespace bodega {

namespace {

// The settings a store may change from the command line, and nothing else:
// a typo must not become a silently ignored key.
const QStringList &knownSettings()
{
    static const QStringList keys = {
        QStringLiteral("store_name"),          QStringLiteral("store.tax_id"),
        QStringLiteral("store.address"),       QStringLiteral("receipt.footer"),
        QStringLiteral("receipt.printer"),     QStringLiteral("receipt.folder"),
        QStringLiteral("invoice.folder"),      QStringLiteral("report.folder"),
        QStringLiteral("scale.prefixes"),      QStringLiteral("scale.item_digits"),
        QStringLiteral("scale.embedded"),      QStringLiteral("till.cashier_discount_limit"),
        QStringLiteral("report.nightly_hour"), QStringLiteral("receipt.paper"),
        QStringLiteral("tax.rates"),           QStringLiteral("webhook.enabled"),
    };
    return keys;
}

// This terminal's, in its QSettings (shared with the GUI), not the store's.
bool isTerminalSetting(const QString &key)
{
    return key == QLatin1String("receipt.printer") || key == QLatin1String("receipt.paper");
}

// The CLI names a bad value by the key as typed.
Error namingKey(Error error, const QString &key)
{
    error.details.insert(QStringLiteral("field"), key);
    return error;
}

QString receiptText(const Receipt &r)
{
    QString text =
        QStringLiteral("%1  %2  %3\n")
            .arg(r.receiptNo,
                 r.completedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 r.cashier);
    for (const ReceiptLine &l : r.lines)
        text += QStringLiteral("  %1 x %2  %3\n").arg(l.qty.toString(), l.name, l.total.format());
    text += QStringLiteral("  %1  %2\n").arg(BodegaCtl::tr("TOTAL"), r.total.format());
    return text;
}

} // namespace

int BodegaCtl::cmdReceipt()
{
    const QString action = takePositional();
    if (action == QLatin1String("list")) {
        auto limit = takeLimit(20, 10000);
        if (!limit)
            return fail(limit.error());
        if (auto s = expectNoMoreArguments(); !s)
            return fail(s.error());
        if (auto s = openStoreFor(Permission::Sell); !s)
            return fail(s.error());
        auto sales = ReceiptBook(*m_db).recent(*limit);
        if (!sales)
            return fail(sales.error());
        QJsonArray json;
        QString text;
        for (const SaleSummary &s : *sales) {
            json.append(QJsonObject{
                {QStringLiteral("receipt_no"), s.receiptNo},
                {QStringLiteral("sale_id"), s.saleId},
                {QStringLiteral("completed_at"), s.completedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("cashier"), s.cashier},
                {QStringLiteral("lines"), s.lines},
                {QStringLiteral("total"), s.total.minor()}});
            text +=
                QStringLiteral("%1  %2  %3\n")
                    .arg(s.receiptNo,
                         s.completedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         s.total.format());
        }
        return succeed(QJsonObject{{QStringLiteral("sales"), json}}, text);
    }
    if (action != QLatin1String("show") && action != QLatin1String("pdf") &&
        action != QLatin1String("print"))
        return usage(tr("receipt list | show RECEIPT | pdf RECEIPT --out FILE [--invoice] | "
                        "print RECEIPT"));
    const QString number = takePositional();
    const auto outPath = takeOption(QStringLiteral("--out"));
    const bool invoice = takeFlag(QStringLiteral("--invoice"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (number.isEmpty())
        return usage(tr("receipt %1 needs a receipt number").arg(action));
    if (action == QLatin1String("pdf") && (!outPath || outPath->isEmpty()))
        return usage(tr("receipt pdf needs --out FILE"));
    if (auto s = openStoreFor(Permission::Sell); !s)
        return fail(s.error());
    auto receipt = ReceiptBook(*m_db).byNumber(number);
    if (!receipt)
        return fail(receipt.error());

    if (action == QLatin1String("show"))
        return succeed(QJsonObject{{QStringLiteral("receipt"), receipt->toJson()}},
                       receiptText(*receipt));
    if (action == QLatin1String("pdf")) {
        if (auto s = DocumentPrinter::writePdf(
                *receipt,
                invoice ? ReceiptLayout::Format::A4Invoice
                        : ReceiptLayout::rollFor(TerminalPreferences().receiptPaper()),
                *outPath);
            !s)
            return fail(s.error());
        return succeed(QJsonObject{{QStringLiteral("receipt_no"), receipt->receiptNo},
                                   {QStringLiteral("path"), *outPath}},
                       tr("%1 written to %2").arg(receipt->receiptNo, *outPath));
    }
    // print: a reprint goes through the queue, so a failure waits there too.
    DocumentQueue queue(*m_db, Clock::system());
    const DocumentKind kind = invoice ? DocumentKind::Invoice : DocumentKind::Receipt;
    auto job = queue.reprint(receipt->receiptNo, kind);
    if (!job)
        return fail(job.error());
    DocumentPrinter printer(DocumentPrinter::optionsFor(m_catalog->settings(), m_db->path()));
    auto made = queue.process(*job, printer);
    if (!made)
        return fail(made.error());
    auto done = queue.job(receipt->receiptNo, kind);
    if (!done)
        return fail(done.error());
    if (!*made) // the GUI's document worker took the reprint first
        return succeed(
            done->toJson(),
            tr("%1 is being printed by another Bodega on this store").arg(receipt->receiptNo));
    return succeed(done->toJson(), tr("%1 printed: %2").arg(receipt->receiptNo, done->path));
}

int BodegaCtl::cmdDocuments()
{
    const QString action = takePositional();
    if (action != QLatin1String("run") && action != QLatin1String("list"))
        return usage(tr("documents run | list [--failed]"));
    const bool failedOnly = takeFlag(QStringLiteral("--failed"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStoreFor(Permission::Sell); !s)
        return fail(s.error());
    DocumentQueue queue(*m_db, Clock::system());
    int produced = 0;
    if (action == QLatin1String("run")) {
        DocumentPrinter printer(DocumentPrinter::optionsFor(m_catalog->settings(), m_db->path()));
        auto done = queue.processPending(printer, 1000);
        if (!done)
            return fail(done.error());
        produced = *done;
    }
    auto pending = queue.pending(1000);
    auto failed = queue.failed(1000);
    if (!pending || !failed)
        return fail(!pending ? pending.error() : failed.error());
    QJsonArray pendingJson, failedJson;
    QString text;
    if (action == QLatin1String("run"))
        text = tr("%n document(s) produced.", nullptr, produced) + QLatin1Char('\n');
    for (const DocumentJob &j : *pending)
        if (!failedOnly)
            pendingJson.append(j.toJson());
    for (const DocumentJob &j : *failed) {
        failedJson.append(j.toJson());
        text += tr("%1 %2 failed: %3\n").arg(j.receiptNo, documentKindCode(j.kind), j.lastError);
    }
    text += tr("%n document(s) waiting.", nullptr, int(pending->size()));
    return succeed(QJsonObject{{QStringLiteral("produced"), produced},
                               {QStringLiteral("pending"), pendingJson},
                               {QStringLiteral("failed"), failedJson}},
                   text);
}

int BodegaCtl::cmdSetting()
{
    const QString action = takePositional();
    const QString key = takePositional();
    const QString value = takePositional();
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if ((action != QLatin1String("set") && action != QLatin1String("get")) || key.isEmpty() ||
        (action == QLatin1String("get") && !value.isNull()))
        return usage(tr("setting get KEY | set KEY VALUE"));
    if (!knownSettings().contains(key))
        return fail(Error::validation(QStringLiteral("key"),
                                      tr("Unknown setting %1; known: %2")
                                          .arg(key, knownSettings().join(QStringLiteral(", ")))));
    if (auto s = openStore(false); !s)
        return fail(s.error());
    TerminalPreferences terminal;
    if (action == QLatin1String("set")) {
        if (auto s = m_catalog->require(Permission::ManageStore); !s)
            return fail(s.error());
        if (value.size() > 500)
            return fail(Error::validation(QStringLiteral("value"),
                                          tr("A setting is at most 500 characters")));
        // A limit that does not parse would stop every sale: refused here.
        if (key == QLatin1String("till.cashier_discount_limit")) {
            if (auto p = TillLimits::parseCashierDiscountLimit(value); !p)
                return fail(p.error());
        }
        if (key == QLatin1String("report.nightly_hour")) {
            if (auto h = NightlyReports::parseHour(value); !h)
                return fail(h.error());
        }
        if (key == QLatin1String("receipt.printer")) {
            if (auto s = TerminalPreferences::validatePrinterName(value); !s)
                return fail(namingKey(s.error(), key));
            if (auto s = terminal.setReceiptPrinter(value); !s)
                return fail(s.error());
        } else if (key == QLatin1String("receipt.paper")) {
            auto paper = TerminalPreferences::parsePaper(value, key);
            if (!paper)
                return fail(paper.error());
            if (auto s = terminal.setReceiptPaper(*paper); !s)
                return fail(s.error());
        } else if (key == StoreSettings::taxRatesKey()) {
            // As the settings dialog takes them ("19; 5; 0"), kept as it keeps them.
            auto rates = StoreSetup::parseTaxRates(value);
            if (!rates)
                return fail(namingKey(rates.error(), key));
            KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
            if (auto s = StoreSetup(*m_db, credentials, Clock::system())
                             .setTaxRates(m_catalog->actor(), *rates);
                !s)
                return fail(s.error());
        } else if (key == WebhookSettings::enabledKey()) {
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return fail(Error::validation(
                    key, tr("webhook.enabled is true or false, not \"%1\"").arg(value.left(20))));
            if (auto s = WebhookSettings(*m_db, nullptr, Clock::system())
                             .setEnabled(m_catalog->actor(), value == QLatin1String("true"));
                !s)
                return fail(s.error());
        } else if (auto s = m_catalog->settings().setValue(key, value); !s) {
            return fail(s.error());
        }
    }
    QString shown;
    if (key == QLatin1String("receipt.printer")) {
        shown = terminal.receiptPrinter(m_catalog->settings());
    } else if (key == QLatin1String("receipt.paper")) {
        shown = TerminalPreferences::paperCode(terminal.receiptPaper());
    } else if (key == WebhookSettings::enabledKey()) {
        auto on = WebhookSettings(*m_db, nullptr, Clock::system()).enabled();
        if (!on)
            return fail(on.error());
        shown = *on ? QStringLiteral("true") : QStringLiteral("false");
    } else {
        auto current = m_catalog->settings().read(key);
        if (!current)
            return fail(current.error());
        shown = current->value_or(QString());
    }
    QJsonObject json{{QStringLiteral("key"), key}, {QStringLiteral("value"), shown}};
    if (isTerminalSetting(key))
        json.insert(QStringLiteral("terminal_file"), terminal.fileName());
    return succeed(json, QStringLiteral("%1 = %2").arg(key, shown));
}

} // namespace bodega
