#pragma once

#include "ui/aiworker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bodega {

// Every AI request of this terminal (ai_requests), newest first: when, who,
// for what, which data classes, where it went (offline engine, local server
// or cloud, and the model), latency, tokens, outcome (answered, refused by
// the privacy policy, or the error) and cache hits. For managers and admins;
// core decides (PERMISSION_DENIED is shown as such). "AI settings…" opens the
// AiSettingsDialog.
class AiLogPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        AtColumn,
        UserColumn,
        PurposeColumn,
        DataColumn,
        EndpointColumn,
        LatencyColumn,
        TokensColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit AiLogPage(AiWorker *worker, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *settingsButton() const { return m_settings; }
    bool isLoading() const { return m_ticket != 0; }

    static QString outcomeText(const QString &outcome);
    static QString endpointText(EndpointKind kind, const QString &model);

public slots:
    void refresh();
    void openSettings();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 ticket, const AiLogReport &report);
    void onFailed(quint64 ticket, const Error &error);

    AiWorker *m_worker;
    QLabel *m_summary;
    QPushButton *m_settings;
    QTableWidget *m_table;
    quint64 m_ticket = 0;
};

} // namespace bodega
