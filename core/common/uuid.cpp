#include "uuid.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace bodega {

UuidV7Generator::UuidV7Generator(const Clock &clock) : m_clock(clock) {}

QString UuidV7Generator::next()
{
    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same millisecond, or the clock stepped back: keep order by counting on
        // from the last timestamp instead of trusting the clock.
        ms = m_lastMs;
        if (++m_counter > 0x0FFF) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0400));
    }
    m_lastMs = ms;

    QByteArray bytes(16, '\0');
    auto *b = reinterpret_cast<unsigned char *>(bytes.data());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((ms >> (8 * (5 - i))) & 0xFF);
    b[6] = static_cast<unsigned char>(0x70 | ((m_counter >> 8) & 0x0F));
    b[7] = static_cast<unsigned char>(m_counter & 0xFF);
    quint64 rnd = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = static_cast<unsigned char>((rnd >> (8 * (i - 8))) & 0xFF);
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool UuidV7Generator::isValid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

qint64 UuidV7Generator::timestampMs(const QString &text)
{
    const QByteArray bytes = QUuid::fromString(text).toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<unsigned char>(bytes.at(i));
    return ms;
}

QString newId()
{
    static QMutex mutex;
    static UuidV7Generator generator;
    QMutexLocker lock(&mutex);
    return generator.next();
}

} // namespace bodega
