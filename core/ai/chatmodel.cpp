#include "chatmodel.h"

#include <QStringList>

namespace bodega {

QString dataClassesCode(DataClasses classes)
{
    QStringList words;
    if (classes.testFlag(DataClass::Public))
        words << QStringLiteral("public");
    if (classes.testFlag(DataClass::Internal))
        words << QStringLiteral("internal");
    if (classes.testFlag(DataClass::Personal))
        words << QStringLiteral("personal");
    return words.join(QLatin1Char(','));
}

DataClasses dataClassesFromCode(const QString &code)
{
    DataClasses classes;
    for (const QString &word : code.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString w = word.trimmed();
        if (w == QLatin1String("public"))
            classes |= DataClass::Public;
        else if (w == QLatin1String("internal"))
            classes |= DataClass::Internal;
        else if (w == QLatin1String("personal"))
            classes |= DataClass::Personal;
    }
    return classes;
}

QString endpointKindCode(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Offline:
        return QStringLiteral("offline");
    case EndpointKind::Local:
        return QStringLiteral("local");
    case EndpointKind::Cloud:
        return QStringLiteral("cloud");
    }
    return QStringLiteral("cloud");
}

} // namespace bodega
