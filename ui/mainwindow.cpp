#include "mainwindow.h"
namespace bodega {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
} // namespace bodega
