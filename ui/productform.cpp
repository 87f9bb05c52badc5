#include "productform.h"

#include "setup/storesetup.h"
#include "ui/aiworker.h"
#include "ui/setupworker.h"

#include "ui/storeworker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace bodega {

namespace {

const QString errorStyle = QStringLiteral("color: #b71c1c;");
const QString invalidInputStyle =
    QStringLiteral("border: 1px solid #c62828; border-radius: 3px; padding: 2px;");

} // namespace

ProductForm::ProductForm(StoreWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("New product"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    outer->addWidget(title);

    m_layout = new QFormLayout;
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setVerticalSpacing(6);
    outer->addLayout(m_layout);

    m_name = addLineField(QStringLiteral("name"), tr("&Name"), tr("e.g. Arroz Diana 500 g"));
    m_sku = addLineField(QStringLiteral("sku"), tr("S&KU"), tr("generated when empty"));
    m_barcode =
        addLineField(QStringLiteral("barcode"), tr("&Barcode"), tr("EAN-13, EAN-8 or UPC-A"));
    m_keywords = addLineField(QStringLiteral("keywords"), tr("&Keywords"),
                              tr("comma-separated, e.g. arroz, grano"));
    m_price = addLineField(QStringLiteral("price"), tr("&Price"), tr("tax included, e.g. 4500"));
    m_tax = new QComboBox(this);
    m_tax->setObjectName(QStringLiteral("taxCombo"));
    m_tax->setToolTip(tr("The IVA rates the store was set up with (Settings); the price "
                         "includes it."));
    // No mnemonic: every letter of it is taken on this page in Spanish.
    addField(QStringLiteral("tax"), tr("IVA rate"), m_tax);
    setTaxRates(StoreSetup::defaultTaxRates());
    connect(m_tax, &QComboBox::currentIndexChanged, this,
            [this] { clearError(QStringLiteral("tax")); });
    m_stock = addLineField(QStringLiteral("stock"), tr("S&tock"), tr("units on hand, e.g. 12"));
    m_threshold =
        addLineField(QStringLiteral("threshold"), tr("&Low-stock threshold"), tr("default 10"));

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->lineEdit()->setPlaceholderText(tr("choose, type, or generate with AI"));
    m_categoryMarker = makeAiMarker(QStringLiteral("categoryAiMarker"));
    addField(QStringLiteral("category"), tr("&Category"), m_category, m_categoryMarker);
    connect(m_category, &QComboBox::currentTextChanged, this, [this] {
        if (m_filling)
            return;
        clearError(QStringLiteral("category"));
        // The user chose or typed a category: it is theirs now.
        setAiWritten(false, m_descriptionAi);
    });

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What a customer should know; or generate with AI"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(80);
    m_description->setMaximumHeight(120);
    m_descriptionMarker = makeAiMarker(QStringLiteral("descriptionAiMarker"));
    addField(QStringLiteral("description"), tr("&Description"), m_description, m_descriptionMarker);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        clearError(QStringLiteral("description"));
        setAiWritten(m_categoryAi, false);
    });

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("formError"));
    m_generalError->setStyleSheet(errorStyle);
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    outer->addWidget(m_generalError);

    auto *busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("aiProgress"));
    m_busy->setRange(0, 0); // indeterminate: the engine reports no steps
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busyLabel = new QLabel(this);
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busy, 1);
    m_busy->hide();
    m_busyLabel->hide();
    outer->addLayout(busyRow);

    auto *buttons = new QHBoxLayout;
    m_aiButton = new QPushButton(tr("Generate with &AI"), this);
    m_aiButton->setObjectName(QStringLiteral("aiButton"));
    m_aiButton->setToolTip(
        tr("Suggest a category and write a description from the name and keywords"));
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_aiButton);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_saveButton);
    outer->addLayout(buttons);
    outer->addStretch(1);

    connect(m_aiButton, &QPushButton::clicked, this, &ProductForm::generateWithAi);
    connect(m_saveButton, &QPushButton::clicked, this, &ProductForm::save);
    connect(m_clearButton, &QPushButton::clicked, this, &ProductForm::clear);
    connect(m_worker, &StoreWorker::suggestionReady, this, &ProductForm::onSuggestion);
    connect(m_worker, &StoreWorker::productAdded, this, &ProductForm::onProductAdded);
    connect(m_worker, &StoreWorker::requestFailed, this, &ProductForm::onFailed);

    setAiWritten(false, false);
}

QLineEdit *ProductForm::addLineField(const QString &key, const QString &label,
                                     const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    addField(key, label, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { clearError(key); });
    // Fast entry: Enter in any line saves, as on a paper form's last line.
    connect(edit, &QLineEdit::returnPressed, this, &ProductForm::save);
    return edit;
}

QLabel *ProductForm::makeAiMarker(const QString &objectName)
{
    auto *marker = new QLabel(tr("AI-written"), this);
    marker->setObjectName(objectName);
    marker->setToolTip(tr("Written by the AI. Edit it to make it yours."));
    marker->setStyleSheet(
        QStringLiteral("QLabel { background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9;"
                       " border-radius: 8px; padding: 1px 6px; font-weight: bold; }"));
    return marker;
}

void ProductForm::addField(const QString &key, const QString &label, QWidget *input, QLabel *marker)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    // Under the field, not beside it: the input keeps the form's full width
    // and the marker takes no room while hidden.
    if (marker)
        column->addWidget(marker, 0, Qt::AlignLeft);
    auto *error = new QLabel(box);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setStyleSheet(errorStyle);
    error->setWordWrap(true);
    error->hide();
    column->addWidget(error);
    m_layout->addRow(label, box);
    if (auto *rowLabel = qobject_cast<QLabel *>(m_layout->labelForField(box)))
        rowLabel->setBuddy(input);
    m_fields.insert(key, Field{input, error});
}

void ProductForm::setCategories(const QStringList &categories)
{
    const QString current = m_category->currentText();
    m_filling = true;
    m_category->clear();
    m_category->addItems(categories);
    m_category->setCurrentIndex(-1);
    m_category->setEditText(current);
    m_filling = false;
}

void ProductForm::setTaxRateSource(SetupWorker *setup)
{
    m_setup = setup;
    connect(m_setup, &SetupWorker::taxRatesLoaded, this,
            [this](quint64 ticket, const QVector<int> &rates) {
                if (ticket == m_ratesTicket)
                    setTaxRates(rates);
            });
    // New rates saved in the settings count at once.
    connect(m_setup, &SetupWorker::applied, this,
            [this](quint64, const SetupState &state) { setTaxRates(state.plan.taxRatesBp); });
}

void ProductForm::refreshTaxRates()
{
    if (m_setup)
        m_ratesTicket = m_setup->requestTaxRates();
}

void ProductForm::setTaxRates(const QVector<int> &basisPoints)
{
    const int chosen = m_tax->count() > 0 ? taxRate() : -1;
    m_storeRates = basisPoints;
    m_tax->clear();
    for (int bp : basisPoints)
        m_tax->addItem(tr("%1 %").arg(StoreSetup::taxRateText(bp)), bp);
    if (chosen >= 0)
        setTaxRate(chosen);
    else
        m_tax->setCurrentIndex(0); // the first is the store's usual rate
}

void ProductForm::setTaxRate(int basisPoints)
{
    int index = m_tax->findData(basisPoints);
    if (index < 0) {
        m_tax->addItem(
            tr("%1 % (not one of the store's rates)").arg(StoreSetup::taxRateText(basisPoints)),
            basisPoints);
        index = m_tax->count() - 1;
    }
    m_tax->setCurrentIndex(index);
}

int ProductForm::taxRate() const
{
    return m_tax->currentIndex() < 0 ? -1 : m_tax->currentData().toInt();
}

void ProductForm::clear()
{
    m_filling = true;
    for (QLineEdit *edit : {m_name, m_sku, m_barcode, m_keywords, m_price, m_stock, m_threshold})
        edit->clear();
    m_category->setCurrentIndex(-1);
    m_category->setEditText(QString());
    m_description->clear();
    // Back to the store's rates alone, the usual one chosen.
    m_tax->clear();
    setTaxRates(m_storeRates);
    m_filling = false;
    setAiWritten(false, false);
    clearErrors();
    m_name->setFocus();
}

QString ProductForm::fieldError(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd())
        return m_generalError->isVisibleTo(this) ? m_generalError->text() : QString();
    return it->error->isVisibleTo(this) ? it->error->text() : QString();
}

void ProductForm::setAiWritten(bool category, bool description)
{
    m_categoryAi = category;
    m_descriptionAi = description;
    m_categoryMarker->setVisible(category);
    m_descriptionMarker->setVisible(description);
}

QString ProductForm::aiLanguage() const
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("es");
}

void ProductForm::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what);
    m_aiButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
}

void ProductForm::generateWithAi()
{
    if (m_aiTicket != 0)
        return;
    clearErrors();
    AiRequest request;
    request.name = m_name->text();
    // The same separators productFromText() accepts.
    static const QRegularExpression separators(QStringLiteral("[,;|]"));
    request.keywords = m_keywords->text().split(separators, Qt::SkipEmptyParts);
    for (QString &k : request.keywords)
        k = k.trimmed();
    // A category the user chose is kept and the description follows it; an AI
    // category from an earlier click is asked again.
    if (!m_categoryAi)
        request.category = m_category->currentText();
    request.language = aiLanguage();
    m_aiKeepsCategory = !request.category.trimmed().isEmpty();
    m_aiTicket = m_ai ? m_ai->requestSuggestion(request) : m_worker->requestSuggestion(request);
    setBusy(true, tr("Writing with AI…"));
}

void ProductForm::onSuggestion(quint64 ticket, const AiSuggestion &suggestion)
{
    if (ticket != m_aiTicket)
        return;
    m_aiTicket = 0;
    setBusy(false);
    m_filling = true;
    bool categoryFilled = false;
    if (!m_aiKeepsCategory && !suggestion.category.isEmpty()) {
        m_category->setEditText(suggestion.category);
        categoryFilled = true;
    } else if (m_categoryAi) {
        categoryFilled = true;
    }
    if (!suggestion.description.isEmpty())
        m_description->setPlainText(suggestion.description);
    m_filling = false;
    setAiWritten(categoryFilled, !suggestion.description.isEmpty() || m_descriptionAi);
    if (suggestion.fallback) {
        // The LLM did not answer: say so, and that what is shown is the
        // offline engine's work.
        m_generalError->setText(suggestion.fallbackReason);
        m_generalError->show();
        emit message(m_generalError->text());
        return;
    }
    emit message(tr("AI suggestion ready (%1 engine)").arg(suggestion.engine));
}

void ProductForm::setAiWorker(AiWorker *ai)
{
    m_ai = ai;
    connect(m_ai, &AiWorker::suggestionReady, this, &ProductForm::onSuggestion);
    connect(m_ai, &AiWorker::requestFailed, this, &ProductForm::onAiFailed);
    // Tickets of the two workers are counted apart: the store worker's
    // answers no longer speak for the AI request.
    disconnect(m_worker, &StoreWorker::suggestionReady, this, &ProductForm::onSuggestion);
}

void ProductForm::onAiFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || ticket != m_aiTicket)
        return;
    m_aiTicket = 0;
    setBusy(false);
    showError(error);
}

void ProductForm::save()
{
    if (m_saveTicket != 0 || m_aiTicket != 0)
        return;
    clearErrors();
    QMap<QString, QString> fields;
    fields.insert(QStringLiteral("name"), m_name->text());
    fields.insert(QStringLiteral("sku"), m_sku->text());
    fields.insert(QStringLiteral("barcode"), m_barcode->text());
    fields.insert(QStringLiteral("keywords"), m_keywords->text());
    fields.insert(QStringLiteral("price"), m_price->text());
    fields.insert(QStringLiteral("threshold"), m_threshold->text());
    if (const int bp = taxRate(); bp >= 0)
        fields.insert(QStringLiteral("tax"), StoreSetup::taxRateText(bp, QLocale::c()));
    fields.insert(QStringLiteral("category"), m_category->currentText());
    fields.insert(QStringLiteral("description"), m_description->toPlainText());
    m_saveTicket =
        m_worker->requestAddProduct(fields, m_stock->text(), m_categoryAi, m_descriptionAi);
    setBusy(true, tr("Saving…"));
}

void ProductForm::onProductAdded(quint64 ticket, const Product &product)
{
    if (ticket != m_saveTicket)
        return;
    m_saveTicket = 0;
    setBusy(false);
    clear();
    emit productSaved(product);
    emit message(tr("Saved %1 (SKU %2)").arg(product.name, product.sku));
}

void ProductForm::onFailed(quint64 ticket, const Error &error)
{
    if (ticket == 0 || (ticket != m_saveTicket && (m_ai || ticket != m_aiTicket)))
        return;
    if (ticket == m_saveTicket)
        m_saveTicket = 0;
    else
        m_aiTicket = 0;
    setBusy(false);
    showError(error);
}

void ProductForm::showError(const Error &error)
{
    const auto it = m_fields.constFind(error.field());
    if (it == m_fields.constEnd()) {
        m_generalError->setText(error.message);
        m_generalError->show();
        emit message(error.message);
        return;
    }
    it->error->setText(error.message);
    it->error->show();
    if (qobject_cast<QLineEdit *>(it->input) || qobject_cast<QPlainTextEdit *>(it->input))
        it->input->setStyleSheet(invalidInputStyle);
    it->input->setFocus();
    emit message(error.message);
}

void ProductForm::clearError(const QString &field)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd())
        return;
    it->error->clear();
    it->error->hide();
    it->input->setStyleSheet(QString());
}

void ProductForm::clearErrors()
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        clearError(it.key());
    m_generalError->clear();
    m_generalError->hide();
}

} // namespace bodega
