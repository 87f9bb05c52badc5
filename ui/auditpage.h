#pragma once

#include "ui/workertypes.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace bodega {

class StoreWorker;

// The audit trail for managers (SPEC: Users, security, audit): logins and
// refused logins, voids, returns, discounts over the limit, price changes,
// stock adjustments and shifts, newest first, with who, when, where, what
// and the values before and after. Whether the user at this terminal may see
// it is decided in core (PERMISSION_DENIED is shown as such).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        AtColumn,
        UserColumn,
        TerminalColumn,
        ActionColumn,
        SubjectColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit AuditPage(StoreWorker *worker, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    bool isLoading() const { return m_ticket != 0; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 ticket, const AuditReport &report);
    void onFailed(quint64 ticket, const Error &error);

    StoreWorker *m_worker;
    QLabel *m_summary;
    QTableWidget *m_table;
    quint64 m_ticket = 0;
};

} // namespace bodega
