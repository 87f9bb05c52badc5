#pragma once

#include "ui/workertypes.h"

#include <optional>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
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
// last receipt, F10 lists the sales history to reprint any receipt or
// invoice, F6 opens the cash shift panel (open with a float, cash in and
// out with a reason, X report, close with the count and the Z report).
// A discount above
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
    enum class Mode {
        Login,
        Scan,
        Quantity,
        LineDiscount,
        SaleDiscount,
        Paying,
        Busy,
        Approval,
        Shift,       // the shift panel: its F-keys, or a float when none is open
        ShiftAmount, // typing the cash in, cash out or counted cash
        ShiftReason, // typing why cash went in or out
        History,     // the sales history: pick a sale to reprint
    };
    static constexpr int HistoryLimit = 50;
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
    QWidget *shiftPanel() const { return m_shiftPanel; }
    QLabel *shiftDifferenceLabel() const { return m_shiftDifference; }
    QTableWidget *historyTable() const { return m_history; }
    // The shift as the worker last answered (none: none is open).
    const std::optional<ShiftSummary> &shift() const { return m_shift; }
    // Where the DocumentWorker wrote the last Z or X report.
    const QString &lastShiftReport() const { return m_lastShiftReport; }
    // Locks the till after this long without a key (default 5 minutes).
    void setIdleLockMs(int ms);

public slots:
    // The store's status: its currency, and whether a login is needed.
    void setStatus(const bodega::StoreStatus &status);
    void lock();
    // The DocumentWorker's answer to shiftReportRequested.
    void onShiftReportWritten(const QString &shiftId, const QString &path, const QString &error);

signals:
    // A sale was recorded: its receipt is waiting for the DocumentWorker.
    void saleCompleted(const bodega::CheckoutOutcome &outcome);
    // F7 (the last sale) or the history (any sale): print a sale's receipt
    // or invoice again (the DocumentWorker queues it).
    void reprintRequested(const QString &receiptNo, bodega::DocumentKind kind);
    // A Z report (X while open) to be written as a PDF by the DocumentWorker.
    void shiftReportRequested(const bodega::ShiftSummary &shift);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLogin();
    QWidget *buildTotals();
    QWidget *buildPayment();
    QWidget *buildShift();
    QWidget *buildHistoryKeys();
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
    // The shift panel (F6): its keys, what is typed there, core's answers.
    enum class ShiftStep { Load, Open, CashIn, CashOut, Reason, Close, Report };
    void enterShift();
    void startShiftStep(ShiftStep step);
    bool shiftKey(int key);
    void applyShift(const QString &text);
    void onShiftLoaded(quint64 ticket, const ShiftSummary &shift);
    void onShiftFailed(const Error &error);
    void refreshShift();
    // The sales history (F10).
    void enterHistory();
    void onRecentSales(quint64 ticket, const SalesHistory &history);
    void reprintSelected(DocumentKind kind);
    // "Reason: Cash in or out needs a reason": core's message with its field.
    static QString withField(const Error &error);
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
    std::optional<ShiftSummary> m_shift;
    ShiftStep m_shiftStep = ShiftStep::Load;
    quint64 m_shiftTicket = 0;
    Money m_cashMoved; // typed before its reason
    QString m_lastShiftReport;
    QVector<SaleSummary> m_sales;
    quint64 m_historyTicket = 0;

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
    QStackedWidget *m_left; // the cart, or the sales history
    QVector<QPushButton *> m_saleKeys;
    QWidget *m_shiftPanel;
    QLabel *m_shiftTitle;
    QLabel *m_shiftSummary;
    QLabel *m_shiftDifference;
    QLabel *m_shiftHint;
    QTableWidget *m_history;
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
