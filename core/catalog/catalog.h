#pragma once
// TEMPORARY stub: replaced by the catalog branch.
#include <QString>
namespace ecsplan {
struct InstanceTypeSpec { QString id; };
struct DiskCategorySpec { QString category; };
struct RegionSpec { QString id; };
class Catalog {
public:
    static const Catalog &builtin() { static Catalog c; return c; }
    const InstanceTypeSpec *instanceType(const QString &) const { return nullptr; }
    const DiskCategorySpec *diskCategory(const QString &, const QString &) const { return nullptr; }
    const RegionSpec *region(const QString &) const { return nullptr; }
    QString version() const { return {}; }
};
}
