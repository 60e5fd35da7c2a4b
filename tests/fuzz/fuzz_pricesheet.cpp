// Fuzz target: a user price sheet applied to the catalog (all or nothing), then a sample design
// priced with it (metrics and the cost report: huge, tiny or odd prices must not break them).
#include "fuzzsupport.h"

#include "catalog/catalog.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "sampledesigns.h"

#include <QFile>

#include <memory>

using namespace ecsplan;

namespace {

QByteArray builtinCatalogJson()
{
    QFile file(QStringLiteral(":/catalog/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        fuzz::fail("the embedded catalog is missing");
    return file.readAll();
}

std::unique_ptr<Catalog> freshCatalog()
{
    static const QByteArray json = builtinCatalogJson();
    QStringList errors;
    std::unique_ptr<Catalog> catalog = Catalog::fromJson(json, &errors);
    if (!catalog)
        fuzz::fail("the embedded catalog does not parse", errors.join(QLatin1Char('\n')).toUtf8());
    return catalog;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    (void)Catalog::builtin(); // registers the resource
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Parsing the catalog costs more than most sheets: one pristine copy, replaced only after
    // a sheet changed it.
    static std::unique_ptr<Catalog> catalog = freshCatalog();
    QStringList errors;
    if (!catalog->applyPriceSheet(fuzz::bytes(data, size), &errors)) {
        if (errors.isEmpty())
            fuzz::fail("a refused price sheet must say why");
        return 0;
    }
    static const Model sample = test::sampleDesign(QStringLiteral("three-zone-web"));
    Document document;
    document.resetModel(sample);
    {
        MetricsEngine metrics(&document, catalog.get());
        metrics.flush();
        const nlohmann::ordered_json report
                = ReportBuilder::build(document.model(), metrics, catalog.get());
        (void)ReportWriter::render(report, ReportWriter::Format::Table);
        (void)ReportWriter::render(report, ReportWriter::Format::Csv);
    }
    catalog = freshCatalog();
    return 0;
}
