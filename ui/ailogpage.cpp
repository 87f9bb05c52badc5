#include "ailogpage.h"

#include "domain/localeformat.h"
#include "ui/aisettingsdialog.h"
#include "ui/trailtable.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bodega {

AiLogPage::AiLogPage(AiWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("aiLogPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("aiLogSummary"));
    m_summary->setWordWrap(true);
    m_settings = new QPushButton(tr("AI &settings…"));
    m_settings->setObjectName(QStringLiteral("aiSettingsButton"));
    auto *reload = new QPushButton(tr("Rel&oad"));
    connect(reload, &QPushButton::clicked, this, &AiLogPage::refresh);
    connect(m_settings, &QPushButton::clicked, this, &AiLogPage::openSettings);
    top->addWidget(m_summary, 1);
    top->addWidget(m_settings);
    top->addWidget(reload);
    layout->addLayout(top);
    m_table = makeTrailTable(QStringLiteral("aiLogTable"), tr("AI requests"),
                             {tr("When"), tr("Who"), tr("Purpose"), tr("Data"), tr("AI"),
                              tr("Latency"), tr("Tokens"), tr("Outcome")},
                             OutcomeColumn);
    layout->addWidget(m_table, 1);
    connect(m_worker, &AiWorker::logLoaded, this, &AiLogPage::onLoaded);
    connect(m_worker, &AiWorker::requestFailed, this, &AiLogPage::onFailed);
}

QString AiLogPage::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return tr("Answered");
    if (outcome == QLatin1String("denied"))
        return tr("Refused by the privacy policy");
    if (outcome == QLatin1String("AI_UNAVAILABLE"))
        return tr("Not available");
    return outcome;
}

QString AiLogPage::endpointText(EndpointKind kind, const QString &model)
{
    switch (kind) {
    case EndpointKind::Offline:
        return tr("offline engine");
    case EndpointKind::Local:
        return tr("local · %1").arg(model);
    case EndpointKind::Cloud:
        return tr("cloud · %1").arg(model);
    }
    return model;
}

void AiLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AiLogPage::refresh()
{
    m_ticket = m_worker->requestLog();
}

void AiLogPage::openSettings()
{
    AiSettingsDialog dialog(m_worker, this);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(640, 0)));
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AiLogPage::onLoaded(quint64 ticket, const AiLogReport &report)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    const QLocale locale;
    m_table->setRowCount(int(report.entries.size()));
    for (int row = 0; row < report.entries.size(); ++row) {
        const AiRequestRecord &r = report.entries.at(row).record;
        const bool tokens = r.promptTokens >= 0 || r.completionTokens >= 0;
        QString outcome = outcomeText(r.outcome);
        if (r.cacheHit)
            outcome += tr(" (from the cache)");
        const QString cells[ColumnCount] = {
            LocaleFormat(locale).dateTime(r.at),
            r.userName,
            r.purpose,
            dataClassesCode(r.dataClasses),
            endpointText(r.endpoint, r.model),
            tr("%1 ms").arg(locale.toString(r.latencyMs)),
            tokens ? tr("%1 in, %2 out")
                         .arg(locale.toString(std::max(0, r.promptTokens)),
                              locale.toString(std::max(0, r.completionTokens)))
                   : tr("not reported"),
            outcome,
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            QString tip = cells[c];
            if (c == EndpointColumn && !r.endpointUrl.isEmpty())
                tip += QLatin1Char('\n') + r.endpointUrl;
            if (c == OutcomeColumn && !r.detail.isEmpty())
                tip += QLatin1Char('\n') + r.detail;
            item->setToolTip(tip);
            if (c == OutcomeColumn && r.outcome != QLatin1String("ok"))
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(row, c, item);
        }
    }
    m_summary->setText(tr("%n AI request(s), newest first, each with where the privacy policy let "
                          "it go. The log cannot be edited.",
                          nullptr, int(report.entries.size())));
}

void AiLogPage::onFailed(quint64 ticket, const Error &error)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_table->setRowCount(0);
    m_summary->setText(error.code == ErrorCode::PermissionDenied
                           ? tr("Only a manager or an admin may read the AI log: log in at the "
                                "till as one. (%1)")
                                 .arg(error.codeName())
                           : error.message);
}

} // namespace bodega
