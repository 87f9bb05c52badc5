#include "bodegactl.h"
#include "catalog/checkoutsaga.h"
#include "pos/scanresolver.h"
#include "pos/shiftbook.h"
#include "print/documentprinter.h"
#include "security/aisettings.h"
#include "security/authenticator.h"

#include "sync/syncjournal.h"

#include "catalog/demostore.h"
#include "catalog/storepaths.h"
#include "common/tracecontext.h"
#include "domain/productvalidator.h"

#include <cstdio>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <termios.h>
#include <unistd.h>

namespace bodega {

QTextStream &BodegaCtl::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &BodegaCtl::err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {

QJsonObject errorJson(const Error &e)
{
    return QJsonObject{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), e.codeName()},
                     {QStringLiteral("message"), e.message},
                     {QStringLiteral("details"), QJsonObject::fromVariantMap(e.details)}}}};
}

QString productLine(const Product &p)
{
    return QStringLiteral("%1  %2  %3  %4  %5%6")
        .arg(p.sku, -14)
        .arg(p.name.left(40), -40)
        .arg(p.price.format(), 14)
        .arg(p.stock.toString(), 8)
        .arg(p.category.left(24), -24)
        .arg(p.isLow() ? QStringLiteral("  ") + BodegaCtl::tr("LOW") : QString());
}

QJsonArray productsJson(const QVector<Product> &products)
{
    QJsonArray array;
    for (const Product &p : products)
        array.append(p.toJson());
    return array;
}

} // namespace

BodegaCtl::BodegaCtl(QStringList args) : m_args(std::move(args)) {}

int BodegaCtl::exitCodeFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Usage:
        return Usage;
    case ErrorCode::ValidationFailed:
    case ErrorCode::InvalidBarcode:
    case ErrorCode::Duplicate:
    case ErrorCode::ImportFailed:
    case ErrorCode::PaymentIncomplete:
        return Validation;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::StorageFailed:
    case ErrorCode::StorageReadOnly:
    case ErrorCode::StorageCorrupt:
    case ErrorCode::SchemaTooNew:
        return Storage;
    case ErrorCode::ServerUnavailable:
    case ErrorCode::ServerRejected:
    case ErrorCode::PermissionDenied:
    case ErrorCode::AuthenticationFailed:
        return Server;
    case ErrorCode::NotConfigured:
        return Usage;
    default:
        return Failure;
    }
}

int BodegaCtl::fail(const Error &e)
{
    if (m_json) {
        out() << QJsonDocument(errorJson(e)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        err() << tr("error") << " [" << e.codeName() << "]: " << e.message << '\n';
    }
    out().flush();
    err().flush();
    return exitCodeFor(e);
}

int BodegaCtl::usage(const QString &message)
{
    return fail(Error{ErrorCode::Usage, message, {}});
}

int BodegaCtl::succeed(const QJsonObject &json, const QString &text)
{
    if (m_json)
        out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    else
        out() << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    out().flush();
    return Ok;
}

Result<int> BodegaCtl::takeLimit(int fallback, int max)
{
    const auto text = takeOption(QStringLiteral("--limit"));
    if (!text)
        return fallback;
    bool ok = false;
    const int limit = text->toInt(&ok);
    if (!ok || limit < 1 || limit > max)
        return Error::validation(QStringLiteral("limit"),
                                 tr("--limit is a number from 1 to %1").arg(max));
    return limit;
}

bool BodegaCtl::takeFlag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

std::optional<QString> BodegaCtl::takeOption(const QString &name)
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == name) {
            if (i + 1 >= m_args.size())
                return QString(); // caller reports the missing value
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            const QString value = a.mid(name.size() + 1);
            m_args.remove(i);
            return value;
        }
    }
    return std::nullopt;
}

QString BodegaCtl::takePositional()
{
    for (int i = 0; i < m_args.size(); ++i) {
        if (!m_args.at(i).startsWith(QLatin1String("--"))) {
            const QString value = m_args.at(i);
            m_args.remove(i);
            return value;
        }
    }
    return {};
}

Status BodegaCtl::expectNoMoreArguments()
{
    if (m_args.isEmpty())
        return {};
    return Error{ErrorCode::Usage, tr("Unexpected argument: %1").arg(m_args.first()), {}};
}

Status BodegaCtl::openStore(bool createIfMissing)
{
    Database::Options options;
    options.createIfMissing = createIfMissing;
    auto db = Database::open(m_dbPath, options);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    m_ai = std::make_unique<OfflineEngine>();
    m_catalog = std::make_unique<CatalogService>(*m_db, *m_ai);
    if (m_user.isEmpty())
        return {};
    auto actor = logIn(m_user, "BODEGA_PASSWORD", tr("PIN or password for %1: ").arg(m_user));
    if (!actor)
        return actor.error();
    m_catalog->setActor(*actor);
    return {};
}

Result<std::optional<Actor>> BodegaCtl::logInApprover(const std::optional<QString> &name)
{
    if (!name)
        return std::optional<Actor>();
    auto who = logIn(*name, "BODEGA_APPROVER_PIN", tr("PIN of %1: ").arg(*name));
    if (!who)
        return who.error();
    return std::optional<Actor>(*who);
}

Status BodegaCtl::openStoreFor(Permission permission)
{
    if (auto s = openStore(false); !s)
        return s;
    return m_catalog->require(permission);
}

Result<Actor> BodegaCtl::logIn(const QString &name, const char *environment, const QString &prompt)
{
    auto secret = readSecret(environment, prompt);
    if (!secret)
        return secret.error();
    UserStore users(*m_db, Clock::system());
    AuditLog audit(*m_db, Clock::system());
    return Authenticator(users, audit, Clock::system()).login(name, *secret);
}

Result<QString> BodegaCtl::readSecret(const char *environment, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(environment))
        return qEnvironmentVariable(environment);
    if (!isatty(STDIN_FILENO))
        return Error{ErrorCode::Usage,
                     tr("Set %1 or run at a terminal to type it").arg(QLatin1String(environment)),
                     {{QStringLiteral("field"), QLatin1String(environment)}}};
    err() << prompt;
    err().flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char line[1024] = {}; // 128 characters of up to 4 UTF-8 bytes, and the newline
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err() << '\n';
    // Only the line ending goes: spaces are part of a secret, as they are
    // when it comes from the environment.
    QString secret = read ? QString::fromUtf8(line) : QString();
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    std::fill(std::begin(line), std::end(line), '\0');
    return secret;
}

Result<User::SecretKind> BodegaCtl::takeSecretKind(Role role)
{
    const bool pin = takeFlag(QStringLiteral("--pin"));
    const bool password = takeFlag(QStringLiteral("--password"));
    if (pin && password)
        return Error{ErrorCode::Usage, tr("Choose --pin or --password, not both"), {}};
    if (pin || password)
        return pin ? User::SecretKind::Pin : User::SecretKind::Password;
    // Cashiers type a PIN at the till; managers and admins use a password.
    return role == Role::Cashier ? User::SecretKind::Pin : User::SecretKind::Password;
}

void BodegaCtl::ensureAiTrained()
{
    // Training reads every categorized product: only commands that ask the AI pay for it.
    if (m_aiTrained)
        return;
    m_aiTrained = true;
    useConfiguredAi();
    if (auto s = m_catalog->trainAi(); !s)
        qWarning("AI training from the store failed: %s", qPrintable(s.error().message));
}

int BodegaCtl::run()
{
    TraceScope trace;
    m_args.removeFirst(); // program name
    if (takeFlag(QStringLiteral("--version"))) {
        out() << "bodegactl " << BODEGA_VERSION << '\n';
        return Ok;
    }
    m_json = takeFlag(QStringLiteral("--json"));
    if (auto user = takeOption(QStringLiteral("--user"))) {
        if (user->trimmed().isEmpty())
            return usage(tr("--user needs a user name"));
        m_user = user->trimmed();
    }
    if (auto db = takeOption(QStringLiteral("--db"))) {
        if (db->isEmpty())
            return usage(tr("--db needs a path"));
        m_dbPath = *db;
    } else {
        m_dbPath = defaultStorePath();
    }
    const bool askedForHelp = takeFlag(QStringLiteral("--help")) || takeFlag(QStringLiteral("-h"));
    if (askedForHelp || m_args.isEmpty()) {
        const QString help =
            tr("Usage: bodegactl [--db PATH] [--json] [--user NAME] COMMAND\n"
               "  init\n"
               "  product add --name NAME [--keywords K1,K2] [--stock N] [--price AMOUNT] [--sku "
               "SKU]\n"
               "              [--barcode CODE] [--threshold N] [--category C] [--no-ai]\n"
               "  product import FILE.csv [--format shopify|csv] [--dry-run] [--skip-bad-rows]\n"
               "                 [--map COLUMN=field ...] [--ai]\n"
               "  product export --format shopify|csv --out FILE\n"
               "                 [--shopify-header legacy|current]\n"
               "  product list [--search TEXT] [--low] [--limit N]\n"
               "  product show ID|SKU|BARCODE\n"
               "  product edit ID|SKU|BARCODE [--name NAME] [--price AMOUNT] [--category C] ...\n"
               "  sell ID|SKU|BARCODE [--qty N]\n"
               "  sale --line CODE[:QTY] ... [--discount 10%|AMOUNT]\n"
               "       --pay cash|card|transfer|wallet:AMOUNT[:REFERENCE[:WALLET]] ...\n"
               "       [--approve MANAGER] [--print] [--receipt-pdf FILE]\n"
               "  receipt list [--limit N] | show RECEIPT | pdf RECEIPT --out FILE [--invoice] |\n"
               "          print RECEIPT [--invoice]\n"
               "  documents run | list [--failed]\n"
               "  setting get KEY | set KEY VALUE   (tax.rates \"19; 5; 0\", webhook.enabled "
               "true|false;\n"
               "          receipt.printer and receipt.paper 80|58 are this terminal's, kept in "
               "its own settings file)\n"
               "  stock adjust ID|SKU|BARCODE --delta N --reason TEXT\n"
               "  user add NAME --role cashier|manager|admin [--pin|--password]\n"
               "  user list\n"
               "  user passwd NAME [--pin|--password]\n"
               "  audit list [--limit N]\n"
               "  return RECEIPT --line LINE_NO[:QTY] ... --reason TEXT [--approve MANAGER]\n"
               "  shift open --float AMOUNT | cash --amount [-]AMOUNT --reason TEXT |\n"
               "        close --counted AMOUNT [--report FILE] | status | report --out FILE\n"
               "  supplier add --name NAME [--contact C] [--phone P] [--email E] [--lead-time "
               "DAYS]\n"
               "  supplier list | price --supplier NAME --product SKU --price AMOUNT\n"
               "  po create --supplier NAME --line SKU:QTY[:COST] ... [--note TEXT]\n"
               "  po list [--status S] | show|send|close|cancel NUMBER\n"
               "  po receive NUMBER --line SKU:QTY ...\n"
               "  po export NUMBER --format pdf|csv --out FILE\n"
               "  report daily --date YYYY-MM-DD --format pdf|csv --out FILE   (--json: the "
               "figures)\n"
               "  report nightly   (writes the nightly reports that are due)\n"
               "  low-stock\n"
               "  forecast [--product ID|SKU|BARCODE] [--record-events] [--create-po]\n"
               "  alerts list [--limit N] | deliver [--timeout-ms N]   (one webhook round)\n"
               "  webhook set [--url URL] [--secret-from-env VAR]   (an empty URL: off)\n"
               "  outbox list\n"
               "  ai suggest --name NAME [--keywords K1,K2]\n"
               "  ai log [--limit N]\n"
               "  ai config [--url URL] [--model M] [--key-from-env VAR] [--timeout-ms N]\n"
               "            [--allow-internal-to-cloud yes|no] [--write-tools on|off] [--show]\n"
               "  ask TEXT [--lang es|en]   (the assistant, as in the app's assistant pane)\n"
               "  health\n"
               "  demo --products N\n"
               "  server migrate --url URL\n"
               "  sync register --url URL --store NAME --terminal CODE\n"
               "  sync run --once [--batch N]\n"
               "  sync status\n"
               "  sync daemon [--poll-ms N]\n"
               "  mcp [--allow-writes]   (MCP server on stdin/stdout; writes: admins only)\n"
               "Server URLs: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...&sslrootcert=...];\n"
               "the owner's password from the URL or BODEGA_SERVER_PASSWORD.\n"
               "--user NAME: PIN or password from BODEGA_PASSWORD or typed; a new user's\n"
               "secret from BODEGA_NEW_SECRET or typed; --approve's from BODEGA_APPROVER_PIN.\n"
               "ai config --key-from-env VAR: the AI key from that variable (empty removes it),\n"
               "kept in the keychain or a private file, never in the store.\n");
        if (!askedForHelp) {
            err() << help;
            return Usage;
        }
        out() << help;
        return Ok;
    }

    const QString command = takePositional();
    struct Route
    {
        QString first;
        QString second;
        Handler handler;
    };
    const Route routes[] = {
        {QStringLiteral("init"), {}, &BodegaCtl::cmdInit},
        {QStringLiteral("product"), QStringLiteral("add"), &BodegaCtl::cmdProductAdd},
        {QStringLiteral("product"), QStringLiteral("import"), &BodegaCtl::cmdProductImport},
        {QStringLiteral("product"), QStringLiteral("export"), &BodegaCtl::cmdProductExport},
        {QStringLiteral("product"), QStringLiteral("list"), &BodegaCtl::cmdProductList},
        {QStringLiteral("product"), QStringLiteral("show"), &BodegaCtl::cmdProductShow},
        {QStringLiteral("product"), QStringLiteral("edit"), &BodegaCtl::cmdProductEdit},
        {QStringLiteral("sell"), {}, &BodegaCtl::cmdSell},
        {QStringLiteral("sale"), {}, &BodegaCtl::cmdSale},
        {QStringLiteral("user"), QStringLiteral("add"), &BodegaCtl::cmdUserAdd},
        {QStringLiteral("user"), QStringLiteral("list"), &BodegaCtl::cmdUserList},
        {QStringLiteral("user"), QStringLiteral("passwd"), &BodegaCtl::cmdUserPasswd},
        {QStringLiteral("audit"), QStringLiteral("list"), &BodegaCtl::cmdAuditList},
        {QStringLiteral("return"), {}, &BodegaCtl::cmdReturn},
        {QStringLiteral("shift"), {}, &BodegaCtl::cmdShift},
        {QStringLiteral("receipt"), {}, &BodegaCtl::cmdReceipt},
        {QStringLiteral("documents"), {}, &BodegaCtl::cmdDocuments},
        {QStringLiteral("setting"), {}, &BodegaCtl::cmdSetting},
        {QStringLiteral("stock"), QStringLiteral("adjust"), &BodegaCtl::cmdStockAdjust},
        {QStringLiteral("low-stock"), {}, &BodegaCtl::cmdLowStock},
        {QStringLiteral("forecast"), {}, &BodegaCtl::cmdForecast},
        {QStringLiteral("outbox"), QStringLiteral("list"), &BodegaCtl::cmdOutboxList},
        {QStringLiteral("ai"), QStringLiteral("suggest"), &BodegaCtl::cmdAiSuggest},
        {QStringLiteral("ai"), QStringLiteral("log"), &BodegaCtl::cmdAiLog},
        {QStringLiteral("ai"), QStringLiteral("config"), &BodegaCtl::cmdAiConfig},
        {QStringLiteral("ask"), {}, &BodegaCtl::cmdAsk},
        {QStringLiteral("health"), {}, &BodegaCtl::cmdHealth},
        {QStringLiteral("demo"), {}, &BodegaCtl::cmdDemo},
        {QStringLiteral("server"), QStringLiteral("migrate"), &BodegaCtl::cmdServerMigrate},
        {QStringLiteral("sync"), QStringLiteral("register"), &BodegaCtl::cmdSyncRegister},
        {QStringLiteral("sync"), QStringLiteral("run"), &BodegaCtl::cmdSyncRun},
        {QStringLiteral("sync"), QStringLiteral("status"), &BodegaCtl::cmdSyncStatus},
        {QStringLiteral("sync"), QStringLiteral("daemon"), &BodegaCtl::cmdSyncDaemon},
        {QStringLiteral("mcp"), {}, &BodegaCtl::cmdMcp},
        {QStringLiteral("supplier"), {}, &BodegaCtl::cmdSupplier},
        {QStringLiteral("po"), {}, &BodegaCtl::cmdPo},
        {QStringLiteral("alerts"), QStringLiteral("list"), &BodegaCtl::cmdAlertsList},
        {QStringLiteral("alerts"), QStringLiteral("deliver"), &BodegaCtl::cmdAlertsDeliver},
        {QStringLiteral("webhook"), QStringLiteral("set"), &BodegaCtl::cmdWebhookSet},
        {QStringLiteral("report"), QStringLiteral("daily"), &BodegaCtl::cmdReportDaily},
        {QStringLiteral("report"), QStringLiteral("nightly"), &BodegaCtl::cmdReportNightly},
    };
    bool knownFirst = false;
    for (const Route &route : routes) {
        if (route.first != command)
            continue;
        knownFirst = true;
        if (!route.second.isEmpty()) {
            if (m_args.isEmpty() || m_args.first() != route.second)
                continue;
            m_args.removeFirst();
        }
        qInfo("bodegactl %s%s%s", qPrintable(command), route.second.isEmpty() ? "" : " ",
              qPrintable(route.second));
        return (this->*route.handler)();
    }
    if (knownFirst)
        return usage(tr("Unknown subcommand for %1: %2").arg(command, m_args.value(0)));
    return usage(tr("Unknown command: %1").arg(command));
}

int BodegaCtl::cmdInit()
{
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    const bool existed = QFile::exists(m_dbPath);
    if (auto s = openStore(true); !s)
        return fail(s.error());
    StoreSettings &settings = m_catalog->settings();
    if (auto s = settings.initialize(); !s)
        return fail(s.error());
    return succeed(QJsonObject{{QStringLiteral("store"), m_dbPath},
                               {QStringLiteral("schema_version"), m_db->schemaVersion()},
                               {QStringLiteral("created"), !existed},
                               {QStringLiteral("currency"), settings.currency()}},
                   tr("Store ready at %1 (schema %2)").arg(m_dbPath).arg(m_db->schemaVersion()));
}

int BodegaCtl::cmdProductAdd()
{
    QMap<QString, QString> fields;
    for (const QString &name :
         {QStringLiteral("name"), QStringLiteral("keywords"), QStringLiteral("price"),
          QStringLiteral("sku"), QStringLiteral("barcode"), QStringLiteral("threshold"),
          QStringLiteral("category"), QStringLiteral("cost"), QStringLiteral("unit"),
          QStringLiteral("supplier"), QStringLiteral("description"), QStringLiteral("stock")}) {
        if (auto v = takeOption(QStringLiteral("--") + name)) {
            if (v->isNull())
                return usage(tr("--%1 needs a value").arg(name));
            fields.insert(name, *v);
        }
    }
    const bool noAi = takeFlag(QStringLiteral("--no-ai"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (!fields.contains(QStringLiteral("name")))
        return fail(Error::validation(QStringLiteral("name"), tr("--name is required")));
    if (auto s = openStore(true); !s)
        return fail(s.error());
    auto product = m_catalog->productFromText(fields);
    if (!product)
        return fail(product.error());
    Quantity stock;
    if (fields.contains(QStringLiteral("stock"))) {
        auto q = Quantity::parse(fields.value(QStringLiteral("stock")), QStringLiteral("stock"));
        if (!q)
            return fail(q.error());
        stock = *q;
    }
    const bool useAi = !noAi && !fields.contains(QStringLiteral("category"));
    if (useAi)
        ensureAiTrained();
    auto added = m_catalog->addProduct(*product, stock, useAi);
    if (!added)
        return fail(added.error());
    QJsonObject json = added->toJson();
    QString text = tr("Added %1").arg(productLine(*added));
    if (const QJsonObject ai = enrichmentJson(); !ai.isEmpty()) {
        json.insert(QStringLiteral("ai"), ai);
        text += QLatin1Char('\n') + sourceText(*m_enrichment->last());
    }
    return succeed(json, text);
}

int BodegaCtl::cmdProductList()
{
    ProductQuery query;
    if (auto s = takeOption(QStringLiteral("--search")))
        query.search = *s;
    query.lowOnly = takeFlag(QStringLiteral("--low"));
    if (auto c = takeOption(QStringLiteral("--category")))
        query.category = *c;
    auto limit = takeLimit(50, 1000000);
    if (!limit)
        return fail(limit.error());
    query.limit = *limit;
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto products = m_catalog->list(query);
    if (!products)
        return fail(products.error());
    auto total = m_catalog->count(query);
    if (!total)
        return fail(total.error());
    QString text;
    for (const Product &p : *products)
        text += productLine(p) + QLatin1Char('\n');
    text += tr("%1 of %2 products").arg(products->size()).arg(*total);
    return succeed(QJsonObject{{QStringLiteral("products"), productsJson(*products)},
                               {QStringLiteral("count"), products->size()},
                               {QStringLiteral("total"), *total}},
                   text);
}

int BodegaCtl::cmdProductShow()
{
    const QString key = takePositional();
    if (key.isEmpty())
        return usage(tr("product show needs an id, SKU or barcode"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto p = m_catalog->find(key);
    if (!p)
        return fail(p.error());
    QString text;
    QTextStream t(&text);
    t << tr("Name") << ": " << p->name << '\n'
      << "SKU: " << p->sku << '\n'
      << tr("Barcode") << ": " << p->barcode << '\n'
      << tr("Category") << ": " << p->category << (p->categoryGenerated ? tr(" (AI)") : QString())
      << '\n'
      << tr("Price") << ": " << p->price.format() << '\n'
      << tr("Stock") << ": " << p->stock.toString() << " (" << tr("threshold") << ' '
      << p->threshold.toString() << ')'
      << (p->isLow() ? QStringLiteral(" ") + tr("LOW") : QString()) << '\n'
      << tr("Keywords") << ": " << p->keywords.join(QStringLiteral(", ")) << '\n'
      << tr("Description") << (p->descriptionGenerated ? tr(" (AI)") : QString()) << ": "
      << p->description << '\n'
      << "ID: " << p->id;
    t.flush();
    return succeed(p->toJson(), text);
}

int BodegaCtl::cmdProductEdit()
{
    QMap<QString, QString> fields;
    for (const QString &name :
         {QStringLiteral("name"), QStringLiteral("keywords"), QStringLiteral("price"),
          QStringLiteral("sku"), QStringLiteral("barcode"), QStringLiteral("threshold"),
          QStringLiteral("category"), QStringLiteral("cost"), QStringLiteral("unit"),
          QStringLiteral("supplier"), QStringLiteral("description")}) {
        if (auto v = takeOption(QStringLiteral("--") + name)) {
            if (v->isNull())
                return usage(tr("--%1 needs a value").arg(name));
            fields.insert(name, *v);
        }
    }
    const QString key = takePositional();
    if (key.isEmpty())
        return usage(tr("product edit needs a product id, SKU or barcode"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (fields.isEmpty())
        return usage(tr("Nothing to change: give at least one of --name, --price, ..."));
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto product = m_catalog->editFromText(key, fields);
    if (!product)
        return fail(product.error());
    return succeed(product->toJson(), tr("Saved %1 (SKU %2)").arg(product->name, product->sku));
}

int BodegaCtl::cmdSell()
{
    Quantity qty = Quantity::fromUnits(1);
    if (auto q = takeOption(QStringLiteral("--qty"))) {
        auto parsed = Quantity::parse(*q, QStringLiteral("qty"));
        if (!parsed)
            return fail(parsed.error());
        qty = *parsed;
    }
    const QString key = takePositional();
    if (key.isEmpty())
        return usage(tr("sell needs an id, SKU or barcode"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto sale = m_catalog->sell(key, qty);
    if (!sale)
        return fail(sale.error());
    QString text = tr("Sold %1 x %2 for %3 (receipt %4). Stock now %5.")
                       .arg(qty.toString(), sale->product.name, sale->total.format(),
                            sale->receiptNo, sale->product.stock.toString());
    if (sale->oversold)
        text += QLatin1Char('\n') + tr("Warning: stock is negative; count the shelf.");
    if (sale->alert)
        text += QLatin1Char('\n') + sale->alert->message;
    return succeed(QJsonObject{{QStringLiteral("sale"),
                                QJsonObject{{QStringLiteral("id"), sale->saleId},
                                            {QStringLiteral("receipt_no"), sale->receiptNo},
                                            {QStringLiteral("qty"), qty.toString()},
                                            {QStringLiteral("total"), sale->total.minor()},
                                            {QStringLiteral("currency"), sale->total.currency()}}},
                               {QStringLiteral("product"), sale->product.toJson()},
                               {QStringLiteral("oversold"), sale->oversold},
                               {QStringLiteral("low_stock_alert"),
                                sale->alert ? QJsonValue(sale->alert->toJson()) : QJsonValue()}},
                   text);
}

// A whole sale at the till, as a script or a test drives it: each --line is
// what the scanner would send (a barcode, SKU, id or scale label) with an
// optional quantity after the last ':'; each --pay is one tender.
int BodegaCtl::cmdSale()
{
    QStringList lineSpecs, paySpecs;
    while (auto l = takeOption(QStringLiteral("--line")))
        lineSpecs << *l;
    while (auto p = takeOption(QStringLiteral("--pay")))
        paySpecs << *p;
    const auto discount = takeOption(QStringLiteral("--discount"));
    const auto approverName = takeOption(QStringLiteral("--approve"));
    const bool printNow = takeFlag(QStringLiteral("--print"));
    const auto receiptPdf = takeOption(QStringLiteral("--receipt-pdf"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (receiptPdf && receiptPdf->isEmpty())
        return usage(tr("--receipt-pdf needs a file name"));
    if (lineSpecs.isEmpty())
        return usage(tr("sale needs at least one --line CODE[:QTY]"));
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto format = ScaleBarcodeFormat::fromSettings(m_catalog->settings());
    if (!format)
        return fail(format.error());
    ProductRepository products(*m_db);
    const ScanResolver resolver(products, *format);
    Cart cart(m_catalog->currency());
    for (const QString &spec : lineSpecs) {
        const int colon = spec.lastIndexOf(QLatin1Char(':'));
        const QString code = colon < 0 ? spec : spec.left(colon);
        auto item = resolver.resolve(code);
        if (!item)
            return fail(item.error());
        if (item->label) {
            if (colon >= 0)
                return fail(
                    Error::validation(QStringLiteral("line"),
                                      tr("A scale label carries its own quantity: %1").arg(spec)));
            if (auto r = cart.addLabel(item->product, *item->label); !r)
                return fail(r.error());
            continue;
        }
        Quantity qty = Quantity::fromUnits(1);
        if (colon >= 0) {
            auto parsed = Quantity::parse(spec.mid(colon + 1), QStringLiteral("qty"));
            if (!parsed)
                return fail(parsed.error());
            qty = *parsed;
        }
        if (auto r = cart.add(item->product, qty); !r)
            return fail(r.error());
    }
    if (discount) {
        auto parsed = Discount::parse(*discount, cart.currency(), QStringLiteral("discount"));
        if (!parsed)
            return fail(parsed.error());
        if (auto s = cart.setSaleDiscount(*parsed); !s)
            return fail(s.error());
    }
    Settlement settlement(cart.totals().total);
    for (const QString &spec : paySpecs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const auto kind = Tender::kindFromCode(parts.value(0).trimmed().toLower());
        if (!kind || parts.size() < 2 || parts.size() > 4)
            return fail(Error::validation(
                QStringLiteral("pay"),
                tr("A payment is cash|card|transfer|wallet:AMOUNT[:REFERENCE[:WALLET]]: %1")
                    .arg(spec)));
        auto amount = Money::parse(parts.at(1), cart.currency(), QStringLiteral("amount"));
        if (!amount)
            return fail(amount.error());
        if (auto s = settlement.add({*kind, *amount, parts.value(2), parts.value(3)}); !s)
            return fail(s.error());
    }
    auto approver = logInApprover(approverName);
    if (!approver)
        return fail(approver.error());
    std::optional<DocumentPrinter> printer;
    if (printNow)
        printer.emplace(DocumentPrinter::optionsFor(m_catalog->settings(), m_db->path()));
    CheckoutSaga saga(*m_catalog, *m_db, Clock::system(), printer ? &*printer : nullptr);
    auto outcome = saga.run(cart, settlement, *approver);
    if (!outcome)
        return fail(outcome.error());
    // From here the sale stands: whatever fails below is reported, and the
    // exit code stays 0 so that no script sells it again.
    const CompletedSale *sale = &outcome->sale;
    QJsonObject documents{
        {QStringLiteral("receipt"),
         outcome->print == CheckoutOutcome::Print::Printed  ? QStringLiteral("printed")
         : outcome->print == CheckoutOutcome::Print::Failed ? QStringLiteral("failed")
                                                            : QStringLiteral("queued")}};
    QStringList warnings;
    if (outcome->printError) {
        documents.insert(QStringLiteral("receipt_error"), outcome->printError->message);
        warnings << tr("The receipt was not printed (%1); reprint it with: bodegactl receipt "
                       "print %2")
                        .arg(outcome->printError->message, sale->receiptNo);
    }
    if (receiptPdf && outcome->receipt.receiptNo.isEmpty()) {
        // The sale stands but could not be read back: no empty receipt.
        documents.insert(QStringLiteral("receipt_pdf_error"),
                         tr("The sale was recorded but its receipt could not be read back; "
                            "write it with: bodegactl receipt pdf %1 --out FILE")
                             .arg(sale->receiptNo));
        warnings << documents.value(QStringLiteral("receipt_pdf_error")).toString();
    } else if (receiptPdf) {
        if (auto s = DocumentPrinter::writePdf(
                outcome->receipt, ReceiptLayout::rollFor(TerminalPreferences().receiptPaper()),
                *receiptPdf);
            s) {
            documents.insert(QStringLiteral("receipt_pdf"), *receiptPdf);
        } else {
            documents.insert(QStringLiteral("receipt_pdf_error"), s.error().message);
            warnings << s.error().message;
        }
    }

    const CartTotals &t = sale->totals;
    QJsonArray lines;
    for (int i = 0; i < cart.lines().size(); ++i) {
        const CartLine &l = cart.lines().at(i);
        lines.append(QJsonObject{
            {QStringLiteral("line_no"), i + 1},
            {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("qty"), l.qty.toString()},
            {QStringLiteral("unit_price"), l.unitPrice.minor()},
            {QStringLiteral("discount"),
             t.lines.at(i).lineDiscount.minor() + t.lines.at(i).saleDiscount.minor()},
            {QStringLiteral("total"), t.lines.at(i).net.minor()},
            {QStringLiteral("tax_rate_bp"), l.taxRateBasisPoints},
        });
    }
    QJsonArray payments;
    for (const Tender &p : sale->payments)
        payments.append(QJsonObject{{QStringLiteral("kind"), Tender::kindCode(p.kind)},
                                    {QStringLiteral("amount"), p.amount.minor()},
                                    {QStringLiteral("reference"), p.reference},
                                    {QStringLiteral("provider"), p.provider}});
    QJsonArray taxes;
    for (const TaxBreakdownLine &x : t.taxes)
        taxes.append(QJsonObject{{QStringLiteral("rate_bp"), x.rateBasisPoints},
                                 {QStringLiteral("base"), x.base.minor()},
                                 {QStringLiteral("tax"), x.tax.minor()}});
    QJsonArray alerts;
    QString text =
        tr("Sale %1: %2, change %3.").arg(sale->receiptNo, t.total.format(), sale->change.format());
    for (const LowStockAlert &a : sale->alerts) {
        alerts.append(a.toJson());
        text += QLatin1Char('\n') + a.message;
    }
    if (sale->oversold)
        text += QLatin1Char('\n') + tr("Warning: stock is negative; count the shelf.");
    for (const QString &w : std::as_const(warnings))
        text += QLatin1Char('\n') + w;
    return succeed(QJsonObject{{QStringLiteral("documents"), documents},
                               {QStringLiteral("sale"),
                                QJsonObject{{QStringLiteral("id"), sale->saleId},
                                            {QStringLiteral("receipt_no"), sale->receiptNo},
                                            {QStringLiteral("terminal"), sale->terminal},
                                            {QStringLiteral("completed_at"),
                                             sale->completedAt.toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("currency"), t.total.currency()},
                                            {QStringLiteral("gross"), t.gross.minor()},
                                            {QStringLiteral("discount"),
                                             t.lineDiscounts.minor() + t.saleDiscount.minor()},
                                            {QStringLiteral("total"), t.total.minor()},
                                            {QStringLiteral("tax"), t.tax.minor()},
                                            {QStringLiteral("change"), sale->change.minor()},
                                            {QStringLiteral("lines"), lines},
                                            {QStringLiteral("payments"), payments},
                                            {QStringLiteral("taxes"), taxes}}},
                               {QStringLiteral("oversold"), sale->oversold},
                               {QStringLiteral("low_stock_alerts"), alerts}},
                   text);
}

int BodegaCtl::cmdUserAdd()
{
    const auto roleText = takeOption(QStringLiteral("--role"));
    const auto role = AccessPolicy::roleFromCode(roleText.value_or(QString()));
    if (!role)
        return fail(
            Error::validation(QStringLiteral("role"), tr("The role is cashier, manager or admin")));
    auto kind = takeSecretKind(*role);
    if (!kind)
        return fail(kind.error());
    const QString name = takePositional();
    if (name.isEmpty())
        return usage(tr("user add needs a user name"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto secret = readSecret("BODEGA_NEW_SECRET", *kind == User::SecretKind::Pin
                                                      ? tr("New PIN for %1: ").arg(name)
                                                      : tr("New password for %1: ").arg(name));
    if (!secret)
        return fail(secret.error());
    UserStore users(*m_db, Clock::system());
    auto user = users.add(m_catalog->actor(), name, *role, *kind, *secret);
    if (!user)
        return fail(user.error());
    return succeed(QJsonObject{{QStringLiteral("user"), user->toJson()}},
                   tr("Added %1 (%2).").arg(user->name, AccessPolicy::roleCode(user->role)));
}

int BodegaCtl::cmdUserList()
{
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    if (auto s = m_catalog->require(Permission::ManageUsers); !s)
        return fail(s.error());
    auto list = UserStore(*m_db, Clock::system()).list();
    if (!list)
        return fail(list.error());
    QJsonArray json;
    QString text;
    for (const User &u : *list) {
        json.append(u.toJson());
        text += QStringLiteral("%1\t%2\t%3%4\n")
                    .arg(u.name, AccessPolicy::roleCode(u.role),
                         UserStore::secretKindCode(u.secretKind),
                         u.active ? QString() : tr("\tinactive"));
    }
    return succeed(QJsonObject{{QStringLiteral("users"), json}}, text.trimmed());
}

int BodegaCtl::cmdUserPasswd()
{
    const QString name = takePositional();
    if (name.isEmpty())
        return usage(tr("user passwd needs a user name"));
    const bool pin = takeFlag(QStringLiteral("--pin"));
    const bool password = takeFlag(QStringLiteral("--password"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    // Someone else's secret takes ManageUsers: checked before the name is
    // looked up, so a refusal does not tell whether the name exists.
    if (!m_catalog->actor() || m_catalog->actor()->name.compare(name, Qt::CaseInsensitive) != 0) {
        if (auto s = m_catalog->require(Permission::ManageUsers); !s)
            return fail(s.error());
    }
    UserStore users(*m_db, Clock::system());
    auto user = users.findByName(name);
    if (!user)
        return fail(user.error());
    const User::SecretKind kind = pin        ? User::SecretKind::Pin
                                  : password ? User::SecretKind::Password
                                             : user->secretKind;
    auto secret = readSecret("BODEGA_NEW_SECRET", tr("New secret for %1: ").arg(user->name));
    if (!secret)
        return fail(secret.error());
    if (auto s = users.setSecret(m_catalog->actor(), user->id, kind, *secret); !s)
        return fail(s.error());
    return succeed(QJsonObject{{QStringLiteral("user"), user->toJson()}},
                   tr("Changed the secret of %1.").arg(user->name));
}

int BodegaCtl::cmdReturn()
{
    QStringList lineSpecs;
    while (auto l = takeOption(QStringLiteral("--line")))
        lineSpecs << *l;
    const QString reason = takeOption(QStringLiteral("--reason")).value_or(QString());
    const auto approverName = takeOption(QStringLiteral("--approve"));
    const QString receipt = takePositional();
    if (receipt.isEmpty() || lineSpecs.isEmpty())
        return usage(tr("return needs a receipt number and at least one --line LINE_NO[:QTY]"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    QVector<ReturnRequest> lines;
    for (const QString &spec : lineSpecs) {
        bool ok = false;
        ReturnRequest r;
        r.lineNo = spec.section(QLatin1Char(':'), 0, 0).toInt(&ok);
        if (!ok || r.lineNo < 1)
            return fail(Error::validation(QStringLiteral("line"),
                                          tr("A line is its number on the receipt: %1").arg(spec)));
        r.qty = Quantity::fromUnits(1);
        if (spec.contains(QLatin1Char(':'))) {
            auto qty = Quantity::parse(spec.section(QLatin1Char(':'), 1), QStringLiteral("qty"));
            if (!qty)
                return fail(qty.error());
            r.qty = *qty;
        }
        lines << r;
    }
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto approver = logInApprover(approverName);
    if (!approver)
        return fail(approver.error());
    auto done = m_catalog->returnItems(receipt, lines, reason, *approver);
    if (!done)
        return fail(done.error());
    return succeed(QJsonObject{{QStringLiteral("return"),
                                QJsonObject{{QStringLiteral("id"), done->returnId},
                                            {QStringLiteral("receipt_no"), done->receiptNo},
                                            {QStringLiteral("refund"), done->refund.minor()},
                                            {QStringLiteral("currency"), done->refund.currency()},
                                            {QStringLiteral("lines"), int(lines.size())}}}},
                   tr("Returned %1 line(s) of %2: refund %3.")
                       .arg(lines.size())
                       .arg(done->receiptNo, done->refund.format()));
}

int BodegaCtl::cmdShift()
{
    const QString action = takePositional();
    const auto amountText =
        takeOption(action == QLatin1String("open")    ? QStringLiteral("--float")
                   : action == QLatin1String("close") ? QStringLiteral("--counted")
                                                      : QStringLiteral("--amount"));
    const QString reason = takeOption(QStringLiteral("--reason")).value_or(QString());
    // The Z report (an X report while the shift is open) as a PDF.
    const auto reportPath = takeOption(
        action == QLatin1String("report") ? QStringLiteral("--out") : QStringLiteral("--report"));
    const QStringList actions{QStringLiteral("open"), QStringLiteral("cash"),
                              QStringLiteral("close"), QStringLiteral("status"),
                              QStringLiteral("report")};
    if (!actions.contains(action))
        return usage(tr("shift open|cash|close|status|report"));
    if (reportPath && reportPath->isEmpty())
        return usage(tr("The report needs a file name"));
    if (action == QLatin1String("report") && !reportPath)
        return usage(tr("shift report needs --out FILE"));
    if (action != QLatin1String("status") && action != QLatin1String("report") && !amountText)
        return usage(tr("shift %1 needs an amount").arg(action));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    ShiftBook shifts(*m_db, Clock::system());
    Result<ShiftSummary> shift = Error::notFound(tr("Open shift"), QString());
    if (action == QLatin1String("status")) {
        shift = shifts.current();
    } else if (action == QLatin1String("report")) {
        if (auto s = m_catalog->require(Permission::Sell); !s)
            return fail(s.error());
        shift = shifts.latest();
    } else {
        QString text = *amountText;
        const bool out = action == QLatin1String("cash") && text.startsWith(QLatin1Char('-'));
        if (out)
            text.remove(0, 1);
        auto amount = Money::parse(text, m_catalog->currency(), QStringLiteral("amount"));
        if (!amount)
            return fail(amount.error());
        if (action == QLatin1String("open")) {
            shift = shifts.open(m_catalog->actor(), *amount);
        } else if (action == QLatin1String("close")) {
            shift = shifts.close(m_catalog->actor(), *amount);
        } else {
            const Money moved(out ? -amount->minor() : amount->minor(), amount->currency());
            if (auto s = shifts.moveCash(m_catalog->actor(), moved, reason); !s)
                return fail(s.error());
            shift = shifts.current();
        }
    }
    if (!shift)
        return fail(shift.error());
    QString text =
        tr("Shift at %1 since %2: %3 sales, expected cash %4.")
            .arg(shift->terminal,
                 shift->openedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(shift->sales)
            .arg(shift->expectedCash.format());
    if (shift->counted)
        text += QLatin1Char(' ') + tr("Counted %1, difference %2.")
                                       .arg(shift->counted->format(), shift->difference.format());
    QJsonObject json{{QStringLiteral("shift"), shift->toJson()}};
    if (reportPath) {
        // The shift is closed by now whatever happens to the paper: a report
        // that cannot be written is said, and can be made again with
        // `shift report`.
        if (auto s = DocumentPrinter::writeShiftReport(
                *shift, m_catalog->settings().storeName(), *reportPath, QLocale(),
                ReceiptLayout::rollFor(TerminalPreferences().receiptPaper()));
            s) {
            json.insert(QStringLiteral("report"), *reportPath);
            text += QLatin1Char('\n') + tr("Report written to %1").arg(*reportPath);
        } else {
            json.insert(QStringLiteral("report_error"), s.error().message);
            text += QLatin1Char('\n') + s.error().message;
            if (action == QLatin1String("report"))
                return fail(s.error());
        }
    }
    return succeed(json, text);
}

int BodegaCtl::cmdAuditList()
{
    auto limit = takeLimit(100, 100000);
    if (!limit)
        return fail(limit.error());
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStoreFor(Permission::ViewAudit); !s)
        return fail(s.error());
    auto entries = AuditLog(*m_db, Clock::system()).recent(*limit);
    if (!entries)
        return fail(entries.error());
    QJsonArray json;
    QString text;
    for (const AuditEntry &e : *entries) {
        json.append(e.toJson());
        text +=
            QStringLiteral("%1  %2  %3  %4  %5\n")
                .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.terminal,
                     e.userName.isEmpty() ? QStringLiteral("-") : e.userName, e.action, e.subject);
    }
    return succeed(QJsonObject{{QStringLiteral("entries"), json}}, text.trimmed());
}

int BodegaCtl::cmdStockAdjust()
{
    auto delta = takeOption(QStringLiteral("--delta"));
    auto reason = takeOption(QStringLiteral("--reason"));
    const QString key = takePositional();
    if (key.isEmpty())
        return usage(tr("stock adjust needs an id, SKU or barcode"));
    if (!delta || delta->isEmpty())
        return fail(Error::validation(QStringLiteral("delta"), tr("--delta is required")));
    if (!reason)
        return fail(Error::validation(QStringLiteral("reason"), tr("--reason is required")));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    auto qty = Quantity::parse(*delta, QStringLiteral("delta"));
    if (!qty)
        return fail(qty.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto r = m_catalog->adjustStock(key, *qty, *reason);
    if (!r)
        return fail(r.error());
    QString text = tr("Stock of %1: %2 -> %3")
                       .arg(r->product.name, r->movement.levelBefore.toString(),
                            r->movement.levelAfter.toString());
    if (r->alert)
        text += QLatin1Char('\n') + r->alert->message;
    return succeed(
        QJsonObject{
            {QStringLiteral("movement"),
             QJsonObject{{QStringLiteral("id"), r->movement.id},
                         {QStringLiteral("kind"), movementKindCode(r->movement.kind)},
                         {QStringLiteral("delta"), r->movement.delta.toString()},
                         {QStringLiteral("reason"), r->movement.reason},
                         {QStringLiteral("level_before"), r->movement.levelBefore.toString()},
                         {QStringLiteral("level_after"), r->movement.levelAfter.toString()}}},
            {QStringLiteral("product"), r->product.toJson()},
            {QStringLiteral("low_stock_alert"),
             r->alert ? QJsonValue(r->alert->toJson()) : QJsonValue()}},
        text);
}

int BodegaCtl::cmdLowStock()
{
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    auto products = m_catalog->lowStock();
    if (!products)
        return fail(products.error());
    QString text;
    for (const Product &p : *products)
        text += productLine(p) + QLatin1Char('\n');
    text += tr("%1 products below their threshold").arg(products->size());
    return succeed(QJsonObject{{QStringLiteral("products"), productsJson(*products)},
                               {QStringLiteral("count"), products->size()}},
                   text);
}

int BodegaCtl::cmdOutboxList()
{
    QString status;
    if (auto s = takeOption(QStringLiteral("--status")))
        status = *s;
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    Outbox outbox(*m_db, Clock::system());
    auto events = outbox.list(status, 100000);
    if (!events)
        return fail(events.error());
    auto pending = outbox.count(QStringLiteral("pending"));
    if (!pending)
        return fail(pending.error());
    const QString terminal = m_catalog->settings().terminalCode();
    QJsonArray array;
    QString text;
    for (const OutboxEvent &e : *events) {
        QJsonObject envelope = e.envelope(terminal);
        envelope.insert(QStringLiteral("status"), e.status);
        envelope.insert(QStringLiteral("attempts"), e.attempts);
        if (!e.lastError.isEmpty())
            envelope.insert(QStringLiteral("last_error"), e.lastError);
        array.append(envelope);
        text +=
            QStringLiteral("%1  %2  %3  %4%5\n")
                .arg(e.seq, 6)
                .arg(e.type, -18)
                .arg(e.status, -11)
                .arg(e.id, e.lastError.isEmpty() ? QString() : QStringLiteral("  ") + e.lastError);
    }
    text += tr("%1 events, %2 waiting to sync").arg(events->size()).arg(*pending);
    return succeed(
        QJsonObject{{QStringLiteral("events"), array}, {QStringLiteral("pending"), *pending}},
        text);
}

int BodegaCtl::cmdAiSuggest()
{
    auto name = takeOption(QStringLiteral("--name"));
    auto keywords = takeOption(QStringLiteral("--keywords"));
    auto language = takeOption(QStringLiteral("--lang"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (!name)
        return fail(Error::validation(QStringLiteral("name"), tr("--name is required")));
    AiRequest request;
    request.name = *name;
    if (keywords)
        request.keywords = keywords->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (language)
        request.language = *language;
    // Suggest from the store's knowledge when there is a store; the shipped
    // taxonomy alone otherwise. Nothing is written either way.
    std::unique_ptr<OfflineEngine> bare;
    AiProvider *ai = nullptr;
    if (QFile::exists(m_dbPath)) {
        if (auto s = openStore(false); !s)
            return fail(s.error());
        ensureAiTrained();
        ai = &m_catalog->ai();
    } else {
        bare = std::make_unique<OfflineEngine>();
        ai = bare.get();
    }
    auto s = ai->suggest(request);
    if (!s)
        return fail(s.error());
    QJsonObject json{{QStringLiteral("category"), s->category},
                     {QStringLiteral("confidence"), s->confidence},
                     {QStringLiteral("alternatives"), QJsonArray::fromStringList(s->alternatives)},
                     {QStringLiteral("description"), s->description}};
    const QJsonObject source = sourceJson(*s); // engine, fallback, fallback_reason, ...
    for (auto it = source.constBegin(); it != source.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return succeed(json, tr("Category: %1 (%2 %)\nDescription: %3\n")
                                 .arg(s->category)
                                 .arg(qRound(s->confidence * 100))
                                 .arg(s->description) +
                             sourceText(*s));
}

int BodegaCtl::cmdHealth()
{
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    if (auto s = m_db->checkIntegrity(); !s)
        return fail(s.error());
    auto products = m_catalog->count(ProductQuery{});
    if (!products)
        return fail(products.error());
    auto pending = m_catalog->pendingEventCount();
    if (!pending)
        return fail(pending.error());
    auto syncStatus = SyncJournal(*m_db, Clock::system()).status();
    if (!syncStatus)
        return fail(syncStatus.error());
    const SyncStatus &st = *syncStatus;
    const QJsonObject sync{{QStringLiteral("registered"), st.registered},
                           {QStringLiteral("server"), st.server},
                           {QStringLiteral("pending"), st.pending},
                           {QStringLiteral("quarantined"), st.quarantined},
                           {QStringLiteral("last_sync"),
                            st.lastSync.isEmpty() ? QJsonValue() : QJsonValue(st.lastSync)},
                           {QStringLiteral("last_error"), st.lastError}};
    const QString engine = m_ai->engineName();
    const QString aiStatus =
        m_ai->loadError().isEmpty() ? QStringLiteral("ok") : QStringLiteral("degraded");
    // The configured LLM as the settings say, without asking it (health
    // makes no network call) and without the key.
    FileCredentialStore noKeys(FileCredentialStore::defaultDirectory());
    auto aiConfig = AiSettings(*m_db, noKeys, Clock::system()).load();
    if (!aiConfig)
        return fail(aiConfig.error());
    const EndpointKind kind =
        aiConfig->hasEndpoint() ? aiConfig->endpointKind() : EndpointKind::Offline;
    const QJsonObject ai{{QStringLiteral("configured"), aiConfig->hasEndpoint()},
                         {QStringLiteral("endpoint"), endpointKindCode(kind)},
                         {QStringLiteral("model"), aiConfig->model},
                         {QStringLiteral("url"), aiConfig->displayUrl()},
                         {QStringLiteral("timeout_ms"), aiConfig->timeoutMs},
                         {QStringLiteral("fallback"), engine}};
    const QString llm = aiConfig->hasEndpoint() ? tr("%1 · %2 at %3")
                                                      .arg(endpointKindCode(kind), aiConfig->model,
                                                           aiConfig->displayUrl())
                                                : tr("none (offline engine only)");
    return succeed(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("ai"), ai},
                    {QStringLiteral("store"), m_dbPath},
                    {QStringLiteral("schema_version"), m_db->schemaVersion()},
                    {QStringLiteral("integrity"), QStringLiteral("ok")},
                    {QStringLiteral("products"), *products},
                    {QStringLiteral("outbox_pending"), *pending},
                    {QStringLiteral("ai_engine"), engine},
                    {QStringLiteral("ai_status"), aiStatus},
                    {QStringLiteral("sync"), sync}},
        tr("Store: %1\nSchema: %2\nProducts: %3\nEvents waiting to sync: %4\nAI: %5 (%6)")
                .arg(m_dbPath)
                .arg(m_db->schemaVersion())
                .arg(*products)
                .arg(*pending)
                .arg(engine, aiStatus) +
            tr("\nServer: %1\nQuarantined events: %2\nLast sync: %3")
                .arg(st.registered ? st.server : tr("not registered"))
                .arg(st.quarantined)
                .arg(st.lastSync.isEmpty() ? tr("never") : st.lastSync) +
            tr("\nLLM: %1").arg(llm));
}

int BodegaCtl::cmdDemo()
{
    auto count = takeOption(QStringLiteral("--products"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    int n = 200;
    if (count) {
        bool ok = false;
        n = count->toInt(&ok);
        if (!ok)
            return fail(
                Error::validation(QStringLiteral("products"), tr("--products must be a number")));
    }
    if (auto s = openStore(true); !s)
        return fail(s.error());
    DemoStore demo(*m_db, *m_ai);
    auto summary = demo.populate(n, 20261123, [this](int done) {
        if (!m_json)
            err() << '\r' << tr("%1 products...").arg(done) << Qt::flush;
    });
    if (!m_json)
        err() << '\n';
    if (!summary)
        return fail(summary.error());
    return succeed(
        QJsonObject{{QStringLiteral("products"), summary->products},
                    {QStringLiteral("sales"), summary->sales}},
        tr("Demo store: %1 products, %2 sales").arg(summary->products).arg(summary->sales));
}

} // namespace bodega
