#pragma once

#include "common/hybridlogicalclock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QVector>

namespace bodega {

// Store-wide facts kept inside the store itself (not in QSettings), so a
// store file carries its currency and terminal code wherever it is copied.
class StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(bodega::StoreSettings)

public:
    explicit StoreSettings(Database &db) : m_db(db) {}

    // A missing key is an empty optional; a storage failure is an error, never
    // a silent default (a wrong terminal code would duplicate receipt numbers).
    Result<std::optional<QString>> read(const QString &key) const;
    // For display: the fallback on a missing key or a failed read.
    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    // Strict forms: a failed read is an error, not the default. Anything that
    // ends up in a write or on the wire reads through these.
    Result<QString> valueOr(const QString &key, const QString &fallback) const;
    Result<QString> storeCurrency() const;
    Result<QString> strictTerminalCode() const
    {
        return valueOr(QStringLiteral("terminal"), defaultTerminalCode());
    }
    QString currency() const { return storeCurrency().value_or(QStringLiteral("COP")); }
    QString storeName() const
    {
        return value(QStringLiteral("store_name"), QStringLiteral("Mi Bodega"));
    }
    QString terminalCode() const { return strictTerminalCode().value_or(defaultTerminalCode()); }
    // The IVA rates the store was set up with (StoreSetup), in basis points,
    // kept under tax.rates as "1900,500,0"; empty when it never set any.
    // StorageCorrupt naming tax_rates when the stored text is not that.
    static QString taxRatesKey() { return QStringLiteral("tax.rates"); }
    Result<QVector<int>> configuredTaxRates() const;
    static QString storedTaxRates(const QVector<int> &basisPoints);
    static QString defaultTerminalCode() { return QStringLiteral("T01"); }
    // Hybrid logical clock of this store (see HlcStamp). Kept in the store and
    // advanced inside the caller's write transaction, so stamps stay ordered
    // across restarts and across the UI's and the sync worker's connections.
    Result<QString> nextHlc(qint64 physicalMs);
    Status observeHlc(const QString &remoteStamp, qint64 physicalMs);

    bool isInitialized() const { return !value(QStringLiteral("initialized_at")).isEmpty(); }
    // Marks the store as set up (what `bodegactl init` and the GUI's first run
    // do): records when, and pins the currency so later defaults can't change it.
    Status initialize();

private:
    struct HlcState
    {
        std::optional<HlcStamp> last;
        QString node;
    };
    Result<HlcState> hlcState() const;

    Database &m_db;
};

} // namespace bodega
