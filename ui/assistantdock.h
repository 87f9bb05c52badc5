#pragma once

#include "assistant/assistant.h"
#include "assistant/assistanthistory.h"
#include "common/error.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QUrl;

namespace bodega {

class AiWorker;

// The assistant pane (SPEC: Assistant), docked in the main window on every
// page. It renders the conversation and forwards the user's question to the
// AiWorker thread, where the assistant runs; a product an answer names is a
// link that opens it (openProduct). While an answer is on its way the pane
// shows a typing indicator and takes no second question, so follow-ups stay
// in order.
class AssistantDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AssistantDock(AiWorker *worker, QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }
    QLineEdit *input() const { return m_input; }
    QLabel *typingIndicator() const { return m_typing; }
    bool isWaiting() const { return m_askTicket != 0; }

    // Asks what is in the input box (what Enter and "Send" do).
    void send();
    // Writes the user's history to `path` (what "Export…" does after its
    // file dialog); "Forget me" after its confirmation.
    void exportTo(const QString &path);
    void forgetMe();

public slots:
    // Who is signed in at this terminal: their history is shown, and their
    // questions are theirs. nullopt: nobody (a store with users shows a
    // "sign in" hint instead of the input).
    void setActor(const std::optional<bodega::Actor> &actor, bool storeHasUsers);

signals:
    void openProduct(const QString &productId, const QString &name);
    void message(const QString &text);

private:
    void onAnswered(quint64 ticket, const bodega::AssistantAnswer &answer);
    void onHistory(quint64 ticket, const QVector<bodega::AssistantMessage> &messages);
    void onFailed(quint64 ticket, const bodega::Error &error);
    void onExported(quint64 ticket, const QString &path, int messages);
    void onForgotten(quint64 ticket, int messages);
    void onLink(const QUrl &url);
    void appendQuestion(const QString &text);
    void appendAnswer(const QString &text, const QVector<CitedProduct> &products,
                      const QString &engine, const QString &notice);
    void appendNote(const QString &text);
    // Shows a turn of this session; kept in m_session so that the history,
    // which may arrive after the first question, goes above it.
    void appendLive(const QString &html);
    void setWaiting(quint64 ticket);
    void updateEnabled();
    QString userId() const;

    AiWorker *m_worker;
    QTextBrowser *m_view;
    QLabel *m_typing;
    QLabel *m_signInHint;
    QLineEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_export;
    QPushButton *m_forget;
    QTimer *m_typingTimer;
    int m_typingPhase = 0;
    QStringList m_session; // this sign-in's turns, as rendered
    std::optional<Actor> m_actor;
    bool m_storeHasUsers = false;
    quint64 m_askTicket = 0;
    quint64 m_historyTicket = 0;
    quint64 m_exportTicket = 0;
    quint64 m_forgetTicket = 0;
};

} // namespace bodega
