#pragma once

#include "ai/aiprovider.h"

#include <QString>
#include <QVector>

#include <ostream>

QT_BEGIN_NAMESPACE
// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace bodega::test {

// tests/data/ai/heldout_products.csv: name,keywords,category with keywords
// separated by ';'. Fails the calling test (ADD_FAILURE) on a malformed file.
QVector<TrainingExample> loadHeldOutProducts();

// One CSV record split into fields (RFC 4180 quoting, no embedded newlines).
QStringList parseCsvLine(const QString &line);

} // namespace bodega::test
