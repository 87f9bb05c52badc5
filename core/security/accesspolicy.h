#pragma once

#include "common/result.h"

#include <optional>
#include <QString>

namespace bodega {

enum class Role { Cashier, Manager, Admin };

// Who is acting: what core checks permissions against.
struct Actor
{
    QString userId;
    QString name;
    Role role = Role::Cashier;
};

// What a role may do. Checked in core (CatalogService and friends), so a
// cashier's bodegactl or a patched GUI gets PERMISSION_DENIED too.
enum class Permission {
    Sell,          // complete sales
    EditCatalog,   // add, import and edit products other than their price
    ChangePrice,   // change a product's price or cost
    AdjustStock,   // stock adjustments and counts
    ManageUsers,   // add users, change other users' secrets
    ViewAudit,     // read the audit trail
    ApproveReturn, // take goods back and refund them (a manager's PIN at the till)
    ManageStore,   // store settings: header, printers, document folders
    ApproveOverride, // a discount above the cashier's limit, voiding a whole sale
};

class AccessPolicy
{
public:
    static QString roleCode(Role role); // "cashier", "manager", "admin"
    static std::optional<Role> roleFromCode(const QString &code);
    static bool allows(Role role, Permission permission);
    static QString permissionCode(Permission permission); // "change_price", ...
    // May `actor` do it? A store without users yet (being set up) lets
    // anyone through; once it has users, nobody without an actor.
    // PERMISSION_DENIED names the permission, role and user.
    static Status check(const std::optional<Actor> &actor, Permission permission,
                        qint64 activeUsers);
};

} // namespace bodega
