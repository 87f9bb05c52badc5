#include "theme.h"

#include <algorithm>
#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QStyleFactory>
#include <QTabWidget>

namespace bodega {

namespace {

const QColor Ink(0x24, 0x41, 0x4a);       // text and icons
const QColor Paper(0xf7, 0xf6, 0xf2);     // windows
const QColor Base(0xff, 0xff, 0xff);      // fields and lists
const QColor Alternate(0xef, 0xf2, 0xf0); // every other row
const QColor Accent(0x1f, 0x6f, 0x5c);    // selection, default button, focus
const QColor Muted(0x6b, 0x7b, 0x80);     // disabled text

} // namespace

QColor Theme::accent()
{
    return Accent;
}

QPalette Theme::palette()
{
    QPalette p;
    p.setColor(QPalette::Window, Paper);
    p.setColor(QPalette::WindowText, Ink);
    p.setColor(QPalette::Base, Base);
    p.setColor(QPalette::AlternateBase, Alternate);
    p.setColor(QPalette::Text, Ink);
    p.setColor(QPalette::Button, QColor(0xe9, 0xec, 0xe8));
    p.setColor(QPalette::ButtonText, Ink);
    p.setColor(QPalette::Highlight, Accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, Base);
    p.setColor(QPalette::ToolTipText, Ink);
    p.setColor(QPalette::PlaceholderText, Muted);
    p.setColor(QPalette::Link, Accent);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, Muted);
    return p;
}

QString Theme::styleSheet()
{
    // Only what the palette cannot say: roomier buttons and tabs, and a
    // focus ring a cashier sees from a step back.
    return QStringLiteral(
               "QPushButton { padding: 5px 4px; border-radius: 4px;"
               " border: 1px solid #b9c3c0; background: #e9ece8; }"
               "QPushButton:hover { background: #dde3df; }"
               "QPushButton:pressed { background: #cfd8d3; }"
               "QPushButton:default { border: 2px solid %1; }"
               "QPushButton:focus { border: 2px solid %1; }"
               "QPushButton:disabled { color: #9aa5a8; }"
               "QTabBar::tab { padding: 8px 16px; }"
               "QTabBar::tab:selected { color: %1; border-bottom: 3px solid %1; }"
               "QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit"
               " { padding: 3px; }"
               "QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus"
               " { border: 2px solid %1; border-radius: 3px; }"
               "QHeaderView::section { padding: 4px 6px; font-weight: bold; }")
        .arg(Accent.name());
}

QFont Theme::font(const QFont &base, int screenHeight)
{
    // The desktop's size on a laptop (the till's key row is laid out for
    // it); one point more, at least 11, on a full HD screen.
    QFont f = base;
    if (screenHeight >= 1000 && base.pointSizeF() > 0)
        f.setPointSizeF(std::max(base.pointSizeF() + 1.0, 11.0));
    return f;
}

void Theme::apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(palette());
    const QScreen *screen = QGuiApplication::primaryScreen();
    QApplication::setFont(font(QApplication::font(), screen ? screen->size().height() : 768));
    app.setStyleSheet(styleSheet());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bodega.svg")));
}

QIcon Theme::icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

void Theme::decorateTabs(QTabWidget *tabs)
{
    static const struct
    {
        const char *page;
        const char *icon;
    } pages[] = {
        {"bodega::PosPage", "till"},
        {"bodega::ProductsPage", "products"},
        {"bodega::LowStockPage", "low-stock"},
        {"bodega::SyncPage", "sync"},
        {"bodega::AuditPage", "audit"},
        {"bodega::AiLogPage", "ai"},
        {"bodega::DashboardPage", "dashboard"},
        {"bodega::ReportsPage", "reports"},
        {"bodega::PurchasingPage", "purchasing"},
        {"bodega::AlertsPage", "alerts"},
    };
    for (int i = 0; i < tabs->count(); ++i) {
        const QWidget *page = tabs->widget(i);
        for (const auto &p : pages) {
            if (page && page->inherits(p.page))
                tabs->setTabIcon(i, icon(QLatin1String(p.icon)));
        }
    }
}

void Theme::decorateActions(QWidget *root)
{
    static const struct
    {
        const char *button;
        const char *icon;
    } buttons[] = {
        {"saveButton", "save"}, {"aiButton", "ai"},         {"clearButton", "clear"},
        {"sellButton", "sell"}, {"syncNowButton", "sync"},  {"refreshButton", "refresh"},
        {"payKey", "pay"},      {"newSaleKey", "new-sale"},
    };
    // The till's other keys keep their text only: with icons on all nine
    // the Spanish key row no longer fits a 1366 px screen (test_lookandfeel).
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        for (const auto &entry : buttons) {
            if (b->objectName() == QLatin1String(entry.button))
                b->setIcon(icon(QLatin1String(entry.icon)));
        }
    }
}

} // namespace bodega
