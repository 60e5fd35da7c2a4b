#pragma once

#include "entity.h"

#include <QVariant>

#include <string_view>

namespace ecsplan {

class Catalog;

/**
 * Every editable property of an entity. The generic ChangeProperty command, the inspector,
 * the file format and the change events all speak in these. Values travel as QVariant:
 * QString, int, double, bool, QStringList, EntityId, EntityIds, SecurityRules or one of the
 * enums of enums.h. One row each in propertytable.h, which this enum and everything else about
 * a property are generated from.
 */
enum class Property : quint8 {
#define ECSPLAN_PROPERTY(name, ...) name,
#include "propertytable.h"
#undef ECSPLAN_PROPERTY
};
/** The number of properties: the rows of propertytable.h. */
inline constexpr int PropertyCount = 0
#define ECSPLAN_PROPERTY(...) +1
#include "propertytable.h"
#undef ECSPLAN_PROPERTY
        ;

/** A set of properties, as carried by change events. */
using PropertyMask = quint64;
static_assert(PropertyCount <= 64, "PropertyMask has one bit per property: 64 at most");
inline constexpr PropertyMask bit(Property p)
{
    return PropertyMask(1) << static_cast<int>(p);
}
inline constexpr PropertyMask AllProperties = ~PropertyMask(0);
/** The C++ type a property's QVariant holds (and how the file writes it). */
enum class PropertyType { String, Int, Double, Bool, StringList, Id, Ids, Rect, Enum, Rules };

/** Who reads a property: the column `Use` of propertytable.h. */
enum class PropertyUse : quint8 {
    Model, ///< the engines (metrics, rules, export) read it
    Display, ///< only drawn or named (name, geometry): an edit is presentation-only
    /// Free text for people (notes): presentation-only, and written to the file only when it is
    /// not empty, so a file that does not use it is byte-identical to one from before it.
    Annotation,
};

/**
 * Properties that change only how the design is drawn or described (Use Display or
 * Annotation); the metrics engine ignores them.
 */
inline constexpr PropertyMask PresentationProperties = 0
#define ECSPLAN_PROPERTY(name, key, label, unit, kinds, minimum, maximum, type, use, field) \
    | (PropertyUse::use == PropertyUse::Model ? PropertyMask(0) : bit(Property::name))
#include "propertytable.h"
#undef ECSPLAN_PROPERTY
        ;

/** Static description of a property: its file key, label, unit and which kinds have it. */
struct PropertyInfo
{
    Property property;
    const char *key; ///< JSON key in the file and the CLI (stable, never translated)
    const char *label; ///< English label; translate with Tr::tr(label)
    const char *unit; ///< "GiB", "GB/month" ... or ""
    quint32 kinds; ///< bit i set = EntityKind i has this property
    double minimum; ///< for numbers
    double maximum;
    PropertyUse use;
};

const PropertyInfo &propertyInfo(Property p);
std::optional<Property> propertyFromKey(const QString &key);
/** The same for a key as the file's bytes (UTF-8): the loader's, without a QString per key. */
std::optional<Property> propertyFromKey(std::string_view key);
PropertyType propertyType(Property p);
/** For Enum properties: the accepted codes (enums.h) and conversions to/from the QVariant. */
QStringList enumCodes(Property p);
QString enumToCode(Property p, const QVariant &value);
QVariant enumFromCode(Property p, const QString &code); ///< invalid QVariant for an unknown code
bool hasProperty(EntityKind kind, Property p);
/** The properties of `kind`, in inspector order. */
QList<Property> propertiesOf(EntityKind kind);

QVariant propertyValue(const Entity &e, Property p);
/** Writes `value` into `e`. Returns true when the stored value changed. No validation. */
bool setPropertyValue(Entity &e, Property p, const QVariant &value);

/**
 * Checks a value against the property's type and range, independent of the rest of the
 * design. Returns an empty string when it is acceptable, otherwise a translated reason.
 * Reference checks (an attachment target exists ...) are the Model's job.
 */
QString validatePropertyValue(EntityKind kind, Property p, const QVariant &value);

/**
 * Invariants between one entity's own values: a scaling group's minimum <= desired <= maximum.
 * Returns an empty string, or a translated reason and the property at fault in `field`.
 * `edited`: the property just changed (MinSize, MaxSize or DesiredSize), so the reason speaks
 * of it; Name = none (a file, a pasted entity). Document verbs, the file reader and the
 * deployability check use it (core/validation).
 */
QString validateEntityValues(const Entity &entity, Property *field = nullptr,
                             Property edited = Property::Name);

} // namespace ecsplan

Q_DECLARE_METATYPE(ecsplan::SecurityRules)
