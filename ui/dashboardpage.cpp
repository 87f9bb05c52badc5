#include "dashboardpage.h"

#include "ui/dashboardworker.h"

#include <algorithm>
#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace bodega {

namespace {

constexpr int MaxCategorySlices = 6; // the rest is one "Other" slice

QChartView *makeView(const char *name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 220);
    return view;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

double units(Quantity q)
{
    return double(q.milli()) / Quantity::Scale;
}

// A round step that cuts 0..max into about `parts` intervals.
double niceStep(double max, int parts)
{
    if (max <= 0)
        return 1;
    const double raw = max / parts;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= raw)
            return f * magnitude;
    }
    return 10 * magnitude;
}

// One bar set across, its categories bottom-up (callers give them in that
// order), a value axis from 0 titled `unit`, the value on each bar.
QHorizontalBarSeries *addHorizontalBars(QChart *chart, QBarSet *set, const QStringList &names,
                                        double max, const QString &unit)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, std::max(1.0, max * 1.15));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return series;
}

QString unitsText(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

DashboardPage::DashboardPage(DashboardWorker *worker, QWidget *parent)
    : QWidget(parent), m_worker(worker)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(tr("Loading the dashboard…"), this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto *groupingLabel = new QLabel(tr("Sales &by:"), this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("dashboardGrouping"));
    m_grouping->addItem(tr("Day (last 30 days)"), int(SalesGrouping::Day));
    m_grouping->addItem(tr("Week (last 12 weeks)"), int(SalesGrouping::Week));
    m_grouping->addItem(tr("Month (last 12 months)"), int(SalesGrouping::Month));
    groupingLabel->setBuddy(m_grouping);
    top->addWidget(groupingLabel);
    top->addWidget(m_grouping);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    auto *charts = new QWidget(m_stack);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    m_stockView = makeView("stockChart", charts);
    m_stockView->setAccessibleName(tr("Stock against threshold"));
    m_coverView = makeView("coverChart", charts);
    m_coverView->setAccessibleName(tr("Days of cover"));
    m_salesView = makeView("salesChart", charts);
    m_salesView->setAccessibleName(tr("Net sales over time"));
    m_topView = makeView("topChart", charts);
    m_topView->setAccessibleName(tr("Best sellers"));
    m_categoryView = makeView("categoryChart", charts);
    m_categoryView->setAccessibleName(tr("Sales by category"));
    grid->addWidget(m_stockView, 0, 0, 1, 2);
    grid->addWidget(m_coverView, 0, 2);
    grid->addWidget(m_salesView, 1, 0);
    grid->addWidget(m_topView, 1, 1);
    grid->addWidget(m_categoryView, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    m_stack->addWidget(charts);
    layout->addWidget(m_stack, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(RefreshDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_worker, &DashboardWorker::loaded, this, &DashboardPage::onLoaded);
    connect(m_worker, &DashboardWorker::failed, this, &DashboardPage::onFailed);
}

QString DashboardPage::shortName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.size() <= ShortNameChars)
        return trimmed;
    return trimmed.left(ShortNameChars - 1).trimmed() + QChar(0x2026);
}

QString DashboardPage::money(qint64 minor) const
{
    return Money(minor, m_snapshot.currency).format();
}

void DashboardPage::start()
{
    m_started = true;
    refresh();
}

void DashboardPage::refreshSoon()
{
    if (!m_started)
        return;
    if (!isVisible()) {
        m_stale = true; // loaded when shown: no work for a page nobody looks at
        return;
    }
    if (!m_debounce.isActive())
        m_debounce.start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void DashboardPage::refresh()
{
    if (!m_started)
        return;
    if (m_ticket != 0) {
        m_pending = true; // one request at a time; the newest wish follows it
        return;
    }
    m_ticket = ++m_nextTicket;
    const int grouping = m_grouping->currentData().toInt();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, t = m_ticket, grouping] { w->load(t, grouping); },
        Qt::QueuedConnection);
}

void DashboardPage::onLoaded(quint64 ticket, const DashboardSnapshot &snapshot)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_snapshot = snapshot;
    ++m_loads;
    render();
    if (m_pending) {
        m_pending = false;
        m_debounce.start();
    }
}

void DashboardPage::onFailed(quint64 ticket, const Error &error)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_empty->setText(error.code == ErrorCode::PermissionDenied
                         ? tr("Only a manager or an admin may see the dashboard: log in at the "
                              "till as one. (%1)")
                               .arg(error.codeName())
                         : tr("The dashboard could not be read: %1").arg(error.message));
    m_summary->clear();
    m_stack->setCurrentWidget(m_empty);
    if (m_pending) {
        m_pending = false;
        m_debounce.start();
    }
}

void DashboardPage::render()
{
    const DashboardSnapshot &s = m_snapshot;
    if (!s.hasProducts) {
        m_empty->setText(tr("The store has no products yet. Add products (or fill the demo "
                            "store) and sell: stock, sales and best sellers show here."));
        m_summary->setText(tr("Nothing to show yet."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    qint64 net = 0;
    for (const SalesBucket &b : s.salesOverTime)
        net += b.net.minor();
    const QLocale locale;
    const QString low = s.lowCount == 0 ? tr("No product is below its threshold.")
                        : s.lowCount >= DashboardQuery::LowCountCap
                            ? tr("More than %1 products are below their threshold.")
                                  .arg(locale.toString(DashboardQuery::LowCountCap))
                            : tr("%n product(s) below their threshold.", nullptr, int(s.lowCount));
    m_summary->setText(
        tr("%1 Net sales shown: %2. Updated %3.")
            .arg(low, money(net), locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    renderStock();
    renderCover();
    renderSales();
    renderTop();
    renderCategories();
}

void DashboardPage::renderStock()
{
    QChart *chart = m_stockView->chart();
    clear(chart);
    const QVector<LowProduct> &low = m_snapshot.low;
    if (low.isEmpty()) {
        chart->setTitle(tr("Stock against threshold: no product is low"));
        chart->legend()->hide();
        return;
    }
    chart->setTitle(tr("Stock against threshold, the %n lowest (click a bar to open the product)",
                       nullptr, int(low.size())));
    auto *stock = new QBarSet(tr("Stock"));
    auto *threshold = new QBarSet(tr("Threshold"));
    stock->setColor(QColor(0xc6, 0x28, 0x28));
    threshold->setColor(QColor(0x90, 0xa4, 0xae));
    QStringList names;
    double max = 0;
    for (const LowProduct &l : low) {
        *stock << std::max(0.0, units(l.product.stock));
        *threshold << units(l.product.threshold);
        names << shortName(l.product.name);
        max = std::max({max, units(l.product.stock), units(l.product.threshold)});
    }
    auto *series = new QBarSeries;
    series->append(stock);
    series->append(threshold);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsAngle(-35);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1.0, max * 1.1));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("units"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->show();
    const auto tip = [this](bool on, int index) {
        if (!on || index < 0 || index >= m_snapshot.low.size())
            return;
        const LowProduct &l = m_snapshot.low[index];
        QToolTip::showText(QCursor::pos(), tr("%1 (%2)\nStock %3, threshold %4")
                                               .arg(l.product.name, l.product.sku,
                                                    unitsText(units(l.product.stock)),
                                                    unitsText(units(l.product.threshold))));
    };
    connect(stock, &QBarSet::hovered, this, tip);
    connect(threshold, &QBarSet::hovered, this, tip);
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_snapshot.low.size())
            emit openProduct(m_snapshot.low[index].product.id, m_snapshot.low[index].product.name);
    });
}

void DashboardPage::renderCover()
{
    QChart *chart = m_coverView->chart();
    clear(chart);
    chart->legend()->hide();
    const QVector<LowProduct> &low = m_snapshot.low;
    if (low.isEmpty()) {
        chart->setTitle(tr("Days of cover: no product is low"));
        return;
    }
    chart->setTitle(tr("Days of cover at the forecast pace (no bar: does not sell)"));
    // Horizontal bars list bottom-up: the lowest product goes last so it is on top.
    auto *days = new QBarSet(tr("Days of cover"));
    days->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList names;
    double max = 0;
    for (qsizetype i = low.size() - 1; i >= 0; --i) {
        // One decimal is what a manager reads; a non-selling product has no bar.
        const double d = std::round(low[i].daysOfCover.value_or(0) * 10) / 10;
        *days << d;
        names << shortName(low[i].product.name);
        max = std::max(max, d);
    }
    auto *series = addHorizontalBars(chart, days, names, max, tr("days"));
    const auto product = [this](int index) -> const LowProduct * {
        const qsizetype at = m_snapshot.low.size() - 1 - index;
        return at >= 0 && at < m_snapshot.low.size() ? &m_snapshot.low[at] : nullptr;
    };
    connect(days, &QBarSet::hovered, this, [this, product](bool on, int index) {
        const LowProduct *l = product(index);
        if (!on || !l)
            return;
        const QLocale locale;
        QToolTip::showText(
            QCursor::pos(),
            l->daysOfCover ? tr("%1\n%2 days of cover at %3 a day; runs out %4")
                                 .arg(l->product.name, locale.toString(*l->daysOfCover, 'f', 1),
                                      locale.toString(l->dailyDemand, 'f', 2),
                                      locale.toString(l->stockOutDate, QLocale::ShortFormat))
                           : tr("%1\nDoes not sell: no stock-out expected").arg(l->product.name));
    });
    connect(series, &QHorizontalBarSeries::clicked, this, [this, product](int index, QBarSet *) {
        if (const LowProduct *l = product(index))
            emit openProduct(l->product.id, l->product.name);
    });
}

void DashboardPage::renderSales()
{
    QChart *chart = m_salesView->chart();
    clear(chart);
    chart->legend()->hide();
    const QVector<SalesBucket> &buckets = m_snapshot.salesOverTime;
    const QString by = m_snapshot.grouping == SalesGrouping::Day    ? tr("a day")
                       : m_snapshot.grouping == SalesGrouping::Week ? tr("a week")
                                                                    : tr("a month");
    if (!m_snapshot.hasSales()) {
        chart->setTitle(tr("Net sales %1: no sales yet").arg(by));
        return;
    }
    chart->setTitle(tr("Net sales %1").arg(by));
    auto *line = new QLineSeries;
    line->setName(tr("Net sales"));
    double max = 0, min = 0;
    for (int i = 0; i < buckets.size(); ++i) {
        const double v = double(buckets[i].net.minor());
        line->append(i, v);
        max = std::max(max, v);
        min = std::min(min, v);
    }
    line->setPointsVisible(buckets.size() <= 31);
    chart->addSeries(line);
    // Dates on a few points only: thirty labels would overlap.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int every = buckets.size() > 20 ? 7 : buckets.size() > 8 ? 3 : 1;
    const QLocale locale;
    const QString format = m_snapshot.grouping == SalesGrouping::Month ? QStringLiteral("MMM yy")
                                                                       : QStringLiteral("dd/MM");
    // Counted back from today so today is labelled; appended in axis order.
    QVector<int> labelled;
    for (int i = int(buckets.size()) - 1; i >= 0; i -= every)
        labelled.prepend(i);
    for (int i : labelled)
        x->append(locale.toString(buckets[i].from, format), i);
    // Half a point of room each side: the first and last dates are not cut.
    x->setRange(-0.5, double(buckets.size()) - 0.5);
    chart->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    // Money on the axis as everywhere in the app: round steps, each labelled.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = niceStep(max - min, 4);
    const double low = std::floor(min / step) * step;
    const double high = std::max(step, std::ceil(max / step) * step);
    for (double v = low; v <= high + step / 2; v += step)
        y->append(money(qint64(std::llround(v))), v);
    y->setRange(low, high);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
        const int i = int(std::lround(point.x()));
        if (!on || i < 0 || i >= m_snapshot.salesOverTime.size())
            return;
        const SalesBucket &b = m_snapshot.salesOverTime[i];
        const QLocale locale;
        const QString days = b.from == b.to
                                 ? locale.toString(b.from, QLocale::ShortFormat)
                                 : tr("%1 to %2")
                                       .arg(locale.toString(b.from, QLocale::ShortFormat),
                                            locale.toString(b.to, QLocale::ShortFormat));
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%n sale(s), net %2 (refunds %3)", nullptr, int(b.sales))
                               .arg(days, b.net.format(), b.refunds.format()));
    });
}

void DashboardPage::renderTop()
{
    QChart *chart = m_topView->chart();
    clear(chart);
    chart->legend()->hide();
    const QVector<ProductSales> &top = m_snapshot.topProducts;
    if (top.isEmpty()) {
        chart->setTitle(tr("Best sellers, last 7 days: no sales yet"));
        return;
    }
    chart->setTitle(tr("Best sellers, last 7 days"));
    auto *sold = new QBarSet(tr("Units sold"));
    sold->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList names;
    double max = 0;
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        *sold << units(top[i].quantity);
        names << shortName(top[i].name);
        max = std::max(max, units(top[i].quantity));
    }
    auto *series = addHorizontalBars(chart, sold, names, max, tr("units"));
    connect(sold, &QBarSet::hovered, this, [this](bool on, int index) {
        const qsizetype at = m_snapshot.topProducts.size() - 1 - index;
        if (!on || at < 0 || at >= m_snapshot.topProducts.size())
            return;
        const ProductSales &p = m_snapshot.topProducts[at];
        QToolTip::showText(QCursor::pos(), tr("%1 (%2)\n%3 sold for %4")
                                               .arg(p.name, p.sku, unitsText(units(p.quantity)),
                                                    p.revenue.format()));
    });
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        const qsizetype at = m_snapshot.topProducts.size() - 1 - index;
        if (at >= 0 && at < m_snapshot.topProducts.size())
            emit openProduct(m_snapshot.topProducts[at].productId, m_snapshot.topProducts[at].name);
    });
}

void DashboardPage::renderCategories()
{
    QChart *chart = m_categoryView->chart();
    clear(chart);
    const QVector<CategorySales> &categories = m_snapshot.categories;
    if (categories.isEmpty()) {
        chart->setTitle(tr("Sales by category, last 7 days: no sales yet"));
        chart->legend()->hide();
        return;
    }
    chart->setTitle(tr("Sales by category, last 7 days"));
    qint64 total = 0;
    for (const CategorySales &c : categories)
        total += c.revenue.minor();
    auto *pie = new QPieSeries;
    pie->setPieSize(0.75);
    qint64 other = 0;
    const QLocale locale;
    const auto add = [&](const QString &name, qint64 minor) {
        const double share = total > 0 ? 100.0 * double(minor) / double(total) : 0;
        auto *slice = pie->append(
            tr("%1 %2 %").arg(shortName(name), locale.toString(share, 'f', 0)), double(minor));
        connect(slice, &QPieSlice::hovered, this, [this, name, minor, share](bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\n%2, %3 % of net sales")
                                       .arg(name, money(minor), QLocale().toString(share, 'f', 1)));
        });
    };
    for (int i = 0; i < categories.size(); ++i) {
        if (i < MaxCategorySlices)
            add(categories[i].category.isEmpty() ? tr("(no category)") : categories[i].category,
                categories[i].revenue.minor());
        else
            other += categories[i].revenue.minor();
    }
    if (other > 0)
        add(tr("Other"), other);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->show();
}

} // namespace bodega
