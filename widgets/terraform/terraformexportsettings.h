#pragma once

#include "export/terraform/terraformexporter.h"

#include <QCoreApplication>
#include <QString>

namespace ecsplan {

/**
 * What the Terraform export dialog remembers between sessions (QSettings group
 * "TerraformExport"), shared with the preview dock so that it shows what an export would write.
 * The field checks return a translated reason, or an empty string when the value is fine; they
 * are pure (except checkDirectory, which looks at the file system) so tests can call them.
 */
struct TerraformExportSettings
{
    Q_DECLARE_TR_FUNCTIONS(TerraformExportSettings)

public:
    QString directory; ///< last target directory; empty: derived from the design file
    bool backendEnabled = false; ///< the "OSS state backend" group is checked
    TerraformExporter::Options options; ///< backend fields are kept even while disabled

    static TerraformExportSettings load();
    void save() const;

    /** The exporter options: the backend cleared unless enabled, key defaulted. */
    TerraformExporter::Options effectiveOptions() const;

    /** Existing writable directory, or a path whose nearest existing ancestor is writable. */
    static QString checkDirectory(const QString &path);
    /** OSS bucket naming: 3–63 characters, lowercase letters, digits and hyphens, starting and
     *  ending with a letter or digit. */
    static QString checkBucket(const QString &bucket);
    /** Empty, or an http(s) URL with a host and no path, e.g.
     * https://x.cn-hangzhou.ots.aliyuncs.com. */
    static QString checkTablestoreEndpoint(const QString &endpoint);
    /** Empty, or a Tablestore table name (letters, digits, underscores; not starting with a digit).
     */
    static QString checkTablestoreTable(const QString &table);
    /** Empty, or a region id such as cn-hangzhou. */
    static QString checkRegion(const QString &region);
    /** Terraform version constraints, e.g. "~> 1.280" or ">= 1.200, < 2.0". Must not be empty. */
    static QString checkVersionConstraint(const QString &constraint);
    /** Empty (derived from the title), or a letter then letters, digits and hyphens, ≤ 32. */
    static QString checkNamePrefix(const QString &prefix);
};

} // namespace ecsplan
