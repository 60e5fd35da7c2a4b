#pragma once

#include "model/model.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace ecsplan {

class Catalog;

/**
 * Deployability: what Alibaba Cloud would refuse if the design were applied as drawn. Pure
 * functions of the model and the catalog (Qt Core only, no state). The Terraform export
 * refuses a design with any problem (ecsplan-cli export, File → Export); the rules engine
 * shows the same problems as error findings while the user draws (one rule per Check, see
 * core/rules/deployabilityrules.cpp). Which conditions are hard model invariants instead and
 * why: core/validation/README.md.
 */
namespace validation {

/** The families of problems, one finding rule each. */
enum class Check {
    DiskSize, ///< ECS003: disk or system disk size outside its category/level range
    UnknownType, ///< ECS015: instance type not in the catalog
    LoadBalancerZones, ///< ECS018: ALB/NLB spanning fewer than two zones
    ScalingSizes, ///< ECS019: scaling group min > desired or desired > max
    ZoneRegion, ///< ECS020: zone id outside its region
    RegionCode, ///< ECS021: two regions with one region id, or an unknown region id
    Cidr, ///< ECS022: invalid, reserved, public, misplaced, overlapping or badly sized block
    CacheClass, ///< ECS023: cache without a class, or a class its engine/version cannot use
    DiskCategory, ///< ECS024: a disk category the instance type cannot attach
    ScalingSystemDisk, ///< ECS025: a scaling group's system disk its launch template cannot take
};
inline constexpr int CheckCount = static_cast<int>(Check::ScalingSystemDisk) + 1; ///< the last + 1

/** One thing that cannot be deployed as drawn. */
struct Problem
{
    Check check = Check::DiskSize;
    EntityId entity = EntityId::None; ///< the component at fault
    Property field = Property::Name; ///< the property to change
    QString reason; ///< translated sentence without the component's name
    EntityIds related; ///< other components concerned (the overlapping zone, the instances...)
    QVariant suggested; ///< a value of `field` that removes the problem, when one is obvious
    /// Further properties the same fix sets after `field` (one undo step): an ESSD's level.
    QList<std::pair<Property, QVariant>> alsoSuggested;

    friend bool operator==(const Problem &, const Problem &) = default;
};
using Problems = QList<Problem>;

/** Kinds a check looks at (the rules engine runs a check only for these). */
bool appliesTo(Check check, EntityKind kind);

/** The problems of one check for one entity (empty when it does not apply). */
Problems check(Check check, const Model &model, const Catalog &catalog, const Entity &entity);

/** Every problem of one entity, in Check order. */
Problems checkEntity(const Model &model, const Catalog &catalog, const Entity &entity);

/** Every problem of the design: entities in ascending id order, each in Check order. */
Problems checkDesign(const Model &model, const Catalog &catalog);

/**
 * One line per problem for a terminal or a dialog:
 * "<file>: <component name> (#id), <field key>: <reason>". `file` empty: no file prefix.
 */
QString locatedMessage(const Model &model, const Problem &problem, const QString &file = {});

/** "<component name>: <reason>" (the finding message; the field is where the badge points). */
QString describe(const Model &model, const Problem &problem);

/**
 * The system disk categories a launch template takes (`alicloud_ecs_launch_template`
 * `system_disk.category`, provider v1.289 enum); scaling groups launch only these.
 */
QStringList launchTemplateSystemDiskCategories();

} // namespace validation
} // namespace ecsplan
