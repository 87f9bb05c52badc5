#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace bodega::test {

// A private CUPS scheduler for tests that print for real: cupsd in the
// foreground on a free loopback port, with everything it reads and writes
// under dir, so the machine's own CUPS (/etc/cups, port 631) is neither used
// nor touched.
//
// Layout of dir: etc/ (cupsd.conf, cups-files.conf, the queues and their
// PPDs), spool/, cache/, state/, log/ (cupsd's error_log, cups-pdf's log),
// bin/ (cupsd's ServerBin: the system's filters and a cups-pdf backend
// wrapper), cups-pdf/ (that backend's cups-pdf.conf) and pdf/ (its output).
//
// cups-pdf reads its configuration from /etc/cups only (the path is compiled
// in), so the wrapper runs it in a private mount namespace with cups-pdf/
// bound over /etc/cups: the PDFs land in pdf/ and the host is left as it was.
// That, and cupsd running a backend as root only when cupsd itself is root,
// is why this needs root.
class CupsServer
{
public:
    // Why this process cannot run one (not root, CUPS or cups-pdf missing,
    // no mount namespaces); empty when it can.
    static QString unavailableReason();

    // Starts cupsd in an empty dir. The server stops when the returned object
    // is destroyed, and with this process if it dies first.
    static std::unique_ptr<CupsServer> start(const QString &dir, QString *error);

    ~CupsServer();
    CupsServer(const CupsServer &) = delete;
    CupsServer &operator=(const CupsServer &) = delete;

    // "127.0.0.1:PORT", for CUPS_SERVER and the tools' -h.
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    // A queue on the cups-pdf backend, enabled and accepting jobs.
    bool addPdfQueue(const QString &name, QString *error);

    // Waits until no job is pending and cups-pdf has written at least count
    // PDFs; returns them oldest first, or nothing (the job states and the
    // logs in *error) on timeout or when a job ended without its PDF.
    QStringList waitForPdfs(int count, int timeoutMs, QString *error) const;

    void stop();

private:
    CupsServer(const QString &dir, int port);

    bool launch(QString *error);
    bool runTool(const QString &program, QStringList args, QString *output) const;
    QStringList pdfs() const;
    QString diagnostics() const;

    QString m_dir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_cupsd;
};

} // namespace bodega::test
