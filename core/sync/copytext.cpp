#include "copytext.h"

namespace bodega::CopyText {

void split(const std::string &line, QVector<QString> &fields)
{
    fields.clear();
    std::string field;
    bool isNull = false;
    auto flush = [&]() {
        fields.push_back(isNull ? QString() : QString::fromUtf8(field.data(), int(field.size())));
        field.clear();
        isNull = false;
    };
    size_t end = line.size();
    if (end > 0 && line[end - 1] == '\n') // get_raw_line keeps the row's newline
        --end;
    for (size_t i = 0; i < end; ++i) {
        const char c = line[i];
        if (c == '\t') {
            flush();
            continue;
        }
        if (c != '\\' || i + 1 >= end) {
            field += c;
            continue;
        }
        const char n = line[++i];
        switch (n) {
        case 'N':
            isNull = true;
            break;
        case 'b':
            field += '\b';
            break;
        case 'f':
            field += '\f';
            break;
        case 'n':
            field += '\n';
            break;
        case 'r':
            field += '\r';
            break;
        case 't':
            field += '\t';
            break;
        case 'v':
            field += '\v';
            break;
        default:
            if (n >= '0' && n <= '7') { // up to three octal digits
                int v = n - '0';
                for (int k = 0; k < 2 && i + 1 < end && line[i + 1] >= '0' && line[i + 1] <= '7';
                     ++k)
                    v = v * 8 + (line[++i] - '0');
                field += char(v);
            } else {
                field += n; // \\ and any other escaped character stand for themselves
            }
        }
    }
    flush();
}

QDateTime timestamp(QString text)
{
    if (text.size() > 10)
        text[10] = QLatin1Char('T');
    // "+00" is not an ISO offset; "+00:00" is.
    const int n = int(text.size());
    if (n > 3 && (text.at(n - 3) == QLatin1Char('+') || text.at(n - 3) == QLatin1Char('-')))
        text += QStringLiteral(":00");
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace bodega::CopyText
