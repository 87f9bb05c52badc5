#pragma once

#include "ui/workertypes.h"

#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bodega {

class NotificationBanner;
class ProductForm;
class ProductTableModel;
class StoreWorker;

// The manager's catalog page: the entry form on the left, the product list on
// the right with search as you type, "low stock only", sorting by header and
// "Simulate sale". Everything it knows comes from the StoreWorker.
class ProductsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 150;

    explicit ProductsPage(StoreWorker *worker, QWidget *parent = nullptr);

    ProductForm *form() const { return m_form; }
    ProductTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    NotificationBanner *banner() const { return m_banner; }
    // The store file the import and export dialogs open on their own thread.
    void setStorePath(const QString &path) { m_storePath = path; }

public slots:
    // Reloads the list and the category choices (after a change in the store).
    void refresh();
    void sellSelected();
    // The import dialog, on the store; the list reloads after an import.
    void openImport();
    // Finds the product by name and selects its row (the assistant's links).
    void showProduct(const QString &productId, const QString &name);

signals:
    // A user-visible outcome for the status bar.
    void message(const QString &text);

private:
    void onProductSaved(const Product &product);
    void onProductSold(quint64 ticket, const SaleRecord &sale);
    void onFailed(quint64 ticket, const Error &error);
    void onQueryFinished();
    void onCurrentChanged();
    QString selectedId() const;

    StoreWorker *m_worker;
    ProductForm *m_form;
    ProductTableModel *m_model;
    NotificationBanner *m_banner;
    QLineEdit *m_search;
    QCheckBox *m_lowOnly;
    QLabel *m_resultCount;
    QTableView *m_table;
    QPushButton *m_sellButton;
    QAction *m_sellAction;
    QTimer *m_searchTimer;
    QString m_selectedId; // kept across reloads, which reset the model
    QString m_storePath;
    QSet<quint64> m_saleTickets;
    quint64 m_categoriesTicket = 0;
};

} // namespace bodega
