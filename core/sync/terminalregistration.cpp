#include "terminalregistration.h"

#include "storage/storesettings.h"
#include "sync/pgerror.h"
#include "sync/syncjournal.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <pqxx/pqxx>

namespace bodega {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bodega::TerminalRegistration", text);
}

QString randomPassword()
{
    QString out;
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < 4; ++i)
        out += QStringLiteral("%1").arg(gen->generate64(), 16, 16, QLatin1Char('0'));
    return out; // 256 bits
}

} // namespace

Result<RegisteredTerminal>
TerminalRegistration::registerTerminal(Database &db, CredentialStore &credentials,
                                       const ServerAddress &owner, const QString &ownerPassword,
                                       const QString &storeName, const QString &code)
{
    if (auto s = validateCode(code); !s)
        return s.error();
    if (storeName.trimmed().isEmpty() || storeName.size() > 200)
        return Error::validation(QStringLiteral("store"),
                                 tr("The store name must be 1 to 200 characters"));
    StoreSettings settings(db);
    auto currency = settings.storeCurrency();
    if (!currency)
        return currency.error();

    RegisteredTerminal t;
    t.storeName = storeName.trimmed();
    t.code = code;
    const QString password = randomPassword();
    try {
        pqxx::connection conn(
            owner.connectionString(ownerPassword, QStringLiteral("bodegactl-register")));
        pqxx::work tx(conn);
        const pqxx::row stored =
            tx.exec_params1("SELECT currency FROM bodega.stores WHERE name = $1 "
                            "UNION ALL SELECT $2 LIMIT 1",
                            t.storeName.toStdString(), currency->toStdString());
        if (QString::fromStdString(stored[0].as<std::string>()) != *currency)
            return Error::validation(QStringLiteral("currency"),
                                     tr("Store %1 sells in %2 on the server, this store file in %3")
                                         .arg(t.storeName,
                                              QString::fromStdString(stored[0].as<std::string>()),
                                              *currency));
        const pqxx::row r = tx.exec_params1(
            "SELECT terminal_id, store_id, db_role FROM bodega.register_terminal($1, $2, $3, $4)",
            t.storeName.toStdString(), currency->toStdString(), code.toStdString(),
            password.toStdString());
        tx.commit();
        t.terminalId = QString::fromStdString(r[0].as<std::string>());
        t.storeId = QString::fromStdString(r[1].as<std::string>());
        t.role = QString::fromStdString(r[2].as<std::string>());
    } catch (const std::exception &e) {
        return errorFromPqxx(e, QStringLiteral("register"));
    }
    t.address = owner;
    t.address.user = t.role;
    t.address.password.clear();
    if (auto s = credentials.save(t.role, password); !s)
        return s.error();

    SyncJournal journal(db, Clock::system());
    if (auto s = journal.saveRegistration(t); !s)
        return s.error();
    return t;
}

Status TerminalRegistration::validateCode(const QString &code)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9]{1,16}$"));
    if (!codePattern.match(code).hasMatch())
        return Error::validation(QStringLiteral("terminal"),
                                 tr("The terminal code must be 1 to 16 letters or digits"));
    return {};
}

Result<RegisteredTerminal> TerminalRegistration::load(Database &db)
{
    return SyncJournal(db, Clock::system()).registration();
}

} // namespace bodega
