#include "accesspolicy.h"

#include <QCoreApplication>

namespace bodega {

QString AccessPolicy::roleCode(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("cashier");
}

std::optional<Role> AccessPolicy::roleFromCode(const QString &code)
{
    for (Role r : {Role::Cashier, Role::Manager, Role::Admin})
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

bool AccessPolicy::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::Sell:
        return true;
    case Permission::EditCatalog:
    case Permission::ChangePrice:
    case Permission::AdjustStock:
    case Permission::ViewAudit:
    case Permission::ApproveReturn:
    case Permission::ApproveOverride:
    case Permission::ViewReports:
        return role == Role::Manager || role == Role::Admin;
    case Permission::ManageUsers:
    case Permission::ManageStore:
        return role == Role::Admin;
    }
    return false;
}

Status AccessPolicy::check(const std::optional<Actor> &actor, Permission permission,
                           qint64 activeUsers)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("bodega::AccessPolicy", text);
    };
    if (actor) {
        if (allows(actor->role, permission))
            return {};
        return Error{ErrorCode::PermissionDenied,
                     tr("%1 (%2) may not do this: %3")
                         .arg(actor->name, roleCode(actor->role), permissionCode(permission)),
                     {{QStringLiteral("permission"), permissionCode(permission)},
                      {QStringLiteral("role"), roleCode(actor->role)},
                      {QStringLiteral("user"), actor->name}}};
    }
    if (activeUsers == 0)
        return {};
    return Error{ErrorCode::PermissionDenied,
                 tr("Log in first: this store has users"),
                 {{QStringLiteral("permission"), permissionCode(permission)}}};
}

QString AccessPolicy::permissionCode(Permission permission)
{
    switch (permission) {
    case Permission::Sell:
        return QStringLiteral("sell");
    case Permission::EditCatalog:
        return QStringLiteral("edit_catalog");
    case Permission::ChangePrice:
        return QStringLiteral("change_price");
    case Permission::AdjustStock:
        return QStringLiteral("adjust_stock");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::ApproveReturn:
        return QStringLiteral("approve_return");
    case Permission::ManageStore:
        return QStringLiteral("manage_store");
    case Permission::ApproveOverride:
        return QStringLiteral("approve_override");
    case Permission::ViewReports:
        return QStringLiteral("view_reports");
    }
    return QString();
}

} // namespace bodega
