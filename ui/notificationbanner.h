#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace bodega {

// A non-blocking message strip at the top of a page: a sale's low-stock alert,
// an oversold warning, an error. Unlike a dialog it never takes the focus away
// from the cashier or manager; it stays until closed or replaced.
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit NotificationBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Info);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};

} // namespace bodega
