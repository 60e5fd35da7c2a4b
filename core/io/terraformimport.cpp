#include "terraformimport.h"
#include "terraformimport_p.h"

#include "ecsplan_global.h"
#include "io/jsonguard.h"
#include "layout/autolayout.h"
#include "model/limits.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ecsplan::TerraformImport {

namespace detail {

void Importer::build()
{
    buildNetwork();
    buildSecurityGroups();
    buildInstances();
    buildScalingGroups();
    buildDisks();
    buildCaches();
    buildLoadBalancers();
    buildSecurityRules(); // after the components: link rules name them
    addInternetUsers();
    inferFromRules();
    inferFromZoneRules();
    inferFromWhitelists();
    buildRegionNotes();
}

Result Importer::takeResult()
{
    Result &result = m_result;
    result.ok = true;
    for (Resource *r : std::as_const(m_order)) {
        if (!r->managed)
            continue;
        ++result.resourceCount;
        if (r->understood)
            continue;
        QString reason = r->reason;
        if (reason.isEmpty())
            reason = r->type.startsWith(QLatin1String("alicloud_"))
                    ? Tr::tr("a resource type the import does not map")
                    : Tr::tr("not an aliyun/alicloud resource");
        result.notUnderstood << Skipped{r->address, r->type, reason};
    }
    // A value the design cannot hold (a CIDR that is none, a size out of range …) is replaced by
    // the default and said so, never written into a file the loader would refuse.
    for (Entity &e : m_entities) {
        const Entity defaults = makeEntity(e.kind);
        for (Property p : propertiesOf(e.kind)) {
            const QVariant value = propertyValue(e, p);
            const QString problem = validatePropertyValue(e.kind, p, value);
            if (problem.isEmpty())
                continue;
            setPropertyValue(e, p, propertyValue(defaults, p));
            const QString note = Tr::tr("%1: %2 The default is used.")
                                         .arg(QLatin1String(propertyInfo(p).key), problem);
            e.notes += (e.notes.isEmpty() ? QString() : QStringLiteral("\n")) + note;
            result.adjusted << QStringLiteral("%1, %2").arg(e.name, note);
        }
    }
    for (Entity &e : m_entities) {
        const QString problem = validateEntityValues(e, nullptr, Property::Name);
        if (problem.isEmpty())
            continue;
        ComputeData &c = e.compute; // a scaling group's sizes: max ≥ min, desired between
        c.maxSize = std::max(c.maxSize, c.minSize);
        c.desiredSize = std::clamp(c.desiredSize, c.minSize, c.maxSize);
        const QString note = Tr::tr("%1 Sizes used: %2 to %3, %4 desired.")
                                     .arg(problem)
                                     .arg(c.minSize)
                                     .arg(c.maxSize)
                                     .arg(c.desiredSize);
        e.notes += (e.notes.isEmpty() ? QString() : QStringLiteral("\n")) + note;
        result.adjusted << QStringLiteral("%1, %2").arg(e.name, note);
    }
    for (const Entity &e : std::as_const(m_entities))
        result.model.insert(e);
    // The export tags every resource with the design's title.
    for (Resource *r : std::as_const(m_order)) {
        if (const QString title = tag(*r, "design").trimmed(); r->managed && !title.isEmpty()) {
            DesignSettings settings = result.model.settings();
            settings.title = title;
            result.model.setSettings(settings);
            break;
        }
    }
    const QHash<EntityId, QRectF> layout = AutoLayout::compute(result.model);
    for (auto it = layout.cbegin(); it != layout.cend(); ++it)
        result.model.setProperty(it.key(), Property::Geometry, it.value());
    return result;
}

} // namespace detail

using detail::Importer;
using detail::InputError;
using detail::json;

Result fromJson(const QByteArray &data)
{
    Result failed;
    if (const QString problem = JsonGuard::check(data, Limits::MaxFileBytes); !problem.isEmpty()) {
        failed.error = QStringLiteral("/: ") + problem;
        return failed;
    }
    json root;
    try {
        root = json::parse(data.constBegin(), data.constEnd());
    } catch (const json::parse_error &e) {
        failed.error = QStringLiteral("/: ")
                + Tr::tr("not valid JSON (byte %1): %2")
                          .arg(e.byte)
                          .arg(QString::fromUtf8(e.what()));
        return failed;
    }
    try {
        Importer importer(root);
        InputError error;
        if (!importer.read(&error)) {
            failed.error = error.path + QStringLiteral(": ") + error.message;
            return failed;
        }
        importer.build();
        return importer.takeResult();
    } catch (const std::exception &e) {
        failed.error = QStringLiteral("/: ") + QString::fromUtf8(e.what());
        return failed;
    }
}

Result fromFile(const QString &path)
{
    Result failed;
    QFile file(path);
    if (QFileInfo(path).size() > Limits::MaxFileBytes) {
        failed.error = Tr::tr("%1: larger than %2 MiB").arg(path).arg(Limits::MaxFileBytes >> 20);
        return failed;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return failed;
    }
    Result result = fromJson(file.readAll());
    if (!result.ok)
        result.error = path + QStringLiteral(": ") + result.error;
    return result;
}

} // namespace ecsplan::TerraformImport
