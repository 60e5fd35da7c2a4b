#pragma once

#include "model/model.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ecsplan {

/**
 * Reads the JSON that `terraform show -json` prints, for a saved plan (`planned_values`, else
 * `resource_changes[].change.after`, plus `configuration` for the references of values still
 * unknown at plan time) or for the state (`values`), with child modules at any depth, and turns
 * the aliyun/alicloud resources the Terraform exporter writes into a design: VPCs become
 * regions, vSwitches zones, and instances, launch templates with scaling groups (or scaling
 * configurations), disks, Redis/Tair caches, ALB/NLB/CLB and security groups become components
 * with their attributes. Links are inferred from server groups, backend attachments, the
 * exporter's link rules and cache whitelists; they are marked `inferred` and carry no traffic
 * figures. NAT gateways and CEN become notes of their regions. The result is laid out with
 * AutoLayout. docs/import.md lists what maps to what and the limits.
 *
 * Every managed resource that is not understood is listed (address, type, why) and the import
 * goes on; input that is not such JSON gives a located error and no design.
 */
namespace TerraformImport {

/** A resource the import could not turn into (part of) the design. */
struct Skipped
{
    QString address; ///< "module.web.random_id.suffix"
    QString type; ///< "random_id"
    QString reason; ///< translated
};

struct Result
{
    bool ok = false; ///< false: `error` says where the input is wrong; `model` is empty
    QString error; ///< "/planned_values/root_module/resources/3/type: expected a string"
    Model model; ///< ids from 1, laid out
    QList<Skipped> notUnderstood; ///< in input order
    /// Values a design cannot hold, replaced by the default (each also in the component's
    /// notes): "web (alicloud_instance.web), systemDiskGiB: ..."
    QStringList adjusted;
    int resourceCount = 0; ///< managed resources read (a counted resource counts once)
    int inferredLinks = 0;
};

/** Imports JSON text. Never throws. */
Result fromJson(const QByteArray &data);
/** Reads `path` and imports it; errors start with the file name. */
Result fromFile(const QString &path);

} // namespace TerraformImport
} // namespace ecsplan
