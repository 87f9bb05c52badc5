#include "flatjson.h"

namespace bodega::FlatJson {

namespace {

class Reader
{
public:
    explicit Reader(QStringView text) : m_text(text) {}

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\n' ||
                                         m_text[m_pos] == u'\t' || m_text[m_pos] == u'\r'))
            ++m_pos;
    }
    bool take(char16_t c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    std::optional<QString> string()
    {
        if (!take(u'"'))
            return std::nullopt;
        QString out;
        qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                out += m_text.mid(start, m_pos - start);
                ++m_pos;
                return out;
            }
            if (c < 0x20)
                return std::nullopt;
            if (c != u'\\') {
                ++m_pos;
                continue;
            }
            out += m_text.mid(start, m_pos - start);
            if (++m_pos >= m_text.size())
                return std::nullopt;
            const char16_t e = m_text[m_pos++].unicode();
            switch (e) {
            case u'"':
                out += u'"';
                break;
            case u'\\':
                out += u'\\';
                break;
            case u'/':
                out += u'/';
                break;
            case u'b':
                out += u'\b';
                break;
            case u'f':
                out += u'\f';
                break;
            case u'n':
                out += u'\n';
                break;
            case u'r':
                out += u'\r';
                break;
            case u't':
                out += u'\t';
                break;
            case u'u': {
                if (m_pos + 4 > m_text.size())
                    return std::nullopt;
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok)
                    return std::nullopt;
                out += QChar(code); // surrogate halves pair up in the QString
                m_pos += 4;
                break;
            }
            default:
                return std::nullopt;
            }
            start = m_pos;
        }
        return std::nullopt;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

void appendQuoted(QString &out, const QString &value)
{
    out += u'"';
    // Runs of plain characters are copied whole; most values have no escape.
    const QChar *data = value.constData();
    qsizetype run = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out.append(data + run, value.size() - run);
    out += u'"';
}

} // namespace

std::optional<QMap<QString, QString>> readObject(QStringView json)
{
    Reader r(json);
    if (!r.take(u'{'))
        return std::nullopt;
    QMap<QString, QString> out;
    if (r.take(u'}'))
        return r.atEnd() ? std::optional(out) : std::nullopt;
    do {
        auto key = r.string();
        if (!key || !r.take(u':'))
            return std::nullopt;
        auto value = r.string();
        if (!value)
            return std::nullopt;
        out.insert(*key, *value);
    } while (r.take(u','));
    if (!r.take(u'}') || !r.atEnd())
        return std::nullopt;
    return out;
}

std::optional<QStringList> readArray(QStringView json)
{
    Reader r(json);
    if (!r.take(u'['))
        return std::nullopt;
    QStringList out;
    if (r.take(u']'))
        return r.atEnd() ? std::optional(out) : std::nullopt;
    do {
        auto value = r.string();
        if (!value)
            return std::nullopt;
        out << *value;
    } while (r.take(u','));
    if (!r.take(u']') || !r.atEnd())
        return std::nullopt;
    return out;
}

QString writeObject(const QMap<QString, QString> &object)
{
    QString out;
    out.reserve(2 + object.size() * 40);
    out += u'{';
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it != object.begin())
            out += u',';
        appendQuoted(out, it.key());
        out += u':';
        appendQuoted(out, it.value());
    }
    out += u'}';
    return out;
}

QString writeArray(const QStringList &values)
{
    QString out;
    out.reserve(2 + values.size() * 16);
    out += u'[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        appendQuoted(out, values.at(i));
    }
    out += u']';
    return out;
}

void ObjectWriter::key(QLatin1String key)
{
    if (m_out.size() > 1)
        m_out += u',';
    m_out += u'"';
    m_out += key; // our own identifiers: nothing to escape
    m_out += QLatin1String("\":");
}

ObjectWriter &ObjectWriter::string(QLatin1String key, const QString &value)
{
    this->key(key);
    appendQuoted(m_out, value);
    return *this;
}

ObjectWriter &ObjectWriter::integer(QLatin1String key, qint64 value)
{
    this->key(key);
    m_out += QString::number(value);
    return *this;
}

ObjectWriter &ObjectWriter::boolean(QLatin1String key, bool value)
{
    this->key(key);
    m_out += value ? QLatin1String("true") : QLatin1String("false");
    return *this;
}

ObjectWriter &ObjectWriter::json(QLatin1String key, const QString &value)
{
    this->key(key);
    m_out += value;
    return *this;
}

QString ObjectWriter::finish()
{
    m_out += u'}';
    return std::move(m_out);
}

} // namespace bodega::FlatJson
