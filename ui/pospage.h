#pragma once

#include "ui/workertypes.h"

#include <optional>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace bodega {

class StoreWorker;

// The cashier's till (SPEC: Point of sale). Built for a keyboard-wedge
// scanner and a keyboard: the scan field always has the focus; a burst of
// digits ending in Enter adds the product, letters search by name. F2
// quantity, F3 line discount, F4 sale discount, F8 void line, F9 new sale,
// F12 pay (F5 changes the tender there; Esc goes back), F7 reprints the
// last receipt. A discount above
// the cashier's limit or voiding a whole sale asks for a manager's name and
// PIN right there; every void is audited. The cart and the
// settlement are core objects (Cart, Settlement): this page only renders
// them and forwards keys; lookups, the login and the checkout run on the
// StoreWorker, and the receipt is printed by the DocumentWorker, so the till
// never waits on the disk or the printer.
class PosPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Login, Scan, Quantity, LineDiscount, SaleDiscount, Paying, Busy, Approval };
    static constexpr int SearchDebounceMs = 150;
    static constexpr int SearchLimit = 8;

    explicit PosPage(StoreWorker *worker, QWidget *parent = nullptr);

    QLineEdit *scanField() const { return m_scan; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *secretField() const { return m_secret; }
    QTableWidget *cartTable() const { return m_table; }
    QListWidget *searchResults() const { return m_results; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *changeLabel() const { return m_lastChange; }
    QLabel *messageLabel() const { return m_message; }
    const Cart &cart() const { return m_cart; }
    Mode mode() const { return m_mode; }
    const std::optional<CheckoutOutcome> &lastSale() const { return m_lastSale; }
    const std::optional<Actor> &cashier() const { return m_cashier; }
    // Locks the till after this long without a key (default 5 minutes).
    void setIdleLockMs(int ms);

public slots:
    // The store's status: its currency, and whether a login is needed.
    void setStatus(const bodega::StoreStatus &status);
    void lock();

signals:
    // A sale was recorded: its receipt is waiting for the DocumentWorker.
    void saleCompleted(const bodega::CheckoutOutcome &outcome);
    // F7: print the last sale's receipt again (the DocumentWorker queues it).
    void reprintRequested(const QString &receiptNo);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLogin();
    QWidget *buildTotals();
    QWidget *buildPayment();
    void bindKeys();
    void setMode(Mode mode);
    void onScanEntered();
    void onScanEdited(const QString &text);
    void runSearch();
    void onScanned(quint64 ticket, const ScannedItem &item);
    void onProducts(quint64 ticket, const ProductPage &page);
    void onCheckedOut(quint64 ticket, const CheckoutOutcome &outcome);
    void onLoggedIn(quint64 ticket, const Actor &actor);
    void onFailed(quint64 ticket, const Error &error);
    void onApproved(quint64 ticket, const Actor &approver);
    void onVoidRecorded(quint64 ticket);
    // A manager's name and PIN, typed in the scan field, for `pending`.
    void askApproval(const QString &why);
    void applyApproval(const QString &text);
    void addItem(const ScannedItem &item);
    void pickSearchResult();
    void applyPrompt(const QString &text);
    void voidLine();
    void newSale();
    void reprintLast();
    void startPayment();
    void addTender();
    void cycleTender();
    void cancelPayment();
    void refreshCart();
    void refreshPayment();
    void previewChange(const QString &amountText);
    int selectedLine() const;
    void say(const QString &text, bool error = false);
    void focusInput();

    StoreWorker *m_worker;
    Cart m_cart;
    std::optional<Settlement> m_settlement;
    std::optional<CheckoutOutcome> m_lastSale;
    std::optional<Actor> m_cashier;
    QString m_currency = QStringLiteral("COP");
    bool m_loginNeeded = false;
    bool m_payWhenScanned = false;
    Mode m_mode = Mode::Scan;
    QSet<quint64> m_scanTickets;
    quint64 m_searchTicket = 0;
    quint64 m_checkoutTicket = 0;
    quint64 m_loginTicket = 0;
    QVector<Product> m_found;
    enum class Pending { None, Checkout, VoidSale };
    Pending m_pending = Pending::None;
    QString m_approverName;
    quint64 m_approvalTicket = 0;
    quint64 m_voidSaleTicket = 0;
    QSet<quint64> m_voidTickets;

    QStackedWidget *m_stack;
    QWidget *m_till;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLabel *m_loginMessage;
    QLabel *m_cashierLabel;
    QLabel *m_prompt;
    QLineEdit *m_scan;
    QListWidget *m_results;
    QLabel *m_message;
    QTableWidget *m_table;
    QStackedWidget *m_side;
    QLabel *m_total;
    QLabel *m_details;
    QLabel *m_lastChange; // the last sale's change, big, until the next scan
    QComboBox *m_tenderKind;
    QLineEdit *m_amount;
    QLineEdit *m_reference;
    QLabel *m_due;
    QLabel *m_tenders;
    QLabel *m_change;
    QTimer *m_searchTimer;
    QTimer *m_idleTimer;
};

} // namespace bodega
