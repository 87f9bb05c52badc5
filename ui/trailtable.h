#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace bodega {

// The read-only, newest-first table the audit trail and the AI request log
// share: one row an entry, whole-row selection, columns sized to their
// contents but `stretchColumn`, which takes the rest.
QTableWidget *makeTrailTable(const QString &objectName, const QString &accessibleName,
                             const QStringList &headers, int stretchColumn,
                             QWidget *parent = nullptr);

} // namespace bodega
