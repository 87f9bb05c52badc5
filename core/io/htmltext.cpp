#include "htmltext.h"

#include <QHash>

namespace bodega {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

// The entities product descriptions use in practice (Shopify's editor,
// Word and spreadsheets); any other is written numerically by them.
const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> entities = {
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QLatin1Char(' ')},
        {QStringLiteral("aacute"), QChar(0xE1)},     {QStringLiteral("eacute"), QChar(0xE9)},
        {QStringLiteral("iacute"), QChar(0xED)},     {QStringLiteral("oacute"), QChar(0xF3)},
        {QStringLiteral("uacute"), QChar(0xFA)},     {QStringLiteral("Aacute"), QChar(0xC1)},
        {QStringLiteral("Eacute"), QChar(0xC9)},     {QStringLiteral("Iacute"), QChar(0xCD)},
        {QStringLiteral("Oacute"), QChar(0xD3)},     {QStringLiteral("Uacute"), QChar(0xDA)},
        {QStringLiteral("ntilde"), QChar(0xF1)},     {QStringLiteral("Ntilde"), QChar(0xD1)},
        {QStringLiteral("uuml"), QChar(0xFC)},       {QStringLiteral("Uuml"), QChar(0xDC)},
        {QStringLiteral("iexcl"), QChar(0xA1)},      {QStringLiteral("iquest"), QChar(0xBF)},
        {QStringLiteral("deg"), QChar(0xB0)},        {QStringLiteral("copy"), QChar(0xA9)},
        {QStringLiteral("reg"), QChar(0xAE)},        {QStringLiteral("trade"), QChar(0x2122)},
        {QStringLiteral("euro"), QChar(0x20AC)},     {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("mdash"), QChar(0x2014)},    {QStringLiteral("hellip"), QChar(0x2026)},
        {QStringLiteral("laquo"), QChar(0xAB)},      {QStringLiteral("raquo"), QChar(0xBB)},
        {QStringLiteral("lsquo"), QChar(0x2018)},    {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("ldquo"), QChar(0x201C)},    {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("middot"), QChar(0xB7)},     {QStringLiteral("bull"), QChar(0x2022)},
        {QStringLiteral("frac12"), QChar(0xBD)},     {QStringLiteral("times"), QChar(0xD7)},
    };
    return entities;
}

bool isBlockTag(const QString &name)
{
    static const QStringList blocks = {
        QStringLiteral("p"),      QStringLiteral("div"),        QStringLiteral("li"),
        QStringLiteral("ul"),     QStringLiteral("ol"),         QStringLiteral("h1"),
        QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),     QStringLiteral("h6"),         QStringLiteral("tr"),
        QStringLiteral("table"),  QStringLiteral("blockquote"), QStringLiteral("section"),
        QStringLiteral("article")};
    return blocks.contains(name);
}

// Text being built: raw white space is only noted, and written as one space
// when more text follows on the same line.
struct TextBuilder
{
    QString out;
    bool pendingSpace = false;

    void text(QChar c)
    {
        if (pendingSpace && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    void lineBreak()
    {
        pendingSpace = false;
        out += QLatin1Char('\n');
    }
    // A block starts or ends: on a fresh line, without piling up empty ones.
    void block()
    {
        pendingSpace = false;
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    }
};

} // namespace

QString HtmlText::fromHtml(const QString &html)
{
    TextBuilder b;
    b.out.reserve(html.size());
    const int n = html.size();
    int i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const int end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const QChar next = i + 1 < n ? html.at(i + 1) : QChar();
            const int end = html.indexOf(QLatin1Char('>'), i + 1);
            // "precio < 5" is text: a tag starts with a letter, '/' or '!'.
            if (end < 0 ||
                !(next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!'))) {
                b.text(c);
                ++i;
                continue;
            }
            QString tag = html.mid(i + 1, end - i - 1).trimmed();
            const bool closing = tag.startsWith(QLatin1Char('/'));
            if (closing)
                tag.remove(0, 1);
            int nameEnd = 0;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            const QString name = tag.left(nameEnd).toLower();
            i = end + 1;
            if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
                const int close = html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
                const int closeEnd = close < 0 ? -1 : html.indexOf(QLatin1Char('>'), close);
                i = closeEnd < 0 ? n : closeEnd + 1;
            } else if (name == QLatin1String("br")) {
                b.lineBreak();
            } else if (isBlockTag(name)) {
                b.block();
            }
            continue;
        }
        if (c == QLatin1Char('&')) {
            const int semi = html.indexOf(QLatin1Char(';'), i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QString entity = html.mid(i + 1, semi - i - 1);
                std::optional<char32_t> decoded;
                if (entity.startsWith(QLatin1Char('#'))) {
                    bool ok = false;
                    const uint code = entity.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                          ? entity.mid(2).toUInt(&ok, 16)
                                          : entity.mid(1).toUInt(&ok, 10);
                    if (ok && code > 0 && code <= 0x10FFFF)
                        decoded = code;
                } else if (auto it = namedEntities().constFind(entity);
                           it != namedEntities().constEnd()) {
                    decoded = it->unicode();
                }
                if (decoded) {
                    // Decoded text is content, never collapsed: that is how
                    // toHtml() keeps spaces and tabs.
                    if (*decoded == U'\n') {
                        b.lineBreak();
                    } else {
                        const QString s = QString::fromUcs4(&*decoded, 1);
                        for (QChar part : s)
                            b.text(part);
                    }
                    i = semi + 1;
                    continue;
                }
            }
            b.text(c);
            ++i;
            continue;
        }
        if (isHtmlSpace(c)) {
            b.pendingSpace = true;
            ++i;
            continue;
        }
        b.text(c);
        ++i;
    }
    while (b.out.endsWith(QLatin1Char('\n')))
        b.out.chop(1);
    return b.out;
}

QString HtmlText::toHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '\r':
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                break;
            out += QLatin1String("<br>");
            break;
        case '\n':
            out += QLatin1String("<br>");
            break;
        case ' ': {
            // HTML keeps a space only between two words on a line.
            const bool between =
                i > 0 && i + 1 < n && !isHtmlSpace(text.at(i - 1)) && !isHtmlSpace(text.at(i + 1));
            out += between ? QStringLiteral(" ") : QStringLiteral("&nbsp;");
            break;
        }
        case '\t':
        case '\f':
            out += QStringLiteral("&#%1;").arg(c.unicode());
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace bodega
