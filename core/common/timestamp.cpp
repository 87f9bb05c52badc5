#include "timestamp.h"

namespace bodega {

namespace {

// Howard Hinnant's days-from-civil inverse: the proleptic Gregorian date of
// a day count since 1970-01-01, as QDateTime's calendar gives it.
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void put(QChar *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QLatin1Char(char('0' + value % 10));
        value /= 10;
    }
    out += digits;
}

} // namespace

QString Timestamp::text(qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 inDay = ms % 86400000;
    if (inDay < 0) {
        inDay += 86400000;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    // Qt writes other years with a sign or more digits; they are not
    // instants a store records, but keep its text for them.
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    QString s(24, Qt::Uninitialized);
    QChar *out = s.data();
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, int(inDay / 3600000), 2);
    *out++ = u':';
    put(out, int(inDay / 60000 % 60), 2);
    *out++ = u':';
    put(out, int(inDay / 1000 % 60), 2);
    *out++ = u'.';
    put(out, int(inDay % 1000), 3);
    *out = u'Z';
    return s;
}

QString Timestamp::text(const QDateTime &t)
{
    return t.isValid() ? text(t.toMSecsSinceEpoch()) : QString();
}

} // namespace bodega
