#include "cupsserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QThread>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

namespace bodega::test {

namespace {

const QString kCupsd = QStringLiteral("/usr/sbin/cupsd");
const QString kLpadmin = QStringLiteral("/usr/sbin/lpadmin");
const QString kLpstat = QStringLiteral("/usr/bin/lpstat");
const QString kCupsPdfBackend = QStringLiteral("/usr/lib/cups/backend/cups-pdf");
// Through cups-driverd like any admin would pick it; the "opt" PPD is the one
// with CustomPageSize, which the 80 mm roll needs.
const QString kCupsPdfModel = QStringLiteral("lsb/usr/cups-pdf/CUPS-PDF_opt.ppd");
constexpr int kToolTimeoutMs = 30 * 1000;
constexpr int kStartAttempts = 3;

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size() && file.flush();
}

QString tail(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no %1)").arg(path);
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return QStringLiteral("--- %1\n").arg(path) +
           all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace

QString CupsServer::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("not running as root: cupsd runs the cups-pdf backend as root only "
                              "when cupsd is root, and cups-pdf writes no PDF otherwise");
    for (const QString &tool : {kCupsd, kLpadmin, kLpstat, kCupsPdfBackend}) {
        if (!QFileInfo(tool).isExecutable())
            return QStringLiteral("%1 is missing: installer/deps.sh installs cups, cups-client "
                                  "and printer-driver-cups-pdf")
                .arg(tool);
    }
    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")});
    if (!probe.waitForFinished(kToolTimeoutMs) || probe.exitCode() != 0)
        return QStringLiteral("cannot make a mount namespace for cups-pdf (unshare --mount): ") +
               QString::fromLocal8Bit(probe.readAll()).trimmed() + probe.errorString();
    return {};
}

std::unique_ptr<CupsServer> CupsServer::start(const QString &dirArg, QString *error)
{
    const QString dir = QDir(dirArg).absolutePath();
    if (dir.contains(QLatin1Char('\'')) || dir.contains(QLatin1Char(' '))) {
        // dir is spliced into the wrapper's shell line and cupsd's config.
        *error = QStringLiteral("the CUPS directory must not hold quotes or spaces: ") + dir;
        return nullptr;
    }
    for (const char *sub : {"etc/ppd", "etc/ssl", "spool/tmp", "cache", "state", "log",
                            "bin/backend", "cups-pdf", "pdf"}) {
        if (!QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub))) {
            *error = QStringLiteral("cannot create %1/%2").arg(dir, QLatin1String(sub));
            return nullptr;
        }
    }
    // Filters run as cupsd's User (lp), which must reach the spool.
    QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ReadOther |
                                   QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                   QFileDevice::ExeGroup);
    for (const char *program : {"filter", "cgi-bin", "daemon", "monitor", "notifier", "driver"})
        QFile::link(QStringLiteral("/usr/lib/cups/") + QLatin1String(program),
                    dir + QStringLiteral("/bin/") + QLatin1String(program));

    const QString wrapper = dir + QStringLiteral("/bin/backend/cups-pdf");
    const bool written =
        writeFile(dir + QStringLiteral("/etc/cups-files.conf"),
                  QStringLiteral("ServerRoot %1/etc\nRequestRoot %1/spool\nTempDir %1/spool/tmp\n"
                                 "CacheDir %1/cache\nStateDir %1/state\nServerBin %1/bin\n"
                                 "DataDir /usr/share/cups\nAccessLog %1/log/access_log\n"
                                 "ErrorLog %1/log/error_log\nPageLog %1/log/page_log\n"
                                 "Printcap %1/etc/printcap\nSystemGroup root\n")
                      .arg(dir)) &&
        writeFile(dir + QStringLiteral("/cups-pdf/cups-pdf.conf"),
                  // Label 2: "<title>-job_<id>.pdf", so a reprint never
                  // overwrites the first copy.
                  QStringLiteral("Out %1/pdf\nAnonDirName %1/pdf\nSpool %1/cups-pdf/spool\n"
                                 "Log %1/log\nGrp root\nLabel 2\n")
                      .arg(dir)) &&
        writeFile(wrapper, QStringLiteral("#!/bin/sh\nexec unshare --mount sh -c 'mount --bind "
                                          "\"$0\" /etc/cups && exec %1 \"$@\"' %2/cups-pdf "
                                          "\"$@\"\n")
                               .arg(kCupsPdfBackend, dir));
    // cupsd runs a backend as root only when group and others cannot read it.
    if (!written ||
        !QFile::setPermissions(wrapper, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot write the CUPS configuration in ") + dir;
        return nullptr;
    }

    QString failure;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        // Free when the probe closes; cupsd can still lose it to another
        // process, and then gets another try on another port.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            continue;
        const int port = probe.serverPort();
        probe.close();
        std::unique_ptr<CupsServer> server(new CupsServer(dir, port));
        if (server->launch(&failure))
            return server;
        if (!failure.contains(QStringLiteral("bind")))
            break;
    }
    *error = QStringLiteral("cupsd did not start: ") + failure;
    return nullptr;
}

CupsServer::CupsServer(const QString &dir, int port) : m_dir(dir), m_port(port) {}

CupsServer::~CupsServer()
{
    stop();
}

bool CupsServer::launch(QString *error)
{
    if (!writeFile(m_dir + QStringLiteral("/etc/cupsd.conf"),
                   // Loopback only and no authentication: the test's own
                   // throwaway server. abort-job: a failing backend ends its
                   // job (waitForPdfs reports it) instead of stopping the queue.
                   QStringLiteral("LogLevel info\nListen 127.0.0.1:%1\nBrowsing No\n"
                                  "WebInterface No\nDefaultAuthType None\n"
                                  "ErrorPolicy abort-job\n"
                                  "<Location />\n  Order allow,deny\n  Allow from 127.0.0.1\n"
                                  "</Location>\n<Policy default>\n  <Limit All>\n"
                                  "    Order deny,allow\n  </Limit>\n</Policy>\n")
                       .arg(m_port))) {
        *error = QStringLiteral("cannot write cupsd.conf");
        return false;
    }
    m_cupsd = std::make_unique<QProcess>();
    m_cupsd->setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes or is killed must not leave its cupsd behind.
    m_cupsd->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_cupsd->start(kCupsd, {QStringLiteral("-f"), QStringLiteral("-c"),
                            m_dir + QStringLiteral("/etc/cupsd.conf"), QStringLiteral("-s"),
                            m_dir + QStringLiteral("/etc/cups-files.conf")});
    const QDeadlineTimer deadline(10 * 1000);
    while (!deadline.hasExpired() && m_cupsd->state() != QProcess::NotRunning) {
        QString status;
        if (runTool(kLpstat, {QStringLiteral("-r")}, &status) &&
            status.contains(QStringLiteral("scheduler is running")))
            return true;
        QThread::msleep(50);
    }
    stop();
    *error = QString::fromLocal8Bit(m_cupsd->readAll()).trimmed() + QLatin1Char('\n') +
             tail(m_dir + QStringLiteral("/log/error_log"), 20);
    return false;
}

void CupsServer::stop()
{
    if (!m_cupsd || m_cupsd->state() == QProcess::NotRunning)
        return;
    m_cupsd->terminate();
    if (!m_cupsd->waitForFinished(10 * 1000)) {
        m_cupsd->kill();
        m_cupsd->waitForFinished(5000);
    }
}

bool CupsServer::runTool(const QString &program, QStringList args, QString *output) const
{
    args.prepend(address());
    args.prepend(QStringLiteral("-h"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    const bool finished = process.waitForFinished(kToolTimeoutMs);
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool CupsServer::addPdfQueue(const QString &name, QString *error)
{
    if (runTool(kLpadmin,
                {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                 QStringLiteral("cups-pdf:/"), QStringLiteral("-m"), kCupsPdfModel,
                 // cups-pdf takes PostScript, so Qt's PDF goes PDF -> PS -> PDF.
                 // Through the default renderers (Ghostscript, poppler's pdftops)
                 // the glyphs lose their Unicode mapping and pdftotext reads
                 // gibberish; cairo names glyphs by code point, so text survives.
                 QStringLiteral("-o"), QStringLiteral("pdftops-renderer-default=pdftocairo")},
                error))
        return true;
    *error = QStringLiteral("lpadmin failed: ") + *error + QLatin1Char('\n') + diagnostics();
    return false;
}

QStringList CupsServer::pdfs() const
{
    QStringList paths;
    const QFileInfoList files =
        QDir(m_dir + QStringLiteral("/pdf"))
            .entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &file : files)
        paths << file.absoluteFilePath();
    return paths;
}

QStringList CupsServer::waitForPdfs(int count, int timeoutMs, QString *error) const
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QString pending;
        // A job leaves the not-completed list once the backend has exited,
        // that is once cups-pdf has written and closed its PDF.
        if (runTool(kLpstat,
                    {QStringLiteral("-W"), QStringLiteral("not-completed"), QStringLiteral("-o")},
                    &pending) &&
            pending.isEmpty()) {
            const QStringList written = pdfs();
            if (written.size() >= count)
                return written;
            *error = QStringLiteral("no job is pending, but cups-pdf wrote %1 of %2 PDFs\n")
                         .arg(written.size())
                         .arg(count) +
                     diagnostics();
            return {};
        }
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    *error = QStringLiteral("timed out after %1 ms waiting for cups-pdf\n").arg(timeoutMs) +
             diagnostics();
    return {};
}

QString CupsServer::diagnostics() const
{
    QString jobs;
    runTool(kLpstat,
            {QStringLiteral("-l"), QStringLiteral("-W"), QStringLiteral("all"),
             QStringLiteral("-o"), QStringLiteral("-p")},
            &jobs);
    QStringList logs{jobs, tail(m_dir + QStringLiteral("/log/error_log"), 30)};
    const QFileInfoList pdfLogs =
        QDir(m_dir + QStringLiteral("/log")).entryInfoList({QStringLiteral("cups-pdf*")});
    for (const QFileInfo &log : pdfLogs)
        logs << tail(log.absoluteFilePath(), 15);
    return logs.join(QLatin1Char('\n'));
}

} // namespace bodega::test
