// Users, roles and login (issue 4, point 7): argon2id hashes, lockout on
// the injected clock, and permissions enforced by core, not the UI.
#include "security/auditaction.h"
#include "security/auditlog.h"
#include "security/authenticator.h"
#include "security/passwordhasher.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

using namespace bodega;

TEST(PasswordHasher, StoresArgon2idWithOwaspParametersAndASaltPerHash)
{
    auto a = PasswordHasher::hash(QStringLiteral("1234"));
    auto b = PasswordHasher::hash(QStringLiteral("1234"));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_TRUE(a->startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")))
        << a->toStdString();
    EXPECT_NE(*a, *b); // salted
    EXPECT_TRUE(PasswordHasher::verify(*a, QStringLiteral("1234")));
    EXPECT_TRUE(PasswordHasher::verify(*b, QStringLiteral("1234")));
    EXPECT_FALSE(PasswordHasher::verify(*a, QStringLiteral("1235")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("1234")));
}

TEST(UserStore, ValidatesNamesAndSecretsAndNeverShowsTheHash)
{
    test::TempStore store;
    UserStore users(*store.db, store.clock);
    struct Bad
    {
        const char *name;
        User::SecretKind kind;
        const char *secret;
        const char *field;
    } bad[] = {{"x", User::SecretKind::Pin, "1234", "name"},
               {"ana maria", User::SecretKind::Pin, "1234", "name"},
               {"ana", User::SecretKind::Pin, "123", "pin"},
               {"ana", User::SecretKind::Pin, "12a4", "pin"},
               {"ana", User::SecretKind::Password, "short", "password"}};
    for (const Bad &b : bad) {
        auto r = users.add(std::nullopt, QString::fromUtf8(b.name), Role::Admin, b.kind,
                           QString::fromUtf8(b.secret));
        ASSERT_FALSE(r.ok()) << b.name << " " << b.secret;
        EXPECT_EQ(r.error().field(), QString::fromLatin1(b.field));
    }
    EXPECT_EQ(*users.count(), 0);
    // The first user must be the admin.
    auto first = users.add(std::nullopt, QStringLiteral("ana"), Role::Cashier,
                           User::SecretKind::Pin, QStringLiteral("4821"));
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().field(), QStringLiteral("role"));
    auto ana = users.add(std::nullopt, QStringLiteral("ana"), Role::Admin, User::SecretKind::Pin,
                         QStringLiteral("4821"));
    ASSERT_TRUE(ana.ok());
    const Actor admin{ana->id, ana->name, Role::Admin};
    // Once the store has users, adding one takes an admin.
    auto anonymous = users.add(std::nullopt, QStringLiteral("beto"), Role::Cashier,
                               User::SecretKind::Pin, QStringLiteral("1111"));
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().code, ErrorCode::PermissionDenied);
    auto twin = users.add(admin, QStringLiteral("ANA"), Role::Manager, User::SecretKind::Pin,
                          QStringLiteral("1111"));
    ASSERT_FALSE(twin.ok());
    EXPECT_EQ(twin.error().code, ErrorCode::Duplicate);
    const QByteArray json = QJsonDocument(ana->toJson()).toJson();
    EXPECT_FALSE(json.contains("argon2")) << json.toStdString();
    EXPECT_EQ(store.scalar(QStringLiteral(
                  "SELECT count(*) FROM users WHERE secret_hash LIKE '$argon2id$%'")),
              1);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM users WHERE secret_hash LIKE "
                                          "'%4821%'")),
              0);
}

TEST(Authenticator, TenWrongSecretsLockTheAccountForThirtyMinutes)
{
    test::TempStore store;
    UserStore users(*store.db, store.clock);
    ASSERT_TRUE(users
                    .add(std::nullopt, QStringLiteral("ana"), Role::Admin, User::SecretKind::Pin,
                         QStringLiteral("4821"))
                    .ok());
    AuditLog audit(*store.db, store.clock);
    Authenticator auth(users, audit, store.clock);
    auto ok = auth.login(QStringLiteral("Ana"), QStringLiteral("4821"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->role, Role::Admin);

    // Nine misses, then the right PIN: in, and the count starts over.
    for (int i = 0; i < 9; ++i)
        EXPECT_EQ(auth.login(QStringLiteral("ana"), QStringLiteral("0000")).error().code,
                  ErrorCode::AuthenticationFailed);
    ASSERT_TRUE(auth.login(QStringLiteral("ana"), QStringLiteral("4821")).ok());
    for (int i = 0; i < 9; ++i)
        ASSERT_FALSE(auth.login(QStringLiteral("ana"), QStringLiteral("0000")).ok());
    // The tenth in a row locks it: even the right PIN is refused.
    auto locked = auth.login(QStringLiteral("ana"), QStringLiteral("0000"));
    ASSERT_FALSE(locked.ok());
    EXPECT_TRUE(locked.error().details.contains(QStringLiteral("locked_until")));
    store.clock.advanceMs(29 * 60 * 1000);
    auto still = auth.login(QStringLiteral("ana"), QStringLiteral("4821"));
    ASSERT_FALSE(still.ok());
    EXPECT_EQ(still.error().code, ErrorCode::AuthenticationFailed);
    store.clock.advanceMs(60 * 1000 + 1);
    EXPECT_TRUE(auth.login(QStringLiteral("ana"), QStringLiteral("4821")).ok());

    // An unknown name is refused exactly like a wrong PIN.
    auto unknown = auth.login(QStringLiteral("nadie"), QStringLiteral("4821"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_EQ(unknown.error().message,
              auth.login(QStringLiteral("ana"), QStringLiteral("0000")).error().message);
}

namespace {
// A store with rice on the shelf (added while it had no users) and then its
// owner, the admin, as its first user.
struct OwnedStore
{
    OwnedStore()
    {
        auto added =
            store.catalog->addProduct(test::sampleProduct(), Quantity::fromUnits(10), false);
        EXPECT_TRUE(added.ok());
        rice = *added;
        auto admin = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                               User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
        EXPECT_TRUE(admin.ok());
        owner = *admin;
    }

    test::TempStore store;
    UserStore users{*store.db, store.clock};
    Product rice;
    User owner;
};
} // namespace

TEST(Permissions, ACashierCallingCoreToChangeAPriceIsDenied)
{
    // A new store without users is being set up: anything goes.
    OwnedStore owned;
    auto &store = owned.store;
    auto &users = owned.users;
    const auto &rice = owned.rice;
    const auto &root = owned.owner;
    const Actor admin{root.id, root.name, Role::Admin};
    auto ana = users.add(admin, QStringLiteral("ana"), Role::Cashier, User::SecretKind::Pin,
                         QStringLiteral("4821"));
    auto luis = users.add(admin, QStringLiteral("luis"), Role::Manager, User::SecretKind::Password,
                          QStringLiteral("gerente-2026"));
    ASSERT_TRUE(ana.ok() && luis.ok());
    // A cashier changes her own PIN, not someone else's.
    const Actor cashier{ana->id, ana->name, Role::Cashier};
    EXPECT_TRUE(
        users.setSecret(cashier, ana->id, User::SecretKind::Pin, QStringLiteral("9090")).ok());
    EXPECT_EQ(users.setSecret(cashier, luis->id, User::SecretKind::Pin, QStringLiteral("9090"))
                  .error()
                  .code,
              ErrorCode::PermissionDenied);

    // Now a change needs someone logged in.
    auto anonymous = store.catalog->sell(rice.sku, Quantity::fromUnits(1));
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().code, ErrorCode::PermissionDenied);

    store.catalog->setActor(cashier);
    EXPECT_TRUE(store.catalog->sell(rice.sku, Quantity::fromUnits(1)).ok());
    Product cheaper = *store.catalog->find(rice.sku);
    cheaper.price = Money(100, QStringLiteral("COP"));
    auto denied = store.catalog->updateProduct(cheaper);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(denied.error().details.value(QStringLiteral("permission")).toString(),
              QStringLiteral("edit_catalog"));
    auto adjust =
        store.catalog->adjustStock(rice.sku, Quantity::fromUnits(5), QStringLiteral("found a box"));
    ASSERT_FALSE(adjust.ok());
    EXPECT_EQ(adjust.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(store.catalog->find(rice.sku)->price, rice.price); // nothing changed

    store.catalog->setActor(Actor{luis->id, luis->name, Role::Manager});
    auto changed = store.catalog->updateProduct(cheaper);
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(store.catalog->find(rice.sku)->price, Money(100, QStringLiteral("COP")));
    EXPECT_FALSE(AccessPolicy::allows(Role::Manager, Permission::ManageUsers));
    EXPECT_TRUE(AccessPolicy::allows(Role::Admin, Permission::ManageUsers));
}

TEST(AuditLog, RecordsWhoDidWhatWithBeforeAndAfterAndCannotBeRewritten)
{
    OwnedStore owned;
    auto &store = owned.store;
    auto &users = owned.users;
    const auto &rice = owned.rice;
    AuditLog audit(*store.db, store.clock);
    Authenticator auth(users, audit, store.clock);
    ASSERT_FALSE(auth.login(QStringLiteral("dueno"), QStringLiteral("wrong-one")).ok());
    auto admin = auth.login(QStringLiteral("dueno"), QStringLiteral("la-tienda-2026"));
    ASSERT_TRUE(admin.ok());
    store.catalog->setActor(*admin);
    Product dearer = rice;
    dearer.price = Money(3200, QStringLiteral("COP"));
    ASSERT_TRUE(store.catalog->updateProduct(dearer).ok());
    ASSERT_TRUE(
        store.catalog->adjustStock(rice.sku, Quantity::fromUnits(-2), QStringLiteral("roto")).ok());

    auto entries = audit.recent();
    ASSERT_TRUE(entries.ok());
    QStringList actions;
    for (const AuditEntry &e : *entries)
        actions.prepend(e.action);
    EXPECT_EQ(actions, (QStringList{QStringLiteral("user_added"), QStringLiteral("login_failed"),
                                    QStringLiteral("login"), QStringLiteral("price_changed"),
                                    QStringLiteral("stock_adjusted")}));
    const AuditEntry &price = (*entries)[1];
    EXPECT_EQ(price.userName, QStringLiteral("dueno"));
    EXPECT_EQ(price.terminal, QStringLiteral("T01"));
    EXPECT_EQ(price.subject, rice.id);
    EXPECT_EQ(price.before.value(QStringLiteral("price")).toInteger(), 2900);
    EXPECT_EQ(price.after.value(QStringLiteral("price")).toInteger(), 3200);
    const AuditEntry &stock = (*entries)[0];
    EXPECT_EQ(stock.before.value(QStringLiteral("stock")).toString(), QStringLiteral("10"));
    EXPECT_EQ(stock.after.value(QStringLiteral("stock")).toString(), QStringLiteral("8"));
    EXPECT_EQ(stock.after.value(QStringLiteral("reason")).toString(), QStringLiteral("roto"));
    // A refused login names what was typed, not a user id.
    EXPECT_EQ((*entries)[3].userId, QString());
    EXPECT_EQ((*entries)[3].userName, QStringLiteral("dueno"));

    EXPECT_FALSE(store.db->exec(QStringLiteral("UPDATE audit_log SET action = 'x'")).ok());
    EXPECT_FALSE(store.db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 5);
    // Managers read it; cashiers may not.
    EXPECT_TRUE(AccessPolicy::allows(Role::Manager, Permission::ViewAudit));
    EXPECT_FALSE(AccessPolicy::allows(Role::Cashier, Permission::ViewAudit));
}

TEST(AuditAction, EveryCodeTheCoreRecordsHasALabelAndUnknownCodesStayAsTheyAre)
{
    const QString codes[] = {AuditAction::Login,
                             AuditAction::LoginFailed,
                             AuditAction::UserAdded,
                             AuditAction::SecretChanged,
                             AuditAction::PriceChanged,
                             AuditAction::StockAdjusted,
                             AuditAction::DiscountOverLimit,
                             AuditAction::LineVoided,
                             AuditAction::SaleVoided,
                             AuditAction::SaleReturned,
                             AuditAction::ShiftOpened,
                             AuditAction::CashMoved,
                             AuditAction::ShiftClosed,
                             AuditAction::PurchaseOrderSent,
                             AuditAction::GoodsReceived,
                             AuditAction::PurchaseOrderClosed,
                             AuditAction::PurchaseOrderCancelled};
    QStringList labels;
    for (const QString &code : codes) {
        const QString label = AuditAction::label(code);
        EXPECT_NE(label, code) << code.toStdString();
        EXPECT_FALSE(labels.contains(label)) << label.toStdString();
        labels << label;
    }
    EXPECT_EQ(AuditAction::label(AuditAction::SaleVoided), QStringLiteral("Sale voided"));
    // A code from a newer terminal, synced here: shown, not hidden.
    EXPECT_EQ(AuditAction::label(QStringLiteral("drawer_opened")), QStringLiteral("drawer_opened"));
}
