#pragma once

#include "pos/dashboardquery.h"
#include "security/accesspolicy.h"
#include "ui/workertypes.h"

#include <memory>
#include <optional>
#include <QObject>

namespace bodega {

class Database;

// Reads the dashboard's figures on a thread of its own with its own store
// connection (WAL: it never holds up the till), one snapshot per request.
// The page asks again after a sale or a sync; it never has more than one
// request here at a time. Who may see the figures is core's decision
// (Permission::ViewReports against the user MainWindow forwards).
// Usage: moveToThread(), then call load() through a queued connection.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    explicit DashboardWorker(QString storePath, QObject *parent = nullptr);
    ~DashboardWorker() override;

public slots:
    // After the StoreWorker opened (and migrated) the store.
    void load(quint64 ticket, int grouping); // grouping: a SalesGrouping
    void setActor(const std::optional<bodega::Actor> &actor);

signals:
    void loaded(quint64 ticket, const bodega::DashboardSnapshot &snapshot);
    void failed(quint64 ticket, const bodega::Error &error);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DashboardQuery> m_query;
    std::optional<Actor> m_actor;
};

} // namespace bodega

Q_DECLARE_METATYPE(bodega::DashboardSnapshot)
