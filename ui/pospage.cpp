#include "pospage.h"

#include "domain/localeformat.h"
#include "ui/storeworker.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace bodega {

namespace {

// Sees every press and touch of the application and reports those on `page`.
class TouchActivity : public QObject
{
public:
    TouchActivity(QWidget *page, std::function<void()> onActivity)
        : QObject(page), m_page(page), m_onActivity(std::move(onActivity))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type t = event->type();
        if (t == QEvent::MouseButtonPress || t == QEvent::TouchBegin || t == QEvent::Wheel) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && (widget == m_page || m_page->isAncestorOf(widget)))
                m_onActivity();
        }
        return false;
    }

private:
    QWidget *m_page;
    std::function<void()> m_onActivity;
};

} // namespace

namespace {

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// A code from a scanner or typed by hand: digits (a barcode or PLU), or an
// SKU such as ARR-500. Anything with a space or a lower-case word is a name.
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[0-9A-Z][0-9A-Z._/-]*$"));
    return code.match(text).hasMatch();
}

} // namespace

PosPage::PosPage(StoreWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("posPage"));
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_stack->addWidget(buildLogin());

    m_till = new QWidget;
    auto *grid = new QGridLayout(m_till);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setHorizontalSpacing(16);

    auto *left = new QVBoxLayout;
    auto *scanRow = new QHBoxLayout;
    m_prompt = new QLabel(tr("Scan"));
    m_prompt->setFont(scaled(font(), 1.4, true));
    m_prompt->setMinimumWidth(140);
    m_scan = new QLineEdit;
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setAccessibleName(tr("Scan or search"));
    m_scan->setPlaceholderText(tr("Scan a barcode or type a product name"));
    m_scan->setFont(scaled(font(), 1.6));
    m_scan->setClearButtonEnabled(true);
    scanRow->addWidget(m_prompt);
    scanRow->addWidget(m_scan, 1);
    m_cashierLabel = new QLabel;
    m_cashierLabel->setObjectName(QStringLiteral("cashierLabel"));
    scanRow->addWidget(m_cashierLabel);
    left->addLayout(scanRow);

    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Products found"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setMaximumHeight(200);
    m_results->hide();
    left->addWidget(m_results);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("tillMessage"));
    m_message->setWordWrap(true);
    m_message->setFont(scaled(font(), 1.15));
    left->addWidget(m_message);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("cartTable"));
    m_table->setAccessibleName(tr("Sale lines"));
    m_table->setHorizontalHeaderLabels(
        {tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Total")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setFont(scaled(font(), 1.2));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_history = new QTableWidget(0, 5);
    m_history->setObjectName(QStringLiteral("salesHistory"));
    m_history->setAccessibleName(tr("Recent sales"));
    m_history->setHorizontalHeaderLabels(
        {tr("Receipt"), tr("Time"), tr("Lines"), tr("Total"), tr("Cashier")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setFont(m_table->font());
    m_history->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_left = new QStackedWidget;
    m_left->addWidget(m_table);
    m_left->addWidget(m_history);
    left->addWidget(m_left, 1);

    // Keys on buttons too: a touch screen has no F-keys.
    auto *keys = new QHBoxLayout;
    const struct
    {
        QString label;
        std::function<void()> action;
        const char *name; // Theme::decorateActions gives it its icon
    } buttons[] = {
        {tr("F2 Quantity"), [this] { setMode(Mode::Quantity); }, "quantityKey"},
        {tr("F3 Line discount"), [this] { setMode(Mode::LineDiscount); }, "lineDiscountKey"},
        {tr("F4 Sale discount"), [this] { setMode(Mode::SaleDiscount); }, "saleDiscountKey"},
        {tr("F6 Shift"), [this] { enterShift(); }, "shiftKey"},
        {tr("F7 Reprint"), [this] { reprintLast(); }, "reprintKey"},
        {tr("F8 Void line"), [this] { voidLine(); }, "voidLineKey"},
        {tr("F9 New sale"), [this] { newSale(); }, "newSaleKey"},
        {tr("F10 History"), [this] { enterHistory(); }, "historyKey"},
        {tr("F12 Pay"), [this] { startPayment(); }, "payKey"},
    };
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.label);
        button->setObjectName(QLatin1String(b.name));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(44);
        connect(button, &QPushButton::clicked, this, [this, action = b.action] {
            // The same keys as the keyboard's: only while scanning or in a prompt.
            if (m_mode == Mode::Scan || m_mode == Mode::Quantity || m_mode == Mode::LineDiscount ||
                m_mode == Mode::SaleDiscount)
                action();
            focusInput();
        });
        keys->addWidget(button);
        m_saleKeys << button;
    }
    left->addLayout(keys);
    grid->addLayout(left, 0, 0);

    m_side = new QStackedWidget;
    m_side->setMinimumWidth(340);
    m_side->addWidget(buildTotals());
    m_side->addWidget(buildPayment());
    m_side->addWidget(buildShift());
    m_side->addWidget(buildHistoryKeys());
    grid->addWidget(m_side, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);
    m_stack->addWidget(m_till);
    m_stack->setCurrentWidget(m_till);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &PosPage::runSearch);
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(5 * 60 * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, &PosPage::lock);
    // A press or a touch anywhere on the till counts as the cashier being
    // there, not only a key in one of its fields.
    qApp->installEventFilter(new TouchActivity(this, [this] {
        if (m_cashier)
            m_idleTimer->start();
    }));

    connect(m_scan, &QLineEdit::returnPressed, this, &PosPage::onScanEntered);
    connect(m_scan, &QLineEdit::textEdited, this, &PosPage::onScanEdited);
    connect(m_amount, &QLineEdit::returnPressed, this, &PosPage::addTender);
    connect(m_reference, &QLineEdit::returnPressed, this, &PosPage::addTender);
    connect(m_results, &QListWidget::itemActivated, this, [this] { pickSearchResult(); });
    for (QLineEdit *field : {m_scan, m_amount, m_reference, m_user, m_secret})
        field->installEventFilter(this);

    connect(m_worker, &StoreWorker::scanned, this, &PosPage::onScanned);
    connect(m_worker, &StoreWorker::productsLoaded, this, &PosPage::onProducts);
    connect(m_worker, &StoreWorker::checkedOut, this, &PosPage::onCheckedOut);
    connect(m_worker, &StoreWorker::loggedIn, this, &PosPage::onLoggedIn);
    connect(m_worker, &StoreWorker::requestFailed, this, &PosPage::onFailed);
    connect(m_worker, &StoreWorker::approved, this, &PosPage::onApproved);
    connect(m_worker, &StoreWorker::voidRecorded, this, &PosPage::onVoidRecorded);
    connect(m_worker, &StoreWorker::shiftLoaded, this, &PosPage::onShiftLoaded);
    connect(m_worker, &StoreWorker::recentSalesLoaded, this, &PosPage::onRecentSales);
    refreshCart();
}

QWidget *PosPage::buildLogin()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = new QLabel(tr("Till locked: log in to sell"));
    title->setFont(scaled(font(), 1.6, true));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *form = new QGridLayout;
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_user->setAccessibleName(tr("User"));
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("loginSecret"));
    m_secret->setAccessibleName(tr("PIN or password"));
    m_secret->setEchoMode(QLineEdit::Password);
    for (QLineEdit *f : {m_user, m_secret}) {
        f->setFont(scaled(font(), 1.4));
        f->setMaximumWidth(360);
    }
    form->addWidget(new QLabel(tr("User")), 0, 0);
    form->addWidget(m_user, 0, 1);
    form->addWidget(new QLabel(tr("PIN or password")), 1, 0);
    form->addWidget(m_secret, 1, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(form);
    row->addStretch(1);
    layout->addLayout(row);
    m_loginMessage = new QLabel;
    m_loginMessage->setObjectName(QStringLiteral("loginMessage"));
    m_loginMessage->setAlignment(Qt::AlignCenter);
    m_loginMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_loginMessage);
    layout->addStretch(2);
    connect(m_user, &QLineEdit::returnPressed, m_secret, qOverload<>(&QWidget::setFocus));
    connect(m_secret, &QLineEdit::returnPressed, this, [this] {
        if (m_user->text().trimmed().isEmpty() || m_secret->text().isEmpty())
            return;
        m_loginMessage->clear();
        m_loginTicket = m_worker->requestLogIn(m_user->text().trimmed(), m_secret->text());
        m_secret->clear();
    });
    return page;
}

QWidget *PosPage::buildTotals()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    auto *caption = new QLabel(tr("Total"));
    caption->setFont(scaled(font(), 1.4));
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("tillTotal"));
    m_total->setAccessibleName(tr("Total to pay"));
    m_total->setFont(scaled(font(), 3.6, true));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_details = new QLabel;
    m_details->setFont(scaled(font(), 1.15));
    m_details->setAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(caption);
    layout->addWidget(m_total);
    layout->addWidget(m_details);
    layout->addSpacing(24);
    m_lastChange = new QLabel;
    m_lastChange->setObjectName(QStringLiteral("lastChange"));
    m_lastChange->setFont(scaled(font(), 2.2, true));
    m_lastChange->setAlignment(Qt::AlignRight);
    m_lastChange->setWordWrap(true);
    m_lastChange->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    layout->addWidget(m_lastChange);
    layout->addStretch(1);
    return panel;
}

QWidget *PosPage::buildPayment()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_due = new QLabel;
    m_due->setObjectName(QStringLiteral("paymentDue"));
    m_due->setFont(scaled(font(), 2.2, true));
    m_due->setAlignment(Qt::AlignRight);
    layout->addWidget(m_due);
    m_tenderKind = new QComboBox;
    m_tenderKind->setObjectName(QStringLiteral("tenderKind"));
    m_tenderKind->setAccessibleName(tr("Payment method"));
    m_tenderKind->setFocusPolicy(Qt::NoFocus);
    for (Tender::Kind kind : {Tender::Kind::Cash, Tender::Kind::Card, Tender::Kind::Transfer})
        m_tenderKind->addItem(Tender::kindName(kind), Tender::kindCode(kind));
    m_tenderKind->addItem(QStringLiteral("Nequi"), QStringLiteral("wallet:Nequi"));
    m_tenderKind->addItem(QStringLiteral("Daviplata"), QStringLiteral("wallet:Daviplata"));
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setAccessibleName(tr("Amount received"));
    m_amount->setFont(scaled(font(), 1.8));
    m_amount->setAlignment(Qt::AlignRight);
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setAccessibleName(tr("Authorisation or reference"));
    m_reference->setPlaceholderText(tr("Authorisation or reference"));
    auto *form = new QGridLayout;
    form->addWidget(new QLabel(tr("F5 Method")), 0, 0);
    form->addWidget(m_tenderKind, 0, 1);
    form->addWidget(new QLabel(tr("Amount")), 1, 0);
    form->addWidget(m_amount, 1, 1);
    form->addWidget(new QLabel(tr("Reference")), 2, 0);
    form->addWidget(m_reference, 2, 1);
    layout->addLayout(form);
    m_tenders = new QLabel;
    m_tenders->setWordWrap(true);
    layout->addWidget(m_tenders);
    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("paymentChange"));
    m_change->setFont(scaled(font(), 1.8, true));
    m_change->setAlignment(Qt::AlignRight);
    layout->addWidget(m_change);
    auto *hint = new QLabel(tr("Enter adds the payment; the sale completes when it is paid in "
                               "full. Esc goes back to the sale."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch(1);
    connect(m_tenderKind, &QComboBox::currentIndexChanged, this, [this] { refreshPayment(); });
    connect(m_amount, &QLineEdit::textEdited, this, &PosPage::previewChange);
    return panel;
}

QWidget *PosPage::buildShift()
{
    m_shiftPanel = new QWidget;
    m_shiftPanel->setObjectName(QStringLiteral("shiftPanel"));
    auto *layout = new QVBoxLayout(m_shiftPanel);
    m_shiftTitle = new QLabel;
    m_shiftTitle->setObjectName(QStringLiteral("shiftTitle"));
    m_shiftTitle->setFont(scaled(font(), 1.4, true));
    m_shiftTitle->setWordWrap(true);
    layout->addWidget(m_shiftTitle);
    m_shiftSummary = new QLabel;
    m_shiftSummary->setObjectName(QStringLiteral("shiftSummary"));
    m_shiftSummary->setFont(scaled(font(), 1.15));
    m_shiftSummary->setTextFormat(Qt::RichText);
    layout->addWidget(m_shiftSummary);
    m_shiftDifference = new QLabel;
    m_shiftDifference->setObjectName(QStringLiteral("shiftDifference"));
    m_shiftDifference->setFont(scaled(font(), 2.0, true));
    m_shiftDifference->setAlignment(Qt::AlignRight);
    m_shiftDifference->setWordWrap(true);
    layout->addWidget(m_shiftDifference);
    layout->addSpacing(12);
    // Keys on buttons too, as on the sale's row.
    auto *keys = new QGridLayout;
    const struct
    {
        QString label;
        int key;
    } buttons[] = {
        {tr("F2 Cash in"), Qt::Key_F2},
        {tr("F3 Cash out"), Qt::Key_F3},
        {tr("F4 X report"), Qt::Key_F4},
        {tr("F12 Close shift"), Qt::Key_F12},
    };
    int i = 0;
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.label);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(44);
        connect(button, &QPushButton::clicked, this, [this, key = b.key] {
            if (m_mode == Mode::Shift)
                shiftKey(key);
            focusInput();
        });
        keys->addWidget(button, i / 2, i % 2);
        ++i;
    }
    layout->addLayout(keys);
    m_shiftHint = new QLabel;
    m_shiftHint->setWordWrap(true);
    layout->addWidget(m_shiftHint);
    layout->addStretch(1);
    return m_shiftPanel;
}

QWidget *PosPage::buildHistoryKeys()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("Reprint a sale"));
    title->setFont(scaled(font(), 1.4, true));
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Up and Down choose a sale in the list."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    const struct
    {
        QString label;
        std::function<void()> action;
    } buttons[] = {
        {tr("Enter Reprint the receipt"), [this] { reprintSelected(DocumentKind::Receipt); }},
        {tr("F5 Reprint the invoice (A4)"), [this] { reprintSelected(DocumentKind::Invoice); }},
        {tr("Esc Back to the sale"), [this] { setMode(Mode::Scan); }},
    };
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.label);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(44);
        connect(button, &QPushButton::clicked, this, [this, action = b.action] {
            if (m_mode == Mode::History)
                action();
            focusInput();
        });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return panel;
}

void PosPage::setIdleLockMs(int ms)
{
    m_idleTimer->setInterval(ms);
    if (m_cashier)
        m_idleTimer->start();
}

void PosPage::setStatus(const StoreStatus &status)
{
    if (!status.currency.isEmpty() && status.currency != m_currency && m_cart.isEmpty()) {
        m_currency = status.currency;
        m_cart = Cart(m_currency);
        refreshCart();
    }
    const bool needed = status.users > 0;
    if (needed != m_loginNeeded) {
        m_loginNeeded = needed;
        if (needed && !m_cashier)
            setMode(Mode::Login);
    }
}

void PosPage::lock()
{
    if (!m_loginNeeded)
        return;
    if (m_mode == Mode::Busy) {
        // A sale or a void is being recorded: lock once it is.
        m_idleTimer->start();
        return;
    }
    // The cart stays: the cashier comes back to the same sale.
    m_cashier.reset();
    m_cashierLabel->clear();
    m_worker->requestLogOut();
    setMode(Mode::Login);
}

void PosPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusInput();
}

void PosPage::setMode(Mode mode)
{
    if ((mode == Mode::Quantity || mode == Mode::LineDiscount) && selectedLine() < 0) {
        say(tr("Scan a product first"), true);
        return;
    }
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::Login ? 0 : 1);
    const bool shift =
        mode == Mode::Shift || mode == Mode::ShiftAmount || mode == Mode::ShiftReason;
    m_side->setCurrentIndex(mode == Mode::Paying ? 1 : shift ? 2 : mode == Mode::History ? 3 : 0);
    m_left->setCurrentIndex(mode == Mode::History ? 1 : 0);
    // The sale's keys mean other things on the shift panel and the history.
    for (QPushButton *key : std::as_const(m_saleKeys))
        key->setEnabled(!shift && mode != Mode::History);
    switch (mode) {
    case Mode::Quantity:
        m_prompt->setText(tr("Quantity"));
        break;
    case Mode::LineDiscount:
        m_prompt->setText(tr("Line discount"));
        break;
    case Mode::SaleDiscount:
        m_prompt->setText(tr("Sale discount"));
        break;
    case Mode::Approval:
        m_prompt->setText(tr("Manager"));
        break;
    case Mode::Shift:
    case Mode::ShiftAmount:
    case Mode::ShiftReason:
        m_prompt->setText(tr("Shift"));
        break;
    case Mode::History:
        m_prompt->setText(tr("History"));
        break;
    default:
        m_prompt->setText(tr("Scan"));
    }
    if (mode == Mode::LineDiscount || mode == Mode::SaleDiscount)
        m_scan->setPlaceholderText(tr("10% or an amount, then Enter (Esc cancels)"));
    else if (mode == Mode::Quantity)
        m_scan->setPlaceholderText(tr("New quantity, then Enter (Esc cancels)"));
    else if (mode == Mode::Approval)
        m_scan->setPlaceholderText(tr("Manager's user name, then Enter (Esc cancels)"));
    else if (shift)
        m_scan->setPlaceholderText(tr("Loading the shift…"));
    else if (mode == Mode::History)
        m_scan->setPlaceholderText(tr("Up and Down choose, Enter reprints (Esc goes back)"));
    else
        m_scan->setPlaceholderText(tr("Scan a barcode or type a product name"));
    m_scan->clear();
    m_scan->setEchoMode(QLineEdit::Normal);
    m_approverName.clear();
    m_results->hide();
    if (mode == Mode::Login)
        m_idleTimer->stop();
    focusInput();
}

void PosPage::focusInput()
{
    switch (m_mode) {
    case Mode::Login:
        (m_user->text().isEmpty() ? m_user : m_secret)->setFocus();
        break;
    case Mode::Paying:
        m_amount->setFocus();
        break;
    default:
        m_scan->setFocus();
    }
}

bool PosPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    if (m_cashier)
        m_idleTimer->start();
    if (watched == m_user || watched == m_secret)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool paying = m_mode == Mode::Paying;
    // Recording a sale: nothing the cashier types may touch it (an Esc then
    // F12 and Enter would send the same cart again).
    if (m_mode == Mode::Busy)
        return true;
    // Waiting for a manager: only Esc (and typing the name and PIN) count.
    if (m_mode == Mode::Approval && key->key() != Qt::Key_Escape && key->key() >= Qt::Key_F1 &&
        key->key() <= Qt::Key_F35)
        return true;
    if (m_mode == Mode::Shift || m_mode == Mode::ShiftAmount || m_mode == Mode::ShiftReason) {
        if (shiftKey(key->key()))
            return true;
        return QWidget::eventFilter(watched, event);
    }
    if (m_mode == Mode::History) {
        switch (key->key()) {
        case Qt::Key_Escape:
            setMode(Mode::Scan);
            return true;
        case Qt::Key_F5:
            reprintSelected(DocumentKind::Invoice);
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (m_history->rowCount() > 0)
                m_history->selectRow(
                    qBound(0, m_history->currentRow() + (key->key() == Qt::Key_Up ? -1 : 1),
                           m_history->rowCount() - 1));
            return true;
        default:
            // Nothing else is typed here; F-keys of the sale do not apply.
            return key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35;
        }
    }
    switch (key->key()) {
    case Qt::Key_F2:
        if (!paying)
            setMode(Mode::Quantity);
        return true;
    case Qt::Key_F3:
        if (!paying)
            setMode(Mode::LineDiscount);
        return true;
    case Qt::Key_F4:
        if (!paying)
            setMode(Mode::SaleDiscount);
        return true;
    case Qt::Key_F5:
        if (paying)
            cycleTender();
        return true;
    case Qt::Key_F6:
        if (!paying)
            enterShift();
        return true;
    case Qt::Key_F7:
        if (!paying)
            reprintLast();
        return true;
    case Qt::Key_F10:
        if (!paying)
            enterHistory();
        return true;
    case Qt::Key_F8:
        if (!paying)
            voidLine();
        return true;
    case Qt::Key_F9:
        if (!paying)
            newSale();
        return true;
    case Qt::Key_F12:
        if (!paying)
            startPayment();
        return true;
    case Qt::Key_Escape:
        if (m_mode == Mode::Approval) {
            const bool backToPayment = m_pending == Pending::Checkout && m_settlement;
            m_pending = Pending::None;
            setMode(backToPayment ? Mode::Paying : Mode::Scan);
            if (backToPayment)
                refreshPayment();
            say(tr("Not approved: change the discount or ask a manager"), true);
        } else if (paying) {
            cancelPayment();
        } else {
            setMode(Mode::Scan);
        }
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (watched == m_scan && m_results->isVisible() && m_results->count() > 0) {
            const int step = key->key() == Qt::Key_Up ? -1 : 1;
            m_results->setCurrentRow(
                qBound(0, m_results->currentRow() + step, m_results->count() - 1));
            return true;
        }
        if (watched == m_scan && m_table->rowCount() > 0) {
            const int step = key->key() == Qt::Key_Up ? -1 : 1;
            m_table->selectRow(qBound(0, selectedLine() + step, m_table->rowCount() - 1));
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PosPage::onScanEntered()
{
    const QString text = m_scan->text().trimmed();
    if (m_mode == Mode::Busy)
        return;
    if (m_mode == Mode::Approval) {
        applyApproval(m_scan->text());
        return;
    }
    if (m_mode == Mode::Shift || m_mode == Mode::ShiftAmount || m_mode == Mode::ShiftReason) {
        applyShift(m_scan->text());
        return;
    }
    if (m_mode == Mode::History) {
        // A scanner's burst here is not a reprint.
        if (!text.isEmpty()) {
            m_scan->clear();
            say(tr("Esc goes back to the sale before scanning"), true);
            return;
        }
        reprintSelected(DocumentKind::Receipt);
        return;
    }
    if (m_mode != Mode::Scan) {
        applyPrompt(text);
        return;
    }
    if (m_results->isVisible() && m_results->currentRow() >= 0) {
        pickSearchResult();
        return;
    }
    if (text.isEmpty()) {
        // Enter on an empty field after the last scan: go and pay.
        if (!m_cart.isEmpty())
            startPayment();
        return;
    }
    m_scan->clear();
    m_searchTimer->stop();
    if (!looksLikeCode(text)) {
        m_scan->setText(text);
        runSearch();
        return;
    }
    m_scanTickets.insert(m_worker->requestScan(text));
}

void PosPage::onScanEdited(const QString &text)
{
    // A scanner types digits: only words start a search.
    if (m_mode == Mode::Scan && !text.trimmed().isEmpty() && !looksLikeCode(text.trimmed()))
        m_searchTimer->start();
    else
        m_results->hide();
}

void PosPage::runSearch()
{
    ProductQuery query;
    query.search = m_scan->text().trimmed();
    query.limit = SearchLimit;
    if (query.search.isEmpty())
        return;
    m_searchTicket = m_worker->requestProducts(query, false);
}

void PosPage::onProducts(quint64 ticket, const ProductPage &page)
{
    if (ticket != m_searchTicket || m_mode != Mode::Scan)
        return;
    m_found = page.products;
    m_results->clear();
    for (const Product &p : std::as_const(m_found))
        m_results->addItem(QStringLiteral("%1   %2   %3").arg(p.name, p.sku, p.price.format()));
    m_results->setVisible(!m_found.isEmpty());
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
    else
        say(tr("No product matches \"%1\"").arg(m_scan->text().trimmed()), true);
}

void PosPage::pickSearchResult()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_found.size())
        return;
    addItem(ScannedItem{m_found.at(row), std::nullopt});
    m_scan->clear();
    m_results->hide();
    focusInput();
}

void PosPage::onScanned(quint64 ticket, const ScannedItem &item)
{
    if (!m_scanTickets.remove(ticket))
        return;
    addItem(item);
    if (m_payWhenScanned && m_scanTickets.isEmpty()) {
        m_payWhenScanned = false;
        startPayment();
    }
}

void PosPage::addItem(const ScannedItem &item)
{
    if (m_mode == Mode::Paying || m_mode == Mode::Busy) {
        say(tr("Finish or cancel the payment before adding products"), true);
        return;
    }
    auto line = item.label ? m_cart.addLabel(item.product, *item.label)
                           : m_cart.add(item.product, Quantity::fromUnits(1));
    if (!line) {
        say(line.error().message, true);
        return;
    }
    refreshCart();
    m_table->selectRow(*line);
    m_lastChange->clear();
    say(QStringLiteral("%1  %2").arg(item.product.name, item.product.price.format()));
}

void PosPage::applyPrompt(const QString &text)
{
    const Mode mode = m_mode;
    if (text.isEmpty()) {
        setMode(Mode::Scan);
        return;
    }
    Status applied;
    const int line = selectedLine();
    if (mode == Mode::Quantity) {
        auto qty = Quantity::parse(text, QStringLiteral("qty"));
        applied = qty ? m_cart.setQuantity(line, *qty) : Status(qty.error());
    } else {
        auto discount = Discount::parse(text, m_cart.currency(), QStringLiteral("discount"));
        if (!discount)
            applied = discount.error();
        else if (mode == Mode::LineDiscount)
            applied = m_cart.setLineDiscount(line, *discount);
        else
            applied = m_cart.setSaleDiscount(*discount);
    }
    if (!applied) {
        // Stay in the prompt, so the cashier can type it again.
        say(applied.error().message, true);
        m_scan->selectAll();
        return;
    }
    refreshCart();
    if (line >= 0 && line < m_table->rowCount())
        m_table->selectRow(line);
    setMode(Mode::Scan);
}

void PosPage::voidLine()
{
    const int line = selectedLine();
    if (line < 0) {
        say(tr("There is no line to void"), true);
        return;
    }
    const QString name = m_cart.lines().at(line).name;
    // Audited from a copy of the cart as it was; the till does not wait.
    m_voidTickets.insert(m_worker->requestVoid(m_cart, line, std::nullopt));
    if (auto s = m_cart.removeLine(line); !s) {
        say(s.error().message, true);
        return;
    }
    refreshCart();
    if (m_table->rowCount() > 0)
        m_table->selectRow(qMin(line, m_table->rowCount() - 1));
    say(tr("Line voided: %1").arg(name));
}

void PosPage::reprintLast()
{
    if (!m_lastSale) {
        say(tr("No sale to reprint yet"), true);
        return;
    }
    emit reprintRequested(m_lastSale->sale.receiptNo, DocumentKind::Receipt);
    say(tr("Reprinting receipt %1").arg(m_lastSale->sale.receiptNo));
}

QString PosPage::withField(const Error &error)
{
    // The fields core names in the shift's and the till's errors.
    const QString field = error.field();
    const QString name = field == QLatin1String("float")      ? tr("Float")
                         : field == QLatin1String("amount")   ? tr("Amount")
                         : field == QLatin1String("reason")   ? tr("Reason")
                         : field == QLatin1String("counted")  ? tr("Counted cash")
                         : field == QLatin1String("shift")    ? tr("Shift")
                         : field == QLatin1String("currency") ? tr("Currency")
                                                              : QString();
    return name.isEmpty() ? error.message : tr("%1: %2").arg(name, error.message);
}

void PosPage::enterShift()
{
    if (m_mode != Mode::Scan && m_mode != Mode::Shift)
        return;
    setMode(Mode::Shift);
    // A step still being recorded (Esc was pressed meanwhile) answers first:
    // a new load would drop that answer, and with it a close's Z report.
    if (m_shiftTicket == 0) {
        m_shiftStep = ShiftStep::Load;
        m_shiftTicket = m_worker->requestShift();
    }
    refreshShift();
}

bool PosPage::shiftKey(int key)
{
    const bool open = m_shift && !m_shift->closedAt.isValid();
    switch (key) {
    case Qt::Key_Escape:
        // Out of a prompt back to the panel; out of the panel back to the sale.
        if (m_mode == Mode::Shift || !open) {
            setMode(Mode::Scan);
        } else if (m_shiftTicket != 0) {
            // The step is being recorded: its answer (a close's Z report) is
            // still to come, so no new load may take its ticket.
            setMode(Mode::Shift);
            refreshShift();
        } else {
            startShiftStep(ShiftStep::Load);
        }
        return true;
    case Qt::Key_F2:
    case Qt::Key_F3:
    case Qt::Key_F4:
    case Qt::Key_F12:
        if (m_mode != Mode::Shift || m_shiftTicket != 0)
            return true; // a step is being typed or recorded
        if (!open) {
            say(tr("No shift is open: type the float first"), true);
            return true;
        }
        startShiftStep(key == Qt::Key_F2   ? ShiftStep::CashIn
                       : key == Qt::Key_F3 ? ShiftStep::CashOut
                       : key == Qt::Key_F4 ? ShiftStep::Report
                                           : ShiftStep::Close);
        return true;
    default:
        // The sale's other F-keys do nothing here.
        return key >= Qt::Key_F1 && key <= Qt::Key_F35;
    }
}

void PosPage::startShiftStep(ShiftStep step)
{
    m_shiftStep = step;
    m_scan->clear();
    switch (step) {
    case ShiftStep::Load:
        m_shiftTicket = m_worker->requestShift();
        m_mode = Mode::Shift;
        m_prompt->setText(tr("Shift"));
        break;
    case ShiftStep::Report:
        // From the store as it is now, not as the panel last showed it.
        m_shiftTicket = m_worker->requestShift();
        say(tr("Writing the X report…"));
        break;
    case ShiftStep::CashIn:
    case ShiftStep::CashOut:
    case ShiftStep::Close:
        m_mode = Mode::ShiftAmount;
        m_prompt->setText(step == ShiftStep::CashIn    ? tr("Cash in")
                          : step == ShiftStep::CashOut ? tr("Cash out")
                                                       : tr("Counted"));
        break;
    case ShiftStep::Reason:
        m_mode = Mode::ShiftReason;
        m_prompt->setText(tr("Reason"));
        break;
    case ShiftStep::Open:
        m_mode = Mode::Shift;
        m_prompt->setText(tr("Float"));
        break;
    }
    refreshShift();
    focusInput();
}

void PosPage::applyShift(const QString &text)
{
    if (m_shiftTicket != 0)
        return; // the last step is still being recorded
    const QString typed = text.trimmed();
    if (m_mode == Mode::ShiftReason) {
        if (typed.isEmpty())
            return;
        m_shiftTicket = m_worker->requestMoveCash(m_cashMoved, typed);
        return;
    }
    const bool amountStep = m_mode == Mode::ShiftAmount || m_shiftStep == ShiftStep::Open;
    if (!amountStep || typed.isEmpty())
        return;
    const QString field = m_shiftStep == ShiftStep::Open    ? QStringLiteral("float")
                          : m_shiftStep == ShiftStep::Close ? QStringLiteral("counted")
                                                            : QStringLiteral("amount");
    auto amount = Money::parse(typed, m_currency, field);
    if (!amount) {
        say(withField(amount.error()), true);
        m_scan->selectAll();
        return;
    }
    switch (m_shiftStep) {
    case ShiftStep::Open:
        m_shiftTicket = m_worker->requestOpenShift(*amount);
        break;
    case ShiftStep::Close:
        m_shiftTicket = m_worker->requestCloseShift(*amount);
        break;
    case ShiftStep::CashIn:
    case ShiftStep::CashOut:
        m_cashMoved = m_shiftStep == ShiftStep::CashIn
                          ? *amount
                          : Money(-amount->minor(), amount->currency());
        startShiftStep(ShiftStep::Reason);
        break;
    default:
        break;
    }
}

void PosPage::onShiftLoaded(quint64 ticket, const ShiftSummary &shift)
{
    if (ticket != m_shiftTicket || ticket == 0)
        return;
    m_shiftTicket = 0;
    m_shift = shift;
    const ShiftStep step = m_shiftStep;
    switch (step) {
    case ShiftStep::Open:
        say(tr("Shift opened with a float of %1").arg(shift.cashFloat.format()));
        break;
    case ShiftStep::Reason:
        say(m_cashMoved.minor() > 0
                ? tr("Cash in recorded: %1").arg(m_cashMoved.format())
                : tr("Cash out recorded: %1")
                      .arg(Money(-m_cashMoved.minor(), m_cashMoved.currency()).format()));
        break;
    case ShiftStep::Close:
        say(tr("Shift closed. Writing the Z report…"));
        emit shiftReportRequested(shift);
        break;
    case ShiftStep::Report:
        emit shiftReportRequested(shift);
        break;
    default:
        break;
    }
    // Back to the panel's keys, with the shift as core sums it now; once it
    // is closed, a float typed here opens the next one.
    m_shiftStep = shift.closedAt.isValid() ? ShiftStep::Open : ShiftStep::Load;
    if (m_mode != Mode::Shift && m_mode != Mode::ShiftAmount && m_mode != Mode::ShiftReason) {
        // The cashier went back to the sale meanwhile: stay there.
        refreshShift();
        return;
    }
    m_mode = Mode::Shift;
    m_prompt->setText(shift.closedAt.isValid() ? tr("Float") : tr("Shift"));
    m_scan->clear();
    refreshShift();
    focusInput();
}

void PosPage::onShiftFailed(const Error &error)
{
    if (m_mode != Mode::Shift && m_mode != Mode::ShiftAmount && m_mode != Mode::ShiftReason) {
        say(withField(error), true);
        return;
    }
    if (m_shiftStep == ShiftStep::Load && error.code == ErrorCode::NotFound) {
        // No shift open at this till: the panel asks for the float.
        m_shift.reset();
        startShiftStep(ShiftStep::Open);
        return;
    }
    say(withField(error), true);
    if (error.code == ErrorCode::NotFound) {
        // Closed elsewhere (another window, bodegactl): show what is true now.
        m_shift.reset();
        startShiftStep(ShiftStep::Open);
        return;
    }
    if (m_shiftStep == ShiftStep::Reason && error.field() == QLatin1String("amount")) {
        startShiftStep(m_cashMoved.minor() > 0 ? ShiftStep::CashIn : ShiftStep::CashOut);
        say(withField(error), true);
        return;
    }
    // Stay in the step, so the cashier can type it again.
    m_scan->selectAll();
}

void PosPage::refreshShift()
{
    const QLocale locale;
    const bool open = m_shift && !m_shift->closedAt.isValid();
    if (m_shiftTicket != 0 && m_shiftStep == ShiftStep::Load && !m_shift)
        m_shiftTitle->setText(tr("Loading the shift…"));
    else if (!m_shift)
        m_shiftTitle->setText(tr("No shift open at this till"));
    else if (open)
        m_shiftTitle->setText(
            tr("Shift open since %1").arg(LocaleFormat(locale).dateTime(m_shift->openedAt)));
    else
        m_shiftTitle->setText(
            tr("Shift closed at %1").arg(LocaleFormat(locale).dateTime(m_shift->closedAt)));
    QString rows;
    enum RowStyle { Plain, Bold, Indented };
    const auto row = [&rows](const QString &label, const QString &value, RowStyle style = Plain) {
        const QString cell = style == Bold       ? QStringLiteral("<b>%1</b>")
                             : style == Indented ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;%1")
                                                 : QStringLiteral("%1");
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(cell.arg(label.toHtmlEscaped()),
                         (style == Bold ? cell : QStringLiteral("%1")).arg(value.toHtmlEscaped()));
    };
    if (m_shift) {
        const ShiftSummary &sh = *m_shift;
        const Money zero(0, sh.cashFloat.currency());
        const auto negative = [](const Money &m) { return Money(-m.minor(), m.currency()); };
        row(tr("Sales"), locale.toString(sh.sales));
        for (auto it = sh.salesByTender.begin(); it != sh.salesByTender.end(); ++it) {
            const auto kind = Tender::kindFromCode(it.key());
            row(kind ? Tender::kindName(*kind) : it.key(), it.value().format(), Indented);
        }
        for (auto it = sh.refundsByTender.begin(); it != sh.refundsByTender.end(); ++it) {
            if (it.key() == QLatin1String("cash"))
                continue;
            const auto kind = Tender::kindFromCode(it.key());
            row(tr("Refunds: %1").arg(kind ? Tender::kindName(*kind) : it.key()),
                negative(it.value()).format());
        }
        row(tr("Cash float"), sh.cashFloat.format());
        row(tr("Cash sales"), sh.salesByTender.value(QStringLiteral("cash"), zero).format());
        if (sh.cashRefunds.minor() > 0)
            row(tr("Cash refunds"), negative(sh.cashRefunds).format());
        if (sh.cashIn.minor() > 0)
            row(tr("Cash in"), sh.cashIn.format());
        if (sh.cashOut.minor() > 0)
            row(tr("Cash out"), negative(sh.cashOut).format());
        row(tr("Expected cash"), sh.expectedCash.format(), Bold);
        if (sh.counted)
            row(tr("Counted cash"), sh.counted->format(), Bold);
    }
    m_shiftSummary->setText(rows.isEmpty() ? QString()
                                           : QStringLiteral("<table width=\"100%\" "
                                                            "cellspacing=\"2\">%1</table>")
                                                 .arg(rows));
    if (m_shift && m_shift->counted) {
        const qint64 d = m_shift->difference.minor();
        m_shiftDifference->setText(d < 0   ? tr("Missing\n%1").arg(m_shift->difference.format())
                                   : d > 0 ? tr("Over\n%1").arg(m_shift->difference.format())
                                           : tr("The cash is right"));
        m_shiftDifference->setStyleSheet(d < 0 ? QStringLiteral("color: #b00020;")
                                               : QStringLiteral("color: #1b5e20;"));
    } else {
        m_shiftDifference->clear();
    }
    QString hint;
    if (m_mode == Mode::ShiftReason)
        hint = tr("Type why the cash moved, then Enter (Esc cancels).");
    else if (m_mode == Mode::ShiftAmount)
        hint = m_shiftStep == ShiftStep::Close
                   ? tr("Count the drawer and type the cash in it, then Enter (Esc cancels).")
                   : tr("Type the amount, then Enter (Esc cancels).");
    else if (open)
        hint = tr("Esc goes back to the sale.");
    else if (m_shift)
        hint = tr("Type a cash float and Enter to open the next shift, or Esc to go back to "
                  "the sale.");
    else if (m_shiftStep == ShiftStep::Open)
        hint = tr("Type the cash float in the drawer and Enter to open the shift. Esc goes "
                  "back to the sale.");
    m_shiftHint->setText(hint);
    const QString placeholder =
        m_mode == Mode::ShiftReason ? tr("Reason, then Enter")
        : m_mode == Mode::ShiftAmount
            ? (m_shiftStep == ShiftStep::Close ? tr("Counted cash, then Enter")
                                               : tr("Amount, then Enter"))
        : open                           ? tr("F2 cash in, F3 cash out, F4 X report, F12 close")
        : m_shiftStep == ShiftStep::Open ? tr("Cash float, then Enter")
                                         : tr("Loading the shift…");
    if (m_mode == Mode::Shift || m_mode == Mode::ShiftAmount || m_mode == Mode::ShiftReason)
        m_scan->setPlaceholderText(placeholder);
    for (QPushButton *b : m_shiftPanel->findChildren<QPushButton *>())
        b->setEnabled(open && m_mode == Mode::Shift);
}

void PosPage::onShiftReportWritten(const QString &shiftId, const QString &path,
                                   const QString &error)
{
    if (!m_shift || m_shift->id != shiftId)
        return;
    if (!error.isEmpty()) {
        say(tr("The report was not written: %1").arg(error), true);
        return;
    }
    m_lastShiftReport = path;
    const QString text = m_shift->closedAt.isValid() ? tr("Z report written to %1").arg(path)
                                                     : tr("X report written to %1").arg(path);
    say(text);
    emit message(text);
}

void PosPage::enterHistory()
{
    if (m_mode != Mode::Scan)
        return;
    setMode(Mode::History);
    m_history->setRowCount(0);
    m_sales.clear();
    m_historyTicket = m_worker->requestRecentSales(HistoryLimit);
}

void PosPage::onRecentSales(quint64 ticket, const SalesHistory &history)
{
    if (ticket != m_historyTicket || ticket == 0)
        return;
    m_historyTicket = 0;
    m_sales = history.sales;
    const QLocale locale;
    m_history->setRowCount(int(m_sales.size()));
    for (int i = 0; i < m_sales.size(); ++i) {
        const SaleSummary &sale = m_sales.at(i);
        const QString cells[] = {
            sale.receiptNo,
            LocaleFormat(locale).dateTime(sale.completedAt),
            locale.toString(sale.lines),
            sale.total.format(),
            sale.cashier,
        };
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 2 || c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(i, c, item);
        }
    }
    if (m_sales.isEmpty()) {
        say(tr("No sales yet"));
        return;
    }
    m_history->selectRow(0);
    say(tr("%n recent sale(s): choose one to reprint", nullptr, int(m_sales.size())));
}

void PosPage::reprintSelected(DocumentKind kind)
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_sales.size()) {
        say(tr("Choose a sale first"), true);
        return;
    }
    const QString receiptNo = m_sales.at(row).receiptNo;
    emit reprintRequested(receiptNo, kind);
    setMode(Mode::Scan);
    say(kind == DocumentKind::Invoice ? tr("Reprinting invoice %1").arg(receiptNo)
                                      : tr("Reprinting receipt %1").arg(receiptNo));
}

void PosPage::newSale()
{
    if (m_mode == Mode::Busy)
        return;
    if (!m_cart.isEmpty()) {
        // Throwing away a sale with lines is a void: audited, and a
        // cashier's needs a manager. The cart goes when it is recorded.
        m_pending = Pending::VoidSale;
        m_mode = Mode::Busy; // nothing is scanned into a sale being voided
        m_voidSaleTicket = m_worker->requestVoid(m_cart, std::nullopt, std::nullopt);
        return;
    }
    m_cart = Cart(m_currency);
    m_settlement.reset();
    m_scanTickets.clear();
    refreshCart();
    setMode(Mode::Scan);
    say(tr("New sale"));
}

void PosPage::startPayment()
{
    if (m_cart.isEmpty()) {
        say(tr("Scan a product first"), true);
        return;
    }
    if (!m_scanTickets.isEmpty()) {
        // Scans typed before F12 belong to this sale: pay once they are in.
        m_payWhenScanned = true;
        return;
    }
    m_settlement.emplace(m_cart.totals().total);
    m_tenderKind->setCurrentIndex(0);
    setMode(Mode::Paying);
    refreshPayment();
}

void PosPage::cycleTender()
{
    m_tenderKind->setCurrentIndex((m_tenderKind->currentIndex() + 1) % m_tenderKind->count());
    refreshPayment();
}

void PosPage::cancelPayment()
{
    m_settlement.reset();
    setMode(Mode::Scan);
    say(tr("Payment cancelled: the sale is still open"));
}

void PosPage::addTender()
{
    if (m_mode != Mode::Paying || !m_settlement)
        return;
    auto amount =
        Money::parse(m_amount->text().trimmed(), m_cart.currency(), QStringLiteral("amount"));
    if (!amount) {
        say(amount.error().message, true);
        m_amount->selectAll();
        return;
    }
    const QString code = m_tenderKind->currentData().toString();
    const auto kind = Tender::kindFromCode(code.section(QLatin1Char(':'), 0, 0));
    const Tender tender{kind.value_or(Tender::Kind::Cash), *amount, m_reference->text(),
                        code.section(QLatin1Char(':'), 1)};
    if (auto s = m_settlement->add(tender); !s) {
        say(s.error().message, true);
        (s.error().field() == QLatin1String("reference") ? m_reference : m_amount)->setFocus();
        return;
    }
    m_reference->clear();
    if (!m_settlement->isPaidInFull()) {
        refreshPayment();
        return;
    }
    // Paid: record it. The worker answers with the receipt number.
    m_mode = Mode::Busy;
    refreshPayment();
    say(tr("Recording the sale…"));
    m_checkoutTicket = m_worker->requestCheckout(m_cart, *m_settlement);
}

void PosPage::onCheckedOut(quint64 ticket, const CheckoutOutcome &outcome)
{
    if (ticket != m_checkoutTicket)
        return;
    m_lastSale = outcome;
    const CompletedSale &sale = outcome.sale;
    QString text =
        sale.change.minor() > 0
            ? tr("Sale %1 recorded. Change: %2").arg(sale.receiptNo, sale.change.format())
            : tr("Sale %1 recorded.").arg(sale.receiptNo);
    if (sale.oversold)
        text += QLatin1Char(' ') + tr("Stock went below zero: count the shelf.");
    m_cart = Cart(m_currency);
    m_settlement.reset();
    refreshCart();
    // The till may have locked itself while the sale was being recorded.
    setMode(m_loginNeeded && !m_cashier ? Mode::Login : Mode::Scan);
    m_lastChange->setText(sale.change.minor() > 0 ? tr("Change\n%1").arg(sale.change.format())
                                                  : tr("Paid exactly"));
    say(text);
    emit message(text);
    emit saleCompleted(outcome);
}

void PosPage::onLoggedIn(quint64 ticket, const Actor &actor)
{
    if (ticket != m_loginTicket)
        return;
    m_cashier = actor;
    m_cashierLabel->setText(tr("Cashier: %1").arg(actor.name));
    m_user->clear();
    m_idleTimer->start();
    setMode(m_settlement ? Mode::Paying : Mode::Scan);
    say(tr("Welcome, %1").arg(actor.name));
}

void PosPage::onFailed(quint64 ticket, const Error &error)
{
    if (m_scanTickets.remove(ticket)) {
        say(error.code == ErrorCode::NotFound
                ? tr("No product with the code %1")
                      .arg(error.details.value(QStringLiteral("key")).toString())
                : error.message,
            true);
        if (m_payWhenScanned && m_scanTickets.isEmpty()) {
            m_payWhenScanned = false;
            startPayment();
        }
        return;
    }
    if (ticket == m_shiftTicket && m_shiftTicket != 0) {
        m_shiftTicket = 0;
        onShiftFailed(error);
        return;
    }
    if (ticket == m_historyTicket && m_historyTicket != 0) {
        m_historyTicket = 0;
        say(withField(error), true);
        return;
    }
    if (ticket == m_loginTicket) {
        m_loginMessage->setText(error.message);
        m_secret->setFocus();
        return;
    }
    const bool needsApproval = error.code == ErrorCode::PermissionDenied &&
                               error.details.value(QStringLiteral("needs")).toString() ==
                                   QLatin1String("approve_override");
    if (ticket == m_checkoutTicket && needsApproval) {
        // Paid, but over the cashier's limit: the tenders stay while a manager approves.
        m_pending = Pending::Checkout;
        askApproval(error.message);
        return;
    }
    if (ticket == m_voidSaleTicket) {
        if (needsApproval) {
            askApproval(error.message);
            return;
        }
        m_pending = Pending::None;
        setMode(Mode::Scan);
        say(error.message, true);
        return;
    }
    if (ticket == m_approvalTicket) {
        say(error.message, true);
        m_approverName.clear();
        m_scan->setEchoMode(QLineEdit::Normal);
        m_scan->clear();
        m_scan->setPlaceholderText(tr("Manager's user name, then Enter (Esc cancels)"));
        return;
    }
    if (m_voidTickets.remove(ticket)) {
        say(tr("The void was not recorded: %1").arg(error.message), true);
        return;
    }
    if (ticket == m_checkoutTicket && error.code == ErrorCode::Duplicate) {
        // This cart is a sale already (an answer that was lost, a second
        // press): the customer has paid, so the till moves on to the next.
        m_cart = Cart(m_currency);
        m_settlement.reset();
        refreshCart();
        setMode(m_loginNeeded && !m_cashier ? Mode::Login : Mode::Scan);
        say(error.message);
        return;
    }
    if (ticket == m_checkoutTicket) {
        // Nothing was recorded: the cart and the payments are still here.
        m_settlement.emplace(m_cart.totals().total);
        setMode(Mode::Paying);
        refreshPayment();
        say(tr("The sale was not recorded: %1").arg(error.message), true);
        if (error.code == ErrorCode::PermissionDenied)
            lock();
        return;
    }
    if (ticket == m_searchTicket)
        say(error.message, true);
}

void PosPage::askApproval(const QString &why)
{
    setMode(Mode::Approval);
    say(why, true);
}

void PosPage::applyApproval(const QString &text)
{
    if (m_approverName.isEmpty()) {
        if (text.trimmed().isEmpty())
            return;
        m_approverName = text.trimmed();
        m_prompt->setText(tr("PIN"));
        m_scan->clear();
        m_scan->setEchoMode(QLineEdit::Password);
        m_scan->setPlaceholderText(tr("%1's PIN, then Enter").arg(m_approverName));
        return;
    }
    if (text.isEmpty())
        return;
    m_approvalTicket = m_worker->requestApproval(m_approverName, text);
    m_scan->clear();
}

void PosPage::onApproved(quint64 ticket, const Actor &approver)
{
    if (ticket != m_approvalTicket)
        return;
    const Pending pending = m_pending;
    m_pending = Pending::None;
    if (pending == Pending::Checkout && m_settlement) {
        m_mode = Mode::Busy;
        m_scan->setEchoMode(QLineEdit::Normal);
        m_scan->clear();
        say(tr("Approved by %1. Recording the sale…").arg(approver.name));
        m_checkoutTicket = m_worker->requestCheckout(m_cart, *m_settlement, approver);
    } else if (pending == Pending::VoidSale) {
        m_pending = Pending::VoidSale;
        setMode(Mode::Scan);
        m_mode = Mode::Busy; // until the void is recorded
        m_voidSaleTicket = m_worker->requestVoid(m_cart, std::nullopt, approver);
    }
}

void PosPage::onVoidRecorded(quint64 ticket)
{
    if (m_voidTickets.remove(ticket) || ticket != m_voidSaleTicket)
        return;
    m_pending = Pending::None;
    m_cart = Cart(m_currency);
    m_settlement.reset();
    m_scanTickets.clear();
    refreshCart();
    setMode(m_loginNeeded && !m_cashier ? Mode::Login : Mode::Scan);
    say(tr("Sale voided"));
}

int PosPage::selectedLine() const
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_cart.lines().size())
        return row;
    return m_cart.lines().isEmpty() ? -1 : int(m_cart.lines().size()) - 1;
}

void PosPage::refreshCart()
{
    const CartTotals t = m_cart.totals();
    m_table->setRowCount(int(m_cart.lines().size()));
    for (int i = 0; i < m_cart.lines().size(); ++i) {
        const CartLine &l = m_cart.lines().at(i);
        const CartLineTotals &lt = t.lines.at(i);
        const QString unit =
            l.unit == UnitOfMeasure::Unit ? QString() : QLatin1Char(' ') + unitCode(l.unit);
        const QString cells[] = {
            l.name,
            l.qty.format(QLocale()) + unit,
            l.unitPrice.format(),
            lt.lineDiscount.minor() + lt.saleDiscount.minor() > 0
                ? (lt.lineDiscount + lt.saleDiscount).format()
                : QString(),
            lt.net.format(),
        };
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_total->setText(t.total.format());
    QStringList details;
    details << tr("%n line(s)", nullptr, int(m_cart.lines().size()));
    if (t.lineDiscounts.minor() + t.saleDiscount.minor() > 0)
        details << tr("Discounts: %1").arg((t.lineDiscounts + t.saleDiscount).format());
    details << tr("VAT included: %1").arg(t.tax.format());
    m_details->setText(details.join(QLatin1Char('\n')));
}

void PosPage::refreshPayment()
{
    if (!m_settlement)
        return;
    m_due->setText(tr("To pay: %1").arg(m_settlement->remaining().format()));
    QStringList lines;
    for (const Tender &t : m_settlement->tenders())
        lines << QStringLiteral("%1  %2").arg(Tender::kindName(t.kind, t.provider),
                                              t.amount.format());
    m_tenders->setText(lines.join(QLatin1Char('\n')));
    m_change->setText(m_settlement->changeDue().minor() > 0
                          ? tr("Change: %1").arg(m_settlement->changeDue().format())
                          : QString());
    const bool cash = m_tenderKind->currentData().toString() == QLatin1String("cash");
    m_reference->setEnabled(!cash);
    m_amount->setText(m_settlement->remaining().toPlainString());
    m_amount->selectAll();
}

void PosPage::previewChange(const QString &amountText)
{
    // What the change would be if this amount were taken (Settlement does
    // the sum, on a copy: nothing is added until Enter).
    if (!m_settlement)
        return;
    Settlement preview = *m_settlement;
    const QString code = m_tenderKind->currentData().toString();
    auto amount = Money::parse(amountText.trimmed(), m_cart.currency(), QStringLiteral("amount"));
    if (!amount || code != QLatin1String("cash") ||
        !preview.add({Tender::Kind::Cash, *amount, {}, {}})) {
        m_change->clear();
        return;
    }
    m_change->setText(preview.changeDue().minor() > 0
                          ? tr("Change: %1").arg(preview.changeDue().format())
                          : QString());
}

void PosPage::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                   : QStringLiteral("color: #1b5e20;"));
}

} // namespace bodega
