#pragma once

#include "ui/importworker.h"

#include <QDialog>
#include <QThread>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace bodega {

// "Import products": pick a CSV, see which format it is (Shopify's current
// template, its older export, or a generic CSV), map a generic file's
// columns to product fields, check it with a dry run (what would be
// created, updated and rejected, by line), then import it with a progress
// bar and Cancel. The work runs in an ImportWorker on the dialog's own
// thread with its own store connection.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { File, Mapping, Preview, Progress };

    explicit ImportDialog(const QString &storePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    Step step() const;
    // As if the user had picked `path` (the Choose button calls it).
    void setFile(const QString &path);
    // The product fields the mapping step offers, with "" for "ignore".
    static QStringList mappableFields();

    // "Export products": a save dialog with the format, then the export on
    // a worker thread; the outcome is reported through `done`.
    static void exportProducts(QWidget *parent, const QString &storePath,
                               const std::function<void(const QString &message)> &done);

signals:
    // An import committed: the product list should reload.
    void imported(const bodega::ImportReport &report);

private:
    void chooseFile();
    void next();
    void back();
    void cancelOrClose();
    void onInspected(const ImportPreview &preview);
    void onProgress(int rows, qint64 bytesRead, qint64 bytesTotal);
    void onFinished(const ImportReport &report);
    void onFailed(const Error &error);
    void startRun(bool dryRun);
    void showStep(Step step);
    void updatePreviewButtons();
    ImportOptions options() const;

    QThread m_thread;
    ImportWorker *m_worker;
    ImportPreview m_preview;
    ImportReport m_dryRun;
    bool m_running = false;
    bool m_runIsDry = false;
    bool m_done = false; // an import committed

    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QLabel *m_format;
    QTableWidget *m_mapping;
    QLabel *m_summary;
    QTableWidget *m_rejected;
    QCheckBox *m_skipBadRows;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
};

} // namespace bodega
