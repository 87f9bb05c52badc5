// Look and feel (issue 7, point 5): one theme and one icon set, readable at
// 1366x768 and on a 1920x1080 touch screen, and every control a keyboard or
// a screen reader reaches has a name.
#include "uitestutil.h"

#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "catalog/demostore.h"
#include "storage/database.h"
#include "ui/pospage.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace bodega;
using namespace bodega::test;

namespace {

// The theme as app/bodega/main.cpp applies it, undone afterwards so the
// other tests see Qt's defaults.
class ThemedApplication
{
public:
    ThemedApplication()
        : m_style(QApplication::style()->objectName()), m_palette(QApplication::palette()),
          m_font(QApplication::font())
    {
        Theme::apply(*qApp);
    }
    ~ThemedApplication()
    {
        qApp->setStyleSheet(QString());
        QApplication::setStyle(m_style);
        QApplication::setPalette(m_palette);
        QApplication::setFont(m_font);
    }

private:
    QString m_style;
    QPalette m_palette;
    QFont m_font;
};

// A widget's name for assistive technology: what Qt's accessibility bridge
// hands a screen reader (accessibleName, button text, the buddy label).
QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool hasBuddyLabel(const QWidget &root, const QWidget *w)
{
    for (const QLabel *l : root.findChildren<QLabel *>()) {
        if (l->buddy() == w && l->isVisible() && !l->text().isEmpty())
            return true;
    }
    return false;
}

// Visible controls that take keyboard focus and have no name.
QStringList namelessControls(QWidget &root)
{
    QStringList nameless;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || w->focusProxy())
            continue;
        // Parts of a composite control: the control itself is checked.
        QWidget *parent = w->parentWidget();
        if (parent && (qobject_cast<QComboBox *>(parent) ||
                       qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QTabBar *>(parent)))
            continue;
        if (qobject_cast<QTabBar *>(w)) // named by its tabs' texts
            continue;
        if (!accessibleName(w).isEmpty() || hasBuddyLabel(root, w))
            continue;
        nameless << QStringLiteral("%1 \"%2\" in %3")
                        .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                             parent ? parent->objectName() + QLatin1Char('/') +
                                          QLatin1String(parent->metaObject()->className())
                                    : QString());
    }
    return nameless;
}

class LookAndFeelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto db = Database::open(m_storePath);
        ASSERT_TRUE(db.ok());
        OfflineEngine ai;
        CatalogService catalog(**db, ai);
        ASSERT_TRUE(catalog.settings().initialize().ok());
        ASSERT_TRUE(catalog.settings()
                        .setValue(QStringLiteral("store_name"), QStringLiteral("Tienda Doña Rosa"))
                        .ok());
        ASSERT_TRUE(DemoStore(**db, ai).populate(80).ok());
        ProductQuery query;
        query.limit = 3;
        auto some = catalog.list(query);
        ASSERT_TRUE(some.ok());
        for (const Product &p : *some)
            m_codes << (p.barcode.isEmpty() ? p.sku : p.barcode);
    }

    QTemporaryDir m_dir;
    QString m_storePath;
    QStringList m_codes;
};

} // namespace

TEST(Theme, EveryIconOfTheSetIsEmbeddedAndDraws)
{
    QStringList icons;
    QDirIterator it(QStringLiteral(":/icons"));
    while (it.hasNext())
        icons << it.next();
    // The pages', the till's keys and the forms' main actions, and the app's own.
    EXPECT_GE(icons.size(), 20) << icons.join(QLatin1Char(' ')).toStdString();
    for (const QString &path : icons) {
        const QImage image = QIcon(path).pixmap(QSize(32, 32)).toImage();
        ASSERT_FALSE(image.isNull()) << path.toStdString() << ": no SVG icon engine (libqt6svg6)";
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 0;
        }
        EXPECT_GT(inked, 32) << path.toStdString() << " draws nothing";
    }
    EXPECT_TRUE(Theme::icon(QStringLiteral("no-such-icon")).isNull());
}

TEST_F(LookAndFeelTest, PagesAndMainActionsCarryTheSetsIcons)
{
    ThemedApplication theme;
    auto window = openMainWindow(m_storePath, false);
    auto *tabs = child<QTabWidget>(*window, "pages");
    ASSERT_TRUE(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        EXPECT_FALSE(tabs->tabIcon(i).isNull())
            << "no icon on tab " << tabs->tabText(i).toStdString();
    for (const char *name :
         {"saveButton", "aiButton", "sellButton", "payKey", "newSaleKey", "syncNowButton"}) {
        auto *button = child<QAbstractButton>(*window, name);
        if (button) {
            EXPECT_FALSE(button->icon().isNull()) << name;
        }
    }
    EXPECT_EQ(qApp->styleSheet(), Theme::styleSheet());
    EXPECT_EQ(QApplication::palette().color(QPalette::Highlight), Theme::accent());
}

TEST_F(LookAndFeelTest, EveryFocusableControlHasANameOnEveryPage)
{
    ThemedApplication theme;
    auto window = openMainWindow(m_storePath, false);
    auto *tabs = child<QTabWidget>(*window, "pages");
    ASSERT_TRUE(tabs);
    QStringList nameless;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (const QString &n : namelessControls(*window)) {
            const QString where =
                tabs->tabText(i).remove(QLatin1Char('&')) + QStringLiteral(": ") + n;
            if (!nameless.contains(where))
                nameless << where;
        }
    }
    window->showAssistant(true);
    QCoreApplication::processEvents();
    for (const QString &n : namelessControls(*window))
        nameless << QStringLiteral("assistant: ") + n;
    EXPECT_TRUE(nameless.isEmpty()) << nameless.size() << " controls without a name:\n  "
                                    << nameless.join(QStringLiteral("\n  ")).toStdString();
}

TEST_F(LookAndFeelTest, TillAndProductsReadAt1366x768AndOnAFullHdTouchScreenInBothLanguages)
{
    ThemedApplication theme;
    for (const bool spanish : {false, true}) {
        std::unique_ptr<SpanishUi> language;
        if (spanish)
            language = std::make_unique<SpanishUi>();
        auto window = openMainWindow(m_storePath, false);
        PosPage *till = window->posPage();
        window->showPage(MainWindow::TillTab);
        for (const QString &code : m_codes) {
            QTest::keyClicks(till->scanField(), code);
            QTest::keyClick(till->scanField(), Qt::Key_Return);
        }
        ASSERT_TRUE(waitUntil([&] { return till->cart().lines().size() == m_codes.size(); }));
        const QFont base = QApplication::font();
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            // The font Theme::apply picks on a screen of that size.
            QApplication::setFont(Theme::font(base, size.height()));
            window->resize(size);
            for (const auto page : {MainWindow::TillTab, MainWindow::ProductsTab}) {
                window->showPage(page);
                waitUntil([&] { return clippedTexts(*window).isEmpty(); }, 2000);
                // Nothing forces the window wider or taller than the screen.
                EXPECT_LE(window->width(), size.width())
                    << (spanish ? "es " : "en ") << window->minimumSizeHint().width();
                EXPECT_LE(window->height(), size.height()) << (spanish ? "es" : "en");
                EXPECT_EQ(clippedTexts(*window).join(QStringLiteral(" | ")).toStdString(), "")
                    << "clipped at " << size.width() << "x" << size.height()
                    << (spanish ? " in Spanish" : " in English");
                const QString name =
                    QStringLiteral("%1-themed-%2-%3x%4.png")
                        .arg(page == MainWindow::TillTab ? QStringLiteral("till")
                                                         : QStringLiteral("products"),
                             spanish ? QStringLiteral("es") : QStringLiteral("en"))
                        .arg(size.width())
                        .arg(size.height());
                EXPECT_TRUE(window->grab().save(screenshotPath(name)));
            }
        }
        QApplication::setFont(base);
    }
}
