#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace bodega {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bodega::ServerAddress", text);
}

// libpq: values in single quotes, with backslash and quote escaped.
std::string quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return "'" + v.toStdString() + "'";
}

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [](const QString &why) {
        return Error::validation(QStringLiteral("url"), why);
    };
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return invalid(tr("The server URL must look like postgresql://user@host:5432/database"));
    ServerAddress a;
    if (!url.host().isEmpty())
        a.host = url.host();
    a.port = url.port(5432);
    const QString db = url.path().mid(1);
    if (!db.isEmpty())
        a.database = db;
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    if (a.user.isEmpty())
        return invalid(tr("The server URL needs a user name (postgresql://USER@host/database)"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return invalid(tr("Unknown sslmode %1").arg(value));
            a.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            a.sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            a.connectTimeoutSeconds = value.toInt(&ok);
            if (!ok || a.connectTimeoutSeconds < 1)
                return invalid(tr("connect_timeout must be a whole number of seconds"));
        } else {
            return invalid(tr("Unknown server URL option %1").arg(key));
        }
    }
    return a;
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (connectTimeoutSeconds != 5)
        query.addQueryItem(QStringLiteral("connect_timeout"),
                           QString::number(connectTimeoutSeconds));
    url.setQuery(query);
    return url.toString();
}

std::string ServerAddress::connectionString(const QString &pw, const QString &applicationName) const
{
    std::string s = "host=" + quoted(host) + " port=" + std::to_string(port) +
                    " dbname=" + quoted(database) + " user=" + quoted(user) +
                    " sslmode=" + quoted(sslMode) +
                    " connect_timeout=" + std::to_string(connectTimeoutSeconds) +
                    " application_name=" + quoted(applicationName.left(60)) +
                    // A dead peer must not hang a sync for the kernel's two hours.
                    " keepalives=1 keepalives_idle=10 keepalives_interval=5 keepalives_count=3";
    if (!sslRootCert.isEmpty())
        s += " sslrootcert=" + quoted(sslRootCert);
    if (!pw.isEmpty())
        s += " password=" + quoted(pw);
    return s;
}

} // namespace bodega
