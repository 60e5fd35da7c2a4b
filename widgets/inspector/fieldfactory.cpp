#include "fieldfactory.h"
#include "model/codes.h"

#include "catalogaccess.h"
#include "ecsplan_global.h"
#include "idsfield.h"
#include "instancetypefield.h"
#include "model/model.h"
#include "propertyfields.h"
#include "rulesfield.h"

#include <QComboBox>

namespace ecsplan::FieldFactory {

namespace {

/** Zone codes of the selection, for the instance type picker's "offered in" filter. */
QStringList selectionZoneCodes(const Model &model, const EntityIds &selection)
{
    QStringList codes;
    for (EntityId id : selection) {
        for (EntityId zone : model.spannedZones(id)) {
            const Entity *z = model.find(zone);
            if (z && !z->code.isEmpty() && !codes.contains(z->code))
                codes << z->code;
        }
    }
    return codes;
}

void addEntities(ChoiceField *field, const Model &model, EntityKind kind, EntityId except,
                 EntityId sameZoneAs = EntityId::None)
{
    for (EntityId id : model.ids(kind)) {
        if (id == except)
            continue;
        if (isValid(sameZoneAs) && model.zoneOf(id) != model.zoneOf(sameZoneAs))
            continue;
        field->addChoice(model.find(id)->name, QVariant::fromValue(id));
    }
}

} // namespace

QList<Property> editableProperties(const QList<EntityKind> &kinds, bool single)
{
    QList<Property> result;
    if (kinds.isEmpty())
        return result;
    for (Property p : propertiesOf(kinds.first())) {
        // Placement and geometry are edited on the canvas; link ends by reconnecting.
        if (p == Property::Geometry || p == Property::Parent || p == Property::LinkFrom
            || p == Property::LinkTo || (p == Property::Name && !single))
            continue;
        if (std::all_of(kinds.cbegin(), kinds.cend(),
                        [p](EntityKind k) { return hasProperty(k, p); }))
            result << p;
    }
    return result;
}

QString enumText(Property p, const QVariant &v)
{
    switch (p) {
    case Property::Billing:
    case Property::CacheBilling:
        return displayName(v.value<BillingModel>());
    case Property::LbKind:
        return displayName(v.value<LoadBalancerKind>());
    case Property::EndpointKind:
        return displayName(v.value<EndpointKind>());
    case Property::LinkPath:
        return displayName(v.value<LinkPath>());
    case Property::CacheEngine:
        return v.value<CacheEngine>() == CacheEngine::Redis ? Tr::tr("Redis (Community)")
                                                            : Tr::tr("Tair (Enterprise)");
    case Property::LbAddressType:
        return v.value<AddressType>() == AddressType::Internet ? Tr::tr("Internet-facing")
                                                               : Tr::tr("Internal (VPC)");
    default:
        return enumToCode(p, v);
    }
}

PropertyField *create(Property p, const Model &model, const Catalog *catalog,
                      const EntityIds &selection, QWidget *parent)
{
    const Entity *first = model.find(selection.value(0));
    const bool single = selection.size() == 1;
    switch (p) {
    case Property::InstanceType: {
        auto *field = new InstanceTypeField(CatalogAccess::instanceTypes(catalog), parent);
        QStringList known;
        for (const QString &zone : selectionZoneCodes(model, selection)) {
            if (CatalogAccess::hasAvailability(catalog, zone))
                known << zone;
        }
        field->setZones(known, [catalog](const QString &zone, const QString &type) {
            return CatalogAccess::zoneOffers(catalog, zone, type);
        });
        return field;
    }
    case Property::Rules:
        return new RulesField(parent);
    case Property::Tags:
        return new StringListField(p, parent);
    case Property::Zones:
    case Property::SecurityGroups: {
        auto *field = new IdsField(p, parent);
        if (p == Property::SecurityGroups) {
            for (EntityId id : model.ids(EntityKind::SecurityGroup))
                field->addChoice(model.find(id)->name, id);
        } else {
            const EntityId region = first ? model.regionOf(first->id) : EntityId::None;
            for (EntityId id : model.ids(EntityKind::Zone)) {
                if (!isValid(region) || model.regionOf(id) == region)
                    field->addChoice(model.find(id)->name, id);
            }
        }
        return field;
    }
    case Property::AttachedTo: {
        auto *field = new ChoiceField(p, false, parent);
        field->addChoice(Tr::tr("(not attached)"), QVariant::fromValue(EntityId::None));
        const EntityId zoneRef = single ? first->id : EntityId::None;
        addEntities(field, model, EntityKind::InstanceGroup, EntityId::None, zoneRef);
        addEntities(field, model, EntityKind::ScalingGroup, EntityId::None);
        return field;
    }
    case Property::ReadReplicaOf: {
        auto *field = new ChoiceField(p, false, parent);
        field->addChoice(Tr::tr("(none: a primary)"), QVariant::fromValue(EntityId::None));
        addEntities(field, model, EntityKind::Cache, single ? first->id : EntityId::None);
        return field;
    }
    case Property::DiskCategory:
    case Property::SystemDiskCategory: {
        auto *field = new ChoiceField(p, false, parent);
        for (const QString &c : CatalogAccess::diskCategories(catalog))
            field->addChoice(c, c);
        return field;
    }
    case Property::DiskLevel:
    case Property::SystemDiskLevel: {
        auto *field = new ChoiceField(p, false, parent);
        for (const QString &level : Codes::diskLevels())
            field->addChoice(level.isEmpty() ? Tr::tr("(none)") : level, level);
        return field;
    }
    case Property::LbEdition: {
        auto *field = new ChoiceField(p, false, parent);
        field->addChoice(Tr::tr("Basic"), QStringLiteral("Basic"));
        field->addChoice(Tr::tr("Standard"), QStringLiteral("Standard"));
        field->addChoice(Tr::tr("Standard with WAF"), QStringLiteral("StandardWithWaf"));
        return field;
    }
    case Property::CacheClass:
    case Property::CacheVersion:
    case Property::Code:
    case Property::EndpointLocation: {
        auto *field = new ChoiceField(p, true, parent);
        QStringList codes;
        if (p == Property::CacheClass)
            codes = CatalogAccess::cacheClasses(catalog);
        else if (p == Property::CacheVersion)
            codes = {QStringLiteral("5.0"), QStringLiteral("6.0"), QStringLiteral("7.0")};
        else if (p == Property::Code && first && first->kind == EntityKind::Zone) {
            const Entity *region = model.find(model.regionOf(first->id));
            codes = CatalogAccess::zoneCodes(catalog, region ? region->code : QString());
        } else
            codes = CatalogAccess::regionCodes(catalog);
        for (const QString &c : codes)
            field->addChoice(c, c);
        return field;
    }
    default:
        break;
    }
    switch (propertyType(p)) {
    case PropertyType::Int:
        return new IntField(p, parent);
    case PropertyType::Double:
        return new DoubleField(p, parent);
    case PropertyType::Bool:
        return new BoolField(p, parent);
    case PropertyType::Enum: {
        auto *field = new ChoiceField(p, false, parent);
        for (const QString &code : enumCodes(p)) {
            const QVariant value = enumFromCode(p, code);
            field->addChoice(enumText(p, value), value);
        }
        return field;
    }
    default:
        return new TextField(p, parent);
    }
}

} // namespace ecsplan::FieldFactory
