#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bodega {

// How numbers and dates are shown to people: the locale's separators and
// field order, with four-digit years and two-digit days and months
// (es-CO: 1.234.567 and 04/03/2026 9:05 p. m.; en-US: 1,234,567 and
// 03/04/2026 9:05 PM). CLDR's short formats ("4/03/26") leave a receipt or
// an audit row ambiguous across centuries and columns that do not line up.
class LocaleFormat
{
public:
    explicit LocaleFormat(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}

    // Groups of three digits with the locale's separator. Qt 6.4 groups
    // es-ES as "1234.567" (it misapplies CLDR's minimum grouping digits).
    QString integer(qint64 value) const;
    QString date(const QDate &date) const;
    QString time(const QTime &time) const;
    // A stored instant (UTC or not) in this computer's local time.
    QString dateTime(const QDateTime &when) const;

    QString dateFormat() const;
    QString timeFormat() const;

    const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale;
};

} // namespace bodega
