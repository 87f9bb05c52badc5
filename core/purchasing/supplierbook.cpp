#include "supplierbook.h"

#include "common/timestamp.h"
#include "common/uuid.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bodega {

QJsonObject Supplier::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("contact"), contact},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("lead_time_days"), leadTimeDays},
                       {QStringLiteral("created_at"), Timestamp::text(createdAt)},
                       {QStringLiteral("updated_at"), Timestamp::text(updatedAt)}};
}

QJsonObject SupplierPrice::toJson() const
{
    return QJsonObject{{QStringLiteral("supplier_id"), supplierId},
                       {QStringLiteral("product_id"), productId},
                       {QStringLiteral("sku"), sku},
                       {QStringLiteral("product_name"), productName},
                       {QStringLiteral("price"), price.minor()},
                       {QStringLiteral("currency"), price.currency()},
                       {QStringLiteral("updated_at"), Timestamp::text(updatedAt)}};
}

void SupplierBook::normalize(Supplier &s)
{
    s.name = s.name.simplified();
    s.contact = s.contact.simplified();
    s.phone = s.phone.simplified();
    s.email = s.email.trimmed();
}

Status SupplierBook::validate(const Supplier &s)
{
    if (s.name.isEmpty())
        return Error::validation(QStringLiteral("name"), tr("A supplier needs a name"));
    const struct
    {
        const char *field;
        const QString &value;
    } texts[] = {{"name", s.name}, {"contact", s.contact}, {"phone", s.phone}, {"email", s.email}};
    for (const auto &t : texts) {
        if (t.value.size() > 200)
            return Error::validation(
                QString::fromLatin1(t.field),
                tr("%1 is longer than 200 characters").arg(QString::fromLatin1(t.field)));
    }
    // A year is the longest wait a reorder suggestion can plan around.
    if (s.leadTimeDays < 0 || s.leadTimeDays > 365)
        return Error::validation(QStringLiteral("lead_time_days"),
                                 tr("The lead time is a number of days from 0 to 365"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!s.email.isEmpty() && !email.match(s.email).hasMatch())
        return Error::validation(QStringLiteral("email"),
                                 tr("\"%1\" is not an email address").arg(s.email));
    return {};
}

Result<Supplier> SupplierBook::add(Supplier s)
{
    normalize(s);
    if (auto v = validate(s); !v)
        return v.error();
    s.id = newId();
    s.createdAt = s.updatedAt = m_clock.now();
    if (auto r =
            m_db.run(QStringLiteral(
                         "INSERT INTO suppliers (id, name, contact, phone, email, "
                         "lead_time_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {s.id, s.name, Database::text(s.contact), Database::text(s.phone),
                      Database::text(s.email), s.leadTimeDays, Timestamp::text(s.createdAt),
                      Timestamp::text(s.updatedAt)});
        !r)
        return r.error();
    return s;
}

Result<Supplier> SupplierBook::update(Supplier s)
{
    normalize(s);
    if (auto v = validate(s); !v)
        return v.error();
    auto existing = find(s.id);
    if (!existing)
        return existing.error();
    s.createdAt = existing->createdAt;
    s.updatedAt = m_clock.now();
    if (auto r =
            m_db.run(QStringLiteral("UPDATE suppliers SET name = ?, contact = ?, phone = ?, "
                                    "email = ?, lead_time_days = ?, updated_at = ? "
                                    "WHERE id = ?"),
                     {s.name, Database::text(s.contact), Database::text(s.phone),
                      Database::text(s.email), s.leadTimeDays, Timestamp::text(s.updatedAt), s.id});
        !r)
        return r.error();
    return s;
}

Result<QVector<Supplier>> SupplierBook::select(const QString &where,
                                               const QVariantList &bindings) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, contact, phone, email, lead_time_days, "
                                      "created_at, updated_at FROM suppliers ") +
                           where,
                       bindings);
    if (!q)
        return q.error();
    QVector<Supplier> out;
    while (q->next()) {
        Supplier s;
        s.id = q->value(0).toString();
        s.name = q->value(1).toString();
        s.contact = q->value(2).toString();
        s.phone = q->value(3).toString();
        s.email = q->value(4).toString();
        s.leadTimeDays = q->value(5).toInt();
        s.createdAt = Timestamp::parse(q->value(6));
        s.updatedAt = Timestamp::parse(q->value(7));
        out.push_back(s);
    }
    return out;
}

Result<Supplier> SupplierBook::find(const QString &key) const
{
    auto found = select(QStringLiteral("WHERE id = ? OR name = ? COLLATE NOCASE LIMIT 1"),
                        {key, key.simplified()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("Supplier"), key);
    return found->first();
}

Result<QVector<Supplier>> SupplierBook::list() const
{
    return select(QStringLiteral("ORDER BY name COLLATE NOCASE"), {});
}

Status SupplierBook::setPrice(const QString &supplierId, const QString &productId,
                              const Money &price)
{
    if (price.minor() < 0)
        return Error::validation(QStringLiteral("price"),
                                 tr("A supplier price cannot be negative"));
    return m_db.run(
        QStringLiteral("INSERT INTO supplier_prices (supplier_id, product_id, price_minor, "
                       "currency, updated_at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (supplier_id, product_id) DO UPDATE SET "
                       "price_minor = excluded.price_minor, currency = excluded.currency, "
                       "updated_at = excluded.updated_at"),
        {supplierId, productId, price.minor(), price.currency(), Timestamp::text(m_clock.now())});
}

Result<QVector<SupplierPrice>> SupplierBook::prices(const QString &supplierId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT sp.product_id, p.sku, p.name, sp.price_minor, "
                                      "sp.currency, sp.updated_at FROM supplier_prices sp "
                                      "JOIN products p ON p.id = sp.product_id "
                                      "WHERE sp.supplier_id = ? ORDER BY p.sku"),
                       {supplierId});
    if (!q)
        return q.error();
    QVector<SupplierPrice> out;
    while (q->next()) {
        SupplierPrice p;
        p.supplierId = supplierId;
        p.productId = q->value(0).toString();
        p.sku = q->value(1).toString();
        p.productName = q->value(2).toString();
        p.price = Money(q->value(3).toLongLong(), q->value(4).toString());
        p.updatedAt = Timestamp::parse(q->value(5));
        out.push_back(p);
    }
    return out;
}

Result<std::optional<Money>> SupplierBook::price(const QString &supplierId,
                                                 const QString &productId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT price_minor, currency FROM supplier_prices "
                                      "WHERE supplier_id = ? AND product_id = ?"),
                       {supplierId, productId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Money>();
    return std::optional<Money>(Money(q->value(0).toLongLong(), q->value(1).toString()));
}

} // namespace bodega
