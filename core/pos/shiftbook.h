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
    Money cashRefunds; // returns are refunded in cash
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
