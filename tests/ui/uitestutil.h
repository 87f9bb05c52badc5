#pragma once

#include "ui/firstrunwizard.h"
#include "ui/mainwindow.h"
#include "ui/productspage.h"
#include "ui/producttablemodel.h"

#include <gtest/gtest.h>
#include <memory>
#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QRadioButton>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace bodega::test {

// QTRY-style: runs the event loop until pred() holds or the deadline passes.
// Worker results arrive as queued signals, so the loop must turn; no fixed sleeps.
template <typename Pred> bool waitUntil(Pred pred, int timeoutMs = 15000)
{
    return QTest::qWaitFor(pred, timeoutMs);
}

// The named child, or a test failure that says which one is missing.
template <typename T> T *child(const QWidget &parent, const char *objectName)
{
    T *found = parent.findChild<T *>(QLatin1String(objectName));
    EXPECT_NE(found, nullptr) << "no child named " << objectName;
    return found;
}

// A laptop screen, the smallest a store's back office is likely to have.
inline const QSize ScreenSize(1366, 768);

// The main window on a store, shown at ScreenSize, once its first page is in.
inline std::unique_ptr<MainWindow> openMainWindow(const QString &storePath, bool offerFirstRun)
{
    MainWindow::Options options;
    options.offerFirstRun = offerFirstRun;
    auto window = std::make_unique<MainWindow>(storePath, options);
    window->resize(ScreenSize);
    window->show();
    EXPECT_TRUE(waitUntil([&] {
        return window->isReady() && !window->productsPage()->model()->isLoading();
    })) << "the store did not open";
    return window;
}

// The first-run wizard of a new store, through with its defaults, with or
// without the demo store; false when no wizard came up.
inline bool finishFirstRun(const MainWindow &window, bool demo)
{
    if (!waitUntil([&] { return window.firstRunWizard() && window.firstRunWizard()->isLoaded(); }))
        return false;
    FirstRunWizard *wizard = window.firstRunWizard();
    while (wizard->currentId() != FirstRunWizard::DemoPage) {
        const int was = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == was)
            return false;
    }
    wizard
        ->findChild<QRadioButton *>(demo ? QStringLiteral("demoRadio")
                                         : QStringLiteral("startEmptyRadio"))
        ->setChecked(true);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    return waitUntil([&] { return !window.firstRunWizard(); });
}

inline QString screenshotPath(const QString &fileName)
{
    const QString dir = QStringLiteral(BODEGA_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + fileName;
}

// The GUI's language, set up as app/bodega/main.cpp does it for Spanish: es-CO
// as the default locale and the embedded translation from :/i18n. Undone on
// destruction so the other tests keep the source (English) strings.
class SpanishUi
{
public:
    SpanishUi() : m_previousLocale(QLocale())
    {
        const QLocale uiLocale(QLocale::Spanish, QLocale::Colombia);
        QLocale::setDefault(uiLocale);
        m_loaded = m_translator.load(uiLocale, QStringLiteral("bodega"), QStringLiteral("_"),
                                     QStringLiteral(":/i18n"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~SpanishUi()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previousLocale);
    }
    bool loaded() const { return m_loaded; }
    QString fileName() const { return m_translator.filePath(); }

private:
    QLocale m_previousLocale;
    QTranslator m_translator;
    bool m_loaded = false;
};

// Alt+letter shortcuts of the visible widgets under root: label buddies,
// buttons and tabs. Two widgets with the same letter on one screen make one of
// them unreachable from the keyboard.
inline QMap<QString, QStringList> visibleMnemonics(const QWidget &root)
{
    QMap<QString, QStringList> byKey;
    auto add = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString()].append(text);
    };
    for (const QAbstractButton *b : root.findChildren<QAbstractButton *>()) {
        if (b->isVisible())
            add(b->text());
    }
    for (const QLabel *l : root.findChildren<QLabel *>()) {
        if (l->isVisible() && l->buddy() && l->buddy()->isVisible())
            add(l->text());
    }
    for (const QTabBar *bar : root.findChildren<QTabBar *>()) {
        if (!bar->isVisible())
            continue;
        for (int i = 0; i < bar->count(); ++i)
            add(bar->tabText(i));
    }
    return byKey;
}

// Visible buttons and one-line labels narrower than their text: clipped text.
inline QStringList clippedTexts(const QWidget &root)
{
    QStringList clipped;
    for (const QAbstractButton *b : root.findChildren<QAbstractButton *>()) {
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->minimumSizeHint().width())
            clipped << b->text();
    }
    for (const QLabel *l : root.findChildren<QLabel *>()) {
        // The status bar's last action is elided on purpose (full text in its tooltip).
        if (l->objectName() == QLatin1String("lastActionLabel"))
            continue;
        if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty() &&
            l->width() < l->minimumSizeHint().width())
            clipped << l->text();
    }
    return clipped;
}

// Header sections (other than the stretched one) too narrow for their title.
inline QStringList clippedHeaders(const QHeaderView &header)
{
    QStringList clipped;
    for (int c = 0; c < header.count(); ++c) {
        if (header.sectionResizeMode(c) == QHeaderView::Stretch || header.isSectionHidden(c))
            continue;
        if (header.sectionSize(c) < header.sectionSizeHint(c))
            clipped << header.model()->headerData(c, header.orientation()).toString() +
                           QStringLiteral(" (%1 < %2 px)")
                               .arg(header.sectionSize(c))
                               .arg(header.sectionSizeHint(c));
    }
    return clipped;
}

inline QString describe(const QMap<QString, QStringList> &byKey)
{
    QStringList lines;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        lines << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace bodega::test
