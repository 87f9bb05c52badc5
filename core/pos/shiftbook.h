#pragma once

#include "common/clock.h"
#include "domain/money.h"
#include "security/accesspolicy.h"
#include "storage/database.h"

#include <optional>
#include <QDateTime>
#include <QMap>

namespace bodega {

// One shift at this terminal as the till counts it.
struct ShiftSummary
{
    QString id;
    QString terminal;
    QDateTime openedAt;
    QDateTime closedAt; // invalid while open
    Money cashFloat;
    QMap<QString, Money> salesByTender; // "cash", "card", ...: payments as recorded
    int sales = 0;
    // Refunds by the tender they went back through: a return of a sale paid
    // with one kind of tender goes back through it (a card sale's refund is
    // a reversal on the card, not cash from the drawer). Returns record no
    // tender of their own, so a split-tender sale's refund cannot be told
    // apart: it counts as cash (the drawer pays unless told otherwise) and
    // is also shown in splitTenderRefunds, so the Z report can say so.
    QMap<QString, Money> refundsByTender;
    Money cashRefunds;        // refundsByTender["cash"]: what left the drawer
    Money splitTenderRefunds; // part of cashRefunds
    Money cashIn;
    Money cashOut; // positive: what left the drawer
    Money expectedCash;
    std::optional<Money> counted;
    Money difference; // counted - expected (negative: cash is missing)

    QJsonObject toJson() const;
};

// Cash shifts (SPEC: Point of sale): open with a float, cash in and out
// with a reason, close with the counted cash against the expected by
// tender. One open shift per terminal; every step is audited.
class ShiftBook
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ShiftBook)

public:
    ShiftBook(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<ShiftSummary> open(const std::optional<Actor> &by, const Money &cashFloat);
    // Positive: cash put in (change from the bank); negative: taken out.
    Status moveCash(const std::optional<Actor> &by, const Money &amount, const QString &reason);
    // The open shift so far; NOT_FOUND when none is open.
    Result<ShiftSummary> current() const;
    // The newest shift at this terminal, open or closed (its Z report).
    Result<ShiftSummary> latest() const;
    Result<ShiftSummary> close(const std::optional<Actor> &by, const Money &counted);

private:
    Status require(const std::optional<Actor> &by) const;
    Result<ShiftSummary> find(const QString &where, const QString &what) const;
    Result<ShiftSummary> summary(const QString &shiftId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
