// tf-variant-exports DIR: writes the Terraform export of every variant design
// (tests/support/variantdesigns.h) into DIR/variant-<seed>, for the provider schema check.

#include "export/terraform/terraformexporter.h"
#include "variantdesigns.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        err << "usage: tf-variant-exports DIR\n";
        return 2;
    }
    for (int seed = 0; seed < ecsplan::test::variantDesignCount(); ++seed) {
        const ecsplan::ExportResult result
                = ecsplan::TerraformExporter::generate(ecsplan::test::variantDesign(seed), {});
        const QString dir = QDir(args.at(1)).filePath(QStringLiteral("variant-%1").arg(seed));
        QDir(dir).removeRecursively();
        QString error;
        if (!result.writeToDirectory(dir, &error)) {
            err << error << '\n';
            return 1;
        }
    }
    return 0;
}
