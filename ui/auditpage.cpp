#include "auditpage.h"

#include "domain/localeformat.h"
#include "security/auditaction.h"
#include "ui/storeworker.h"
#include "ui/trailtable.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bodega {

namespace {

// "stock: 12 → 9, reason: bolsa rota": the fields that changed, as text.
QString changeText(const AuditEntry &e)
{
    QStringList parts;
    QStringList keys = e.after.keys();
    for (const QString &k : e.before.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString &k : std::as_const(keys)) {
        const auto text = [](const QJsonValue &v) {
            if (v.isString())
                return v.toString();
            if (v.isDouble())
                return QString::number(v.toDouble(), 'g', 15);
            if (v.isBool())
                return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (v.isUndefined() || v.isNull())
                return QString();
            return QString::fromUtf8(
                QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
        };
        const QString before = text(e.before.value(k));
        const QString after = text(e.after.value(k));
        if (before == after && !before.isEmpty() && e.before.contains(k) && e.after.contains(k))
            continue;
        parts << (e.before.contains(k) ? QStringLiteral("%1: %2 → %3").arg(k, before, after)
                                       : QStringLiteral("%1: %2").arg(k, after));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

AuditPage::AuditPage(StoreWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    auto *reload = new QPushButton(tr("Re&load"));
    connect(reload, &QPushButton::clicked, this, &AuditPage::refresh);
    top->addWidget(m_summary, 1);
    top->addWidget(reload);
    layout->addLayout(top);
    m_table = makeTrailTable(
        QStringLiteral("auditTable"), tr("Audit trail"),
        {tr("When"), tr("Who"), tr("Till"), tr("Action"), tr("Subject"), tr("Change")},
        ChangeColumn);
    layout->addWidget(m_table, 1);
    connect(m_worker, &StoreWorker::auditLoaded, this, &AuditPage::onLoaded);
    connect(m_worker, &StoreWorker::requestFailed, this, &AuditPage::onFailed);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AuditPage::refresh()
{
    m_ticket = m_worker->requestAudit();
}

void AuditPage::onLoaded(quint64 ticket, const AuditReport &report)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    const QLocale locale;
    m_table->setRowCount(int(report.entries.size()));
    for (int row = 0; row < report.entries.size(); ++row) {
        const AuditEntry &e = report.entries.at(row);
        const QString cells[ColumnCount] = {
            LocaleFormat(locale).dateTime(e.at), e.userName, e.terminal,
            AuditAction::label(e.action),        e.subject,  changeText(e),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            // The action's code too: what `bodegactl audit list` and the server show.
            item->setToolTip(c == ActionColumn ? QStringLiteral("%1 (%2)").arg(cells[c], e.action)
                                               : cells[c]);
            m_table->setItem(row, c, item);
        }
    }
    m_summary->setText(tr("%n entry(s), newest first. The trail cannot be edited.", nullptr,
                          int(report.entries.size())));
}

void AuditPage::onFailed(quint64 ticket, const Error &error)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_table->setRowCount(0);
    m_summary->setText(error.code == ErrorCode::PermissionDenied
                           ? tr("Only a manager or an admin may read the audit trail: log in at "
                                "the till as one.")
                           : error.message);
}

} // namespace bodega
