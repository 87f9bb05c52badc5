#pragma once

#include "ui/purchasingworker.h"

#include <functional>
#include <QThread>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace bodega {

// The warehouse manager's buying (SPEC: Stock; issue 6 points 3 and 4):
// suppliers with their contact, lead time and prices; purchase orders by
// status with one order's lines and its draft -> sent -> received -> closed
// actions and PDF / CSV export; and the reorder suggestions with the one
// click that drafts purchase orders from them. Everything goes through a
// PurchasingWorker on the page's own thread; core decides what is allowed
// (PERMISSION_DENIED and validation errors are shown as they come).
class PurchasingPage : public QWidget
{
    Q_OBJECT

public:
    // Asks where to write an export: (suggested file name, filter) -> path,
    // empty to cancel. The default is a save dialog; tests pass their own.
    using PathChooser = std::function<QString(const QString &, const QString &)>;
    enum Section { SuppliersSection, OrdersSection, ReorderSection };

    explicit PurchasingPage(const QString &storePath, QWidget *parent = nullptr);
    ~PurchasingPage() override;

    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    void showSection(Section section);
    const PurchasingSnapshot &snapshot() const { return m_snapshot; }
    const PurchaseOrder &currentOrder() const { return m_order; }
    // The page's state for tests: an answer is in since the last request.
    bool isBusy() const { return m_pending > 0; }
    QString lastMessage() const { return m_lastMessage; }

public slots:
    void refresh();
    void setActor(const std::optional<bodega::Actor> &actor);

signals:
    // A receipt booked stock: the other pages show the new levels.
    void stockChanged();
    void message(const QString &text);

private:
    QWidget *buildSuppliers();
    QWidget *buildOrders();
    QWidget *buildReorder();
    template <typename F> void run(F call);
    void onLoaded(const PurchasingSnapshot &snapshot);
    void showOrder(const PurchaseOrder &order);
    void selectSupplier(int row);
    void saveSupplier();
    void exportOrder(const QString &format);
    void receiveEntered();
    void say(const QString &text, bool error = false);

    QThread m_thread;
    PurchasingWorker *m_worker = nullptr; // lives in m_thread
    PathChooser m_choosePath;
    PurchasingSnapshot m_snapshot;
    PurchaseOrder m_order;
    QString m_selectNumber; // select this order once the list is in
    int m_pending = 0;
    QString m_lastMessage;

    QTabWidget *m_sections = nullptr;
    QLabel *m_status = nullptr;
    // Suppliers
    QTableWidget *m_suppliers = nullptr;
    QString m_supplierId; // the one in the form; empty: a new one
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QSpinBox *m_leadTime = nullptr;
    QTableWidget *m_prices = nullptr;
    QLineEdit *m_priceProduct = nullptr;
    QLineEdit *m_priceValue = nullptr;
    QPushButton *m_setPrice = nullptr;
    // Orders
    QComboBox *m_statusFilter = nullptr;
    QTableWidget *m_orders = nullptr;
    QComboBox *m_newSupplier = nullptr;
    QLineEdit *m_newProduct = nullptr;
    QLineEdit *m_newQty = nullptr;
    QLabel *m_orderTitle = nullptr;
    QTableWidget *m_lines = nullptr;
    QLineEdit *m_lineProduct = nullptr;
    QLineEdit *m_lineQty = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    // Reorder
    QTableWidget *m_suggestions = nullptr;
    QPushButton *m_draft = nullptr;
    QLabel *m_draftResult = nullptr;
};

} // namespace bodega
