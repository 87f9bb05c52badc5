#include "dashboardworker.h"

#include "security/userstore.h"
#include "storage/database.h"

namespace bodega {

DashboardWorker::DashboardWorker(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
    qRegisterMetaType<bodega::DashboardSnapshot>();
    qRegisterMetaType<bodega::Error>();
}

DashboardWorker::~DashboardWorker()
{
    m_query.reset(); // before the connection it reads
}

void DashboardWorker::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
}

void DashboardWorker::load(quint64 ticket, int grouping)
{
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db) {
            emit failed(ticket, db.error());
            return;
        }
        m_db = std::move(*db);
        m_query = std::make_unique<DashboardQuery>(*m_db, Clock::system(),
                                                   SalesReport::storeTimeZone(*m_db));
    }
    if (auto s = UserStore(*m_db, Clock::system()).check(m_actor, Permission::ViewReports); !s) {
        emit failed(ticket, s.error());
        return;
    }
    DashboardOptions options;
    options.grouping = SalesGrouping(grouping);
    auto snapshot = m_query->snapshot(options);
    if (!snapshot) {
        emit failed(ticket, snapshot.error());
        return;
    }
    emit loaded(ticket, *snapshot);
}

} // namespace bodega
