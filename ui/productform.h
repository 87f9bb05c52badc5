#pragma once

#include "ui/workertypes.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace bodega {

class AiWorker;
class SetupWorker;
class StoreWorker;

// The product entry form (SPEC: Catalog). It only collects text: parsing and
// validation happen in core (CatalogService::productFromText, addProduct) in
// the worker, and each error comes back naming its field, shown in red next to
// that field. "Generate with AI" fills category and description in the
// background; they stay editable and carry an "AI-written" marker until the
// user edits them, which decides the saved *_generated flags.
class ProductForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProductForm(StoreWorker *worker, QWidget *parent = nullptr);

    // "Generate with AI" goes to the AI worker (the configured LLM, with the
    // offline engine as fallback) instead of the store worker's offline
    // engine; the till's worker never waits on an LLM.
    void setAiWorker(AiWorker *ai);
    // Where the IVA rate combo gets the store's rates (read off the UI
    // thread): on refreshTaxRates(), once the store is open (the products
    // page asks with its categories), and after the settings are saved.
    void setTaxRateSource(SetupWorker *setup);
    void refreshTaxRates();
    // The store's rates to choose from; the chosen one stays, marked as not
    // the store's when it is not among them.
    void setTaxRates(const QVector<int> &basisPoints);
    // Selects `basisPoints` (a product's own rate), adding it when the store
    // does not have it.
    void setTaxRate(int basisPoints);
    // The chosen rate; -1 when there is none to choose from.
    int taxRate() const;
    void setCategories(const QStringList &categories);
    void clear();
    bool isBusy() const { return m_aiTicket != 0 || m_saveTicket != 0; }
    bool categoryIsAiWritten() const { return m_categoryAi; }
    bool descriptionIsAiWritten() const { return m_descriptionAi; }
    // The error shown for a field ("name", "barcode", ...); empty when none.
    QString fieldError(const QString &field) const;

public slots:
    void generateWithAi();
    void save();

signals:
    void productSaved(const bodega::Product &product);
    void message(const QString &text);

private:
    struct Field
    {
        QWidget *input = nullptr;
        QLabel *error = nullptr;
    };

    QLineEdit *addLineField(const QString &key, const QString &label, const QString &placeholder);
    void addField(const QString &key, const QString &label, QWidget *input,
                  QLabel *marker = nullptr);
    QLabel *makeAiMarker(const QString &objectName);
    void showError(const Error &error);
    void clearErrors();
    void clearError(const QString &field);
    void setAiWritten(bool category, bool description);
    void setBusy(bool busy, const QString &what = {});
    QString aiLanguage() const;

    void onSuggestion(quint64 ticket, const AiSuggestion &suggestion);
    void onProductAdded(quint64 ticket, const Product &product);
    void onFailed(quint64 ticket, const Error &error);
    void onAiFailed(quint64 ticket, const Error &error);

    StoreWorker *m_worker;
    QFormLayout *m_layout = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_sku = nullptr;
    QLineEdit *m_barcode = nullptr;
    QLineEdit *m_keywords = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_stock = nullptr;
    QLineEdit *m_threshold = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_tax = nullptr;
    QVector<int> m_storeRates;
    SetupWorker *m_setup = nullptr;
    quint64 m_ratesTicket = 0;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_categoryMarker = nullptr;
    QLabel *m_descriptionMarker = nullptr;
    QLabel *m_generalError = nullptr;
    QPushButton *m_aiButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QHash<QString, Field> m_fields;
    bool m_categoryAi = false;
    bool m_descriptionAi = false;
    bool m_aiKeepsCategory = false; // the user's category went to the AI as known
    bool m_filling = false;         // our own setText, not the user's typing
    quint64 m_aiTicket = 0;         // from m_ai when set, else from m_worker
    AiWorker *m_ai = nullptr;
    quint64 m_saveTicket = 0;
};

} // namespace bodega
