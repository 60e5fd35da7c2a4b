// MainWindow: what a design takes from outside the window - a Terraform import, the design it
// is compared with, the catalog overlay it is computed against. The rest is in mainwindow.cpp.
#include "mainwindow.h"

#include "canvas/designscene.h"
#include "canvasarea.h"
#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "charts/costdock.h"
#include "comparison/comparisondock.h"
#include "comparison/comparisonoverlay.h"
#include "comparison/designcomparison.h"
#include "dialogs/aboutdatadialog.h"
#include "findings/whatifpanel.h"
#include "inspector/inspector.h"
#include "io/clipboard.h"
#include "io/designfile.h"
#include "io/terraformimport.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "model/placement.h"
#include "rules/rulesengine.h"
#include "userprompts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStatusBar>

namespace ecsplan {

bool MainWindow::importTerraformJson(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString dir = m_document->fileName().isEmpty()
                ? QDir::homePath()
                : QFileInfo(m_document->fileName()).absolutePath();
        path = m_prompts->askImportPath(this, dir);
        if (path.isEmpty())
            return false;
    }
    TerraformImport::Result result = TerraformImport::fromFile(path);
    if (!result.ok) {
        m_prompts->showError(this, tr("Cannot Import"), result.error);
        return false;
    }
    bool fresh = m_document->model().size() == 0;
    if (!fresh) {
        switch (m_prompts->askImportTarget(this, designName())) {
        case UserPrompts::ImportTarget::NewDesign:
            fresh = true;
            break;
        case UserPrompts::ImportTarget::CurrentDesign:
            break;
        case UserPrompts::ImportTarget::Cancel:
            return false;
        }
    }
    if (fresh && m_document->model().size() > 0 && !newDesign())
        return false;

    // Added to the design: right of what is there, so nothing lands inside an existing region.
    QRectF existing, imported;
    for (const Entity &e : m_document->model().entities()) {
        if (!e.isLink())
            existing |= e.geometry;
    }
    Clipboard::Fragment fragment;
    for (EntityId id : result.model.ids()) {
        fragment.entities << *result.model.find(id);
        if (!fragment.entities.last().isLink())
            imported |= fragment.entities.last().geometry;
    }
    const QPointF offset = existing.isNull()
            ? QPointF()
            : QPointF(existing.right() + 2 * Placement::Margin - imported.left(),
                      existing.top() - imported.top());
    const QString undoText = tr("Import Terraform JSON");
    const auto addImported = [&]() -> QString {
        const Document::Result added = Clipboard::paste(m_document, fragment, offset, undoText);
        if (!added.ok() || !fresh)
            return added.error;
        DesignSettings settings = m_document->model().settings();
        settings.title = result.model.settings().title;
        return m_document->setSettings(settings).error;
    };
    // Into a new design: the components and the design's title, one step.
    const QString error = fresh ? m_document->inOneStep(undoText, addImported) : addImported();
    if (!error.isEmpty()) {
        if (fresh) // a new, empty design: nothing to undo or redo
            m_document->resetModel(Model());
        m_prompts->showError(this, tr("Cannot Import"), error);
        return false;
    }
    updateTitle();
    m_canvas->zoomToFit(); // the first frame shows it all; again at the view's final size
    QTimer::singleShot(0, m_canvas, &CanvasArea::zoomToFit);
    const QString summary
            = tr("Imported %1: %2 component(s) and %3 inferred link(s) from %4 resource(s).")
                      .arg(QFileInfo(path).fileName())
                      .arg(result.model.size() - result.inferredLinks)
                      .arg(result.inferredLinks)
                      .arg(result.resourceCount);
    statusBar()->showMessage(summary, 6000);
    if (!result.notUnderstood.isEmpty() || !result.adjusted.isEmpty()) {
        QStringList lines;
        for (const TerraformImport::Skipped &s : result.notUnderstood)
            lines << QStringLiteral("%1 (%2): %3").arg(s.address, s.type, s.reason);
        lines << result.adjusted;
        m_prompts->showImportReport(this, summary, lines);
    }
    return true;
}

bool MainWindow::compareWith(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString dir = m_document->fileName().isEmpty()
                ? QDir::homePath()
                : QFileInfo(m_document->fileName()).absolutePath();
        path = m_prompts->askComparePath(this, dir);
        if (path.isEmpty())
            return false;
    }
    QStringList errors;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_comparison->compareWith(path, &errors);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        m_prompts->showLoadErrors(this, path, errors);
        return false;
    }
    m_comparisonDock->show();
    m_comparisonDock->raise();
    const DesignDiff::Result &r = m_comparison->result();
    statusBar()->showMessage(tr("Compared with %1 (before): %n change(s); monthly %2 → %3", nullptr,
                                int(r.components.size()))
                                     .arg(QDir::toNativeSeparators(path),
                                          metrics::money(r.before.monthly, r.currency),
                                          metrics::money(r.after.monthly, r.currency)),
                             8000);
    return true;
}

void MainWindow::clearComparison()
{
    m_comparison->clear();
}

void MainWindow::onComparisonUpdated()
{
    m_overlay->show(m_comparison->before(), m_comparison->result(), m_comparison->beforeLabel());
    m_canvas->scene()->setToolTipNotes(m_overlay->notes());
    m_comparisonDock->setComparison(m_comparison->result(), m_comparison->beforeLabel());
}

void MainWindow::onComparisonActive(bool active)
{
    m_clearComparison->setEnabled(active);
    if (active)
        return;
    m_overlay->clear();
    m_canvas->scene()->setToolTipNotes({});
    m_comparisonDock->clearComparison();
    m_comparisonDock->hide();
}

void MainWindow::reloadCatalog()
{
    const QString setting = m_document->model().settings().catalogOverlay;
    QString path;
    if (!setting.isEmpty()) {
        const QString folder = m_document->fileName().isEmpty()
                ? QDir::currentPath()
                : QFileInfo(m_document->fileName()).absolutePath();
        path = QDir(folder).absoluteFilePath(setting);
    }
    if (path == m_overlayPath)
        return;
    m_overlayPath = path;
    m_overlayError.clear();
    if (m_comparison) // a comparison being computed reads the catalog
        m_comparison->waitForWork();
    m_ownCatalog->assign(*m_baseCatalog);
    if (!path.isEmpty()) {
        QStringList errors;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors << tr("cannot read it: %1").arg(file.errorString());
        } else if (const auto overlay = CatalogOverlay::fromJson(file.readAll(), &errors)) {
            m_ownCatalog->applyOverlay(*overlay, QFileInfo(path).fileName(), &errors);
        }
        if (!errors.isEmpty()) {
            // All-or-nothing: the catalog is the built-in one; say so where it shows.
            m_overlayError = tr("Catalog overlay %1 not used: %2")
                                     .arg(QDir::toNativeSeparators(path), errors.first());
            statusBar()->showMessage(m_overlayError, 15000);
        } else {
            statusBar()->showMessage(
                    tr("Catalog overlay %1 applied").arg(QDir::toNativeSeparators(path)), 6000);
        }
    }
    // Every view drops what it read from the old data and recomputes. The rules first: their
    // catalog cache points into the old data, and the metrics flush re-runs rules.
    // A design being opened evaluates after its first frame, with this catalog.
    const bool deferred = m_rules->evaluationPending();
    if (!deferred)
        m_rules->evaluateAll();
    m_metrics->recomputeAll();
    if (!deferred)
        m_rules->evaluateAll();
    m_inspector->catalogChanged();
    if (m_costDock)
        m_costDock->refreshAll();
    updateCost();
}

void MainWindow::showAboutData()
{
    AboutDataDialog dialog(m_catalog, this, m_overlayError);
    dialog.exec();
}

} // namespace ecsplan
