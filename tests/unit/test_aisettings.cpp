// AI settings (issue 5, points 1 and 7): the endpoint, model, timeout,
// privacy policy and write-tools flag in the store, the key in the
// CredentialStore only, every change an admin's and audited.
#include "security/aisettings.h"
#include "security/auditaction.h"
#include "security/auditlog.h"
#include "security/userstore.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace bodega;

namespace {

class AiSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        UserStore users(*store.db, store.clock);
        auto a = users.add(std::nullopt, QStringLiteral("dueno"), Role::Admin,
                           User::SecretKind::Password, QStringLiteral("la-tienda-2026"));
        ASSERT_TRUE(a.ok());
        admin = Actor{a->id, a->name, Role::Admin};
        auto m = users.add(admin, QStringLiteral("gerente"), Role::Manager,
                           User::SecretKind::Password, QStringLiteral("bodega-2026"));
        ASSERT_TRUE(m.ok());
        manager = Actor{m->id, m->name, Role::Manager};
    }

    AiConfig cloudConfig() const
    {
        AiConfig c;
        c.baseUrl = QStringLiteral("https://api.example.com/v1/");
        c.model = QStringLiteral("gpt-4o-mini");
        c.timeoutMs = 20000;
        return c;
    }
    qint64 aiSettingRows() const
    {
        return store.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'ai.%'"));
    }

    qint64 aiAuditRows() const
    {
        return store.scalar(QStringLiteral(
            "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'ai\\_%' ESCAPE '\\'"));
    }

    test::TempStore store;
    FileCredentialStore credentials{store.dir.filePath(QStringLiteral("credentials"))};
    AiSettings settings{*store.db, credentials, store.clock};
    Actor admin;
    Actor manager;
};

} // namespace

TEST_F(AiSettingsTest, ANewStoreHasNoEndpointAndTheDefaultPolicy)
{
    auto c = settings.load();
    ASSERT_TRUE(c.ok());
    EXPECT_FALSE(c->hasEndpoint());
    EXPECT_EQ(c->timeoutMs, 30000);
    EXPECT_EQ(c->policy, PrivacyPolicy());
    EXPECT_FALSE(c->writeTools);
    EXPECT_FALSE(settings.hasApiKey());
}

TEST_F(AiSettingsTest, BadValuesAreRefusedNamingTheFieldAndChangeNothing)
{
    struct Bad
    {
        const char *url;
        const char *model;
        int timeoutMs;
        const char *field;
    } bad[] = {{"ftp://models.example.com/v1", "m", 30000, "base_url"},
               {"127.0.0.1:11434", "m", 30000, "base_url"},
               {"http://", "m", 30000, "base_url"},
               {"https://sk-secret@api.example.com/v1", "m", 30000, "base_url"},
               {"http://127.0.0.1:11434/v1", "", 30000, "model"},
               {"http://127.0.0.1:11434/v1", "m", 10, "timeout_ms"},
               {"", "", 3600000, "timeout_ms"}};
    for (const Bad &b : bad) {
        AiConfig c;
        c.baseUrl = QString::fromLatin1(b.url);
        c.model = QString::fromLatin1(b.model);
        c.timeoutMs = b.timeoutMs;
        auto s = settings.save(admin, c);
        ASSERT_FALSE(s.ok()) << b.url;
        EXPECT_EQ(s.error().code, ErrorCode::ValidationFailed);
        EXPECT_EQ(s.error().field(), QString::fromLatin1(b.field)) << b.url;
        EXPECT_FALSE(s.error().message.isEmpty());
    }
    EXPECT_EQ(aiSettingRows(), 0);
    EXPECT_EQ(aiAuditRows(), 0);
}

TEST_F(AiSettingsTest, AnAdminsChangeIsStoredAndAuditedWithTheValuesBeforeAndAfter)
{
    AiConfig c = cloudConfig();
    c.policy.setInternalToCloud(true);
    c.writeTools = true;
    ASSERT_TRUE(settings.save(admin, c).ok());
    auto loaded = settings.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->baseUrl, QStringLiteral("https://api.example.com/v1"));
    EXPECT_EQ(loaded->endpointKind(), EndpointKind::Cloud);
    EXPECT_EQ(loaded->model, QStringLiteral("gpt-4o-mini"));
    EXPECT_EQ(loaded->timeoutMs, 20000);
    EXPECT_TRUE(loaded->policy.internalToCloud());
    EXPECT_FALSE(loaded->policy.allows(EndpointKind::Cloud, DataClass::Personal));
    EXPECT_TRUE(loaded->writeTools);

    auto trail = AuditLog(*store.db, store.clock).recent(1);
    ASSERT_TRUE(trail.ok());
    EXPECT_EQ(aiAuditRows(), 1);
    const AuditEntry &e = trail->first();
    EXPECT_EQ(e.action, AuditAction::AiSettingsChanged);
    EXPECT_EQ(e.userName, QStringLiteral("dueno"));
    EXPECT_EQ(e.before.value(QStringLiteral("base_url")), QStringLiteral(""));
    EXPECT_EQ(e.after.value(QStringLiteral("base_url")),
              QStringLiteral("https://api.example.com/v1"));
    EXPECT_EQ(e.after.value(QStringLiteral("internal_to_cloud")), true);
    EXPECT_EQ(e.after.value(QStringLiteral("write_tools")), true);
    EXPECT_NE(AuditAction::label(e.action), e.action);
    // Saving the same values again is no change and leaves no entry.
    ASSERT_TRUE(settings.save(admin, *loaded).ok());
    EXPECT_EQ(aiAuditRows(), 1);
}

TEST_F(AiSettingsTest, OnlyAnAdminMayChangeTheAiOrItsKey)
{
    for (const std::optional<Actor> &who :
         {std::optional<Actor>(manager), std::optional<Actor>()}) {
        auto s = settings.save(who, cloudConfig());
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::PermissionDenied);
        auto k = settings.setApiKey(who, QStringLiteral("sk-test-123"));
        ASSERT_FALSE(k.ok());
        EXPECT_EQ(k.error().code, ErrorCode::PermissionDenied);
    }
    EXPECT_EQ(aiSettingRows(), 0);
    EXPECT_EQ(aiAuditRows(), 0);
    EXPECT_FALSE(settings.hasApiKey());
}

TEST_F(AiSettingsTest, TheKeyLivesInThePrivateCredentialFileNeverInTheStore)
{
    const QString key = QStringLiteral("sk-test-0123456789abcdef");
    ASSERT_TRUE(settings.save(admin, cloudConfig()).ok());
    ASSERT_TRUE(settings.setApiKey(admin, key).ok());
    EXPECT_EQ(*settings.apiKey(), key);
    EXPECT_TRUE(settings.keyLocation().contains(QStringLiteral("credentials")));

    const QString file = store.dir.filePath(QStringLiteral("credentials/ai_api_key"));
    ASSERT_TRUE(QFile::exists(file));
    EXPECT_EQ(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                          QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    // Not in any table or in the audit trail, not even in the store file's bytes.
    ASSERT_TRUE(store.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    for (const QString &path : QStringList{store.path(), store.path() + QStringLiteral("-wal")}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            EXPECT_FALSE(f.readAll().contains(key.toUtf8())) << path.toStdString();
        }
    }
    auto trail = AuditLog(*store.db, store.clock).recent(10);
    ASSERT_TRUE(trail.ok());
    EXPECT_EQ(trail->first().action, AuditAction::AiKeyChanged);
    EXPECT_EQ(trail->first().after.value(QStringLiteral("key")), QStringLiteral("set"));

    // An empty key removes it.
    ASSERT_TRUE(settings.setApiKey(admin, QString()).ok());
    EXPECT_FALSE(settings.hasApiKey());
    EXPECT_EQ(
        AuditLog(*store.db, store.clock).recent(1)->first().after.value(QStringLiteral("key")),
        QStringLiteral("none"));
    auto multiline = settings.setApiKey(admin, QStringLiteral("sk-1\nsk-2"));
    ASSERT_FALSE(multiline.ok());
    EXPECT_EQ(multiline.error().field(), QStringLiteral("api_key"));
}
