#include "exportcommand.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "export/terraform/terraformexporter.h"
#include "io/designfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace ecsplan::cli {

int runExportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Export a design. Formats: terraform."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), Tr::tr("The export command."));
    parser.addPositionalArgument(QStringLiteral("format"), Tr::tr("Export format: terraform."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The .ecsplan design to export."));
    const QCommandLineOption outputDir({QStringLiteral("o"), QStringLiteral("output")},
                                       Tr::tr("Directory to write the files into."), QStringLiteral("dir"));
    const QCommandLineOption bucket(QStringLiteral("backend-bucket"), Tr::tr("OSS bucket of the state backend."), QStringLiteral("bucket"));
    const QCommandLineOption region(QStringLiteral("backend-region"), Tr::tr("Region of the state bucket."), QStringLiteral("region"));
    const QCommandLineOption endpoint(QStringLiteral("backend-tablestore-endpoint"), Tr::tr("Tablestore endpoint for state locking."), QStringLiteral("url"));
    const QCommandLineOption table(QStringLiteral("backend-tablestore-table"), Tr::tr("Tablestore table for state locking."), QStringLiteral("table"));
    const QCommandLineOption prefix(QStringLiteral("backend-prefix"), Tr::tr("Path of the state inside the bucket."), QStringLiteral("prefix"));
    const QCommandLineOption key(QStringLiteral("backend-key"), Tr::tr("Name of the state object."), QStringLiteral("key"));
    const QCommandLineOption noEncrypt(QStringLiteral("backend-no-encrypt"), Tr::tr("Do not encrypt the state object."));
    const QCommandLineOption provider(QStringLiteral("provider-version"), Tr::tr("Version constraint of the aliyun/alicloud provider."), QStringLiteral("constraint"));
    const QCommandLineOption namePrefix(QStringLiteral("name-prefix"), Tr::tr("Default of the name_prefix variable."), QStringLiteral("prefix"));
    parser.addOptions({outputDir, bucket, region, endpoint, table, prefix, key, noEncrypt, provider, namePrefix});

    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(1) != QLatin1String("terraform") || !parser.isSet(outputDir)) {
        err << Tr::tr("usage: ecsplan-cli export terraform FILE -o DIR [options]; see --help") << '\n';
        return 2;
    }

    // An empty catalog (the placeholder before the real one is built in) would reject every
    // design, so it is only used for validation once it has a version.
    const Catalog *catalog = Catalog::builtin().version().isEmpty() ? nullptr : &Catalog::builtin();
    const DesignFile::LoadResult loaded = DesignFile::load(positional.at(2), catalog);
    if (!loaded.ok) {
        for (const QString &error : loaded.errors)
            err << error << '\n';
        return 1;
    }

    TerraformExporter::Options options;
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

    const ExportResult result = TerraformExporter::generate(loaded.model, options);
    for (const QString &warning : result.warnings)
        err << Tr::tr("warning: %1").arg(warning) << '\n';
    QString error;
    if (!result.writeToDirectory(parser.value(outputDir), &error)) {
        err << error << '\n';
        return 3;
    }
    out << Tr::tr("Wrote %n file(s) to %1", nullptr, int(result.files.size()))
               .arg(QDir::toNativeSeparators(parser.value(outputDir)))
        << '\n';
    return 0;
}

} // namespace ecsplan::cli
