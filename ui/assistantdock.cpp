#include "assistantdock.h"

#include "ui/aiworker.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace bodega {

namespace {

const QString ProductScheme = QStringLiteral("product");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

AssistantDock::AssistantDock(AiWorker *worker, QWidget *parent)
    : QDockWidget(tr("Assistant"), parent), m_worker(worker)
{
    setObjectName(QStringLiteral("assistantDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                QDockWidget::DockWidgetClosable);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);

    m_view = new QTextBrowser(body);
    m_view->setObjectName(QStringLiteral("assistantView"));
    m_view->setAccessibleName(tr("Conversation with the assistant"));
    m_view->setOpenLinks(false); // product links open the product, not a browser
    m_view->setPlaceholderText(
        tr("Ask about stock, sales and products: \"what is low on stock?\", \"sales "
           "yesterday\", \"how much rice is left?\", \"suggest an order for Supplier X\"."));
    connect(m_view, &QTextBrowser::anchorClicked, this, &AssistantDock::onLink);
    layout->addWidget(m_view, 1);

    m_typing = new QLabel(body);
    m_typing->setObjectName(QStringLiteral("assistantTyping"));
    m_typing->setStyleSheet(QStringLiteral("color: #616161; font-style: italic;"));
    m_typing->hide();
    layout->addWidget(m_typing);
    m_typingTimer = new QTimer(this);
    m_typingTimer->setInterval(400);
    connect(m_typingTimer, &QTimer::timeout, this, [this] {
        m_typingPhase = (m_typingPhase + 1) % 4;
        m_typing->setText(tr("The assistant is writing") +
                          QString(m_typingPhase, QLatin1Char('.')));
    });

    m_signInHint = new QLabel(tr("Sign in at the till to ask the assistant."), body);
    m_signInHint->setObjectName(QStringLiteral("assistantSignIn"));
    m_signInHint->setWordWrap(true);
    m_signInHint->hide();
    layout->addWidget(m_signInHint);

    auto *row = new QHBoxLayout;
    m_input = new QLineEdit(body);
    m_input->setObjectName(QStringLiteral("assistantInput"));
    m_input->setAccessibleName(tr("Question for the assistant"));
    m_input->setPlaceholderText(tr("Ask the assistant…"));
    m_input->setMaxLength(Assistant::MaxQuestionLength);
    connect(m_input, &QLineEdit::returnPressed, this, &AssistantDock::send);
    connect(m_input, &QLineEdit::textChanged, this, &AssistantDock::updateEnabled);
    row->addWidget(m_input, 1);
    m_send = new QPushButton(tr("Send"), body);
    m_send->setObjectName(QStringLiteral("assistantSend"));
    connect(m_send, &QPushButton::clicked, this, &AssistantDock::send);
    row->addWidget(m_send);
    layout->addLayout(row);

    auto *tools = new QHBoxLayout;
    m_export = new QPushButton(tr("Export history…"), body);
    m_export->setObjectName(QStringLiteral("assistantExport"));
    m_export->setToolTip(tr("Save your conversations with the assistant as a JSON file"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export assistant history"),
            QDir::home().filePath(QStringLiteral("bodega-assistant.json")),
            tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    m_forget = new QPushButton(tr("Forget me"), body);
    m_forget->setObjectName(QStringLiteral("assistantForget"));
    m_forget->setToolTip(tr("Delete your conversations with the assistant from this terminal"));
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Forget me"),
            tr("Delete every conversation you had with the assistant on this terminal? This "
               "cannot be undone."));
        if (answer == QMessageBox::Yes)
            forgetMe();
    });
    tools->addWidget(m_export);
    tools->addWidget(m_forget);
    tools->addStretch(1);
    layout->addLayout(tools);
    setWidget(body);

    connect(m_worker, &AiWorker::answered, this, &AssistantDock::onAnswered);
    connect(m_worker, &AiWorker::assistantHistoryLoaded, this, &AssistantDock::onHistory);
    connect(m_worker, &AiWorker::assistantHistoryExported, this, &AssistantDock::onExported);
    connect(m_worker, &AiWorker::assistantForgotten, this, &AssistantDock::onForgotten);
    connect(m_worker, &AiWorker::requestFailed, this, &AssistantDock::onFailed);
    updateEnabled();
}

QString AssistantDock::userId() const
{
    return m_actor ? m_actor->userId : QString();
}

void AssistantDock::setActor(const std::optional<Actor> &actor, bool storeHasUsers)
{
    const bool changed = userId() != (actor ? actor->userId : QString()) ||
                         storeHasUsers != m_storeHasUsers || m_historyTicket == 0;
    m_actor = actor;
    m_storeHasUsers = storeHasUsers;
    m_signInHint->setVisible(storeHasUsers && !actor);
    if (changed) {
        // Another user's conversation is not for this one's eyes.
        m_view->clear();
        m_session.clear();
        m_askTicket = 0;
        setWaiting(0);
        if (!storeHasUsers || actor)
            m_historyTicket = m_worker->requestAssistantHistory();
    }
    updateEnabled();
}

void AssistantDock::updateEnabled()
{
    const bool allowed = !m_storeHasUsers || m_actor.has_value();
    m_input->setEnabled(allowed);
    m_send->setEnabled(allowed && !isWaiting() && !m_input->text().trimmed().isEmpty());
    m_export->setEnabled(allowed);
    m_forget->setEnabled(allowed);
}

void AssistantDock::setWaiting(quint64 ticket)
{
    m_askTicket = ticket;
    if (ticket) {
        m_typingPhase = 0;
        m_typing->setText(tr("The assistant is writing"));
        m_typing->show();
        m_typingTimer->start();
    } else {
        m_typingTimer->stop();
        m_typing->hide();
    }
    updateEnabled();
}

void AssistantDock::send()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || isWaiting() || (m_storeHasUsers && !m_actor))
        return;
    appendQuestion(text);
    m_input->clear();
    setWaiting(m_worker->requestAsk(text));
}

void AssistantDock::exportTo(const QString &path)
{
    m_exportTicket = m_worker->requestExportAssistantHistory(path);
}

void AssistantDock::forgetMe()
{
    m_forgetTicket = m_worker->requestForgetAssistantHistory();
}

void AssistantDock::onAnswered(quint64 ticket, const AssistantAnswer &answer)
{
    if (ticket != m_askTicket)
        return; // asked before the user changed
    setWaiting(0);
    appendAnswer(answer.text, answer.products, answer.engine, answer.notice);
}

void AssistantDock::onHistory(quint64 ticket, const QVector<AssistantMessage> &messages)
{
    if (ticket != m_historyTicket)
        return;
    // Earlier conversations first, then what was asked since signing in.
    const QStringList session = std::exchange(m_session, {});
    m_view->clear();
    for (const AssistantMessage &m : messages) {
        if (m.role == QLatin1String("user"))
            appendQuestion(m.content);
        else
            appendAnswer(m.content, m.products, m.engine, {});
    }
    m_session.clear(); // the history is not this session's
    for (const QString &html : session)
        appendLive(html);
}

void AssistantDock::onFailed(quint64 ticket, const Error &error)
{
    if (ticket == m_askTicket) {
        setWaiting(0);
        appendNote(error.code == ErrorCode::RateLimited
                       ? tr("Too many questions in a short time: wait a few seconds and ask "
                            "again.")
                       : error.message);
    } else if (ticket == m_exportTicket || ticket == m_forgetTicket || ticket == m_historyTicket) {
        emit message(error.message);
    }
}

void AssistantDock::onExported(quint64 ticket, const QString &path, int messages)
{
    if (ticket != m_exportTicket)
        return;
    emit message(tr("%n assistant message(s) exported to %1", nullptr, messages).arg(path));
}

void AssistantDock::onForgotten(quint64 ticket, int messages)
{
    if (ticket != m_forgetTicket)
        return;
    m_view->clear();
    m_session.clear();
    appendNote(tr("%n message(s) deleted: the assistant has forgotten your conversations.", nullptr,
                  messages));
}

void AssistantDock::onLink(const QUrl &url)
{
    if (url.scheme() != ProductScheme)
        return;
    emit openProduct(url.path(), url.fragment());
}

void AssistantDock::appendLive(const QString &html)
{
    m_session << html;
    m_view->append(html);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void AssistantDock::appendQuestion(const QString &text)
{
    appendLive(QStringLiteral("<p style=\"margin-top:8px\"><b>%1</b> %2</p>")
                   .arg(tr("You:").toHtmlEscaped(), escaped(text)));
}

void AssistantDock::appendAnswer(const QString &text, const QVector<CitedProduct> &products,
                                 const QString &engine, const QString &notice)
{
    QString html =
        QStringLiteral("<p><b>%1</b> %2").arg(tr("Assistant:").toHtmlEscaped(), escaped(text));
    if (!products.isEmpty()) {
        QStringList links;
        for (const CitedProduct &p : products) {
            QUrl url;
            url.setScheme(ProductScheme);
            url.setPath(p.id);
            url.setFragment(p.name);
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                              p.name.toHtmlEscaped());
        }
        html += QStringLiteral("<br>") + tr("Open: %1").arg(links.join(QStringLiteral(" · ")));
    }
    const QString by = engine == QLatin1String("local")   ? tr("local AI")
                       : engine == QLatin1String("cloud") ? tr("cloud AI")
                                                          : tr("offline assistant");
    html += QStringLiteral("<br><span style=\"color:#757575; font-size:small\">%1</span>")
                .arg(by.toHtmlEscaped());
    if (!notice.isEmpty())
        html += QStringLiteral("<br><span style=\"color:#e65100; font-size:small\">%1</span>")
                    .arg(notice.toHtmlEscaped());
    html += QStringLiteral("</p>");
    appendLive(html);
}

void AssistantDock::appendNote(const QString &text)
{
    appendLive(QStringLiteral("<p style=\"color:#b71c1c\">%1</p>").arg(escaped(text)));
}

} // namespace bodega
