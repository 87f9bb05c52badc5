#include "producttablemodel.h"

#include "ui/storeworker.h"

#include <limits>
#include <QColor>
#include <QFont>

namespace bodega {

ProductTableModel::ProductTableModel(StoreWorker *worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{
    m_query.limit = PageSize;
    connect(m_worker, &StoreWorker::productsLoaded, this, &ProductTableModel::onProductsLoaded);
    connect(m_worker, &StoreWorker::requestFailed, this, &ProductTableModel::onRequestFailed);
}

QLocale ProductTableModel::moneyLocale()
{
    return QLocale();
}

QString ProductTableModel::formatQuantity(Quantity quantity)
{
    return quantity.format(QLocale());
}

QColor ProductTableModel::lowBackground()
{
    return QColor(0xff, 0xcd, 0xd2);
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProductTableModel::touchPage(int page) const
{
    if (!m_lru.isEmpty() && m_lru.constLast() == page)
        return;
    m_lru.removeOne(page);
    m_lru.append(page);
}

void ProductTableModel::requestPage(int page) const
{
    // While a new query is in flight the rows on screen belong to the old one:
    // fetching pages of the new query now would mix the two.
    if (m_queryTicket != 0 || m_pendingPages.contains(page))
        return;
    ProductQuery q = m_query;
    q.offset = page * PageSize;
    q.limit = PageSize;
    m_pendingPages.insert(page);
    m_pageTickets.insert(m_worker->requestProducts(q, false), page);
}

std::optional<Product> ProductTableModel::productAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return std::nullopt;
    }
    const int i = row % PageSize;
    if (i >= it->size())
        return std::nullopt;
    touchPage(page);
    return it->at(i);
}

int ProductTableModel::rowOfId(const QString &id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::optional<Product> product = productAt(index.row());
    const int column = index.column();
    if (!product) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && column == NameColumn)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        return {};
    }
    const bool low = product->isLow();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SkuColumn:
            return product->sku;
        case NameColumn:
            return product->name;
        case CategoryColumn:
            return product->category;
        case PriceColumn:
            return product->price.format(moneyLocale());
        case StockColumn:
            return formatQuantity(product->stock);
        case ThresholdColumn:
            return formatQuantity(product->threshold);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == PriceColumn || column == StockColumn || column == ThresholdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (low)
            return lowBackground();
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light highlight stays readable with a dark theme.
        if (low)
            return QColor(0x7f, 0x00, 0x00);
        return {};
    case Qt::FontRole:
        if (low && column == StockColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (low)
            return tr("Below its low-stock threshold (%1)").arg(formatQuantity(product->threshold));
        if (column == NameColumn && !product->description.isEmpty())
            return product->description;
        return {};
    case LowRole:
        return low;
    case IdRole:
        return product->id;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == PriceColumn || section == StockColumn || section == ThresholdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case PriceColumn:
        return tr("Price");
    case StockColumn:
        return tr("Stock");
    case ThresholdColumn:
        return tr("Threshold");
    default:
        return {};
    }
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    ProductQuery::Sort sort = m_query.sort;
    switch (column) {
    case SkuColumn:
        sort = ProductQuery::Sort::Sku;
        break;
    case NameColumn:
        sort = ProductQuery::Sort::Name;
        break;
    case CategoryColumn:
        sort = ProductQuery::Sort::Category;
        break;
    case PriceColumn:
        sort = ProductQuery::Sort::Price;
        break;
    case StockColumn:
        sort = ProductQuery::Sort::Stock;
        break;
    case ThresholdColumn:
        sort = ProductQuery::Sort::Threshold;
        break;
    default:
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    startQuery();
}

void ProductTableModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_query.search)
        return;
    m_query.search = search;
    // While typing, "more than a thousand" is all the list needs to know.
    m_query.countLimit = search.isEmpty() ? 0 : ProductQuery::TypingCountLimit;
    startQuery();
}

void ProductTableModel::setLowOnly(bool lowOnly)
{
    if (lowOnly == m_query.lowOnly)
        return;
    m_query.lowOnly = lowOnly;
    startQuery();
}

void ProductTableModel::refresh()
{
    startQuery();
}

void ProductTableModel::startQuery()
{
    ProductQuery q = m_query;
    q.offset = 0;
    q.limit = PageSize;
    // Answers to earlier requests are stale from now on: forgetting their
    // tickets drops them when they arrive.
    m_pageTickets.clear();
    m_pendingPages.clear();
    m_queryTicket = m_worker->requestProducts(q, true);
}

void ProductTableModel::onProductsLoaded(quint64 ticket, const ProductPage &page)
{
    if (ticket == m_queryTicket) {
        beginResetModel();
        m_queryTicket = 0;
        m_total = std::max<qint64>(page.total, page.products.size());
        m_pages.clear();
        m_lru.clear();
        m_pages.insert(0, page.products);
        m_lru.append(0);
        endResetModel();
        emit queryFinished();
        return;
    }
    const auto it = m_pageTickets.find(ticket);
    if (it == m_pageTickets.end())
        return; // not ours, or stale
    const int pageNo = it.value();
    m_pageTickets.erase(it);
    m_pendingPages.remove(pageNo);
    m_pages.insert(pageNo, page.products);
    touchPage(pageNo);
    while (m_pages.size() > MaxCachedPages && !m_lru.isEmpty())
        m_pages.remove(m_lru.takeFirst());
    const int first = pageNo * PageSize;
    const int last = std::min(first + PageSize, rowCount()) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ProductTableModel::onRequestFailed(quint64 ticket, const Error &error)
{
    if (ticket == m_queryTicket) {
        m_queryTicket = 0;
        emit queryFailed(error);
        return;
    }
    if (auto it = m_pageTickets.find(ticket); it != m_pageTickets.end()) {
        m_pendingPages.remove(it.value());
        m_pageTickets.erase(it);
    }
}

void ProductTableModel::updateProduct(const Product &product)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if ((*it)[i].id != product.id)
                continue;
            (*it)[i] = product;
            const int row = it.key() * PageSize + i;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

} // namespace bodega
