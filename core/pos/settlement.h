#pragma once

#include "domain/money.h"

#include <QVector>

namespace bodega {

// One way the customer pays part of a sale.
struct Tender
{
    enum class Kind { Cash, Card, Transfer, Wallet };

    Kind kind = Kind::Cash;
    Money amount;
    // Card: the authorisation number from the external card terminal.
    // Transfer / wallet: the transaction reference the customer shows.
    QString reference;
    QString provider; // wallet: "Nequi", "Daviplata", ...

    static QString kindCode(Kind kind); // "cash", "card", "transfer", "wallet"
    // For people, translated: "Efectivo", "Tarjeta", ...; a wallet by its provider.
    static QString kindName(Kind kind, const QString &provider = {});
    static std::optional<Kind> kindFromCode(const QString &code);
};

// Paying a sale's total across tenders. Only cash can be more than what is
// still due (the customer hands over a bill; the difference is change); a
// card, transfer or wallet payment is for an exact amount, so one above
// what is due is refused rather than silently turned into change. The sale
// may complete only when isPaidInFull().
class Settlement
{
public:
    explicit Settlement(Money due) : m_due(std::move(due)) {}

    Status add(const Tender &tender);
    Status remove(int index);

    const Money &due() const { return m_due; }
    const QVector<Tender> &tenders() const { return m_tenders; }
    Money paid() const;
    Money remaining() const; // never negative
    Money changeDue() const; // cash handed back
    bool isPaidInFull() const { return remaining().minor() == 0; }
    // PAYMENT_INCOMPLETE with the amount still due, or nothing.
    Status checkPaidInFull() const;
    // The tenders as the sale records them: cash net of the change given,
    // so the recorded payments add up to the total exactly.
    QVector<Tender> applied() const;

private:
    Money m_due;
    QVector<Tender> m_tenders;
};

} // namespace bodega
