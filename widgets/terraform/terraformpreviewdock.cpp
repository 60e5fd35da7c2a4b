#include "terraformpreviewdock.h"

#include "catalog/catalog.h"
#include "hclhighlighter.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "model/progress.h"
#include "terraformexportdialog.h"
#include "terraformexportsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace ecsplan {

/** One generation on the worker thread: its inputs (copies) and its result. */
struct TerraformPreviewDock::Job
{
    Progress progress; ///< cancelled: the result is not shown
    Model model; ///< implicitly shared with the document's until the document changes
    const Catalog *catalog = nullptr;
    TerraformExporter::Options options;
    validation::Problems problems;
    ExportResult result;
    qint64 ms = 0;

    void run()
    {
        QElapsedTimer timer;
        timer.start();
        problems = validation::checkDesign(model, *catalog);
        if (progress.isCancelled())
            return;
        result = TerraformExporter::generate(model, options);
        ms = timer.elapsed();
    }
};

TerraformPreviewDock::TerraformPreviewDock(const Document *document, QWidget *parent)
    : QDockWidget(tr("Terraform"), parent)
    , m_document(document)
    , m_options(TerraformExportSettings::load().effectiveOptions())
    , m_debounce(new QTimer(this))
    , m_tabs(new QTabBar(this))
    , m_viewer(new QPlainTextEdit(this))
    , m_highlighter(new HclHighlighter(m_viewer->document()))
    , m_truncated(new QLabel(this))
    , m_warningsTitle(new QLabel(this))
    , m_warnings(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("terraformDock"));
    setToolTip(tr("The Terraform files an export would write for this design"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        // Late by more than its interval: the GUI thread was busy since the change (opening a
        // design builds the canvas for seconds). Wait one more interval, once, so the window
        // paints first instead of generating every file before its first frame.
        if (!m_yielded && m_scheduledAt.isValid()
            && m_scheduledAt.elapsed() > 2 * m_debounce->interval()) {
            m_yielded = true;
            m_debounce->start();
            return;
        }
        if (isShown())
            refreshInBackground();
        else
            m_stale = true;
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale && !m_debounce->isActive())
            refreshInBackground();
    });
    connect(m_document, &Document::changed, this, &TerraformPreviewDock::onDocumentChanged);

    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setToolTip(tr("Generated files"));
    connect(m_tabs, &QTabBar::currentChanged, this, &TerraformPreviewDock::showFile);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_viewer->setFont(mono);
    m_viewer->setReadOnly(true);
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_viewer->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 2);
    m_viewer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_viewer->setToolTip(tr("Read-only: change the design and the files follow"));
    m_viewer->setFrameShape(QFrame::NoFrame);
    m_highlighter->setPalette(m_viewer->palette());

    m_warnings->setToolTip(tr("Parts of the design that Terraform cannot express, by component"));
    m_warnings->setWordWrap(true);
    m_warnings->setAlternatingRowColors(true);
    m_warnings->setIconSize(QSize(16, 16));
    m_warningsTitle->setToolTip(m_warnings->toolTip());

    m_status->setObjectName(QStringLiteral("terraformStatus"));
    m_copy->setToolTip(tr("Copy the shown file to the clipboard"));
    m_export->setToolTip(tr("Write the files to a directory (File → Export → Terraform…)"));
    connect(m_copy, &QPushButton::clicked, this, &TerraformPreviewDock::copyCurrentFile);
    connect(m_export, &QPushButton::clicked, this, &TerraformPreviewDock::openExportDialog);

    auto *viewerPane = new QWidget(this);
    auto *viewerLayout = new QVBoxLayout(viewerPane);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->setSpacing(0);
    viewerLayout->addWidget(m_tabs);
    viewerLayout->addWidget(m_viewer, 1);
    viewerLayout->addWidget(m_truncated);
    m_truncated->setVisible(false);
    m_truncated->setWordWrap(true);
    m_truncated->setContentsMargins(4, 2, 4, 2);

    auto *warningsPane = new QWidget(this);
    auto *warningsLayout = new QVBoxLayout(warningsPane);
    warningsLayout->setContentsMargins(0, 4, 0, 0);
    warningsLayout->setSpacing(2);
    warningsLayout->addWidget(m_warningsTitle);
    warningsLayout->addWidget(m_warnings, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(viewerPane);
    splitter->addWidget(warningsPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(content);

    refreshNow();
}

bool TerraformPreviewDock::isShown() const
{
    // A dock behind another one's tab stays "visible": Qt parks it outside the window, where
    // nothing of it can be seen (a floating dock on a screen left of the primary one can).
    return isVisible() && !visibleRegion().isEmpty();
}

TerraformPreviewDock::~TerraformPreviewDock()
{
    cancelBackground();
    if (m_worker) {
        m_worker->wait(); // the job reads the catalog, which may go with the window
        delete m_worker;
    }
}

void TerraformPreviewDock::setOptions(const TerraformExporter::Options &options)
{
    m_options = options;
    refreshNow();
}

void TerraformPreviewDock::setMetricsEngine(MetricsEngine *metrics)
{
    m_metrics = metrics;
    refreshNow();
}

QString TerraformPreviewDock::currentFileName() const
{
    return m_tabs->currentIndex() >= 0 ? m_tabs->tabText(m_tabs->currentIndex()) : QString();
}

bool TerraformPreviewDock::setCurrentFile(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == name) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool TerraformPreviewDock::isUpdatePending() const
{
    return m_debounce->isActive() || m_stale || (m_job && !m_job->progress.isCancelled())
            || m_restart;
}

void TerraformPreviewDock::onDocumentChanged(const ChangeEvent &event)
{
    // Geometry and annotations never reach the files; names do (resource names, comments).
    constexpr PropertyMask ignored = PresentationProperties & ~bit(Property::Name);
    if (event.type == ChangeEvent::Type::AboutToBeRemoved
        || (event.type == ChangeEvent::Type::Changed && (event.properties & ~ignored) == 0))
        return;
    if (event.type == ChangeEvent::Type::Reset)
        m_showFirstFile = true; // another design: start at its first file, not the old tab
    scheduleRefresh();
}

void TerraformPreviewDock::scheduleRefresh()
{
    const bool large = m_document->model().size() > LargeDesign;
    if (m_job) // generating a design that is no longer the document's: its result is dropped
        m_job->progress.cancelled = true;
    m_scheduledAt.start();
    m_yielded = false;
    m_debounce->start(large ? LargeDebounceMs : DebounceMs);
    updateStatus();
}

TerraformExporter::Options TerraformPreviewDock::currentOptions() const
{
    TerraformExporter::Options options = m_options;
    if (m_metrics) { // the live engine's figures: the same text a fresh engine gives on export
        m_metrics->flush();
        options.monthlyEstimate = TerraformExporter::estimateMarkdown(m_metrics->totals());
    }
    return options;
}

void TerraformPreviewDock::refreshNow()
{
    m_debounce->stop();
    m_stale = false;
    cancelBackground();
    QElapsedTimer timer;
    timer.start();
    const Model &model = m_document->model();
    validation::Problems problems = validation::checkDesign(
            model, m_document->catalog() ? *m_document->catalog() : Catalog::builtin());
    ExportResult result = TerraformExporter::generate(model, currentOptions());
    apply(std::move(problems), std::move(result), timer.elapsed());
}

void TerraformPreviewDock::refreshInBackground()
{
    m_debounce->stop();
    m_stale = false;
    if (m_worker) { // it cannot stop mid-file: drop its result and start again after it
        cancelBackground();
        m_restart = true;
        updateStatus();
        return;
    }
    m_restart = false;
    auto job = std::make_shared<Job>();
    job->model = m_document->model();
    job->catalog = m_document->catalog() ? m_document->catalog() : &Catalog::builtin();
    job->options = currentOptions();
    m_job = job;
    m_worker = QThread::create([job] { job->run(); });
    connect(m_worker, &QThread::finished, this, &TerraformPreviewDock::onJobFinished);
    m_worker->start(QThread::LowPriority);
    updateStatus();
}

void TerraformPreviewDock::cancelBackground()
{
    if (m_job)
        m_job->progress.cancelled = true;
    m_restart = false;
}

void TerraformPreviewDock::onJobFinished()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    if (job && !job->progress.isCancelled())
        apply(std::move(job->problems), std::move(job->result), job->ms);
    if (m_restart)
        refreshInBackground();
    else
        updateStatus();
}

void TerraformPreviewDock::apply(validation::Problems problems, ExportResult result, qint64 ms)
{
    m_problems = std::move(problems);
    m_result = std::move(result);
    m_lastMs = ms;
    const Model &model = m_document->model();

    // Rebuild the tabs, keeping the shown file (or its position) and the scroll position.
    const QString previous = m_showFirstFile ? QString() : currentFileName();
    const int previousIndex = m_tabs->currentIndex();
    const QStringList names = m_result.files.keys();
    {
        const QSignalBlocker blocker(m_tabs);
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        for (const QString &name : names) {
            const int tab = m_tabs->addTab(name);
            m_tabs->setTabToolTip(
                    tab,
                    tr("%1 — %n line(s)", nullptr, int(m_result.files.value(name).count('\n')))
                            .arg(name));
        }
        int index = int(names.indexOf(previous));
        if (index < 0)
            index = names.isEmpty()   ? -1
                    : m_showFirstFile ? 0
                                      : qBound(0, previousIndex, int(names.size()) - 1);
        m_showFirstFile = false;
        m_tabs->setCurrentIndex(index);
    }
    m_tabs->updateGeometry(); // QTabBar skips this while hidden; the layout would keep height 0
    showFile(m_tabs->currentIndex());

    // Problems (the export refuses) first, in the error colour; then the exporter's warnings.
    m_warnings->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const validation::Problem &problem : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(errorIcon, validation::locatedMessage(model, problem),
                                         m_warnings);
        item->setForeground(palette().color(QPalette::Active, QPalette::Text).lightness() > 128
                                    ? QColor(255, 120, 110)
                                    : QColor(190, 20, 10));
        item->setData(Qt::UserRole, QVariant::fromValue(problem.entity));
    }
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &warning : std::as_const(m_result.warnings))
        new QListWidgetItem(warningIcon, warning, m_warnings);
    QString title;
    if (!m_problems.isEmpty())
        title = tr("Not exportable: %n problem(s) would make the deployment fail; the files "
                   "above are a draft.",
                   nullptr, int(m_problems.size()));
    if (!m_result.warnings.isEmpty())
        title = (title.isEmpty() ? QString() : title + QLatin1Char(' '))
                + tr("Warnings (%n):", nullptr, int(m_result.warnings.size()));
    m_warningsTitle->setText(title.isEmpty() ? tr("No warnings: the whole design is exported.")
                                             : title);
    m_warningsTitle->setWordWrap(true);
    m_warnings->setVisible(m_warnings->count() > 0);
    updateStatus();
}

void TerraformPreviewDock::showFile(int tab)
{
    const QString name = tab >= 0 ? m_tabs->tabText(tab) : QString();
    const QByteArray bytes = m_result.files.value(name);
    // Laying out ~100k lines takes QPlainTextEdit about half a second: show the head only.
    const qsizetype lines = bytes.count('\n');
    qsizetype cut = bytes.size();
    if (lines > PreviewLineLimit) {
        cut = -1;
        for (int i = 0; i < PreviewLineLimit; ++i)
            cut = bytes.indexOf('\n', cut + 1);
        cut += 1;
    }
    m_truncated->setText(
            tr("Showing the first %L1 of %L2 lines; Copy and Export write the whole file.")
                    .arg(PreviewLineLimit)
                    .arg(lines));
    m_truncated->setVisible(cut < bytes.size());
    const QString text = QString::fromUtf8(bytes.left(cut));
    if (name == m_shownFile && text == m_viewer->toPlainText())
        return; // unchanged: keep selection and scroll position, skip rehighlighting
    const bool sameFile = name == m_shownFile;
    const int scroll = m_viewer->verticalScrollBar()->value();
    m_viewer->setPlainText(text);
    if (sameFile)
        m_viewer->verticalScrollBar()->setValue(scroll);
    m_shownFile = name;
    m_copy->setEnabled(!name.isEmpty());
}

void TerraformPreviewDock::updateStatus()
{
    if ((m_debounce->isActive() && m_document->model().size() > LargeDesign)
        || (m_job && !m_job->progress.isCancelled()) || m_restart) {
        m_status->setText(tr("updating…"));
        return;
    }
    m_status->setText(m_problems.isEmpty() ? tr("Files: %1").arg(m_result.files.size())
                                           : tr("Not exportable: %n problem(s)", nullptr,
                                                int(m_problems.size())));
    m_status->setToolTip(tr("Generated in %1 ms").arg(m_lastMs));
}

void TerraformPreviewDock::copyCurrentFile()
{
    const QString name = currentFileName();
    if (!name.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(m_result.files.value(name)));
}

void TerraformPreviewDock::openExportDialog()
{
    TerraformExportDialog dialog(m_document, window());
    dialog.exec();
    setOptions(TerraformExportSettings::load().effectiveOptions());
}

void TerraformPreviewDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette()); // children get the new palette after us
}

} // namespace ecsplan
