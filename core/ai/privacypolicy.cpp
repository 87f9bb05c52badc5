#include "privacypolicy.h"

#include <QStringList>

namespace bodega {

namespace {

const DataClass kClasses[] = {DataClass::Public, DataClass::Internal, DataClass::Personal};
const EndpointKind kKinds[] = {EndpointKind::Offline, EndpointKind::Local, EndpointKind::Cloud};

} // namespace

PrivacyPolicy::PrivacyPolicy()
{
    const int everywhere =
        bit(EndpointKind::Offline) | bit(EndpointKind::Local) | bit(EndpointKind::Cloud);
    const int onMachine = bit(EndpointKind::Offline) | bit(EndpointKind::Local);
    m_allowed[index(DataClass::Public)] = everywhere;
    m_allowed[index(DataClass::Internal)] = onMachine;
    m_allowed[index(DataClass::Personal)] = onMachine;
}

int PrivacyPolicy::index(DataClass dataClass)
{
    switch (dataClass) {
    case DataClass::Public:
        return 0;
    case DataClass::Internal:
        return 1;
    case DataClass::Personal:
        return 2;
    }
    return 2;
}

bool PrivacyPolicy::allows(EndpointKind kind, DataClass dataClass) const
{
    return (m_allowed[index(dataClass)] & bit(kind)) != 0;
}

DataClasses PrivacyPolicy::refused(EndpointKind kind, DataClasses classes) const
{
    if (!classes)
        classes = DataClass::Personal;
    DataClasses out;
    for (DataClass c : kClasses)
        if (classes.testFlag(c) && !allows(kind, c))
            out |= c;
    return out;
}

bool PrivacyPolicy::allows(EndpointKind kind, DataClasses classes) const
{
    return !refused(kind, classes);
}

bool PrivacyPolicy::isFixed(DataClass dataClass, EndpointKind kind)
{
    return kind == EndpointKind::Offline ||
           (dataClass == DataClass::Personal && kind == EndpointKind::Cloud);
}

bool PrivacyPolicy::setAllowed(DataClass dataClass, EndpointKind kind, bool allowed)
{
    if (isFixed(dataClass, kind))
        return allows(kind, dataClass) == allowed;
    int &bits = m_allowed[index(dataClass)];
    bits = allowed ? (bits | bit(kind)) : (bits & ~bit(kind));
    return true;
}

QString PrivacyPolicy::settingsKey(DataClass dataClass)
{
    return QStringLiteral("ai.policy.") + dataClassesCode(dataClass);
}

QStringList PrivacyPolicy::settingsKeys()
{
    QStringList keys;
    for (DataClass c : kClasses)
        keys << settingsKey(c);
    return keys;
}

QMap<QString, QString> PrivacyPolicy::toSettings() const
{
    QMap<QString, QString> out;
    for (DataClass c : kClasses) {
        QStringList kinds;
        for (EndpointKind k : kKinds)
            if (allows(k, c))
                kinds << endpointKindCode(k);
        out.insert(settingsKey(c), kinds.join(QLatin1Char(',')));
    }
    return out;
}

PrivacyPolicy PrivacyPolicy::fromSettings(const QMap<QString, QString> &settings)
{
    PrivacyPolicy policy;
    for (DataClass c : kClasses) {
        const auto it = settings.constFind(settingsKey(c));
        if (it == settings.constEnd())
            continue;
        const QStringList words = it->split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (EndpointKind k : kKinds) {
            bool listed = false;
            for (const QString &w : words)
                listed = listed || w.trimmed() == endpointKindCode(k);
            policy.setAllowed(c, k, listed);
        }
    }
    return policy;
}

} // namespace bodega
