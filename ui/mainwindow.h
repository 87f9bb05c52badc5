#pragma once
#include <QMainWindow>
namespace bodega {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
} // namespace bodega
