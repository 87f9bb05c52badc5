#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bodega {

namespace {

// Rejected rows shown in the preview; the rest are counted, not listed.
constexpr int MaxRejectedShown = 1000;

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QString(), QT_TRANSLATE_NOOP("bodega::ImportDialog", "(ignore)")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Name")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "SKU")},
        {QStringLiteral("barcode"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Barcode")},
        {QStringLiteral("price"),
         QT_TRANSLATE_NOOP("bodega::ImportDialog", "Price (tax included)")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Cost")},
        {QStringLiteral("stock"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Stock")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Category")},
        {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Supplier")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Description")},
        {QStringLiteral("keywords"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Keywords")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Unit (unit, kg, l)")},
        {QStringLiteral("tax"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Tax rate (%)")},
        {QStringLiteral("threshold"),
         QT_TRANSLATE_NOOP("bodega::ImportDialog", "Low-stock threshold")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("bodega::ImportDialog", "Active")},
        {QStringLiteral("ai_written"),
         QT_TRANSLATE_NOOP("bodega::ImportDialog", "AI-written marks")},
    };
    return QCoreApplication::translate("bodega::ImportDialog", labels.value(field, ""));
}

} // namespace

QStringList ImportDialog::mappableFields()
{
    return QStringList{QString()} + ProductCsvColumns::fields();
}

ImportDialog::ImportDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent), m_worker(new ImportWorker(storePath))
{
    setWindowTitle(tr("Import products"));
    setObjectName(QStringLiteral("importDialog"));
    resize(760, 520);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::inspected, this, &ImportDialog::onInspected);
    connect(m_worker, &ImportWorker::progress, this, &ImportDialog::onProgress);
    connect(m_worker, &ImportWorker::imported, this, &ImportDialog::onFinished);
    connect(m_worker, &ImportWorker::failed, this, &ImportDialog::onFailed);
    m_thread.start();

    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // 1. The file and its format.
    auto *filePage = new QWidget(m_pages);
    auto *fileLayout = new QVBoxLayout(filePage);
    auto *intro = new QLabel(tr("Choose a product CSV: a Shopify product export (either header "
                                "set) or any spreadsheet saved as CSV, with commas or semicolons. "
                                "Nothing changes until you confirm the import."),
                             filePage);
    intro->setWordWrap(true);
    fileLayout->addWidget(intro);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(filePage);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_path->setAccessibleName(tr("File to import"));
    auto *choose = new QPushButton(tr("&Choose file…"), filePage);
    choose->setObjectName(QStringLiteral("chooseFile"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    fileLayout->addLayout(pathRow);
    auto *formatForm = new QFormLayout;
    m_format = new QLabel(tr("—"), filePage);
    m_format->setObjectName(QStringLiteral("importFormat"));
    formatForm->addRow(tr("Detected format:"), m_format);
    fileLayout->addLayout(formatForm);
    fileLayout->addStretch(1);
    m_pages->addWidget(filePage);

    // 2. A generic file's columns.
    auto *mapPage = new QWidget(m_pages);
    auto *mapLayout = new QVBoxLayout(mapPage);
    auto *mapIntro = new QLabel(tr("Say what each column of the file is. The guesses come from "
                                   "the column names; a column set to \"(ignore)\" is not read."),
                                mapPage);
    mapIntro->setWordWrap(true);
    mapLayout->addWidget(mapIntro);
    m_mapping = new QTableWidget(0, 3, mapPage);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First row"), tr("Product field")});
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setAccessibleName(tr("Column mapping"));
    mapLayout->addWidget(m_mapping, 1);
    m_pages->addWidget(mapPage);

    // 3. What the dry run found.
    auto *previewPage = new QWidget(m_pages);
    auto *previewLayout = new QVBoxLayout(previewPage);
    m_summary = new QLabel(previewPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    previewLayout->addWidget(m_summary);
    m_rejected = new QTableWidget(0, 3, previewPage);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Reason")});
    m_rejected->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setAccessibleName(tr("Rejected rows"));
    previewLayout->addWidget(m_rejected, 1);
    m_skipBadRows = new QCheckBox(tr("&Skip the rejected rows and import the others"), previewPage);
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    previewLayout->addWidget(m_skipBadRows);
    m_pages->addWidget(previewPage);

    // 4. The run.
    auto *runPage = new QWidget(m_pages);
    auto *runLayout = new QVBoxLayout(runPage);
    m_progressLabel = new QLabel(runPage);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progress = new QProgressBar(runPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    runLayout->addStretch(1);
    runLayout->addWidget(m_progressLabel);
    runLayout->addWidget(m_progress);
    runLayout->addStretch(2);
    m_pages->addWidget(runPage);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_next->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelOrClose);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportDialog::updatePreviewButtons);
    showStep(Step::File);
}

ImportDialog::~ImportDialog()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

ImportDialog::Step ImportDialog::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void ImportDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(static_cast<int>(step));
    // After a committed import there is nothing to go back to.
    m_back->setVisible(step != Step::File && !m_done);
    m_back->setEnabled(!m_running);
    m_next->setVisible(step != Step::Progress);
    m_cancel->setText(m_running ? tr("Cancel") : tr("Close"));
    switch (step) {
    case Step::File:
        m_next->setText(m_preview.format == ProductCsvFormat::Generic ? tr("&Next >")
                                                                      : tr("&Check the file >"));
        m_next->setEnabled(!m_preview.path.isEmpty() && !m_preview.header.isEmpty());
        break;
    case Step::Mapping:
        m_next->setText(tr("&Check the file >"));
        m_next->setEnabled(true);
        break;
    case Step::Preview:
        m_next->setText(tr("&Import"));
        updatePreviewButtons();
        break;
    case Step::Progress:
        break;
    }
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import products"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_format->setText(tr("Reading…"));
    m_preview = ImportPreview{};
    m_next->setEnabled(false);
    QMetaObject::invokeMethod(m_worker, "inspect", Qt::QueuedConnection, Q_ARG(QString, path));
}

void ImportDialog::onInspected(const ImportPreview &preview)
{
    m_preview = preview;
    m_format->setText(tr("%1 — %2 columns")
                          .arg(ProductCsvColumns::formatName(preview.format))
                          .arg(preview.header.size()));
    m_mapping->setRowCount(preview.header.size());
    const QStringList fields = mappableFields();
    for (int i = 0; i < preview.header.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(preview.header.at(i)));
        m_mapping->setItem(i, 1, new QTableWidgetItem(preview.firstRow.value(i).left(80)));
        auto *combo = new QComboBox(m_mapping);
        combo->setAccessibleName(tr("Field for column %1").arg(preview.header.at(i)));
        for (const QString &f : fields)
            combo->addItem(fieldLabel(f), f);
        combo->setCurrentIndex(qMax(0, fields.indexOf(preview.guesses.value(i))));
        m_mapping->setCellWidget(i, 2, combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(2, 220);
    showStep(Step::File);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.skipBadRows = m_skipBadRows->isChecked();
    if (m_preview.format == ProductCsvFormat::Generic) {
        o.format = ProductCsvReader::Expect::Generic;
        // Every column is said: what the user set, not the guesses again.
        for (int i = 0; i < m_mapping->rowCount(); ++i) {
            const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 2));
            o.mapping.insert(m_preview.header.at(i),
                             combo ? combo->currentData().toString() : QString());
        }
    } else {
        o.format = ProductCsvReader::Expect::Shopify;
    }
    return o;
}

void ImportDialog::next()
{
    switch (step()) {
    case Step::File:
        if (m_preview.format == ProductCsvFormat::Generic)
            showStep(Step::Mapping);
        else
            startRun(true);
        break;
    case Step::Mapping:
        startRun(true);
        break;
    case Step::Preview:
        startRun(false);
        break;
    case Step::Progress:
        break;
    }
}

void ImportDialog::back()
{
    if (step() == Step::Preview && m_preview.format == ProductCsvFormat::Generic)
        showStep(Step::Mapping);
    else
        showStep(Step::File);
}

void ImportDialog::cancelOrClose()
{
    if (m_running) {
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling: everything is being rolled back…"));
        m_worker->cancel();
        return;
    }
    reject();
}

void ImportDialog::startRun(bool dryRun)
{
    m_running = true;
    m_runIsDry = dryRun;
    m_progress->setValue(0);
    m_progressLabel->setText(
        dryRun ? tr("Checking every row of %1…").arg(QFileInfo(m_preview.path).fileName())
               : tr("Importing %1…").arg(QFileInfo(m_preview.path).fileName()));
    m_cancel->setEnabled(true);
    showStep(Step::Progress);
    ImportOptions o = options();
    o.dryRun = dryRun;
    QMetaObject::invokeMethod(m_worker, "import", Qt::QueuedConnection,
                              Q_ARG(QString, m_preview.path), Q_ARG(bodega::ImportOptions, o));
}

void ImportDialog::onProgress(int rows, qint64 bytesRead, qint64 bytesTotal)
{
    if (bytesTotal > 0)
        m_progress->setValue(static_cast<int>(bytesRead * 1000 / bytesTotal));
    m_progressLabel->setText((m_runIsDry ? tr("Checking: %1 rows read") : tr("Importing: %1 rows"))
                                 .arg(QLocale().toString(rows)));
}

void ImportDialog::updatePreviewButtons()
{
    const bool something = m_dryRun.created + m_dryRun.updated > 0;
    const bool clean = m_dryRun.problems.isEmpty() || m_skipBadRows->isChecked();
    m_next->setEnabled(something && clean);
    m_skipBadRows->setVisible(!m_dryRun.problems.isEmpty());
}

void ImportDialog::onFinished(const ImportReport &report)
{
    m_running = false;
    m_cancel->setEnabled(true);
    if (report.cancelled) {
        m_progressLabel->setText(tr("Cancelled: nothing was imported."));
        showStep(Step::Progress);
        return;
    }
    if (report.dryRun) {
        m_dryRun = report;
        const QLocale l;
        m_summary->setText(
            tr("<b>%1</b>, %2 rows read. Nothing has changed yet.<br>Would create: <b>%3</b> "
               "&nbsp;·&nbsp; Would update: <b>%4</b> (matched by SKU, then barcode) "
               "&nbsp;·&nbsp; Rejected: <b>%5</b>")
                .arg(ProductCsvColumns::formatName(report.format), l.toString(report.rowsRead),
                     l.toString(report.created), l.toString(report.updated),
                     l.toString(report.problems.size())));
        const int shown = qMin(report.problems.size(), MaxRejectedShown);
        m_rejected->setRowCount(shown);
        for (int i = 0; i < shown; ++i) {
            const ImportProblem &p = report.problems.at(i);
            auto *line = new QTableWidgetItem(QString::number(p.line));
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rejected->setItem(i, 0, line);
            m_rejected->setItem(i, 1, new QTableWidgetItem(p.error.field()));
            // The line is in its own column: the reason without "Line N: ".
            QString reason = p.error.message;
            const QString prefix = tr("Line %1: ").arg(p.line);
            if (reason.startsWith(prefix))
                reason = reason.mid(prefix.size());
            m_rejected->setItem(i, 2, new QTableWidgetItem(reason));
        }
        m_rejected->resizeColumnToContents(0);
        m_rejected->setVisible(!report.problems.isEmpty());
        showStep(Step::Preview);
        return;
    }
    m_progress->setValue(1000);
    if (report.committed) {
        m_done = true;
        m_progressLabel->setText(tr("Imported. Created: %1 · Updated: %2 · Rows skipped: %3")
                                     .arg(report.created)
                                     .arg(report.updated)
                                     .arg(report.problems.size()));
        emit imported(report);
    } else {
        m_progressLabel->setText(tr("Nothing was imported: %1")
                                     .arg(report.problems.isEmpty()
                                              ? QString()
                                              : report.problems.first().error.message));
    }
    showStep(Step::Progress);
}

void ImportDialog::onFailed(const Error &error)
{
    m_running = false;
    m_cancel->setEnabled(true);
    if (step() == Step::File) {
        m_format->setText(tr("Cannot be read: %1").arg(error.message));
        showStep(Step::File);
        return;
    }
    m_progressLabel->setText(tr("Nothing was imported: %1").arg(error.message));
    showStep(Step::Progress);
    m_back->setVisible(true);
    m_back->setEnabled(true);
}

void ImportDialog::exportProducts(QWidget *parent, const QString &storePath,
                                  const std::function<void(const QString &)> &done)
{
    const QString legacy = tr("Shopify CSV, export header set (*.csv)");
    const QString current = tr("Shopify CSV, current template (*.csv)");
    const QString generic = tr("Generic CSV (*.csv)");
    QString filter = legacy;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export products"), QStringLiteral("products_export.csv"),
        QStringList{legacy, current, generic}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const ProductCsvFormat format = filter == current   ? ProductCsvFormat::ShopifyCurrent
                                    : filter == generic ? ProductCsvFormat::Generic
                                                        : ProductCsvFormat::ShopifyLegacy;
    // A thread for this one export, gone when it is done.
    auto *thread = new QThread;
    auto *worker = new ImportWorker(storePath);
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(worker, &ImportWorker::exported, parent,
                     [done, thread](const QString &file, int n) {
                         done(tr("%1 products exported to %2").arg(n).arg(file));
                         thread->quit();
                     });
    QObject::connect(worker, &ImportWorker::failed, parent, [done, thread](const Error &e) {
        done(tr("Export failed: %1").arg(e.message));
        thread->quit();
    });
    thread->start();
    QMetaObject::invokeMethod(worker, "exportTo", Qt::QueuedConnection, Q_ARG(QString, path),
                              Q_ARG(bodega::ProductCsvFormat, format));
}

} // namespace bodega
