// ecsplan-cli info FILE: what a design contains, for a quick look without the GUI.

#include "clicommand.h"

#include "ecsplan_global.h"
#include "io/designfile.h"
#include "io/designjson.h"

#include <QCommandLineParser>

namespace ecsplan::cli {

namespace {

void printDesign(const QString &file, const DesignFile::LoadResult &result, QTextStream &out)
{
    const Model &model = result.model;
    auto field = [&out](const QString &label, const QString &value) {
        out << (label + QLatin1Char(':')).leftJustified(18) << value << '\n';
    };
    field(Tr::tr("File"), file);
    field(Tr::tr("Title"), model.settings().title);
    field(Tr::tr("Schema version"), QString::number(DesignJson::SchemaVersion));
    field(Tr::tr("Catalog version"),
          result.catalogVersion.isEmpty() ? Tr::tr("(none recorded)") : result.catalogVersion);
    field(Tr::tr("Currency"), model.settings().currency);
    field(Tr::tr("Components"), QString::number(model.size()));
    for (int k = 0; k < EntityKindCount; ++k) {
        const auto kind = static_cast<EntityKind>(k);
        const qsizetype count = model.ids(kind).size();
        if (count > 0)
            out << "  " << displayName(kind).leftJustified(22) << count << '\n';
    }

    int instances = 0;
    int maxInstances = 0;
    double gbPerMonth = 0;
    for (const Entity &e : model.entities()) {
        if (e.kind == EntityKind::InstanceGroup) {
            instances += e.compute.count;
            maxInstances += e.compute.count;
        } else if (e.kind == EntityKind::ScalingGroup) {
            instances += e.compute.desiredSize;
            maxInstances += e.compute.maxSize;
        } else if (e.kind == EntityKind::Link) {
            gbPerMonth += e.link.gbPerMonth;
        }
    }
    field(Tr::tr("ECS instances"),
          Tr::tr("%1 (up to %2 with scaling)").arg(instances).arg(maxInstances));
    field(Tr::tr("Traffic"), Tr::tr("%L1 GB/month over all links").arg(gbPerMonth, 0, 'f', 0));

    out << Tr::tr("Regions:") << '\n';
    for (EntityId regionId : model.ids(EntityKind::Region)) {
        const Entity &region = *model.find(regionId);
        out << "  " << region.code << " \"" << region.name << "\" " << region.cidr << '\n';
        for (EntityId zoneId : model.ids(EntityKind::Zone)) {
            const Entity &zone = *model.find(zoneId);
            if (zone.parent != regionId)
                continue;
            const qsizetype placed = model.descendantsOf(zoneId).size();
            out << "    " << zone.code << " \"" << zone.name << "\" " << zone.cidr << "  "
                << Tr::tr("%n component(s)", nullptr, int(placed)) << '\n';
        }
    }
}

int runInfo(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The .ecsplan design to describe."));
    static const Verb &self = *VerbRegistry::find(QStringLiteral("info"));
    if (const int code = parseArguments(parser, self, arguments, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("ecsplan-cli info: expected exactly one design.") << '\n'
               << "Usage: ecsplan-cli info [options] FILE\n";
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().first();
    std::optional<DesignFile::LoadResult> result = loadDesign(file, io);
    if (!result)
        return ExitFailure;
    printDesign(file, *result, io.out);
    io.out.flush();
    releaseAtExit(std::make_unique<DesignFile::LoadResult>(std::move(*result)), io);
    return ExitOk;
}

} // namespace

ECSPLAN_CLI_VERB(info, "info", "FILE",
                 QT_TRANSLATE_NOOP("ecsplan",
                                   "Show what a design contains: title, components per kind, "
                                   "regions and zones, catalog version."),
                 runInfo)

} // namespace ecsplan::cli
