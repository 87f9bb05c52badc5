#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace bodega {

class McpServer;

// MCP's stdio transport: one JSON-RPC message per line on stdin, one reply
// per line on stdout, nothing else on stdout; end of input ends the session.
// Reads block: the server has nothing to do between messages, and every
// tool answers before the next line is read.
class McpStdio
{
    Q_DECLARE_TR_FUNCTIONS(bodega::McpStdio)

public:
    // A longer line is answered with an invalid request and skipped, so
    // that a runaway client cannot make the server hold unbounded input.
    static constexpr qint64 MaxLineBytes = 4 * 1024 * 1024;

    // Serves the lines read from inFd until end of input, writing each
    // reply and a newline to outFd. A reader that went away ends the
    // session as end of input does.
    static Status serve(McpServer &server, int inFd, int outFd, qint64 maxLineBytes = MaxLineBytes);

    // serve() on the process's stdin and stdout. stdout is the protocol's
    // alone: anything else in the process that writes to it (a library's
    // printf) lands on stderr instead.
    static Status serveStdio(McpServer &server);
};

} // namespace bodega
