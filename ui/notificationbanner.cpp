#include "notificationbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace bodega {

NotificationBanner::NotificationBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("notificationBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("notificationText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NotificationBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    // Fixed light colours with dark text: readable on light and dark themes.
    const char *background = "#e8f5e9";
    const char *border = "#81c784";
    const char *foreground = "#1b5e20";
    if (kind == Kind::Warning) {
        background = "#fff3e0";
        border = "#ffb74d";
        foreground = "#6d3200";
    } else if (kind == Kind::Error) {
        background = "#ffebee";
        border = "#e57373";
        foreground = "#8e0000";
    }
    setStyleSheet(
        QStringLiteral("QFrame#notificationBanner { background: %1; border: 1px solid %2;"
                       " border-radius: 4px; } QLabel { color: %3; }")
            .arg(QLatin1String(background), QLatin1String(border), QLatin1String(foreground)));
    m_text->setText(text);
    show();
}

QString NotificationBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace bodega
