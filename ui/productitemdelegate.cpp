#include "productitemdelegate.h"

#include "ui/producttablemodel.h"

namespace bodega {

void ProductItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Only the stock cell keeps its colours when selected: the rest of the row
    // still shows the selection.
    if (index.column() == ProductTableModel::StockColumn &&
        index.data(ProductTableModel::LowRole).toBool())
        option->state &= ~QStyle::State_Selected;
}

} // namespace bodega
