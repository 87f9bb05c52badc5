#include "receiptlayout.h"

#include "domain/localeformat.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace bodega {

namespace {

constexpr double MmPerPoint = 25.4 / 72.0;

struct Paper
{
    double widthMm;
    double marginMm;
    double basePt; // body text
};

Paper paperFor(ReceiptLayout::Format format)
{
    switch (format) {
    case ReceiptLayout::Format::Roll80:
        return Paper{80.0, 4.0, 8.0}; // prints 72 mm wide
    case ReceiptLayout::Format::Roll58:
        // Prints 48 mm wide (384 dots at 203 dpi): a smaller body keeps a
        // label and its amount on one row.
        return Paper{58.0, 5.0, 7.0};
    case ReceiptLayout::Format::A4Invoice:
        break;
    }
    return Paper{210.0, 15.0, 10.0}; // A4 keeps 15 mm margins
}

double pointSizeFor(ReceiptLayout::Row::Style style, double basePt)
{
    using S = ReceiptLayout::Row::Style;
    switch (style) {
    case S::Title:
        return basePt * 1.5;
    case S::Total:
        return basePt * 1.35;
    case S::Small:
        return basePt * 0.85;
    default:
        return basePt;
    }
}

QString percent(int basisPoints, const QLocale &locale)
{
    return locale.toString(basisPoints / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 2) +
           QStringLiteral(" %");
}

// A table row: the first cell takes a third of the width, the others share
// the rest and are right-aligned, so amounts line up under their header.
void paintCells(QPainter &painter, const QFontMetricsF &metrics, const ReceiptLayout::Row &row,
                const QRectF &box)
{
    const int n = row.cells.size();
    if (n == 0)
        return;
    const double first = n == 1 ? box.width() : box.width() / 3.0;
    const double each = n == 1 ? 0 : (box.width() - first) / (n - 1);
    const double gap = metrics.averageCharWidth();
    painter.drawText(QRectF(box.left(), box.top(), first - gap, box.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(row.cells.first(), Qt::ElideRight, first - gap));
    for (int i = 1; i < n; ++i) {
        const QRectF cell(box.left() + first + (i - 1) * each, box.top(), each, box.height());
        painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(row.cells.at(i), Qt::ElideLeft, each - gap));
    }
}

} // namespace

ReceiptLayout::Format ReceiptLayout::rollFor(TerminalPreferences::ReceiptPaper paper)
{
    return paper == TerminalPreferences::ReceiptPaper::Roll58 ? Format::Roll58 : Format::Roll80;
}

ReceiptLayout::ReceiptLayout(const Receipt &receipt, Format format, const QLocale &locale)
    : m_format(format), m_locale(locale)
{
    build(receipt);
}

void ReceiptLayout::build(const Receipt &r)
{
    using S = Row::Style;
    const auto money = [this](const Money &m) { return m.format(m_locale); };
    const bool invoice = m_format == Format::A4Invoice;

    m_rows << Row{r.storeName, {}, S::Title};
    if (!r.storeTaxId.isEmpty())
        m_rows << Row{tr("NIT %1").arg(r.storeTaxId), {}, S::Centered};
    if (!r.storeAddress.isEmpty())
        m_rows << Row{r.storeAddress, {}, S::Centered};
    m_rows << Row{
        (invoice ? tr("Sales invoice %1") : tr("Receipt %1")).arg(r.receiptNo), {}, S::Bold};
    m_rows << Row{LocaleFormat(m_locale).dateTime(r.completedAt),
                  r.cashier.isEmpty() ? tr("Till %1").arg(r.terminal)
                                      : tr("Till %1 · %2").arg(r.terminal, r.cashier),
                  S::Small};
    m_rows << Row{{}, {}, S::Rule};

    for (const ReceiptLine &l : r.lines) {
        const QString qty =
            l.qty.format(m_locale) +
            (l.unit == UnitOfMeasure::Unit ? QString() : QLatin1Char(' ') + unitCode(l.unit));
        const QString each = tr("%1 x %2").arg(qty, money(l.unitPrice));
        // The name on a row of its own: a long one is cut, never the
        // quantity, price or rate below it.
        m_rows << Row{l.name, {}, S::Normal};
        m_rows << Row{invoice ? tr("%1, VAT %2").arg(each, percent(l.taxRateBasisPoints, m_locale))
                              : each,
                      money(l.total + l.discount), S::Small};
        if (l.discount.minor() != 0)
            m_rows << Row{tr("  Discount"),
                          money(Money(-l.discount.minor(), l.discount.currency())), S::Small};
    }
    m_rows << Row{{}, {}, S::Rule};
    if (r.discount.minor() != 0) {
        m_rows << Row{tr("Subtotal"), money(r.gross), S::Normal};
        m_rows << Row{tr("Discounts"), money(Money(-r.discount.minor(), r.currency)), S::Normal};
    }
    m_rows << Row{tr("TOTAL"), money(r.total), S::Total};
    for (const TaxBreakdownLine &t : r.taxes)
        m_rows << Row{tr("VAT %1 on %2").arg(percent(t.rateBasisPoints, m_locale), money(t.base)),
                      money(t.tax), S::Small};
    m_rows << Row{{}, {}, S::Rule};

    // Cash is recorded net of change; the customer handed over that plus the change.
    int lastCash = -1;
    for (int i = 0; i < r.payments.size(); ++i)
        if (r.payments.at(i).kind == Tender::Kind::Cash)
            lastCash = i;
    for (int i = 0; i < r.payments.size(); ++i) {
        const Tender &p = r.payments.at(i);
        QString label = Tender::kindName(p.kind, p.provider);
        if (!p.reference.isEmpty())
            label = tr("%1 (ref. %2)").arg(label, p.reference);
        const Money shown = i == lastCash ? p.amount + r.change : p.amount;
        m_rows << Row{label, money(shown), S::Normal};
    }
    if (r.change.minor() != 0)
        m_rows << Row{tr("Change"), money(r.change), S::Bold};
    m_rows << Row{{}, {}, S::Rule};
    if (!r.footer.isEmpty())
        m_rows << Row{r.footer, {}, S::Centered};
    m_rows << Row{tr("Thank you for your purchase"), {}, S::Centered};
}

ReceiptLayout::ReceiptLayout(const ShiftSummary &shift, const QString &storeName,
                             const QLocale &locale, Format roll)
    : m_format(roll == Format::A4Invoice ? Format::Roll80 : roll), m_locale(locale)
{
    build(shift, storeName);
}

void ReceiptLayout::build(const ShiftSummary &shift, const QString &storeName)
{
    using S = Row::Style;
    const auto money = [this](const Money &m) { return m.format(m_locale); };
    const auto when = [this](const QDateTime &t) {
        return t.isValid() ? LocaleFormat(m_locale).dateTime(t) : QString();
    };
    m_rows << Row{storeName, {}, S::Title};
    m_rows << Row{shift.closedAt.isValid() ? tr("Z report") : tr("X report (shift still open)"),
                  {},
                  S::Centered};
    m_rows << Row{tr("Till %1").arg(shift.terminal), shift.id.left(8), S::Small};
    m_rows << Row{tr("Opened"), when(shift.openedAt), S::Small};
    if (shift.closedAt.isValid())
        m_rows << Row{tr("Closed"), when(shift.closedAt), S::Small};
    m_rows << Row{{}, {}, S::Rule};
    m_rows << Row{tr("Sales"), m_locale.toString(shift.sales), S::Normal};
    Money salesTotal(0, shift.cashFloat.currency());
    for (auto it = shift.salesByTender.begin(); it != shift.salesByTender.end(); ++it) {
        const QString &kind = it.key();
        const auto known = Tender::kindFromCode(kind);
        const QString label = known ? Tender::kindName(*known) : kind;
        m_rows << Row{QStringLiteral("  ") + label, money(it.value()), S::Normal};
        salesTotal = salesTotal + it.value();
    }
    m_rows << Row{tr("Sales total"), money(salesTotal), S::Bold};
    const auto negative = [&](const Money &m) { return money(Money(-m.minor(), m.currency())); };
    // Refunds that went back through a card, a transfer or a wallet: not
    // the drawer's (the cash ones are in the cash block below).
    bool refundsShown = false;
    for (auto it = shift.refundsByTender.begin(); it != shift.refundsByTender.end(); ++it) {
        if (it.key() == QLatin1String("cash"))
            continue;
        if (!refundsShown)
            m_rows << Row{tr("Refunds not in cash"), {}, S::Normal};
        refundsShown = true;
        const auto known = Tender::kindFromCode(it.key());
        m_rows << Row{QStringLiteral("  ") + (known ? Tender::kindName(*known) : it.key()),
                      negative(it.value()), S::Normal};
    }
    m_rows << Row{{}, {}, S::Rule};
    m_rows << Row{tr("Cash float"), money(shift.cashFloat), S::Normal};
    m_rows << Row{tr("Cash sales"),
                  money(shift.salesByTender.value(QStringLiteral("cash"),
                                                  Money(0, shift.cashFloat.currency()))),
                  S::Normal};
    m_rows << Row{tr("Cash refunds"), negative(shift.cashRefunds), S::Normal};
    if (shift.splitTenderRefunds.minor() > 0)
        m_rows << Row{QStringLiteral("  ") + tr("of split-tender sales"),
                      negative(shift.splitTenderRefunds), S::Small};
    m_rows << Row{tr("Cash in"), money(shift.cashIn), S::Normal};
    m_rows << Row{tr("Cash out"), money(Money(-shift.cashOut.minor(), shift.cashOut.currency())),
                  S::Normal};
    m_rows << Row{tr("Expected cash"), money(shift.expectedCash), S::Total};
    if (shift.counted) {
        m_rows << Row{tr("Counted cash"), money(*shift.counted), S::Bold};
        m_rows << Row{shift.difference.minor() < 0   ? tr("Missing")
                      : shift.difference.minor() > 0 ? tr("Over")
                                                     : tr("Difference"),
                      money(shift.difference), S::Bold};
    }
    m_rows << Row{{}, {}, S::Rule};
    m_rows << Row{tr("Printed %1").arg(when(QDateTime::currentDateTime())), {}, S::Centered};
}

ReceiptLayout::ReceiptLayout(const PurchaseOrder &order, const QString &storeName,
                             const QLocale &locale)
    : m_format(Format::A4Invoice), m_locale(locale)
{
    build(order, storeName);
}

void ReceiptLayout::build(const PurchaseOrder &po, const QString &storeName)
{
    using S = Row::Style;
    const auto money = [this](const Money &m) { return m.format(m_locale); };
    m_rows << Row{storeName, {}, S::Title};
    m_rows << Row{tr("Purchase order %1").arg(po.number), {}, S::Bold};
    m_rows << Row{LocaleFormat(m_locale).dateTime(po.createdAt), purchaseOrderStatusCode(po.status),
                  S::Small};
    m_rows << Row{{}, {}, S::Rule};
    m_rows << Row{tr("Supplier: %1").arg(po.supplier.name), {}, S::Bold};
    if (!po.supplier.contact.isEmpty())
        m_rows << Row{tr("Contact: %1").arg(po.supplier.contact), {}, S::Normal};
    if (!po.supplier.phone.isEmpty() || !po.supplier.email.isEmpty())
        m_rows << Row{po.supplier.phone, po.supplier.email, S::Normal};
    m_rows << Row{tr("Lead time: %n day(s)", nullptr, po.supplier.leadTimeDays), {}, S::Small};
    m_rows << Row{{}, {}, S::Rule};
    for (const PurchaseOrderLine &l : po.lines) {
        m_rows << Row{QStringLiteral("%1  %2").arg(l.sku, l.name), {}, S::Normal};
        QString each = tr("%1 x %2").arg(l.ordered.format(m_locale), money(l.unitCost));
        if (l.received.milli() != 0)
            each = tr("%1 (received %2)").arg(each, l.received.format(m_locale));
        m_rows << Row{each, money(l.total()), S::Small};
    }
    m_rows << Row{{}, {}, S::Rule};
    m_rows << Row{tr("TOTAL"), money(po.total()), S::Total};
    if (!po.note.isEmpty())
        m_rows << Row{po.note, {}, S::Normal};
}

ReceiptLayout::ReceiptLayout(const DailySales &report, const QLocale &locale)
    : m_format(Format::A4Invoice), m_locale(locale)
{
    build(report);
}

void ReceiptLayout::build(const DailySales &d)
{
    using S = Row::Style;
    const auto money = [this](const Money &m) { return m.format(m_locale); };
    const auto number = [this](qint64 n) { return m_locale.toString(n); };
    m_rows << Row{d.storeName, {}, S::Title};
    m_rows << Row{tr("Daily sales report"), {}, S::Centered};
    m_rows << Row{m_locale.toString(d.day, QLocale::LongFormat), d.timeZone, S::Bold};
    m_rows << Row{
        tr("Generated %1")
            .arg(m_locale.toString(d.generatedAt.toTimeZone(QTimeZone(d.timeZone.toUtf8())),
                                   QLocale::ShortFormat)),
        {},
        S::Small};
    m_rows << Row{{}, {}, S::Rule};
    m_rows << Row{tr("Sales"), number(d.totals.sales), S::Normal};
    m_rows << Row{tr("Gross (before discounts)"), money(d.gross()), S::Normal};
    m_rows << Row{tr("Discounts"), money(Money(-d.totals.discounts.minor(), d.currency)),
                  S::Normal};
    m_rows << Row{tr("Sales total"), money(d.totals.total), S::Bold};
    m_rows << Row{tr("Refunds (%n return(s))", nullptr, int(d.totals.returns)),
                  money(Money(-d.totals.refunds.minor(), d.currency)), S::Normal};
    m_rows << Row{tr("NET"), money(d.total.net()), S::Total};
    m_rows << Row{tr("of which VAT"), money(d.total.tax), S::Normal};
    m_rows << Row{tr("Items sold"), d.totals.itemsSold.format(m_locale), S::Small};

    const auto table = [&](const QString &title, const QStringList &header,
                           const QVector<DailySalesLine> &lines,
                           const std::function<QStringList(const DailySalesLine &)> &cells) {
        m_rows << Row{{}, {}, S::Rule};
        m_rows << Row{title, {}, S::Bold};
        if (lines.isEmpty()) {
            m_rows << Row{tr("None"), {}, S::Small};
            return;
        }
        m_rows << Row{{}, {}, S::TableHeader, header};
        for (const DailySalesLine &l : lines)
            m_rows << Row{{}, {}, S::Table, cells(l)};
    };
    table(tr("By tender"), {tr("Tender"), tr("Payments"), tr("Amount"), tr("Refunds"), tr("Net")},
          d.tenders, [&](const DailySalesLine &l) {
              return QStringList{l.name, number(l.count), money(l.sales), money(l.refunds),
                                 money(l.net())};
          });
    if (d.splitTenderRefunds.minor() > 0)
        m_rows << Row{
            tr("Cash refunds include %1 of split-tender sales").arg(money(d.splitTenderRefunds)),
            {},
            S::Small};
    table(tr("By category"),
          {tr("Category"), tr("Items"), tr("Amount"), tr("Discounts"), tr("Refunds"), tr("Net")},
          d.categories, [&](const DailySalesLine &l) {
              return QStringList{l.name,           l.items.format(m_locale),
                                 money(l.sales),   money(l.discounts),
                                 money(l.refunds), money(l.net())};
          });
    table(tr("By cashier"), {tr("Cashier"), tr("Sales"), tr("Amount"), tr("Refunds"), tr("Net")},
          d.cashiers, [&](const DailySalesLine &l) {
              return QStringList{l.name, number(l.count), money(l.sales), money(l.refunds),
                                 money(l.net())};
          });
    table(tr("VAT by rate"), {tr("Rate"), tr("Net"), tr("Base"), tr("VAT")}, d.taxes,
          [&](const DailySalesLine &l) {
              return QStringList{percent(l.code.toInt(), m_locale), money(l.net()),
                                 money(l.taxBase), money(l.tax)};
          });
    m_rows << Row{{}, {}, S::Rule};
    m_rows << Row{tr("Total"), money(d.total.net()), S::Bold};
}

double ReceiptLayout::rowHeightMm(const Row &row) const
{
    if (row.style == Row::Style::Rule)
        return 2.5;
    return pointSizeFor(row.style, paperFor(m_format).basePt) * MmPerPoint * 1.4;
}

double ReceiptLayout::contentHeightMm() const
{
    double h = 0;
    for (const Row &row : m_rows)
        h += rowHeightMm(row);
    return h;
}

QSizeF ReceiptLayout::pageSizeMm() const
{
    const Paper paper = paperFor(m_format);
    if (m_format == Format::A4Invoice)
        return QSizeF(210.0, 297.0);
    return QSizeF(paper.widthMm, contentHeightMm() + 2 * paper.marginMm);
}

void ReceiptLayout::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const Paper paper = paperFor(m_format);
    const double dotsPerMm = device.logicalDpiY() / 25.4;
    const double pageHeightMm = pageSizeMm().height();
    const double width = (paper.widthMm - 2 * paper.marginMm) * dotsPerMm;
    const double left = paper.marginMm * dotsPerMm;
    double yMm = paper.marginMm;

    for (const Row &row : m_rows) {
        const double hMm = rowHeightMm(row);
        if (yMm + hMm > pageHeightMm - paper.marginMm && m_format == Format::A4Invoice) {
            device.newPage();
            yMm = paper.marginMm;
        }
        const QRectF box(left, yMm * dotsPerMm, width, hMm * dotsPerMm);
        yMm += hMm;
        if (row.style == Row::Style::Rule) {
            painter.setPen(QPen(Qt::black, 0.2 * dotsPerMm, Qt::DashLine));
            painter.drawLine(QPointF(box.left(), box.center().y()),
                             QPointF(box.right(), box.center().y()));
            continue;
        }
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(pointSizeFor(row.style, paper.basePt));
        // No ligatures: "fl" stays two letters for whoever searches or copies
        // the invoice's text.
        font.setStyleStrategy(QFont::PreferNoShaping);
        font.setBold(row.style == Row::Style::Bold || row.style == Row::Style::Total ||
                     row.style == Row::Style::Title || row.style == Row::Style::TableHeader);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QFontMetricsF metrics(font, &device);
        if (row.style == Row::Style::Table || row.style == Row::Style::TableHeader) {
            paintCells(painter, metrics, row, box);
            continue;
        }
        if (row.style == Row::Style::Title || row.style == Row::Style::Centered) {
            // A long store name is set smaller, down to the body size,
            // before it is cut.
            QFontMetricsF fitted = metrics;
            const double smallest = std::min(font.pointSizeF(), paper.basePt);
            while (fitted.horizontalAdvance(row.left) > width && font.pointSizeF() > smallest) {
                font.setPointSizeF(std::max(smallest, font.pointSizeF() * 0.92));
                painter.setFont(font);
                fitted = QFontMetricsF(font, &device);
            }
            painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter,
                             fitted.elidedText(row.left, Qt::ElideRight, width));
            continue;
        }
        const double gap = row.right.isEmpty() ? 0 : 2 * dotsPerMm;
        // A label and its amount that do not fit side by side (a big total
        // on the 58 mm roll) are set smaller, down to the small print, before
        // the label is cut; the amount is never cut.
        QFontMetricsF fitted = metrics;
        if (!row.right.isEmpty()) {
            const double smallest = pointSizeFor(Row::Style::Small, paper.basePt);
            while (fitted.horizontalAdvance(row.left) + gap + fitted.horizontalAdvance(row.right) >
                       width &&
                   font.pointSizeF() > smallest) {
                font.setPointSizeF(std::max(smallest, font.pointSizeF() * 0.92));
                painter.setFont(font);
                fitted = QFontMetricsF(font, &device);
            }
        }
        const double rightWidth = fitted.horizontalAdvance(row.right);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                         fitted.elidedText(row.left, Qt::ElideRight, width - rightWidth - gap));
        if (!row.right.isEmpty())
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, row.right);
    }
}

} // namespace bodega
