#pragma once

#include "export/exporter.h"

namespace ecsplan {

class Catalog;
struct Totals;

/**
 * Exports a design as a Terraform configuration for the aliyun/alicloud provider: one file per
 * concern (versions.tf, providers.tf, backend.tf when a backend is set, variables.tf,
 * network.tf, security.tf, compute.tf, storage.tf, cache.tf, lb.tf, cen.tf, nat.tf, outputs.tf;
 * files with nothing to declare are left out), plus README.md and terraform.tfvars.example. Output
 * is deterministic and laid out as `terraform fmt` would; credentials are never written (the
 * provider reads its profile or environment). Resource and argument names follow the provider
 * documentation listed in docs/terraform-export.md.
 */
class TerraformExporter : public Exporter
{
public:
    /** OSS state backend with Tablestore locking; disabled while `bucket` is empty. */
    struct Backend
    {
        QString bucket;
        QString prefix; ///< path inside the bucket; empty: backend default ("env:")
        QString key; ///< state object name; empty: "terraform.tfstate"
        QString region; ///< bucket region; empty: ALICLOUD_REGION at init time
        QString tablestoreEndpoint; ///< e.g. https://tf-lock.cn-hangzhou.ots.aliyuncs.com
        QString tablestoreTable; ///< lock table, primary key LockID (String)
        bool encrypt = true; ///< server-side encryption of the state object

        bool isEnabled() const { return !bucket.isEmpty(); }
    };

    struct Options
    {
        /// The provider version the export was checked against (see docs/terraform-export.md).
        QString providerVersionConstraint = QStringLiteral("~> 1.280");
        Backend backend;
        /// Default of variable "name_prefix"; empty: derived from the design title.
        QString namePrefix;
        /// Markdown for the README's "Monthly estimate" section (the metrics engine's figures,
        /// filled by the caller that has them); empty: the README says it was not computed.
        QString monthlyEstimate;
        /// Disk size limits for the variables' validation blocks; null: Catalog::builtin().
        const Catalog *catalog = nullptr;
    };

    TerraformExporter() = default;
    explicit TerraformExporter(const Options &options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("terraform"); }
    QString displayName() const override;
    ExportResult exportModel(const Model &model) const override
    {
        return generate(model, m_options);
    }

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    /** Options::monthlyEstimate text for the README from the metrics engine's totals. */
    static QString estimateMarkdown(const Totals &totals);
    /**
     * Options::monthlyEstimate for `model` priced with `catalog`: the metrics engine's totals
     * through estimateMarkdown(). The one way every export front end (the CLI's `export
     * terraform`, the GUI's File → Export) fills the README's estimate.
     */
    static QString monthlyEstimate(const Model &model, const Catalog &catalog);

    /** The whole export. Never fails: what cannot be expressed is listed in the warnings. */
    static ExportResult generate(const Model &model, const Options &options);
    /**
     * generate() handing each file to `sink` as soon as it is made, README.md last, so a large
     * design's export never holds every file (the CLI writes them straight into the directory
     * through ExportDirectoryWriter). The same bytes as generate()'s files; the result holds
     * the warnings and the manifest's name, and no files.
     */
    static ExportResult generate(const Model &model, const Options &options, ExportSink &sink);
    /** The manifest an export keeps in its directory (ExportResult::manifest). */
    static QString manifestName() { return QStringLiteral(".ecsplan-export"); }

private:
    Options m_options;
};

} // namespace ecsplan
