#include "productspage.h"

#include "ui/importdialog.h"
#include "ui/notificationbanner.h"
#include "ui/productform.h"
#include "ui/productitemdelegate.h"
#include "ui/producttablemodel.h"
#include "ui/storeworker.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bodega {

ProductsPage::ProductsPage(StoreWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    // The form scrolls on its own when the screen is short, so the list
    // keeps its full height.
    m_form = new ProductForm(worker, this);
    auto *formScroll = new QScrollArea(splitter);
    formScroll->setAccessibleName(tr("Product form"));
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(360);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form->setContentsMargins(4, 4, 12, 4);

    auto *listPane = new QWidget(splitter);
    auto *list = new QVBoxLayout(listPane);
    list->setContentsMargins(6, 0, 0, 0);

    m_banner = new NotificationBanner(listPane);
    list->addWidget(m_banner);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setPlaceholderText(tr("Search by name, SKU, barcode or keyword…"));
    m_search->setClearButtonEnabled(true);
    m_lowOnly = new QCheckBox(tr("Low stock &only"), listPane);
    m_lowOnly->setObjectName(QStringLiteral("lowOnlyCheck"));
    m_resultCount = new QLabel(listPane);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_lowOnly);
    filters->addSpacing(12);
    filters->addWidget(m_resultCount);
    list->addLayout(filters);

    m_model = new ProductTableModel(worker, this);
    m_table = new QTableView(listPane);
    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setAccessibleName(tr("Products"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ProductItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights: with a million rows nothing may measure every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProductTableModel::NameColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Wide enough for a generated SKU (BOD- and 12 hex digits) in full.
    header->resizeSection(
        ProductTableModel::SkuColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("BOD-0000000000WW")) + 16);
    header->resizeSection(ProductTableModel::CategoryColumn, 170);
    header->resizeSection(ProductTableModel::PriceColumn, 100);
    header->resizeSection(ProductTableModel::StockColumn, 70);
    header->resizeSection(ProductTableModel::ThresholdColumn, 90);
    header->setSortIndicator(ProductTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    list->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_sellButton = new QPushButton(tr("Simulate &sale (1 unit)"), listPane);
    m_sellButton->setObjectName(QStringLiteral("sellButton"));
    m_sellButton->setToolTip(tr("Sell one unit of the selected product, as the till would"));
    m_sellButton->setEnabled(false);
    auto *hint = new QLabel(tr("Double-click a row to sell one unit."), listPane);
    hint->setEnabled(false);
    actions->addWidget(hint);
    actions->addStretch(1);
    auto *importButton = new QPushButton(tr("Import…"), listPane);
    importButton->setObjectName(QStringLiteral("importButton"));
    // No Alt letter: every letter of "Import" is taken on this page (in
    // Spanish too, by the first-run banner).
    importButton->setToolTip(tr("Import products from a Shopify or other CSV file"));
    auto *exportButton = new QPushButton(tr("E&xport…"), listPane);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Export every product as a Shopify or generic CSV file"));
    connect(importButton, &QPushButton::clicked, this, &ProductsPage::openImport);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ImportDialog::exportProducts(this, m_storePath,
                                     [this](const QString &text) { emit message(text); });
    });
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addWidget(m_sellButton);
    list->addLayout(actions);

    m_sellAction = new QAction(tr("Simulate sale (1 unit)"), this);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_sellAction);

    splitter->addWidget(formScroll);
    splitter->addWidget(listPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 960});
    splitter->setCollapsible(1, false);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);
    // Search as you type, debounced: one query per pause, not per key. The
    // model drops the answers of queries it has replaced.
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_lowOnly, &QCheckBox::toggled, m_model, &ProductTableModel::setLowOnly);
    connect(m_sellButton, &QPushButton::clicked, this, &ProductsPage::sellSelected);
    connect(m_sellAction, &QAction::triggered, this, &ProductsPage::sellSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ProductsPage::sellSelected);
    // Both: the current row moves before the selection follows it.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductsPage::onCurrentChanged);
    connect(m_model, &ProductTableModel::queryFinished, this, &ProductsPage::onQueryFinished);
    connect(m_model, &ProductTableModel::dataChanged, this, &ProductsPage::onCurrentChanged);
    connect(m_model, &ProductTableModel::queryFailed, this, [this](const Error &error) {
        m_banner->showMessage(error.message, NotificationBanner::Kind::Error);
    });
    connect(m_form, &ProductForm::productSaved, this, &ProductsPage::onProductSaved);
    connect(m_form, &ProductForm::message, this, &ProductsPage::message);
    connect(m_worker, &StoreWorker::productSold, this, &ProductsPage::onProductSold);
    connect(m_worker, &StoreWorker::requestFailed, this, &ProductsPage::onFailed);
    connect(m_worker, &StoreWorker::categoriesLoaded, this,
            [this](quint64 ticket, const QStringList &categories) {
                if (ticket != m_categoriesTicket)
                    return;
                m_form->setCategories(categories);
                // After the store worker answered, the store is open and
                // migrated: the setup worker's own connection may read it.
                m_form->refreshTaxRates();
            });
}

void ProductsPage::refresh()
{
    m_model->refresh();
    m_categoriesTicket = m_worker->requestCategories();
}

void ProductsPage::showProduct(const QString &productId, const QString &name)
{
    m_selectedId = productId; // onQueryFinished selects it once the list has it
    m_lowOnly->setChecked(false);
    if (m_search->text() == name)
        m_model->refresh();
    else
        m_search->setText(name);
}

QString ProductsPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return {};
    return current.siblingAtColumn(0).data(ProductTableModel::IdRole).toString();
}

void ProductsPage::onCurrentChanged()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_selectedId = id;
    m_sellButton->setEnabled(!id.isEmpty());
    m_sellAction->setEnabled(!id.isEmpty());
}

void ProductsPage::onQueryFinished()
{
    const QString count = QLocale().toString(m_model->rowCount());
    m_resultCount->setText(m_model->isCountCapped() ? tr("Results: %1+").arg(count)
                                                    : tr("Results: %1").arg(count));
    // A reload resets the model: put the selection back on the same product.
    if (!m_selectedId.isEmpty()) {
        const int row = m_model->rowOfId(m_selectedId);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    onCurrentChanged();
}

void ProductsPage::onProductSaved(const Product &product)
{
    m_selectedId = product.id;
    refresh();
}

void ProductsPage::sellSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_saleTickets.insert(m_worker->requestSale(id, Quantity::fromUnits(1)));
}

void ProductsPage::onProductSold(quint64 ticket, const SaleRecord &sale)
{
    if (!m_saleTickets.remove(ticket))
        return;
    m_model->updateProduct(sale.product);
    const QString stock = ProductTableModel::formatQuantity(sale.product.stock);
    QString text = tr("Sold %1 × %2 (receipt %3). Stock now %4.")
                       .arg(ProductTableModel::formatQuantity(sale.quantity), sale.product.name,
                            sale.receiptNo, stock);
    NotificationBanner::Kind kind = NotificationBanner::Kind::Info;
    if (sale.alert) {
        // The alert is the news; the sale itself is the detail.
        text = sale.alert->message + QLatin1Char('\n') + text;
        kind = NotificationBanner::Kind::Warning;
    }
    if (sale.oversold) {
        // Never refused: the goods already left the shelf. The count is wrong.
        text += QLatin1Char(' ') + tr("Oversold: %1 now shows %2 in stock; the sale was recorded, "
                                      "please check the shelf count.")
                                       .arg(sale.product.name, stock);
        kind = NotificationBanner::Kind::Warning;
    }
    m_banner->showMessage(text, kind);
    emit message(text);
    // With "low stock only" the sale may have moved the product into the list.
    if (m_model->query().lowOnly)
        m_model->refresh();
}

void ProductsPage::onFailed(quint64 ticket, const Error &error)
{
    if (!m_saleTickets.remove(ticket))
        return;
    const QString text =
        tr("The sale was not recorded: %1 (%2)").arg(error.message, error.codeName());
    m_banner->showMessage(text, NotificationBanner::Kind::Error);
    emit message(text);
}

void ProductsPage::openImport()
{
    auto *dialog = new ImportDialog(m_storePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &ProductsPage::refresh);
    dialog->open();
}

} // namespace bodega
