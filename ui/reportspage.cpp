#include "reportspage.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace bodega {

ReportsPage::ReportsPage(ReportWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reportsSummary"));
    m_summary->setWordWrap(true);
    auto *reload = new QPushButton(tr("Rel&oad"));
    connect(reload, &QPushButton::clicked, this, &ReportsPage::refresh);
    top->addWidget(m_summary, 1);
    top->addWidget(reload);
    layout->addLayout(top);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setAccessibleName(tr("Daily sales reports"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Format"), tr("Size"), tr("Written")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DayColumn, QHeaderView::Stretch);
    for (int c = FormatColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ReportsPage::openSelected);
    left->addWidget(m_table, 1);
    m_open = new QPushButton(tr("Ope&n"));
    m_open->setObjectName(QStringLiteral("openReportButton"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &ReportsPage::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(!selectedPath().isEmpty()); });
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_open);
    left->addLayout(openRow);
    body->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    auto *now = new QGroupBox(tr("Generate now"));
    auto *nowForm = new QFormLayout(now);
    m_day = new QDateEdit(QDate::currentDate());
    m_day->setObjectName(QStringLiteral("reportDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setMaximumDate(QDate::currentDate().addDays(1));
    nowForm->addRow(tr("&Day:"), m_day);
    m_generate = new QPushButton(tr("&Generate PDF and CSV"));
    m_generate->setObjectName(QStringLiteral("generateReportButton"));
    connect(m_generate, &QPushButton::clicked, this, &ReportsPage::generate);
    nowForm->addRow(m_generate);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("reportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nowForm->addRow(m_result);
    right->addWidget(now);

    m_settingsBox = new QGroupBox(tr("Nightly report (admins)"));
    m_settingsBox->setObjectName(QStringLiteral("nightlySettings"));
    auto *settings = new QFormLayout(m_settingsBox);
    m_hour = new QSpinBox;
    m_hour->setObjectName(QStringLiteral("nightlyHour"));
    m_hour->setRange(0, 23);
    m_hour->setSuffix(tr(":00"));
    settings->addRow(tr("&Hour:"), m_hour);
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("reportsFolder"));
    m_folder->setPlaceholderText(tr("\"reports\" beside the store"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Reports folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    settings->addRow(folderLabel, folderRow);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveNightlyButton"));
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::saveSettings);
    settings->addRow(m_save);
    m_settingsBox->setEnabled(false);
    right->addWidget(m_settingsBox);
    right->addStretch(1);
    body->addLayout(right, 2);
    layout->addLayout(body, 1);

    connect(m_worker, &ReportWorker::listed, this, &ReportsPage::onListed);
    connect(m_worker, &ReportWorker::requestFailed, this, &ReportsPage::onFailed);
    connect(m_worker, &ReportWorker::generated, this,
            [this](quint64 ticket, const QStringList &paths) {
                if (ticket != m_actionTicket)
                    return;
                m_actionTicket = 0;
                m_generate->setEnabled(true);
                QStringList names;
                for (const QString &p : paths)
                    names << QDir::toNativeSeparators(p);
                m_result->setText(tr("Written: %1").arg(names.join(QStringLiteral(", "))));
                refresh();
            });
    connect(m_worker, &ReportWorker::configured, this, [this](quint64 ticket) {
        if (ticket != m_actionTicket)
            return;
        m_actionTicket = 0;
        m_save->setEnabled(true);
        m_result->setText(tr("Nightly report settings saved"));
        refresh();
    });
    connect(m_worker, &ReportWorker::nightlyWritten, this, &ReportsPage::refresh);
}

QString ReportsPage::sizeText(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReportsPage::refresh()
{
    m_listTicket = m_worker->requestListing();
}

void ReportsPage::generate()
{
    m_generate->setEnabled(false);
    m_result->setText(tr("Generating the report of %1…").arg(m_day->date().toString(Qt::ISODate)));
    m_actionTicket = m_worker->requestGenerate(m_day->date());
}

void ReportsPage::saveSettings()
{
    m_save->setEnabled(false);
    m_actionTicket = m_worker->requestConfigure(m_hour->value(), m_folder->text().trimmed());
}

QString ReportsPage::selectedPath() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_table->item(rows.first().row(), DayColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReportsPage::openSelected()
{
    const QString path = selectedPath();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ReportsPage::onListed(quint64 ticket, const ReportListing &listing)
{
    if (ticket != m_listTicket)
        return;
    m_listTicket = 0;
    const QString folder = QDir::toNativeSeparators(listing.settings.folder);
    const QString last = listing.settings.lastWritten.isValid()
                             ? listing.settings.lastWritten.toString(Qt::ISODate)
                             : tr("none yet");
    m_summary->setText(tr("%n report file(s) in %1. The nightly report is written at %2:00 "
                          "(last: %3).",
                          nullptr, int(listing.files.size()))
                           .arg(folder)
                           .arg(listing.settings.hour, 2, 10, QLatin1Char('0'))
                           .arg(last));
    m_table->setRowCount(int(listing.files.size()));
    for (int r = 0; r < listing.files.size(); ++r) {
        const ReportFile &f = listing.files.at(r);
        auto *day = new QTableWidgetItem(QLocale().toString(f.day, QLocale::LongFormat));
        day->setData(Qt::UserRole, f.path);
        day->setToolTip(QDir::toNativeSeparators(f.path));
        m_table->setItem(r, DayColumn, day);
        m_table->setItem(r, FormatColumn, new QTableWidgetItem(f.format.toUpper()));
        auto *size = new QTableWidgetItem(sizeText(f.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, SizeColumn, size);
        m_table->setItem(
            r, WrittenColumn,
            new QTableWidgetItem(QLocale().toString(f.modified, QLocale::ShortFormat)));
    }
    m_open->setEnabled(!selectedPath().isEmpty());
    m_settingsBox->setEnabled(listing.mayConfigure);
    if (!m_folder->hasFocus() && !m_hour->hasFocus()) {
        m_hour->setValue(listing.settings.hour);
        m_folder->setText(folder);
    }
}

QString ReportsPage::errorText(const Error &error) const
{
    if (error.code == ErrorCode::PermissionDenied)
        return tr("Only a manager or an admin may see the sales reports, and only an admin may "
                  "change the nightly report: log in at the till as one. (%1)")
            .arg(error.codeName());
    return tr("%1 (%2)").arg(error.message, error.codeName());
}

void ReportsPage::onFailed(quint64 ticket, const Error &error)
{
    if (ticket == m_listTicket) {
        m_listTicket = 0;
        m_table->setRowCount(0);
        m_settingsBox->setEnabled(false);
        m_summary->setText(errorText(error));
    } else if (ticket == m_actionTicket) {
        m_actionTicket = 0;
        m_generate->setEnabled(true);
        m_save->setEnabled(true);
        m_result->setText(errorText(error));
    }
}

} // namespace bodega
