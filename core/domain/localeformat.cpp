#include "localeformat.h"

namespace bodega {

namespace {

// Rewrites a Qt date format field by field, leaving quoted text alone.
template <typename Widen> QString rewriteFields(const QString &format, Widen widen)
{
    QString out;
    int i = 0;
    while (i < format.size()) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            const int end = format.indexOf(QLatin1Char('\''), i + 1);
            const int stop = end < 0 ? format.size() : end + 1;
            out += format.mid(i, stop - i);
            i = stop;
            continue;
        }
        int run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        out += widen(c, run);
        i += run;
    }
    return out;
}

} // namespace

QString LocaleFormat::integer(qint64 value) const
{
    const QString digits =
        QString::number(value < 0 ? -static_cast<quint64>(value) : static_cast<quint64>(value));
    const bool grouped = !(m_locale.numberOptions() & QLocale::OmitGroupSeparator);
    QString out;
    for (int i = 0; i < digits.size(); ++i) {
        if (grouped && i > 0 && (digits.size() - i) % 3 == 0)
            out += m_locale.groupSeparator();
        out += digits.at(i);
    }
    return value < 0 ? m_locale.negativeSign() + out : out;
}

QString LocaleFormat::dateFormat() const
{
    return rewriteFields(m_locale.dateFormat(QLocale::ShortFormat), [](QChar c, int run) {
        if (c == QLatin1Char('d') && run == 1)
            return QStringLiteral("dd");
        if (c == QLatin1Char('M') && run == 1)
            return QStringLiteral("MM");
        if (c == QLatin1Char('y') && run == 2)
            return QStringLiteral("yyyy");
        return QString(run, c);
    });
}

QString LocaleFormat::timeFormat() const
{
    // "AP" forces "P. M."; "Ap" keeps the locale's own case ("p. m.", "PM").
    QChar previous;
    return rewriteFields(m_locale.timeFormat(QLocale::ShortFormat), [&previous](QChar c, int run) {
        const bool afterA = previous == QLatin1Char('A') || previous == QLatin1Char('a');
        previous = c;
        if (c == QLatin1Char('A') || c == QLatin1Char('a'))
            return QStringLiteral("Ap");
        if (afterA && (c == QLatin1Char('P') || c == QLatin1Char('p')))
            return QString(run - 1, c); // the AP pair's second letter, already written
        return QString(run, c);
    });
}

QString LocaleFormat::date(const QDate &date) const
{
    return m_locale.toString(date, dateFormat());
}

QString LocaleFormat::time(const QTime &time) const
{
    return m_locale.toString(time, timeFormat());
}

QString LocaleFormat::dateTime(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + time(local.time());
}

} // namespace bodega
