#include "settlement.h"

#include "domain/productvalidator.h"

#include <QCoreApplication>

namespace bodega {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bodega::Settlement", text);
}
} // namespace

QString Tender::kindName(Kind kind, const QString &provider)
{
    switch (kind) {
    case Kind::Cash:
        return QCoreApplication::translate("bodega::Tender", "Cash");
    case Kind::Card:
        return QCoreApplication::translate("bodega::Tender", "Card");
    case Kind::Transfer:
        return QCoreApplication::translate("bodega::Tender", "Transfer");
    case Kind::Wallet:
        return provider.isEmpty() ? QCoreApplication::translate("bodega::Tender", "Wallet")
                                  : provider;
    }
    return QString();
}

QString Tender::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Cash:
        return QStringLiteral("cash");
    case Kind::Card:
        return QStringLiteral("card");
    case Kind::Transfer:
        return QStringLiteral("transfer");
    case Kind::Wallet:
        return QStringLiteral("wallet");
    }
    return QStringLiteral("cash");
}

std::optional<Tender::Kind> Tender::kindFromCode(const QString &code)
{
    for (Kind k : {Kind::Cash, Kind::Card, Kind::Transfer, Kind::Wallet})
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

Status Settlement::add(const Tender &tender)
{
    if (tender.amount.currency() != m_due.currency())
        return Error::validation(QStringLiteral("currency"),
                                 tr("This sale is paid in %1").arg(m_due.currency()),
                                 {{QStringLiteral("currency"), tender.amount.currency()}});
    if (tender.amount.minor() <= 0)
        return Error::validation(QStringLiteral("amount"), tr("A payment must be more than zero"),
                                 {{QStringLiteral("amount"), tender.amount.toPlainString()}});
    if (tender.amount.minor() > ProductValidator::MaxAmountMinor)
        return Error::validation(QStringLiteral("amount"), tr("The payment is too large"),
                                 {{QStringLiteral("amount"), tender.amount.toPlainString()}});
    if (isPaidInFull())
        return Error::validation(QStringLiteral("amount"), tr("The sale is already paid"));
    if (tender.kind != Tender::Kind::Cash) {
        if (tender.reference.trimmed().isEmpty())
            return Error::validation(
                QStringLiteral("reference"),
                tender.kind == Tender::Kind::Card
                    ? tr("Type the authorisation number from the card terminal")
                    : tr("Type the transaction reference the customer shows"));
        if (tender.reference.trimmed().size() > 64)
            return Error::validation(QStringLiteral("reference"),
                                     tr("The reference is longer than 64 characters"));
        if (tender.kind == Tender::Kind::Wallet && tender.provider.trimmed().isEmpty())
            return Error::validation(QStringLiteral("provider"),
                                     tr("Say which wallet: Nequi, Daviplata, ..."));
        if (tender.amount.minor() > remaining().minor())
            return Error::validation(
                QStringLiteral("amount"),
                tr("Only cash can be more than what is due (%1)").arg(remaining().format()),
                {{QStringLiteral("amount"), tender.amount.toPlainString()},
                 {QStringLiteral("remaining"), remaining().toPlainString()}});
    }
    Tender t = tender;
    t.reference = t.reference.trimmed();
    t.provider = t.provider.trimmed();
    m_tenders.push_back(t);
    return {};
}

Status Settlement::remove(int index)
{
    if (index < 0 || index >= m_tenders.size())
        return Error::validation(QStringLiteral("payment"),
                                 tr("There is no payment %1").arg(index + 1));
    m_tenders.removeAt(index);
    return {};
}

Money Settlement::paid() const
{
    qint64 sum = 0;
    for (const Tender &t : m_tenders)
        sum += t.amount.minor();
    return Money(sum, m_due.currency());
}

Money Settlement::remaining() const
{
    return Money(qMax<qint64>(0, m_due.minor() - paid().minor()), m_due.currency());
}

Money Settlement::changeDue() const
{
    return Money(qMax<qint64>(0, paid().minor() - m_due.minor()), m_due.currency());
}

Status Settlement::checkPaidInFull() const
{
    if (isPaidInFull())
        return {};
    return Error{ErrorCode::PaymentIncomplete,
                 tr("%1 is still due").arg(remaining().format()),
                 {{QStringLiteral("field"), QStringLiteral("payments")},
                  {QStringLiteral("remaining"), remaining().toPlainString()},
                  {QStringLiteral("due"), m_due.toPlainString()}}};
}

QVector<Tender> Settlement::applied() const
{
    QVector<Tender> out = m_tenders;
    qint64 change = changeDue().minor();
    // Change comes out of the cash, last cash tender first.
    for (int i = out.size() - 1; i >= 0 && change > 0; --i) {
        if (out[i].kind != Tender::Kind::Cash)
            continue;
        const qint64 take = qMin(change, out[i].amount.minor());
        out[i].amount = Money(out[i].amount.minor() - take, out[i].amount.currency());
        change -= take;
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const Tender &t) { return t.amount.minor() == 0; }),
              out.end());
    return out;
}

} // namespace bodega
