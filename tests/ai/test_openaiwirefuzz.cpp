// Deterministic fuzzing of everything that reads what an LLM server sends:
// the completion and error parsers, the SSE parser and the enricher's
// answer parser get truncated, mutated and random input. They must never
// crash, and every failure must be a Result with a message.
#include "ai/llmenricher.h"
#include "ai/openaistreamparser.h"
#include "ai/openaiwire.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <random>

using namespace bodega;

namespace {

QVector<QByteArray> recordedPayloads()
{
    QVector<QByteArray> payloads;
    const QDir dir(test::dataPath(QStringLiteral("ai/openai")));
    for (const QString &name : dir.entryList(
             {QStringLiteral("*.json"), QStringLiteral("*.sse"), QStringLiteral("*.html")},
             QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            payloads << file.readAll();
    }
    return payloads;
}

class Fuzzer
{
public:
    explicit Fuzzer(quint32 seed) : m_random(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    QByteArray mutate(QByteArray bytes)
    {
        static const QByteArray specials = "{}[]\":,\\\n\r 0-9eE.tfn";
        const int edits = 1 + below(8);
        for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
            const int at = below(int(bytes.size()));
            switch (below(5)) {
            case 0:
                bytes[at] = char(below(256));
                break;
            case 1:
                bytes.remove(at, 1 + below(16));
                break;
            case 2:
                bytes.insert(at, specials[below(int(specials.size()))]);
                break;
            case 3:
                bytes.insert(at, bytes.mid(below(int(bytes.size())), 1 + below(32)));
                break;
            default:
                bytes.truncate(at);
                break;
            }
        }
        return bytes;
    }

    // Random JSON over the wire format's own words, so that the parsers get
    // past the first key checks and into the nested parts.
    QJsonValue value(int depth)
    {
        static const QStringList keys{QStringLiteral("choices"),
                                      QStringLiteral("message"),
                                      QStringLiteral("content"),
                                      QStringLiteral("tool_calls"),
                                      QStringLiteral("function"),
                                      QStringLiteral("name"),
                                      QStringLiteral("arguments"),
                                      QStringLiteral("index"),
                                      QStringLiteral("id"),
                                      QStringLiteral("delta"),
                                      QStringLiteral("error"),
                                      QStringLiteral("detail"),
                                      QStringLiteral("message"),
                                      QStringLiteral("usage"),
                                      QStringLiteral("prompt_tokens"),
                                      QStringLiteral("finish_reason"),
                                      QStringLiteral("type"),
                                      QStringLiteral("text"),
                                      QStringLiteral("loc"),
                                      QStringLiteral("msg"),
                                      QStringLiteral("category"),
                                      QStringLiteral("description"),
                                      QStringLiteral("confidence"),
                                      QStringLiteral("function_call")};
        const int kind = depth <= 0 ? below(5) : below(8);
        switch (kind) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return below(2) == 0;
        case 2:
            return double(below(2000) - 1000) / (1 + below(3));
        case 3:
            return keys[below(int(keys.size()))];
        case 4:
            return QString::fromUtf8(mutate(QByteArray("Arroz Diana {\"x\": [1, 2]} ñandú")));
        case 5:
        case 6: {
            QJsonObject object;
            for (int i = below(5); i > 0; --i)
                object.insert(keys[below(int(keys.size()))], value(depth - 1));
            return object;
        }
        default: {
            QJsonArray array;
            for (int i = below(4); i > 0; --i)
                array.append(value(depth - 1));
            return array;
        }
        }
    }

    QByteArray randomJson()
    {
        const QJsonValue root = value(5);
        if (root.isObject())
            return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
        if (root.isArray())
            return QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact);
        return QJsonDocument(QJsonObject{{QStringLiteral("choices"), root}}).toJson();
    }

    QByteArray randomBytes()
    {
        QByteArray bytes(below(300), '\0');
        for (char &c : bytes)
            c = char(below(256));
        return bytes;
    }

private:
    std::mt19937 m_random;
};

// The checks that hold for any input.
void parseEverything(const QByteArray &input, Fuzzer &fuzzer)
{
    const Result<ChatReply> reply = OpenAiWire::parseCompletion(input);
    if (reply.ok()) {
        for (const ToolCall &call : reply->message.toolCalls) {
            ASSERT_FALSE(call.name.isEmpty());
            ASSERT_FALSE(call.id.isEmpty());
        }
    } else {
        ASSERT_FALSE(reply.error().message.isEmpty());
        ASSERT_EQ(reply.error().code, ErrorCode::AiUnavailable);
    }

    const Result<QStringList> models = OpenAiWire::parseModelList(input);
    if (!models.ok()) {
        ASSERT_EQ(models.error().field(), QStringLiteral("data"));
    }

    const int status = 400 + fuzzer.below(200);
    const ServerError error = OpenAiWire::parseError(status, input);
    ASSERT_FALSE(error.message.isEmpty());
    ASSERT_LE(error.message.size(), OpenAiWire::MaxErrorMessage);
    (void)OpenAiWire::classifyRejection(error);
    (void)OpenAiWire::parseRetryAfter(input.left(40), input.mid(40, 20), 0);

    // The same bytes as a stream, split at random places.
    OpenAiStreamParser parser([](const QString &delta) { ASSERT_FALSE(delta.isEmpty()); });
    bool failed = false;
    for (qsizetype at = 0; at < input.size() && !failed;) {
        const int step = 1 + fuzzer.below(40);
        failed = !parser.feed(input.mid(at, step)).ok();
        at += step;
    }
    const Result<ChatReply> streamed = parser.finish();
    if (failed) {
        ASSERT_FALSE(streamed.ok()) << "an error sticks";
    }
    if (!streamed.ok()) {
        ASSERT_FALSE(streamed.error().message.isEmpty());
    }

    const Result<AiSuggestion> answer = LlmEnricher::parseAnswer(
        QString::fromUtf8(input), {QStringLiteral("Bebidas"), QStringLiteral("Panadería")});
    if (answer.ok()) {
        ASSERT_FALSE(answer->description.isEmpty());
        ASSERT_LE(answer->description.size(), LlmEnricher::MaxDescriptionLength);
        ASSERT_GE(answer->confidence, 0.0);
        ASSERT_LE(answer->confidence, 1.0);
    } else {
        ASSERT_FALSE(answer.error().field().isEmpty());
    }
}

TEST(OpenAiWireFuzz, EveryTruncationOfTheRecordedPayloads)
{
    Fuzzer fuzzer(1);
    int inputs = 0;
    for (const QByteArray &payload : recordedPayloads()) {
        const int step = std::max(1, int(payload.size()) / 400);
        for (qsizetype length = 0; length <= payload.size(); length += step) {
            parseEverything(payload.left(length), fuzzer);
            ++inputs;
            if (HasFatalFailure())
                return;
        }
    }
    EXPECT_GT(inputs, 2000);
    RecordProperty("inputs", inputs);
}

TEST(OpenAiWireFuzz, MutatedRecordedPayloads)
{
    Fuzzer fuzzer(2);
    const QVector<QByteArray> payloads = recordedPayloads();
    ASSERT_FALSE(payloads.isEmpty());
    for (int i = 0; i < 6000; ++i) {
        parseEverything(fuzzer.mutate(payloads[fuzzer.below(int(payloads.size()))]), fuzzer);
        if (HasFatalFailure())
            return;
    }
}

TEST(OpenAiWireFuzz, RandomJsonAndRandomBytes)
{
    Fuzzer fuzzer(3);
    for (int i = 0; i < 4000; ++i) {
        const QByteArray json = fuzzer.randomJson();
        parseEverything(json, fuzzer);
        // As an SSE event too, so the chunk parser sees the same shapes.
        parseEverything("data: " + json + "\n\ndata: [DONE]\n\n", fuzzer);
        parseEverything(fuzzer.randomBytes(), fuzzer);
        if (HasFatalFailure())
            return;
    }
}

} // namespace
