#pragma once

#include "model/model.h"
#include "ruleindex.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ecsplan {

class Catalog;
class CatalogInputs;
class MetricsEngine;
class Rule;
struct InstanceTypeSpec;
struct DiskCategorySpec;
struct PriceRow;

/**
 * What rules read: the model, the catalog and (when present) the metrics engine's results,
 * plus the small derived answers several rules share. Built for one evaluation batch; the
 * lazily computed caches (internet reachability) are valid only while the model is unchanged.
 *
 * Money is in the design's display currency per month (730 h by the catalog's convention),
 * converted with DesignSettings::cnyPerUsd when a price row is in the other currency.
 *
 * What depends only on the catalog and the design's settings (price rows, monthly prices,
 * typeadvisor's suggestions) lives in a CatalogCache: a context makes its own, or shares one
 * a caller keeps across batches (RulesEngine, which drops it when the catalog or the settings
 * may have changed). The reverse references (usersOfSecurityGroup, replicasOf, computeIds) come
 * from a RuleIndex: the context builds its own on first use, or reads one the caller keeps up
 * to date with the model (RulesEngine).
 */
class RuleContext
{
public:
    class CatalogCache;
    /** A cache for contexts over `catalog`; valid while the catalog and the settings hold. */
    static std::shared_ptr<CatalogCache> makeCatalogCache(const Catalog &catalog);

    /**
     * `cache` null: the context makes its own (from `catalog`); `index` null: the context builds
     * its own over `model` when first asked, else `index` must be up to date with `model`.
     */
    RuleContext(const Model &model, const Catalog &catalog, const MetricsEngine *metrics = nullptr,
                std::shared_ptr<CatalogCache> cache = {}, const RuleIndex *index = nullptr);
    ~RuleContext();

    const Model &model() const { return m_model; }
    const Catalog &catalog() const { return m_catalog; }
    const MetricsEngine *metrics() const { return m_metrics; }
    /** The metrics engine when its results are up to date with the model, else nullptr. */
    const MetricsEngine *freshMetrics() const;

    const Entity *entity(EntityId id) const { return m_model.find(id); }
    /**
     * The catalog spec of a compute entity's instance type (or launch template), or nullptr;
     * the last answer is kept for the same entity (the model is unchanged during a batch).
     */
    const InstanceTypeSpec *instanceType(const Entity &compute) const;
    const DiskCategorySpec *diskCategory(const Entity &disk) const;
    /**
     * The catalog's instance types of `family`, in catalog order: grouped in one pass on first
     * use and kept with the CatalogCache (a rule looking for a sibling type reads a handful
     * instead of the whole catalog).
     */
    const QList<const InstanceTypeSpec *> &typesOfFamily(const QString &family) const;
    /** Region code ("cn-hangzhou") of the region an entity is in; empty if none. */
    QString regionCode(EntityId id) const;
    /** Zone code ("cn-hangzhou-h") of the zone an entity is in; empty if none. */
    QString zoneCode(EntityId id) const;
    /** Zones a compute entity runs in: an instance group's zone, a scaling group's spanned zones.
     */
    EntityIds zonesOf(EntityId id) const;
    /** Instances a compute entity runs: count, or a scaling group's desired size. */
    int instanceCount(const Entity &compute) const;

    /**
     * Monthly price of one instance of `type` in `region` in `billing`, by the metrics engine's
     * own formula (instanceMonthlyCost) in the display currency; nullopt when a price is missing.
     */
    std::optional<double> instanceMonthly(const QString &type, const QString &region,
                                          BillingModel billing = BillingModel::PayAsYouGo) const;
    /** The same for one cache of `instanceClass` (nullopt without a price). */
    std::optional<double> cacheMonthly(const QString &instanceClass, const QString &region,
                                       BillingModel billing = BillingModel::PayAsYouGo) const;
    /**
     * What `disk` would cost per month at `level` and `sizeGiB` (its own when empty / 0), billed
     * like the engine bills it: in its compute group's billing model, one copy per instance;
     * nullopt when a price is missing.
     */
    std::optional<double> diskMonthly(const Entity &disk, const QString &level = QString(),
                                      int sizeGiB = 0) const;
    /** "CNY 1,234.50" in the display currency (metrics::money). */
    QString money(double amount) const;

    /**
     * QCoreApplication::translate("ecsplan", source, nullptr, n): looked up once per context
     * (one evaluation batch) and shared after, as a full evaluation asks the same few dozen
     * texts for thousands of findings. `source` is a string literal marked for lupdate with
     * QT_TRANSLATE_NOOP("ecsplan", …), or QT_TRANSLATE_N_NOOP("ecsplan", …) for a %n text;
     * memoised by its address and `n`, so the table holds a few entries per rule text.
     */
    QString text(const char *source, int n = -1) const;

    /**
     * text(source, n).arg(args...): QString's multi-arg form, every argument a string. The
     * translated text is split at its placeholders once per context (by QString::arg itself),
     * so a message is written in one allocation without arg()'s parse of the whole text for
     * every finding. `n` is text()'s (-1 for a text without %n).
     */
    QString format(const char *source, std::initializer_list<QStringView> args, int n = -1) const;

    /**
     * What a rule derives from a few inputs besides the entity (prices, their texts, a fix's
     * label), kept for this context: thousands of entities of a full evaluation share a type,
     * region and billing. `rule` names the rule (its `this`); the rest is its own key.
     */
    struct MemoKey
    {
        const void *rule = nullptr;
        const void *object = nullptr; ///< a catalog row, say
        QString text; ///< a region code, say
        qint64 a = 0, b = 0;
        friend bool operator==(const MemoKey &, const MemoKey &) = default;
        friend size_t qHash(const MemoKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.rule, k.object, k.text, k.a, k.b);
        }
    };
    /** `make()`'s texts for `key`, made on the first call with that key in this context. */
    template<typename Make>
    QStringList memoised(const MemoKey &key, Make &&make) const
    {
        auto it = m_memo.constFind(key);
        if (it == m_memo.cend())
            it = m_memo.insert(key, make());
        return *it;
    }

    /** What every finding of `rule` shares: its id, translated title and reference. */
    struct FindingHeader
    {
        QString id, title, reference;
    };
    /** `rule`'s header, built once per context: its findings share the strings (no copies). */
    const FindingHeader &header(const Rule &rule) const;

    /**
     * The disk's own IOPS / throughput: the metrics engine's figure when it is up to date,
     * else the same formula (diskPerformance) read directly; 0 for an invalid disk.
     */
    double diskIops(const Entity &disk) const;
    double diskMBps(const Entity &disk) const;
    /** IOPS of a disk of `category`/`level` at `sizeGiB` by the engine's formula (0 if invalid). */
    double diskIopsAt(const QString &category, const QString &level, int sizeGiB,
                      int provisionedIops = 0) const;

    /** Compute groups whose security groups include `securityGroup`, ascending. */
    EntityIds usersOfSecurityGroup(EntityId securityGroup) const;
    /** Caches that are read replicas of `cache`, ascending. */
    EntityIds replicasOf(EntityId cache) const;
    /** Zones of a region, ascending (no whole-model pass for a valid region). */
    EntityIds zonesOfRegion(EntityId region) const;
    /** Every instance group and scaling group, ascending (for the design-wide rules). */
    const EntityIds &computeIds() const;

    /** True when traffic from an internet-users endpoint can reach `id` over links. */
    bool reachableFromInternet(EntityId id) const;
    /** Everything reachableFromInternet() answers true for (computed on first use). */
    const QSet<EntityId> &reachableSet() const;
    /** Seeds reachableSet() with an answer the caller keeps up to date (RulesEngine). */
    void setReachableSet(const QSet<EntityId> &reachable) { m_reachable = reachable; }
    /** True when the entity carries the tag (case-insensitive) or its role names it. */
    static bool hasTag(const Entity &e, const QString &tag);

    /**
     * A type suggestion that depends only on the catalog, the prices and the settings
     * (typeadvisor): `compute()`'s answer for (`kind`, `from`'s id, `region`, `arg`), computed
     * once per cache.
     */
    const InstanceTypeSpec *memoisedType(
            int kind, const InstanceTypeSpec &from, const QString &region, double arg,
            const std::function<const InstanceTypeSpec *()> &compute) const;

private:
    const Model &m_model;
    const Catalog &m_catalog;
    const MetricsEngine *m_metrics;
    std::shared_ptr<CatalogCache> m_cache;
    CatalogInputs &m_inputs; ///< m_cache's
    /** The caller's index, else this context's own (built on first use: one model pass). */
    const RuleIndex &index() const;

    mutable std::optional<QSet<EntityId>> m_reachable;
    mutable const Entity *m_lastCompute = nullptr; ///< instanceType()'s last question
    mutable const QChar *m_lastType = nullptr; ///< its instance type's text
    mutable qsizetype m_lastSize = 0;
    mutable const InstanceTypeSpec *m_lastSpec = nullptr; ///< and its answer
    const RuleIndex *m_index; ///< the caller's, or null
    mutable std::optional<RuleIndex> m_ownIndex;
    // Texts and finding headers of this batch (a few entries per rule; freed with the context).
    mutable QHash<QPair<quintptr, int>, QString> m_texts;
    struct Format; ///< a text split at its placeholders (format())
    mutable std::unordered_map<quintptr, std::vector<Format>> m_formats;
    mutable std::unordered_map<const Rule *, FindingHeader> m_headers;
    mutable QHash<MemoKey, QStringList> m_memo; ///< memoised()'s
};

} // namespace ecsplan
