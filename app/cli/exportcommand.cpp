// ecsplan-cli export terraform FILE -o DIR [--backend-… ] [--provider-version C]: writes the
// design as a Terraform directory (core/export/terraform); warnings go to stderr. A design
// Alibaba Cloud would refuse (core/validation) is not exported: exit 1, one line per problem.

#include "clicommand.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "export/terraform/terraformexporter.h"
#include "io/designfile.h"
#include "validation/deployability.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace ecsplan::cli {

namespace {

int runExport(const QStringList &arguments, Io &io);

const Verb exportVerb{
        "export", "terraform FILE -o DIR",
        QT_TRANSLATE_NOOP("ecsplan",
                          "Export a design as Terraform files for the aliyun/alicloud provider."),
        runExport};

int runExport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("format"), Tr::tr("Export format: terraform."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The .ecsplan design to export."));
    const QCommandLineOption outputDir(
            {QStringLiteral("o"), QStringLiteral("output")},
            Tr::tr("Directory to write the files into (created if missing)."),
            QStringLiteral("dir"));
    const QCommandLineOption bucket(QStringLiteral("backend-bucket"),
                                    Tr::tr("OSS bucket of the state backend (enables backend.tf)."),
                                    QStringLiteral("bucket"));
    const QCommandLineOption region(QStringLiteral("backend-region"),
                                    Tr::tr("Region of the state bucket."),
                                    QStringLiteral("region"));
    const QCommandLineOption endpoint(QStringLiteral("backend-tablestore-endpoint"),
                                      Tr::tr("Tablestore endpoint for state locking."),
                                      QStringLiteral("url"));
    const QCommandLineOption table(QStringLiteral("backend-tablestore-table"),
                                   Tr::tr("Tablestore table for state locking."),
                                   QStringLiteral("table"));
    const QCommandLineOption prefix(QStringLiteral("backend-prefix"),
                                    Tr::tr("Path of the state inside the bucket."),
                                    QStringLiteral("prefix"));
    const QCommandLineOption key(QStringLiteral("backend-key"), Tr::tr("Name of the state object."),
                                 QStringLiteral("key"));
    const QCommandLineOption noEncrypt(QStringLiteral("backend-no-encrypt"),
                                       Tr::tr("Do not encrypt the state object."));
    const QCommandLineOption provider(QStringLiteral("provider-version"),
                                      Tr::tr("Version constraint of the aliyun/alicloud provider."),
                                      QStringLiteral("constraint"));
    const QCommandLineOption namePrefix(QStringLiteral("name-prefix"),
                                        Tr::tr("Default of the name_prefix variable."),
                                        QStringLiteral("prefix"));
    const QCommandLineOption noCatalog(
            QStringLiteral("no-catalog"),
            Tr::tr("Do not check the design against the built-in catalog."));
    const QCommandLineOption overlay = catalogOverlayOption();
    parser.addOptions({outputDir, bucket, region, endpoint, table, prefix, key, noEncrypt, provider,
                       namePrefix, noCatalog, overlay});
    if (const int rc = parseArguments(parser, exportVerb, arguments, io); rc >= 0)
        return rc;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("terraform")
        || !parser.isSet(outputDir)) {
        io.err << Tr::tr("ecsplan-cli export: expected \"terraform FILE -o DIR\"") << '\n'
               << "Usage: ecsplan-cli export [options] terraform FILE -o DIR\n";
        return ExitUsage;
    }

    std::optional<DesignFile::LoadResult> loaded = loadDesign(
            positional.at(1), io, parser.isSet(noCatalog) ? nullptr : builtinCatalog());
    if (!loaded)
        return ExitFailure;

    // What cannot deploy is refused before anything is written (always against the built-in
    // catalog: --no-catalog only relaxes reading the file).
    const Model &model = loaded->model;
    const validation::Problems problems = validation::checkDesign(model, Catalog::builtin());
    if (!problems.isEmpty()) {
        const QString shown = QFileInfo(positional.at(1)).fileName();
        for (const validation::Problem &problem : problems)
            io.err << validation::locatedMessage(model, problem, shown) << '\n';
        io.err << Tr::tr("Not exported: %n problem(s) would make the deployment fail.", nullptr,
                         int(problems.size()))
               << '\n';
        return ExitFailure;
    }

    TerraformExporter::Options options;
    if (!parser.isSet(noCatalog)) {
        // The README carries the engine's monthly estimate, priced as `report` prices it: with
        // the design's own catalog overlay and price sheet when it names them.
        std::unique_ptr<Catalog> priced;
        if (!pricedCatalog(positional.at(1), model.settings(), {}, parser.value(overlay), io,
                           &priced))
            return ExitFailure;
        options.monthlyEstimate
                = TerraformExporter::monthlyEstimate(model, priced ? *priced : *builtinCatalog());
    }
    if (parser.isSet(provider))
        options.providerVersionConstraint = parser.value(provider);
    options.namePrefix = parser.value(namePrefix);
    options.backend.bucket = parser.value(bucket);
    options.backend.region = parser.value(region);
    options.backend.tablestoreEndpoint = parser.value(endpoint);
    options.backend.tablestoreTable = parser.value(table);
    options.backend.prefix = parser.value(prefix);
    options.backend.key = parser.value(key);
    options.backend.encrypt = !parser.isSet(noEncrypt);

    // Each file goes into the directory as soon as it is made (a 50,000-component export is
    // ~100 MB of text): never all of them in memory.
    // A directory that cannot be made is reported after the warnings, as for any failure.
    ExportDirectoryWriter writer(parser.value(outputDir), TerraformExporter::manifestName());
    QString error;
    const bool opened = writer.open(&error);
    const ExportResult result = opened ? TerraformExporter::generate(model, options, writer)
                                       : TerraformExporter::generate(model, options);
    for (const QString &warning : result.warnings)
        io.err << Tr::tr("warning: %1").arg(warning) << '\n';
    if (!opened || !writer.finish(&error)) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << Tr::tr("Wrote %1 file(s) to %2")
                      .arg(writer.written().size())
                      .arg(QDir::toNativeSeparators(parser.value(outputDir)))
           << '\n';
    io.out.flush();
    releaseAtExit(std::make_unique<DesignFile::LoadResult>(std::move(*loaded)), io);
    return ExitOk;
}

} // namespace

[[maybe_unused]] static const bool ecsplanCliVerb_export = VerbRegistry::add(exportVerb);

} // namespace ecsplan::cli
