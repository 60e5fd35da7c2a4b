#include "headlessreport.h"

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "io/designfile.h"
#include "mainwindow/designexports.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "rules/rulesengine.h"
#include "session/designsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ecsplan {

int exportReportHeadless(const QString &design, const QString &pdf, const ReportOptions &options)
{
    QTextStream err(stderr);
    const Catalog *catalog = &Catalog::builtin();
    DesignFile::LoadResult loaded = DesignFile::load(design, catalog);
    if (!loaded.ok) {
        // Literal context: lupdate files free-function tr() calls under the wrong context.
        err << QCoreApplication::translate("ecsplan::exportReportHeadless", "Cannot load %1:")
                        .arg(design)
            << '\n';
        for (const QString &e : std::as_const(loaded.errors))
            err << "  " << e << '\n';
        return 1;
    }
    // The design's catalog overlay (docs/catalog-import.md), as the window and the CLI use it.
    std::unique_ptr<Catalog> overlaid;
    if (const QString setting = loaded.model.settings().catalogOverlay; !setting.isEmpty()) {
        const QString path = QFileInfo(design).dir().filePath(setting);
        QFile file(path);
        QStringList errors;
        overlaid = catalog->clone();
        if (!file.open(QIODevice::ReadOnly))
            errors << file.errorString();
        else if (const auto overlay = CatalogOverlay::fromJson(file.readAll(), &errors))
            overlaid->applyOverlay(*overlay, QFileInfo(path).fileName(), &errors);
        if (!errors.isEmpty()) {
            for (const QString &e : std::as_const(errors))
                err << path << ": " << e << '\n';
            return 1;
        }
        catalog = overlaid.get();
    }
    DesignSession session(*catalog, std::move(loaded.model));
    session.document().setFileName(design);
    session.flush();
    // Findings are always evaluated: the report lists them as the window's would.
    RulesEngine &rules = session.rules();
    rules.evaluateAll();
    MetricsEngine &engine = session.metrics();
    int pages = 0;
    const QString error = DesignExports::writeReport(&session.document(), &engine, catalog,
                                                     rules.findings(), pdf, options, &pages);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    // One machine-readable line for scripts (the CTest check compares it with the PDF's text).
    QTextStream(stdout) << "report: " << pdf << " pages=" << pages << " total="
                        << metrics::money(engine.totals().monthly, engine.totals().currency)
                        << '\n';
    return 0;
}

std::optional<QPageSize::PageSizeId> reportPageSizeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return QPageSize::A4;
    if (n == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

} // namespace ecsplan
