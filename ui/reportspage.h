#pragma once

#include "ui/reportworker.h"

#include <QWidget>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bodega {

// The daily sales reports (issue 6 point 5): the ones in the reports
// folder (day, format, size), opened with the desktop's viewer; "Generate
// now" for a chosen day, off the UI thread (ReportWorker); and, for admins,
// the nightly report's hour and folder. For managers and admins: core
// decides, and PERMISSION_DENIED is shown as such.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { DayColumn, FormatColumn, SizeColumn, WrittenColumn, ColumnCount };

    explicit ReportsPage(ReportWorker *worker, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLabel *result() const { return m_result; }
    QDateEdit *dayEdit() const { return m_day; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *openButton() const { return m_open; }
    QGroupBox *settingsBox() const { return m_settingsBox; }
    QSpinBox *hourEdit() const { return m_hour; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *saveButton() const { return m_save; }
    bool isBusy() const { return m_listTicket != 0 || m_actionTicket != 0; }
    // The file of the selected row; empty when none is.
    QString selectedPath() const;

    static QString sizeText(qint64 bytes, const QLocale &locale = QLocale());

public slots:
    void refresh();
    void generate();
    void saveSettings();
    void openSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onListed(quint64 ticket, const ReportListing &listing);
    void onFailed(quint64 ticket, const Error &error);
    QString errorText(const Error &error) const;

    ReportWorker *m_worker;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_open;
    QDateEdit *m_day;
    QPushButton *m_generate;
    QLabel *m_result;
    QGroupBox *m_settingsBox;
    QSpinBox *m_hour;
    QLineEdit *m_folder;
    QPushButton *m_save;
    quint64 m_listTicket = 0;
    quint64 m_actionTicket = 0;
};

} // namespace bodega
