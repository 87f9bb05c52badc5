#pragma once

#include "ai/chatmodel.h"

#include <array>
#include <QMap>
#include <QString>

namespace bodega {

// Which kind of endpoint may receive which class of data (SPEC: AI requests
// routed by data sensitivity). Two rules hold whatever the settings say: the
// offline engine may receive everything (nothing leaves the machine), and
// personal data never goes to the cloud. The defaults: public data anywhere,
// internal figures (sales, stock) to the offline engine and a loopback LLM,
// and to the cloud only when the admin allows it.
//
// Kept as three settings keys (ai.policy.public, ai.policy.internal,
// ai.policy.personal), each a comma list of endpoint kinds; core/ai does not
// read the store itself, AiSettings does.
class PrivacyPolicy
{
public:
    PrivacyPolicy(); // the defaults

    // May a request carrying every class in `classes` go to `kind`? A request
    // that declares no class is treated as personal: what nobody labelled
    // stays on the machine.
    bool allows(EndpointKind kind, DataClasses classes) const;
    bool allows(EndpointKind kind, DataClass dataClass) const;
    // The classes of `classes` that `kind` may not receive.
    DataClasses refused(EndpointKind kind, DataClasses classes) const;
    // False (and nothing changes) for what the fixed rules forbid or require:
    // personal data to the cloud, anything away from the offline engine.
    bool setAllowed(DataClass dataClass, EndpointKind kind, bool allowed);
    static bool isFixed(DataClass dataClass, EndpointKind kind);

    // The admin's switch for the issue's "internal data to cloud only when
    // the admin allows it".
    bool internalToCloud() const { return allows(EndpointKind::Cloud, DataClass::Internal); }
    void setInternalToCloud(bool allowed)
    {
        setAllowed(DataClass::Internal, EndpointKind::Cloud, allowed);
    }

    // Settings keys → values, and back. Unknown words and missing keys keep
    // the defaults; the fixed rules win over whatever a key says.
    QMap<QString, QString> toSettings() const;
    static PrivacyPolicy fromSettings(const QMap<QString, QString> &settings);
    static QString settingsKey(DataClass dataClass); // "ai.policy.internal"
    static QStringList settingsKeys();

    bool operator==(const PrivacyPolicy &other) const { return m_allowed == other.m_allowed; }
    bool operator!=(const PrivacyPolicy &other) const { return !(*this == other); }

private:
    static int index(DataClass dataClass);
    static int bit(EndpointKind kind) { return 1 << int(kind); }
    std::array<int, 3> m_allowed; // per class: bits of the endpoint kinds that may receive it
};

} // namespace bodega
