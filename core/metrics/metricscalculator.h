#pragma once

#include "cataloginputs.h"
#include "costcontribution.h"
#include "demand.h"
#include "idtable.h"
#include "phrasebook.h"

#include <array>
#include <deque>
#include <memory>
#include <optional>

namespace ecsplan {

class Model;
struct Entity;
struct ComputeData;
struct DiskData;

/**
 * Computes one entity's metrics from the model and the catalog. Each result depends only on
 * the entity, the few entities it names (its zone and region, the compute group a disk is
 * attached to and that group's other disks, a link's two ends) and the settings — the
 * dependency set the engine's dirty marking follows.
 *
 * Conventions: an instance group's attached disk exists once per instance (count copies,
 * each sharing one instance's disk limits); a scaling group's disk is part of its launch
 * template (desired-size copies). A disk is billed like the group it is attached to
 * (subscription rows for subscriptions, pay-as-you-go otherwise).
 *
 * `explain` false skips every text (the engine's fast path); the figures are identical.
 */
class MetricsCalculator
{
public:
    MetricsCalculator(const Model &model, const CatalogInputs &inputs,
                      const CurrencyContext &currency);
    ~MetricsCalculator();
    MetricsCalculator(const MetricsCalculator &) = delete;
    MetricsCalculator &operator=(const MetricsCalculator &) = delete;

    DiskMetrics disk(const Entity &e, CostContribution *contribution, bool explain) const;
    ComputeMetrics compute(const Entity &e, CostContribution *contribution, bool explain) const;
    LinkMetrics link(const Entity &e, CostContribution *contribution, bool explain) const;
    CacheMetrics cache(const Entity &e, CostContribution *contribution, bool explain) const;
    CostFigure loadBalancer(const Entity &e, CostContribution *contribution, bool explain) const;

    /** Where an entity is: its zone and region (None when not inside one). One walk up per parent.
     */
    struct Placement
    {
        const Entity *zone = nullptr;
        const Entity *region = nullptr;
        QString regionCode() const;
        QString zoneCode() const;
    };
    Placement placement(const Entity &e) const;
    LinkEnd linkEnd(const Entity &e) const;
    /** Instances of a compute group: count, or a scaling group's desired size. */
    static int units(const Entity &compute);
    /**
     * Room for a pass over `entities` entities with ids below `ids` (a full recompute): the
     * per-id memos then fill without growing.
     */
    void reserve(qsizetype entities, quint32 ids) const;
    /**
     * Records `e` (any entity but a link) for the entities computed after it: a link reads its
     * ends' kinds and places, a disk its compute group, from the notes, a compact table by id,
     * instead of the model's (whose entities are large and scattered). A full recompute notes
     * every node first; an id not noted is found in the model.
     */
    void note(const Entity &e) const;
    /**
     * demand::componentDemand(model, node), bit for bit. In a full recompute (nodes noted)
     * link() records the flow of the link it computes, so each link's flow is computed once,
     * not once per end; otherwise (an edit's flush) flows are computed as they are summed.
     */
    demand::ComponentDemand componentDemand(EntityId node) const;
    /** CatalogInputs::instanceType, found by the model's text storage first. */
    const InstanceTypeSpec *instanceType(const QString &id) const;
    /** The translations of the explanations this calculator writes (and its callers'). */
    metrics::Phrasebook &phrases() const { return m_phrases; }

private:
    /// A disk's own figures (0 when it cannot be attached to `compute`'s type).
    DiskLoad ownPerformance(const Entity &disk, const InstanceTypeSpec *type) const;
    /// The summed own figures of the disks attached to a compute group of `type` (cached per
    /// calculator: every sibling disk needs the same sum, so k disks cost O(k), not O(k²)).
    DiskLoad attachedDemand(EntityId compute, const InstanceTypeSpec *type) const;
    static CostContribution placed(const Placement &where, CostCategory category);

    /// What a link's figures need from its two ends' places and its path.
    struct LinkClass
    {
        LinkScope scope = LinkScope::SameZone;
        TransferClass transferClass = TransferClass::IntraZone;
        std::optional<RttRange> rtt;
        /// Internet links: the egress rate of the side each direction leaves (writes leave the
        /// `from` side along the arrow, reads the `to` side against it). Other links: `rate`
        /// is the rate of the whole volume and `backRate` is unused.
        TransferRate rate, backRate;
        bool mainland = false, backMainland = false; ///< of the region each direction leaves
        bool fromOutside = false, toOutside = false; ///< an end outside Alibaba Cloud
        /// The missing-price keys (CatalogInputs::missingPrices()) of `rate`, `backRate` and,
        /// for CEN links, of the transit-router fee.
        quint32 rateMissing = 0, backRateMissing = 0, transitRouterMissing = 0;
        /// The missing-price set of a link of this class by what it lacks (link()): bit 0 the
        /// first rate, bit 1 the second one or the transit-router fees. Filled on first use.
        mutable std::array<std::optional<quint32>, 4> missingSets;
    };
    LinkClass classify(const LinkEnd &a, const LinkEnd &b, LinkPath path, Citation *rttWhy) const;
    /// A link end's LinkEnd is a function of this entity: the endpoint itself, else (this) the
    /// zone of a placed end, else its region (nullptr when nowhere).
    static const Entity *endKey(const Placement &where);
    struct LinkKey
    {
        const Entity *from = nullptr;
        const Entity *to = nullptr;
        LinkPath path = LinkPath::Auto;
        friend bool operator==(const LinkKey &, const LinkKey &) = default;
        friend size_t qHash(const LinkKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.from, k.to, int(k.path));
        }
    };

    /// A compute group's catalog rows: keyed by its region entity (whose code prices it),
    /// instance type and system disk. Copies, so later catalog-cache inserts cannot move them.
    struct ComputeKey
    {
        const Entity *region = nullptr;
        QString instanceType, diskCategory, diskLevel;
        friend bool operator==(const ComputeKey &, const ComputeKey &) = default;
        friend size_t qHash(const ComputeKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.region, k.instanceType, k.diskCategory, k.diskLevel);
        }
    };
    struct ComputeInputs
    {
        int id = 0; ///< its order of insertion: a key of the explained-text memo
        const InstanceTypeSpec *type = nullptr;
        CatalogInputs::PricedItem price;
        CatalogInputs::PricedDisk system;
    };
    const ComputeInputs &computeInputs(const ComputeData &c, const Placement &where) const;

    /**
     * A text of the model by where it is stored, for the lookups below that run per entity:
     * the model does not change while a calculator lives, so the same storage and length is
     * the same text. The same text stored twice is two refs: such a lookup misses and goes on
     * to the one by value, never answering for another text.
     */
    struct TextRef
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        static TextRef of(const QString &s) { return {s.constData(), s.size()}; }
        friend bool operator==(const TextRef &, const TextRef &) = default;
        friend size_t qHash(const TextRef &t, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, t.data, t.size);
        }
    };
    struct ComputeRef
    {
        const Entity *region = nullptr;
        TextRef instanceType, diskCategory, diskLevel;
        friend bool operator==(const ComputeRef &, const ComputeRef &) = default;
        friend size_t qHash(const ComputeRef &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.region, k.instanceType, k.diskCategory, k.diskLevel);
        }
    };
    /// CatalogInputs::diskPrice of a category and level in a region entity's code, by ref
    /// (a copy at a stable address: later catalog-cache inserts cannot move it).
    const CatalogInputs::PricedDisk &diskPrice(const QString &category, const QString &level,
                                               const Placement &where) const;
    struct DiskPriceRef
    {
        const Entity *region = nullptr;
        TextRef category, level;
        friend bool operator==(const DiskPriceRef &, const DiskPriceRef &) = default;
        friend size_t qHash(const DiskPriceRef &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.region, k.category, k.level);
        }
    };
    /// A disk's capacity cost in every billing model: a function of its price row, billing,
    /// size, copies and whether it is attached (only attached disks are re-priced).
    struct DiskCostKey
    {
        const CatalogInputs::PricedDisk *price = nullptr;
        BillingModel billing = BillingModel::PayAsYouGo;
        bool attached = false;
        int sizeGiB = 0;
        double copies = 0;
        friend bool operator==(const DiskCostKey &, const DiskCostKey &) = default;
        friend size_t qHash(const DiskCostKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.price, int(k.billing), k.attached, k.sizeGiB, k.copies);
        }
    };
    struct DiskCost
    {
        CostFigure cost; ///< without texts
        std::array<double, BillingModelCount> byBilling{};
        MissingLists missing;
        std::optional<quint32> missingSet; ///< MissingPriceTable::set(missing), on first use
    };
    DiskCost &diskCost(const DiskCostKey &key) const;

    /// A cache's figures and contribution besides its place: functions of its class, billing
    /// and region.
    struct CacheKey
    {
        const Entity *region = nullptr;
        TextRef instanceClass;
        BillingModel billing = BillingModel::PayAsYouGo;
        friend bool operator==(const CacheKey &, const CacheKey &) = default;
        friend size_t qHash(const CacheKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.region, k.instanceClass, int(k.billing));
        }
    };
    struct CacheFigures
    {
        CacheMetrics metrics; ///< without texts
        CostContribution contribution; ///< its zone and region are the first cache's
    };
    CacheMetrics cacheFigures(const Entity &e, const Placement &where,
                              CostContribution *contribution, bool explain) const;

    /// A load balancer's catalog rows: functions of its kind, edition and region.
    struct LoadBalancerKey
    {
        const Entity *region = nullptr;
        LoadBalancerKind kind = LoadBalancerKind::Alb;
        TextRef edition;
        friend bool operator==(const LoadBalancerKey &, const LoadBalancerKey &) = default;
        friend size_t qHash(const LoadBalancerKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.region, int(k.kind), k.edition);
        }
    };
    struct LoadBalancerInputs
    {
        CatalogInputs::ServiceItem item;
        CostFigure cost; ///< the instance fee, without texts
        /// The capacity-unit row, looked up on first need (as the catalog inputs would).
        std::optional<CatalogInputs::ServiceItem> lcu;
        /// The missing-price set by what is missing: bit 0 the instance fee, bit 1 the LCU.
        std::array<std::optional<quint32>, 4> missingSets;
    };
    LoadBalancerInputs &loadBalancerInputs(const Entity &e, const Placement &where) const;

    /// CatalogInputs::diskFormula of a disk's category and level, by ref first.
    const DiskFormula *diskFormula(const QString &category, const QString &level) const;

    /// A compute group's figures besides its texts: functions of its catalog rows, billing,
    /// sizes and system disk, which thousands of groups share.
    struct ComputeFigureKey
    {
        int inputs = 0; ///< ComputeInputs::id
        BillingModel billing = BillingModel::PayAsYouGo;
        bool scaling = false;
        int instances = 0, minInstances = 0, maxInstances = 0, systemDiskGiB = 0;
        friend bool operator==(const ComputeFigureKey &, const ComputeFigureKey &) = default;
        friend size_t qHash(const ComputeFigureKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.inputs, int(k.billing), k.scaling, k.instances,
                              k.minInstances, k.maxInstances, k.systemDiskGiB);
        }
    };
    struct ComputeFigures
    {
        double monthly = 0; ///< in its own billing model
        bool priceMissing = false;
        double monthlyAtMin = 0, monthlyAtMax = 0;
        std::array<double, BillingModelCount> byBilling{};
        /// `monthly` and `byBilling` as CostContribution counts them (toMicro)
        qint64 monthlyMicro = 0;
        std::array<qint64, BillingModelCount> byBillingMicro{};
        quint32 missing = 0; ///< MissingPriceTable set id
        bool unpriced = false;
    };
    const ComputeFigures &computeFigures(const ComputeInputs &inputs,
                                         const ComputeFigureKey &key) const;

    const Model &m_model;
    const CatalogInputs &m_inputs;
    CurrencyContext m_currency;
    /// Placement by parent id: a full recompute asks for the same few zones thousands of times.
    mutable IdTable<Placement> m_placements;
    /// Link classification by end places: a full recompute meets few distinct pairs.
    mutable QHash<LinkKey, LinkClass> m_linkClasses;
    /// Compute groups' catalog rows: a full recompute meets few distinct types per region.
    /// ComputeInputs at stable addresses (a deque only appends), found by value and by ref.
    mutable std::deque<ComputeInputs> m_computeInputStore;
    mutable QHash<ComputeKey, const ComputeInputs *> m_computeInputs;
    mutable QHash<ComputeRef, const ComputeInputs *> m_computeInputRefs;
    /// CatalogInputs' formulas stay where they are for the calculator's lifetime.
    mutable QHash<std::pair<TextRef, TextRef>, const DiskFormula *> m_diskFormulaRefs;
    mutable QHash<TextRef, const InstanceTypeSpec *> m_instanceTypeRefs; ///< the catalog's rows
    mutable QHash<ComputeFigureKey, ComputeFigures> m_computeFigures;
    /// The memos of diskPrice(), diskCost(), cache() and loadBalancer(), at stable addresses.
    mutable std::deque<CatalogInputs::PricedDisk> m_diskPriceStore;
    mutable QHash<DiskPriceRef, const CatalogInputs::PricedDisk *> m_diskPrices;
    mutable QHash<DiskCostKey, DiskCost> m_diskCosts;
    mutable QHash<CacheKey, CacheFigures> m_cacheFigures;
    mutable std::deque<LoadBalancerInputs> m_loadBalancerStore;
    mutable QHash<LoadBalancerKey, LoadBalancerInputs *> m_loadBalancerInputs;
    /// Attached-disk demand by compute group: every sibling disk needs the same sum.
    mutable IdTable<DiskLoad> m_attachedDemand;
    /// A node as note() recorded it.
    struct NodeRef
    {
        const Entity *entity = nullptr;
        Placement where; ///< placement(*entity)
        EntityKind kind = EntityKind::Region;
    };
    mutable IdTable<NodeRef> m_nodes;
    /// The entity `id`: noted, else the model's (nullptr when neither has it).
    const Entity *node(EntityId id) const;
    /// Each link's flow to its ends, by link id (componentDemand()).
    mutable IdTable<demand::LinkFlow> m_linkFlows;
    const demand::LinkFlow &linkFlow(const Entity &link) const;

    /// The explained results by their inputs (`explain` true only): the figures and texts of
    /// the formulas below are functions of the keys, and a report explains thousands of items
    /// whose texts repeat (at 10,000 components 4,614 compute groups have 735 distinct cost
    /// explanations, 3,845 disks 55 distinct IOPS ones).
    struct Memo;
    Memo &memo() const;
    DiskPerformance explainedPerformance(const DiskFormula &f, const DiskData &d) const;
    CostFigure explainedDiskCost(const CatalogInputs::PricedDisk &price, const DiskData &d,
                                 const QString &region, BillingModel billing, double copies) const;
    CostFigure transferCost(TransferClass transferClass, double gb, const TransferRate &rate,
                            bool explain) const;
    mutable std::unique_ptr<Memo> m_memo;
    mutable metrics::Phrasebook m_phrases;
};

} // namespace ecsplan
