#include "mcpstdio.h"

#include "mcpserver.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace bodega {

namespace {

enum class Written { Ok, ReaderGone, Failed };

Written writeAll(int fd, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno == EPIPE ? Written::ReaderGone : Written::Failed;
        }
        done += n;
    }
    return Written::Ok;
}

} // namespace

Status McpStdio::serve(McpServer &server, int inFd, int outFd, qint64 maxLineBytes)
{
    QByteArray pending;
    bool tooLong = false; // the current line passed maxLineBytes: drop it up to its newline
    bool readerGone = false;
    const auto answer = [&](const QByteArray &reply) -> Status {
        if (reply.isEmpty())
            return {};
        switch (writeAll(outFd, reply + '\n')) {
        case Written::Ok:
            return {};
        case Written::ReaderGone:
            readerGone = true;
            return {};
        case Written::Failed:
            break;
        }
        return Error{ErrorCode::Internal,
                     tr("Could not write to the MCP client: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno))),
                     {}};
    };
    const auto endOfLine = [&]() -> Status {
        QByteArray reply;
        if (tooLong) {
            reply = QJsonDocument(McpServer::errorResponse(
                                      {}, McpServer::InvalidRequest,
                                      tr("The message is longer than %1 bytes.").arg(maxLineBytes),
                                      {{QStringLiteral("reason"), QStringLiteral("too_large")},
                                       {QStringLiteral("limit"), maxLineBytes}}))
                        .toJson(QJsonDocument::Compact);
        } else {
            reply = server.handleLine(pending);
        }
        tooLong = false;
        pending.clear();
        return answer(reply);
    };

    char buffer[64 * 1024];
    while (!readerGone) {
        const ssize_t n = ::read(inFd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{ErrorCode::Internal,
                         tr("Could not read from the MCP client: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))),
                         {}};
        }
        if (n == 0)
            break;
        const char *at = buffer;
        const char *end = buffer + n;
        while (at < end && !readerGone) {
            const char *newline =
                static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)));
            const char *stop = newline ? newline : end;
            if (!tooLong) {
                if (pending.size() + (stop - at) > maxLineBytes) {
                    tooLong = true;
                    pending.clear();
                } else {
                    pending.append(at, qsizetype(stop - at));
                }
            }
            if (!newline)
                break;
            if (auto s = endOfLine(); !s)
                return s;
            at = newline + 1;
        }
    }
    // A last message without its newline is still a message.
    if (!readerGone && (tooLong || !pending.isEmpty()))
        return endOfLine();
    return {};
}

Status McpStdio::serveStdio(McpServer &server)
{
    std::fflush(stdout);
    const int protocolFd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (protocolFd < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        return Error{ErrorCode::Internal,
                     tr("Could not set up stdout for MCP: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno))),
                     {}};
    }
    // A client that hangs up ends the session; it must not kill the process.
    std::signal(SIGPIPE, SIG_IGN);
    Status served = serve(server, STDIN_FILENO, protocolFd);
    ::close(protocolFd);
    return served;
}

} // namespace bodega
