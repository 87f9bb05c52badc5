#include "serverproblem.h"

#include <QRegularExpression>

namespace bodega {

namespace {

// A reason that carries a value after it ("unknown product <id>", "this
// store sells in <code>") ends in a space in the server's text, and its
// sentence takes the value as %1.
QString reasonText(const QString &reason)
{
    static const struct
    {
        const char *server;
        const char *text;
    } kReasons[] = {
        {"not a JSON object", QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a JSON object")},
        {"not an object", QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a JSON object")},
        {"not an array", QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a list")},
        {"not a UUIDv7",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a time-ordered id (UUIDv7)")},
        {"not a UUID", QT_TRANSLATE_NOOP("bodega::ServerProblem", "not an id (UUID)")},
        {"not a date-time", QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a date and time")},
        {"not a date", QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a date")},
        {"not a boolean", QT_TRANSLATE_NOOP("bodega::ServerProblem", "neither yes nor no")},
        {"not a positive whole number",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a positive whole number")},
        {"not a non-zero whole number",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a whole number other than zero")},
        {"not a whole non-negative amount",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "not an amount of zero or more")},
        {"not an ISO code",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a currency code (ISO 4217)")},
        {"not a SHA-256 digest",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a SHA-256 digest")},
        {"invalid", QT_TRANSLATE_NOOP("bodega::ServerProblem", "not a valid value")},
        {"unknown", QT_TRANSLATE_NOOP("bodega::ServerProblem", "a value the server does not know")},
        {"unknown event type",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "a kind of event the server does not know")},
        {"unsupported",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "a version the server does not support")},
        {"missing", QT_TRANSLATE_NOOP("bodega::ServerProblem", "missing")},
        {"empty", QT_TRANSLATE_NOOP("bodega::ServerProblem", "empty")},
        {"a line is malformed", QT_TRANSLATE_NOOP("bodega::ServerProblem", "a line is malformed")},
        {"repeated in the batch",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "sent twice in the same batch")},
        {"already used by another sale",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "already used by another sale")},
        {"unknown product",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "a product the server does not have")},
        {"unknown product ",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "a product the server does not have (%1)")},
        {"this store sells in ",
         QT_TRANSLATE_NOOP("bodega::ServerProblem", "this store sells in %1")},
    };
    for (const auto &r : kReasons) {
        const QLatin1String server(r.server);
        if (!server.endsWith(QLatin1Char(' '))) {
            if (reason == server)
                return ServerProblem::tr(r.text);
        } else if (reason.startsWith(server)) {
            return ServerProblem::tr(r.text).arg(reason.mid(server.size()));
        }
    }
    return {};
}

} // namespace

QString ServerProblem::describe(const QString &problem)
{
    // Only the server's lower-case field path ("id", "payload.lines") opens a
    // reason; the terminal's own messages start with a capital and pass.
    static const QRegularExpression kShape(QStringLiteral("^([a-z_]+(?:\\.[a-z_0-9]+)*): (.+)$"));
    const auto m = kShape.match(problem);
    if (!m.hasMatch())
        return problem;
    const QString reason = reasonText(m.captured(2));
    if (reason.isEmpty())
        return problem;
    return tr("Field %1: %2").arg(m.captured(1), reason);
}

} // namespace bodega
