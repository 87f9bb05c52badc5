#pragma once

#include <QStringList>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace bodega {

// The read-only, newest-first table the audit trail and the AI request log
// share: one row an entry, whole-row selection, columns sized to their
// contents but `stretchColumn`, which takes the rest.
QTableWidget *makeTrailTable(const QString &objectName, const QString &accessibleName,
                             const QStringList &headers, int stretchColumn,
                             QWidget *parent = nullptr);

// A read-only cell of such a table; numbers right-aligned.
QTableWidgetItem *makeTrailCell(const QString &text, bool number = false);

} // namespace bodega
