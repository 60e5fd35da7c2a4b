#include "metricsresults.h"

#include "ecsplan_global.h"

namespace ecsplan {

QString Explanation::toText() const
{
    QStringList lines;
    if (!formula.isEmpty())
        lines << formula;
    for (const QString &note : notes)
        lines << QStringLiteral("• ") + note;
    for (const Citation &c : citations) {
        QString line = Tr::tr("Source: %1").arg(c.what);
        if (!c.source.isEmpty())
            line += QStringLiteral(" — ") + c.source;
        if (!c.asOf.isEmpty())
            line += Tr::tr(" (as of %1)").arg(c.asOf);
        if (c.isAssumption())
            line += c.kind == QLatin1String("estimate") ? Tr::tr(" [estimate]")
                                                        : Tr::tr(" [assumption]");
        else if (c.indicative)
            line += Tr::tr(" [indicative]");
        if (!c.note.isEmpty())
            line += QStringLiteral(": ") + c.note;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString toCode(CostCategory category)
{
    switch (category) {
    case CostCategory::Compute:
        return QStringLiteral("compute");
    case CostCategory::Storage:
        return QStringLiteral("storage");
    case CostCategory::Network:
        return QStringLiteral("network");
    case CostCategory::Cache:
        return QStringLiteral("cache");
    case CostCategory::LoadBalancing:
        return QStringLiteral("loadBalancing");
    }
    return {};
}

QString displayName(CostCategory category)
{
    switch (category) {
    case CostCategory::Compute:
        return Tr::tr("Compute");
    case CostCategory::Storage:
        return Tr::tr("Storage");
    case CostCategory::Network:
        return Tr::tr("Network");
    case CostCategory::Cache:
        return Tr::tr("Cache");
    case CostCategory::LoadBalancing:
        return Tr::tr("Load balancing");
    }
    return {};
}

QString toCode(LinkScope scope)
{
    switch (scope) {
    case LinkScope::SameZone:
        return QStringLiteral("sameZone");
    case LinkScope::CrossZone:
        return QStringLiteral("crossZone");
    case LinkScope::CrossRegionCen:
        return QStringLiteral("crossRegionCen");
    case LinkScope::CrossRegionInternet:
        return QStringLiteral("crossRegionInternet");
    case LinkScope::Internet:
        return QStringLiteral("internet");
    }
    return {};
}

QString displayName(LinkScope scope)
{
    switch (scope) {
    case LinkScope::SameZone:
        return Tr::tr("Same zone");
    case LinkScope::CrossZone:
        return Tr::tr("Cross zone");
    case LinkScope::CrossRegionCen:
        return Tr::tr("Cross region (CEN)");
    case LinkScope::CrossRegionInternet:
        return Tr::tr("Cross region (public internet)");
    case LinkScope::Internet:
        return Tr::tr("Internet");
    }
    return {};
}

QString toCode(TransferClass c)
{
    switch (c) {
    case TransferClass::IntraZone:
        return QStringLiteral("intraZone");
    case TransferClass::CrossZone:
        return QStringLiteral("crossZone");
    case TransferClass::CrossRegion:
        return QStringLiteral("crossRegion");
    case TransferClass::InternetEgress:
        return QStringLiteral("internetEgress");
    case TransferClass::InternetIngress:
        return QStringLiteral("internetIngress");
    }
    return {};
}

} // namespace ecsplan
