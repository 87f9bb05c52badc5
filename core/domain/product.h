#pragma once

#include "domain/money.h"
#include "domain/quantity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace bodega {

enum class UnitOfMeasure { Unit, Kilogram, Liter };
QString unitCode(UnitOfMeasure unit); // "unit", "kg", "l"
std::optional<UnitOfMeasure> unitFromCode(const QString &code);

struct Product
{
    static constexpr qint64 DefaultThresholdUnits = 10;

    QString id; // UUIDv7
    QString sku;
    QString barcode; // empty or a valid EAN-13/EAN-8/UPC-A
    QString name;
    QStringList keywords;
    QString description;
    QString category;
    UnitOfMeasure unit = UnitOfMeasure::Unit;
    Money price;                   // tax included
    Money cost;                    // what the store pays, same currency
    int taxRateBasisPoints = 1900; // IVA 19 %
    Quantity threshold = Quantity::fromUnits(DefaultThresholdUnits);
    QString supplier;
    bool active = true;
    bool descriptionGenerated = false; // written by the AI, not yet by a person
    bool categoryGenerated = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Field name -> hybrid-logical-clock stamp of its last change (see
    // ProductMerge); how edits made offline on two terminals converge.
    QMap<QString, QString> fieldClock;

    // Derived from the stock ledger when read from the store; not a column.
    Quantity stock;

    bool isLow() const { return stock < threshold; }
    // How much is missing to reach the threshold again; zero when not low.
    Quantity shortfall() const { return isLow() ? threshold - stock : Quantity(); }

    // The product as other modules and programs see it (CLI, events, MCP).
    // Money is in minor units; quantities are decimal strings of units.
    QJsonObject toJson() const;
};

} // namespace bodega
