#include "aitestdata.h"

#include "support/testsupport.h"

#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

namespace bodega::test {

QStringList parseCsvLine(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                current.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    fields.append(current);
    return fields;
}

QVector<TrainingExample> loadHeldOutProducts()
{
    QVector<TrainingExample> products;
    QFile file(dataPath(QStringLiteral("ai/heldout_products.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        ADD_FAILURE() << "cannot open " << file.fileName().toStdString();
        return products;
    }
    QTextStream in(&file);
    const QString header = in.readLine();
    EXPECT_EQ(header, QStringLiteral("name,keywords,category"));
    int lineNumber = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = parseCsvLine(line);
        if (fields.size() != 3) {
            ADD_FAILURE() << "line " << lineNumber << " has " << fields.size() << " fields";
            continue;
        }
        TrainingExample product;
        product.name = fields.at(0).trimmed();
        for (const QString &keyword : fields.at(1).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            product.keywords.append(keyword.trimmed());
        product.category = fields.at(2).trimmed();
        products.append(product);
    }
    return products;
}

} // namespace bodega::test
