// MainWindow: what a design gives to the outside - the stakeholder report (with its progress
// and Cancel) and the cost table. The rest is in mainwindow.cpp and mainwindowsources.cpp.
#include "mainwindow.h"

#include "rulesafterpaint.h"

#include "comparison/designcomparison.h"
#include "designexports.h"
#include "model/document.h"
#include "rules/rulesengine.h"
#include "userprompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>

#include <optional>

namespace ecsplan {

QString MainWindow::exportSuggestion(const QString &suffix) const
{
    const QString dir = m_document->fileName().isEmpty()
            ? QDir::homePath()
            : QFileInfo(m_document->fileName()).absolutePath();
    return QDir(dir).filePath(QFileInfo(designName()).completeBaseName() + suffix);
}

bool MainWindow::exportReport()
{
    const QStringList filters{tr("PDF, A4 (*.pdf)"), tr("PDF, US Letter (*.pdf)")};
    int filter = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0;
    QString path = m_prompts->askExportPath(
            this, tr("Export Report"), exportSuggestion(QStringLiteral(".pdf")), filters, &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    ReportOptions options;
    options.pageSize = filter == 1 ? QPageSize::Letter : QPageSize::A4;
    int pages = 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ReportComparison> comparison;
    if (m_comparison->isActive()) {
        m_comparison->flush(); // the comparison of the design as it is now
        comparison = ReportComparison{m_comparison->result(), m_comparison->beforeLabel()};
    }
    // A large design's report runs to hundreds of pages (870 at 10k components, ~5 s): the
    // pages are painted here, on the GUI thread (the diagram is the canvas's own scene), so
    // each new page lets the progress dialog's Cancel through. The dialog is window-modal:
    // the design cannot change under the report.
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.reset(); // hidden until the report takes long enough to show it
    QElapsedTimer elapsed;
    elapsed.start();
    bool cancelled = false;
    const auto onPage = [&](int page) {
        if (!progress.isVisible() && elapsed.elapsed() >= m_reportProgressDelayMs)
            progress.show();
        if (progress.isVisible()) {
            progress.setLabelText(tr("Writing the report… page %1").arg(page));
            QCoreApplication::processEvents();
        }
        cancelled = progress.wasCanceled();
        return !cancelled;
    };
    m_rulesAfterPaint->runNow(); // complete findings even right after opening
    const QString error = DesignExports::writeReport(m_document, m_metrics, m_catalog,
                                                     m_rules->findings(), path, options, &pages,
                                                     comparison ? &*comparison : nullptr, onPage);
    progress.hide();
    QGuiApplication::restoreOverrideCursor();
    if (cancelled) {
        statusBar()->showMessage(
                tr("Report cancelled; %1 was not written").arg(QDir::toNativeSeparators(path)),
                6000);
        return false;
    }
    if (!error.isEmpty()) {
        m_prompts->showError(this, tr("Cannot Export Report"), error);
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1 (%n page(s))", nullptr, pages)
                                     .arg(QDir::toNativeSeparators(path)),
                             6000);
    return true;
}

bool MainWindow::exportCostTable()
{
    int filter = 0;
    QString path = m_prompts->askExportPath(this, tr("Export Cost Table"),
                                            exportSuggestion(QStringLiteral("-costs.csv")),
                                            {tr("CSV (*.csv)")}, &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = DesignExports::writeCostTable(m_document, m_metrics, path);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        m_prompts->showError(this, tr("Cannot Export Cost Table"), error);
        return false;
    }
    statusBar()->showMessage(tr("Cost table written to %1").arg(QDir::toNativeSeparators(path)),
                             6000);
    return true;
}

} // namespace ecsplan
