#pragma once

#include <QCoreApplication>
#include <QString>

namespace bodega {

// Why the server refused an event for good, as a manager reads it. The server
// writes "field: reason" in English (bodega.event_problem and the apply
// functions); that text is the stable record the journal keeps, the CLI
// prints and support searches for. This only renders it in the interface's
// language, keeping the field's name, which is what the manager needs to
// find the wrong value.
class ServerProblem
{
    Q_DECLARE_TR_FUNCTIONS(bodega::ServerProblem)

public:
    // The translated sentence, or the text unchanged when it is not one of
    // the server's reasons (a message the terminal wrote itself, already in
    // the interface's language, or a reason from a newer server).
    static QString describe(const QString &problem);
};

} // namespace bodega
