// Fuzz target: the Terraform JSON import (core/io/terraformimport). Input that is refused must
// say where; input that is accepted must give a design the file format reads back unchanged
// (the importer never writes what the loader would refuse: empty names, bad values, dangling
// references).
#include "fuzzsupport.h"

#include "io/designjson.h"
#include "io/terraformimport.h"

using namespace ecsplan;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const TerraformImport::Result result = TerraformImport::fromJson(fuzz::bytes(data, size));
    if (!result.ok) {
        if (!result.error.startsWith(QLatin1Char('/')))
            fuzz::fail("a refused import must name the JSON path", result.error.toUtf8());
        if (result.model.size() != 0 || !result.notUnderstood.isEmpty())
            fuzz::fail("a refused import must leave no design");
        return 0;
    }
    const QByteArray written = DesignJson::write(result.model);
    Model loaded;
    QStringList errors;
    if (!DesignJson::read(written, &loaded, &errors))
        fuzz::fail("an imported design does not load back",
                   errors.join(QLatin1Char('\n')).toUtf8());
    if (DesignJson::write(loaded) != written)
        fuzz::fail("an imported design changes when loaded back", written);
    return 0;
}
