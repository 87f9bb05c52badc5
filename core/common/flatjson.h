#pragma once

#include <optional>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bodega {

// The two JSON shapes a product carries a million times over in a first
// sync: an object of strings (the per-field clock) and an array of strings
// (keywords). QJsonDocument builds a CBOR tree for each; these read and
// write the flat shapes directly. Anything else (a number, a nested value,
// broken text) reads as nullopt, so a caller can fall back to QJsonDocument
// or treat it as empty.
namespace FlatJson {

std::optional<QMap<QString, QString>> readObject(QStringView json);
std::optional<QStringList> readArray(QStringView json);
QString writeObject(const QMap<QString, QString> &object);
QString writeArray(const QStringList &values);

// An event payload written straight to JSON text: an import writes two per
// row, and building a QJsonObject (a CBOR tree) only to serialize it again
// was a fifth of the row's time. Keys are written in the order given; give
// them sorted, as QJsonDocument writes them, so a payload reads the same
// whichever way it was made.
class ObjectWriter
{
public:
    ObjectWriter &string(QLatin1String key, const QString &value);
    ObjectWriter &integer(QLatin1String key, qint64 value);
    ObjectWriter &boolean(QLatin1String key, bool value);
    // A value that is JSON text already (writeObject, writeArray).
    ObjectWriter &json(QLatin1String key, const QString &value);
    QString finish();

private:
    void key(QLatin1String key);
    QString m_out = QStringLiteral("{");
};

} // namespace FlatJson

} // namespace bodega
