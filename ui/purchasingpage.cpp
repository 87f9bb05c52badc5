#include "purchasingpage.h"

#include "ui/trailtable.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bodega {

namespace {

QLineEdit *edit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

QPushButton *button(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QString quantityText(const Quantity &q)
{
    return q.format(QLocale());
}

} // namespace

// The status as the manager reads it.
static QString statusText(PurchaseOrderStatus status)
{
    switch (status) {
    case PurchaseOrderStatus::Draft:
        return PurchasingPage::tr("Draft");
    case PurchaseOrderStatus::Sent:
        return PurchasingPage::tr("Sent");
    case PurchaseOrderStatus::PartiallyReceived:
        return PurchasingPage::tr("Partially received");
    case PurchaseOrderStatus::Received:
        return PurchasingPage::tr("Received");
    case PurchaseOrderStatus::Closed:
        return PurchasingPage::tr("Closed");
    case PurchaseOrderStatus::Cancelled:
        return PurchasingPage::tr("Cancelled");
    }
    return QString();
}

PurchasingPage::PurchasingPage(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    m_thread.setObjectName(QStringLiteral("bodega-purchasing"));
    m_worker = new PurchasingWorker(storePath);
    m_worker->moveToThread(&m_thread);
    // The worker owns a Database, which must die on the thread that opened it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_choosePath = [this](const QString &name, const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Export purchase order"),
                                            QDir::home().filePath(name), filter);
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("purchasingSections"));
    m_sections->addTab(buildSuppliers(), tr("Suppliers"));
    m_sections->addTab(buildOrders(), tr("Purchase orders"));
    m_sections->addTab(buildReorder(), tr("Reorder suggestions"));
    layout->addWidget(m_sections, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("purchasingStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_status->hide();
    layout->addWidget(m_status);

    auto answered = [this] { m_pending = std::max(0, m_pending - 1); };
    connect(m_worker, &PurchasingWorker::loaded, this, [this, answered](const auto &s) {
        answered();
        onLoaded(s);
    });
    connect(m_worker, &PurchasingWorker::pricesLoaded, this,
            [this, answered](const SupplierPriceList &list) {
                answered();
                if (list.supplierId != m_supplierId)
                    return;
                m_prices->setRowCount(0);
                for (const SupplierPrice &p : list.prices) {
                    const int row = m_prices->rowCount();
                    m_prices->insertRow(row);
                    m_prices->setItem(row, 0, makeTrailCell(p.sku));
                    m_prices->setItem(row, 1, makeTrailCell(p.productName));
                    m_prices->setItem(row, 2, makeTrailCell(p.price.format(), true));
                }
            });
    connect(m_worker, &PurchasingWorker::supplierSaved, this, [this, answered](const Supplier &s) {
        answered();
        m_supplierId = s.id;
        m_setPrice->setEnabled(true);
        say(tr("Supplier %1 saved").arg(s.name));
        refresh();
    });
    connect(m_worker, &PurchasingWorker::orderChanged, this,
            [this, answered](const PurchaseOrder &po, const QString &text) {
                answered();
                say(QStringLiteral("%1: %2").arg(po.number, text));
                m_selectNumber = po.number;
                showOrder(po);
                refresh();
            });
    connect(m_worker, &PurchasingWorker::drafted, this,
            [this, answered](const ReorderDraftOutcome &o) {
                answered();
                QStringList parts;
                parts << tr("%n draft purchase order(s) created", nullptr, o.createdCount());
                if (o.updatedCount() > 0)
                    parts << tr("%n draft(s) updated", nullptr, o.updatedCount());
                if (o.unchanged > 0)
                    parts << tr("%n suggestion(s) already on a draft", nullptr, o.unchanged);
                QString text = parts.join(QStringLiteral("; "));
                if (!o.withoutSupplier.isEmpty()) {
                    QStringList names;
                    for (const DemandForecastLine &l : o.withoutSupplier)
                        names << l.product.name;
                    text += QLatin1Char('\n') +
                            tr("No supplier on file for: %1").arg(names.join(QStringLiteral(", ")));
                }
                m_draftResult->setText(text);
                say(text);
                if (!o.orders.isEmpty())
                    m_selectNumber = o.orders.first().order.number;
                refresh();
            });
    connect(m_worker, &PurchasingWorker::exported, this, [this, answered](const QString &path) {
        answered();
        say(tr("Written to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_worker, &PurchasingWorker::stockChanged, this, &PurchasingPage::stockChanged);
    connect(m_worker, &PurchasingWorker::failed, this, [this, answered](const Error &e) {
        answered();
        say(e.message, true);
    });
    m_thread.start();
}

PurchasingPage::~PurchasingPage()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename F> void PurchasingPage::run(F call)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, call] { call(w); }, Qt::QueuedConnection);
}

void PurchasingPage::say(const QString &text, bool error)
{
    m_lastMessage = text;
    // Errors stay by the page's buttons; everything goes to the status bar.
    m_status->setText(error ? text : QString());
    m_status->setVisible(error);
    emit message(text);
}

void PurchasingPage::showSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

void PurchasingPage::refresh()
{
    const QString status = m_statusFilter->currentData().toString();
    run([status](PurchasingWorker *w) { w->load(status); });
}

void PurchasingPage::setActor(const std::optional<Actor> &actor)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, actor] { w->setActor(actor); }, Qt::QueuedConnection);
    refresh();
}

QWidget *PurchasingPage::buildSuppliers()
{
    auto *page = new QWidget(this);
    auto *split = new QSplitter(Qt::Horizontal, page);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(0, 6, 0, 0);
    outer->addWidget(split);

    m_suppliers =
        makeTrailTable(QStringLiteral("suppliersTable"), tr("Suppliers"),
                       {tr("Name"), tr("Contact"), tr("Phone"), tr("Lead time")}, 0, split);
    connect(m_suppliers, &QTableWidget::currentCellChanged, this,
            [this](int row) { selectSupplier(row); });

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *details = new QGroupBox(tr("Supplier"), right);
    auto *form = new QFormLayout(details);
    m_name = edit(QStringLiteral("supplierName"), tr("Distribuidora Andina"), details);
    m_contact = edit(QStringLiteral("supplierContact"), tr("Who takes the orders"), details);
    m_phone = edit(QStringLiteral("supplierPhone"), QString(), details);
    m_email = edit(QStringLiteral("supplierEmail"), tr("orders@supplier.com"), details);
    m_leadTime = new QSpinBox(details);
    m_leadTime->setObjectName(QStringLiteral("supplierLeadTime"));
    m_leadTime->setRange(0, 365);
    m_leadTime->setValue(7);
    m_leadTime->setSuffix(tr(" days"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Lead time"), m_leadTime);
    auto *buttons = new QHBoxLayout;
    auto *newSupplier = button(QStringLiteral("newSupplierButton"), tr("New supplier"), details);
    auto *save = button(QStringLiteral("saveSupplierButton"), tr("Save supplier"), details);
    buttons->addStretch(1);
    buttons->addWidget(newSupplier);
    buttons->addWidget(save);
    form->addRow(buttons);
    rightLayout->addWidget(details);
    connect(newSupplier, &QPushButton::clicked, this, [this] {
        m_suppliers->clearSelection();
        m_supplierId.clear();
        for (QLineEdit *e : {m_name, m_contact, m_phone, m_email})
            e->clear();
        m_leadTime->setValue(7);
        m_prices->setRowCount(0);
        m_setPrice->setEnabled(false);
        m_name->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &PurchasingPage::saveSupplier);

    auto *pricesBox = new QGroupBox(tr("What this supplier charges"), right);
    auto *pricesLayout = new QVBoxLayout(pricesBox);
    m_prices = makeTrailTable(QStringLiteral("supplierPricesTable"), tr("Supplier prices"),
                              {tr("SKU"), tr("Product"), tr("Price")}, 1, pricesBox);
    pricesLayout->addWidget(m_prices, 1);
    auto *priceRow = new QHBoxLayout;
    m_priceProduct = edit(QStringLiteral("priceProduct"), tr("SKU or barcode"), pricesBox);
    m_priceValue = edit(QStringLiteral("priceValue"), tr("Price"), pricesBox);
    m_priceValue->setMaximumWidth(120);
    m_setPrice = button(QStringLiteral("setPriceButton"), tr("Set price"), pricesBox);
    m_setPrice->setEnabled(false);
    priceRow->addWidget(m_priceProduct, 1);
    priceRow->addWidget(m_priceValue);
    priceRow->addWidget(m_setPrice);
    pricesLayout->addLayout(priceRow);
    rightLayout->addWidget(pricesBox, 1);
    connect(m_setPrice, &QPushButton::clicked, this, [this] {
        const QString id = m_supplierId, product = m_priceProduct->text().trimmed(),
                      price = m_priceValue->text().trimmed();
        run([id, product, price](PurchasingWorker *w) { w->setPrice(id, product, price); });
    });
    split->addWidget(m_suppliers);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return page;
}

void PurchasingPage::selectSupplier(int row)
{
    if (row < 0 || row >= m_snapshot.suppliers.size())
        return;
    const Supplier &s = m_snapshot.suppliers.at(row);
    m_supplierId = s.id;
    m_name->setText(s.name);
    m_contact->setText(s.contact);
    m_phone->setText(s.phone);
    m_email->setText(s.email);
    m_leadTime->setValue(s.leadTimeDays);
    m_setPrice->setEnabled(true);
    const QString id = s.id;
    run([id](PurchasingWorker *w) { w->loadPrices(id); });
}

void PurchasingPage::saveSupplier()
{
    Supplier s;
    for (const Supplier &known : std::as_const(m_snapshot.suppliers)) {
        if (known.id == m_supplierId)
            s = known;
    }
    s.id = m_supplierId;
    s.name = m_name->text();
    s.contact = m_contact->text();
    s.phone = m_phone->text();
    s.email = m_email->text();
    s.leadTimeDays = m_leadTime->value();
    run([s](PurchasingWorker *w) { w->saveSupplier(s); });
}

QWidget *PurchasingPage::buildOrders()
{
    auto *page = new QWidget(this);
    auto *split = new QSplitter(Qt::Horizontal, page);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(0, 6, 0, 0);
    outer->addWidget(split);

    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    auto *filterRow = new QHBoxLayout;
    m_statusFilter = new QComboBox(left);
    m_statusFilter->setObjectName(QStringLiteral("orderStatusFilter"));
    m_statusFilter->addItem(tr("All orders"), QString());
    for (PurchaseOrderStatus s :
         {PurchaseOrderStatus::Draft, PurchaseOrderStatus::Sent,
          PurchaseOrderStatus::PartiallyReceived, PurchaseOrderStatus::Received,
          PurchaseOrderStatus::Closed, PurchaseOrderStatus::Cancelled})
        m_statusFilter->addItem(statusText(s), purchaseOrderStatusCode(s));
    auto *filterLabel = new QLabel(tr("Show"), left);
    filterLabel->setBuddy(m_statusFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_statusFilter, 1);
    leftLayout->addLayout(filterRow);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    m_orders = makeTrailTable(
        QStringLiteral("ordersTable"), tr("Purchase orders"),
        {tr("Number"), tr("Supplier"), tr("Status"), tr("Created"), tr("Total")}, 1, left);
    leftLayout->addWidget(m_orders, 1);
    connect(m_orders, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_snapshot.orders.size())
            showOrder(m_snapshot.orders.at(row));
    });
    auto *newBox = new QGroupBox(tr("New draft"), left);
    auto *newLayout = new QHBoxLayout(newBox);
    m_newSupplier = new QComboBox(newBox);
    m_newSupplier->setObjectName(QStringLiteral("newOrderSupplier"));
    m_newSupplier->setMinimumContentsLength(14);
    m_newSupplier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newProduct = edit(QStringLiteral("newOrderProduct"), tr("SKU or barcode"), newBox);
    m_newQty = edit(QStringLiteral("newOrderQty"), tr("Qty"), newBox);
    m_newQty->setMaximumWidth(70);
    auto *create = button(QStringLiteral("createOrderButton"), tr("Create"), newBox);
    newLayout->addWidget(m_newSupplier, 1);
    newLayout->addWidget(m_newProduct, 1);
    newLayout->addWidget(m_newQty);
    newLayout->addWidget(create);
    leftLayout->addWidget(newBox);
    connect(create, &QPushButton::clicked, this, [this] {
        const QString supplier = m_newSupplier->currentData().toString(),
                      product = m_newProduct->text().trimmed(), qty = m_newQty->text().trimmed();
        run([=](PurchasingWorker *w) { w->createOrder(supplier, product, qty); });
    });

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_orderTitle = new QLabel(tr("Choose a purchase order."), right);
    m_orderTitle->setObjectName(QStringLiteral("orderTitle"));
    m_orderTitle->setWordWrap(true);
    QFont bold = m_orderTitle->font();
    bold.setBold(true);
    m_orderTitle->setFont(bold);
    rightLayout->addWidget(m_orderTitle);
    m_lines = makeTrailTable(QStringLiteral("orderLinesTable"), tr("Purchase order lines"),
                             {tr("#"), tr("SKU"), tr("Product"), tr("Ordered"), tr("Received"),
                              tr("Unit cost"), tr("Total"), tr("Arrived now")},
                             2, right);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    rightLayout->addWidget(m_lines, 1);
    auto *lineRow = new QHBoxLayout;
    m_lineProduct = edit(QStringLiteral("lineProduct"), tr("SKU or barcode"), right);
    m_lineQty = edit(QStringLiteral("lineQty"), tr("Qty"), right);
    m_lineQty->setMaximumWidth(70);
    m_addLine = button(QStringLiteral("addLineButton"), tr("Add line"), right);
    m_removeLine = button(QStringLiteral("removeLineButton"), tr("Remove line"), right);
    lineRow->addWidget(m_lineProduct, 1);
    lineRow->addWidget(m_lineQty);
    lineRow->addWidget(m_addLine);
    lineRow->addWidget(m_removeLine);
    rightLayout->addLayout(lineRow);
    auto *actions = new QHBoxLayout;
    m_send = button(QStringLiteral("sendOrderButton"), tr("Send"), right);
    m_receive = button(QStringLiteral("receiveOrderButton"), tr("Receive"), right);
    m_receive->setToolTip(tr("Books what you typed under \"Arrived now\" into stock"));
    m_close = button(QStringLiteral("closeOrderButton"), tr("Close"), right);
    m_cancel = button(QStringLiteral("cancelOrderButton"), tr("Cancel order"), right);
    m_exportPdf = button(QStringLiteral("exportPdfButton"), tr("PDF…"), right);
    m_exportCsv = button(QStringLiteral("exportCsvButton"), tr("CSV…"), right);
    for (QPushButton *b : {m_send, m_receive, m_close, m_cancel})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_exportPdf);
    actions->addWidget(m_exportCsv);
    rightLayout->addLayout(actions);

    connect(m_addLine, &QPushButton::clicked, this, [this] {
        const QString number = m_order.number, product = m_lineProduct->text().trimmed(),
                      qty = m_lineQty->text().trimmed();
        run([=](PurchasingWorker *w) { w->addLine(number, product, qty); });
    });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->currentRow();
        if (row < 0 || row >= m_order.lines.size())
            return say(tr("Choose the line to remove"), true);
        const QString number = m_order.number;
        const int lineNo = m_order.lines.at(row).lineNo;
        run([=](PurchasingWorker *w) { w->removeLine(number, lineNo); });
    });
    const auto act = [this](void (PurchasingWorker::*slot)(const QString &)) {
        return [this, slot] {
            const QString number = m_order.number;
            run([=](PurchasingWorker *w) { (w->*slot)(number); });
        };
    };
    connect(m_send, &QPushButton::clicked, this, act(&PurchasingWorker::send));
    connect(m_close, &QPushButton::clicked, this, act(&PurchasingWorker::close));
    connect(m_cancel, &QPushButton::clicked, this, act(&PurchasingWorker::cancel));
    connect(m_receive, &QPushButton::clicked, this, &PurchasingPage::receiveEntered);
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { exportOrder(QStringLiteral("pdf")); });
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { exportOrder(QStringLiteral("csv")); });
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    showOrder(PurchaseOrder{});
    return page;
}

void PurchasingPage::showOrder(const PurchaseOrder &po)
{
    m_order = po;
    const bool any = !po.id.isEmpty();
    const bool draft = any && po.status == PurchaseOrderStatus::Draft;
    const bool receiving = any && (po.status == PurchaseOrderStatus::Sent ||
                                   po.status == PurchaseOrderStatus::PartiallyReceived);
    m_orderTitle->setText(
        any ? tr("%1 · %2 · %3 · %4 (lead time %n day(s))", nullptr, po.supplier.leadTimeDays)
                  .arg(po.number, po.supplier.name, statusText(po.status), po.total().format())
            : tr("Choose a purchase order."));
    m_lines->setRowCount(0);
    for (const PurchaseOrderLine &l : po.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, 0, makeTrailCell(QString::number(l.lineNo), true));
        m_lines->setItem(row, 1, makeTrailCell(l.sku));
        m_lines->setItem(row, 2, makeTrailCell(l.name));
        m_lines->setItem(row, 3, makeTrailCell(quantityText(l.ordered), true));
        m_lines->setItem(row, 4, makeTrailCell(quantityText(l.received), true));
        m_lines->setItem(row, 5, makeTrailCell(l.unitCost.format(), true));
        m_lines->setItem(row, 6, makeTrailCell(l.total().format(), true));
        auto *arrived = new QTableWidgetItem(QString());
        arrived->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        arrived->setFlags(receiving && l.outstanding().milli() > 0
                              ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                              : Qt::ItemIsEnabled);
        if (receiving && l.outstanding().milli() > 0) {
            // The one cell to type in: it looks like it.
            arrived->setBackground(QColor(0xff, 0xf8, 0xe1));
            arrived->setToolTip(tr("%1 outstanding").arg(quantityText(l.outstanding())));
        }
        m_lines->setItem(row, 7, arrived);
    }
    m_lines->setColumnHidden(7, !receiving);
    for (QWidget *w : {static_cast<QWidget *>(m_lineProduct), static_cast<QWidget *>(m_lineQty),
                       static_cast<QWidget *>(m_addLine), static_cast<QWidget *>(m_removeLine)})
        w->setEnabled(draft);
    m_send->setEnabled(draft);
    m_receive->setEnabled(receiving);
    m_close->setEnabled(any && (po.status == PurchaseOrderStatus::PartiallyReceived ||
                                po.status == PurchaseOrderStatus::Received));
    m_cancel->setEnabled(any && (draft || po.status == PurchaseOrderStatus::Sent));
    m_exportPdf->setEnabled(any);
    m_exportCsv->setEnabled(any);
}

void PurchasingPage::receiveEntered()
{
    QVector<QPair<QString, QString>> lines;
    for (int row = 0; row < m_lines->rowCount() && row < m_order.lines.size(); ++row) {
        const QString typed =
            m_lines->item(row, 7) ? m_lines->item(row, 7)->text().trimmed() : QString();
        if (!typed.isEmpty())
            lines << qMakePair(m_order.lines.at(row).productId, typed);
    }
    if (lines.isEmpty())
        return say(tr("Type under \"Arrived now\" what came for each line"), true);
    const QString number = m_order.number;
    run([=](PurchasingWorker *w) { w->receive(number, lines); });
}

void PurchasingPage::exportOrder(const QString &format)
{
    const bool pdf = format == QLatin1String("pdf");
    const QString path =
        m_choosePath(m_order.number + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")),
                     pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString number = m_order.number;
    run([=](PurchasingWorker *w) { w->exportOrder(number, format, path); });
}

QWidget *PurchasingPage::buildReorder()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *top = new QHBoxLayout;
    auto *explain = new QLabel(tr("What the recent sales say to order, with each supplier's lead "
                                  "time and a safety stock. Drafts are orders you can still "
                                  "change before sending."),
                               page);
    explain->setWordWrap(true);
    m_draft =
        button(QStringLiteral("createDraftsButton"), tr("Create draft purchase &orders"), page);
    m_draft->setToolTip(tr("One draft per supplier at the suggested quantities; a supplier's "
                           "open draft is topped up rather than duplicated"));
    top->addWidget(explain, 1);
    top->addWidget(m_draft);
    layout->addLayout(top);
    m_suggestions =
        makeTrailTable(QStringLiteral("suggestionsTable"), tr("Reorder suggestions"),
                       {tr("Product"), tr("SKU"), tr("Stock"), tr("A day"), tr("Days of cover"),
                        tr("Runs out"), tr("Suggested"), tr("Supplier")},
                       0, page);
    m_suggestions->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    layout->addWidget(m_suggestions, 1);
    m_draftResult = new QLabel(page);
    m_draftResult->setObjectName(QStringLiteral("draftResult"));
    m_draftResult->setWordWrap(true);
    layout->addWidget(m_draftResult);
    connect(m_draft, &QPushButton::clicked, this,
            [this] { run([](PurchasingWorker *w) { w->draftFromSuggestions(); }); });
    return page;
}

void PurchasingPage::onLoaded(const PurchasingSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const QLocale locale;

    const QSignalBlocker blockSuppliers(m_suppliers);
    m_suppliers->setRowCount(0);
    const QString keep = m_newSupplier->currentData().toString();
    m_newSupplier->clear();
    for (const Supplier &s : snapshot.suppliers) {
        const int row = m_suppliers->rowCount();
        m_suppliers->insertRow(row);
        m_suppliers->setItem(row, 0, makeTrailCell(s.name));
        m_suppliers->setItem(row, 1,
                             makeTrailCell(s.email.isEmpty()     ? s.contact
                                           : s.contact.isEmpty() ? s.email
                                                                 : QStringLiteral("%1 <%2>").arg(
                                                                       s.contact, s.email)));
        m_suppliers->setItem(row, 2, makeTrailCell(s.phone));
        m_suppliers->setItem(row, 3, makeTrailCell(tr("%n day(s)", nullptr, s.leadTimeDays), true));
        if (s.id == m_supplierId)
            m_suppliers->selectRow(row);
        m_newSupplier->addItem(s.name, s.id);
    }
    const int keepIndex = m_newSupplier->findData(keep);
    if (keepIndex >= 0)
        m_newSupplier->setCurrentIndex(keepIndex);

    const QSignalBlocker blockOrders(m_orders);
    m_orders->setRowCount(0);
    const QString wanted = m_selectNumber.isEmpty() ? m_order.number : m_selectNumber;
    m_selectNumber.clear();
    int selected = -1;
    for (const PurchaseOrder &po : snapshot.orders) {
        const int row = m_orders->rowCount();
        m_orders->insertRow(row);
        m_orders->setItem(row, 0, makeTrailCell(po.number));
        m_orders->setItem(row, 1, makeTrailCell(po.supplier.name));
        m_orders->setItem(row, 2, makeTrailCell(statusText(po.status)));
        m_orders->setItem(row, 3,
                          makeTrailCell(locale.toString(po.createdAt.toLocalTime(),
                                                        QStringLiteral("dd/MM HH:mm"))));
        m_orders->setItem(row, 4, makeTrailCell(po.total().format(), true));
        if (po.number == wanted)
            selected = row;
    }
    if (selected >= 0) {
        m_orders->selectRow(selected);
        showOrder(snapshot.orders.at(selected));
    } else if (!wanted.isEmpty() && m_statusFilter->currentData().toString().isEmpty()) {
        showOrder(PurchaseOrder{});
    }

    m_suggestions->setRowCount(0);
    for (const DemandForecastLine &l : snapshot.suggestions) {
        const int row = m_suggestions->rowCount();
        m_suggestions->insertRow(row);
        m_suggestions->setItem(row, 0, makeTrailCell(l.product.name));
        m_suggestions->setItem(row, 1, makeTrailCell(l.product.sku));
        m_suggestions->setItem(row, 2, makeTrailCell(quantityText(l.product.stock), true));
        m_suggestions->setItem(row, 3, makeTrailCell(locale.toString(l.dailyDemand, 'f', 1), true));
        m_suggestions->setItem(
            row, 4,
            makeTrailCell(l.daysOfCover ? locale.toString(*l.daysOfCover, 'f', 1) : tr("—"), true));
        m_suggestions->setItem(
            row, 5,
            makeTrailCell(l.stockOutDate.isValid()
                              ? locale.toString(l.stockOutDate, QLocale::ShortFormat)
                              : tr("not within a year")));
        m_suggestions->setItem(row, 6, makeTrailCell(quantityText(l.suggested), true));
        auto *supplier = makeTrailCell(l.supplierId.isEmpty()
                                           ? (l.product.supplier.isEmpty()
                                                  ? tr("no supplier")
                                                  : tr("%1 (not on file)").arg(l.product.supplier))
                                           : l.supplierName);
        if (l.supplierId.isEmpty())
            supplier->setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_suggestions->setItem(row, 7, supplier);
    }
    m_draft->setEnabled(!snapshot.suggestions.isEmpty());
    if (snapshot.suggestions.isEmpty())
        m_draftResult->setText(tr("Nothing to order: every product that sells has enough cover."));
}

} // namespace bodega
