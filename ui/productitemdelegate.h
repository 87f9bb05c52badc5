#pragma once

#include <QStyledItemDelegate>

namespace bodega {

// Keeps the low-stock highlight visible on the selected row: the selection
// colour would otherwise paint over it, and the row a manager just sold from
// is exactly the one whose state they want to see.
class ProductItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace bodega
