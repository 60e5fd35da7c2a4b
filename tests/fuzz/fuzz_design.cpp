// Fuzz target: a design file through the whole pipeline — load (structure only, so unknown
// instance types and categories reach the engines too), metrics, rules and their SARIF/JSON/text
// reports, the cost report in every format, the Terraform export, and save → load, which must
// give back an equal design that saves to the same bytes.
#include "fuzzsupport.h"

#include "catalog/catalog.h"
#include "export/terraform/terraformexporter.h"
#include "io/designjson.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "rules/findingsreport.h"
#include "rules/rulesengine.h"

using namespace ecsplan;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    (void)Catalog::builtin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Catalog *catalog = &Catalog::builtin();
    Model model;
    QStringList errors;
    if (!DesignJson::read(input, &model, &errors, nullptr)) {
        if (errors.isEmpty())
            fuzz::fail("a refused design must say why");
        if (model.size() != 0)
            fuzz::fail("a refused design must leave the model untouched");
        return 0;
    }
    // The catalog check only adds refusals; it must not crash on what the structure accepts.
    {
        Model checked;
        QStringList catalogErrors;
        DesignJson::read(input, &checked, &catalogErrors, catalog);
    }

    Document document;
    document.resetModel(model);
    MetricsEngine metrics(&document, catalog);
    metrics.flush();
    for (EntityId id : model.ids())
        (void)metrics.costOf(id); // fills the explanations too
    RulesEngine rules(&document, &metrics, catalog);
    FindingsReport findings(document.model(), rules.findings(), rules.mutedFindings(),
                            QStringLiteral("design.ecsplan"));
    (void)findings.toSarif();
    (void)findings.toJson();
    (void)findings.toText();

    const nlohmann::ordered_json report = ReportBuilder::build(model, metrics, catalog);
    for (ReportWriter::Format format : {ReportWriter::Format::Table, ReportWriter::Format::Json,
                                        ReportWriter::Format::Csv, ReportWriter::Format::Markdown})
        (void)ReportWriter::render(report, format);

    TerraformExporter exporter;
    (void)exporter.exportModel(model);

    const QByteArray saved = DesignJson::write(model, catalog->version());
    Model again;
    QStringList againErrors;
    if (!DesignJson::read(saved, &again, &againErrors, nullptr))
        fuzz::fail("a saved design does not load", againErrors.join(QLatin1Char('\n')).toUtf8());
    if (again.entities() != model.entities() || !(again.settings() == model.settings()))
        fuzz::fail("save -> load changed the design", saved);
    if (DesignJson::write(again, catalog->version()) != saved)
        fuzz::fail("a second save differs from the first", saved);
    return 0;
}
