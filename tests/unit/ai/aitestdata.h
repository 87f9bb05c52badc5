#pragma once

#include "ai/aiprovider.h"

#include <QString>
#include <QVector>

#include "support/testsupport.h" // readable QString in failure messages

namespace bodega::test {

// tests/data/ai/heldout_products.csv: name,keywords,category with keywords
// separated by ';'. Fails the calling test (ADD_FAILURE) on a malformed file.
QVector<TrainingExample> loadHeldOutProducts();

// One CSV record split into fields (RFC 4180 quoting, no embedded newlines).
QStringList parseCsvLine(const QString &line);

} // namespace bodega::test
