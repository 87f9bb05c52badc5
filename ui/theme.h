#pragma once

#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;
class QTabWidget;
class QWidget;

namespace bodega {

// Bodega's one look, applied once by app/bodega/main.cpp: Qt's Fusion style
// (the same on every desktop), a calm palette with one accent colour, one
// spacing scale, a font size that stays readable from 1366x768 to a
// 1920x1080 touch screen, and the icon set in resources/icons.
class Theme
{
public:
    static constexpr int Spacing = 8;      // between controls
    static constexpr int Margin = 12;      // around a page
    static constexpr int TouchTarget = 44; // px: the smallest button a finger hits

    static QPalette palette();
    static QString styleSheet();
    // The application font for a screen of that height: the desktop's up
    // to 1000 px, a point larger (at least 11 pt) on full HD and above (a
    // POS screen read from a step back).
    static QFont font(const QFont &base, int screenHeight);
    static void apply(QApplication &app);

    // resources/icons/<name>.svg; a null icon for a name not in the set.
    static QIcon icon(const QString &name);
    // The page icons on the main window's tabs, by page class; a page the
    // set has no icon for keeps its text only.
    static void decorateTabs(QTabWidget *tabs);
    // The main actions' icons (save, generate with AI, pay, ...) on the
    // buttons under root, by object name.
    static void decorateActions(QWidget *root);

    static QColor accent();
};

} // namespace bodega
