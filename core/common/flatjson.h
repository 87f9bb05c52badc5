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

} // namespace FlatJson

} // namespace bodega
