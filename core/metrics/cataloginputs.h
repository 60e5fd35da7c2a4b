#pragma once

#include "cost.h"
#include "costcontribution.h"
#include "diskperformance.h"
#include "latency.h"
#include "transfer.h"

#include <QHash>

#include <memory>

namespace ecsplan {

class Catalog;
struct InstanceTypeSpec;
struct RedisClassSpec;
struct SourceRef;

/**
 * Turns catalog rows into the value structs the formulas take, and memoises the lookups
 * (price rows by type and region, disk formulas by category) so the engine's full recompute
 * stays cheap. The catalog must not change while this object lives; after a price sheet is
 * applied call clear().
 *
 * Regions are region ids ("cn-hangzhou"); an empty region yields missing prices.
 */
class CatalogInputs
{
public:
    explicit CatalogInputs(const Catalog *catalog);
    ~CatalogInputs();

    const Catalog *catalog() const { return m_catalog; }
    void clear();

    /** nullptr for an unknown category / level; the formula stays where it is until clear(). */
    const DiskFormula *diskFormula(const QString &category, const QString &level) const;
    const InstanceTypeSpec *instanceType(const QString &id) const;
    InstanceDiskLimits diskLimits(const InstanceTypeSpec *type) const;

    /** Price facts for `type` in `region` plus the 5 missing-price keys (by BillingModel). */
    struct PricedItem
    {
        ComputePrice price;
        QStringList missingKeys;
        std::array<quint32, BillingModelCount> missingIds{}; ///< missingKeys in missingPrices()
    };
    const PricedItem &instancePrice(const QString &type, const QString &region) const;
    const PricedItem &cachePrice(const QString &instanceClass, const QString &region) const;
    std::optional<double> cacheMemoryGB(const QString &instanceClass) const;
    /** The catalog row of a cache class, or nullptr (10 rows: a scan). */
    const RedisClassSpec *redisClass(const QString &instanceClass) const;

    struct PricedDisk
    {
        DiskPrice price;
        QString missingPayg, missingSubscription;
        quint32 missingPaygId = 0, missingSubscriptionId = 0; ///< their missingPrices() ids
    };
    const PricedDisk &diskPrice(const QString &category, const QString &level,
                                const QString &region) const;

    struct ServiceItem
    {
        std::optional<UnitPrice> price;
        QString label;
        QString missingKey;
        quint32 missingKeyId = 0; ///< its missingPrices() id
    };
    const ServiceItem &loadBalancerPrice(LoadBalancerKind kind, const QString &edition,
                                         const QString &region) const;
    /**
     * Any other service price row (`service`, `item`, e.g. "alb", "LCU"; "ebs",
     * "autoPLProvisionedIops") valid in `region`; `label` names it in explanations and in the
     * missing-price key. An empty price when the catalog has no amount.
     */
    const ServiceItem &serviceItem(const QString &service, const QString &item,
                                   const QString &region, const QString &label) const;

    /** The per-GB rate for traffic of `transferClass` from region `from` to region `to`. */
    const TransferRate &transferRate(TransferClass transferClass, const QString &from,
                                     const QString &to) const;
    /** Round trip for a link of `scope`; empty when the catalog has no figure. */
    std::optional<RttRange> linkRtt(LinkScope scope, const QString &from, const QString &to,
                                    Citation *citation = nullptr) const;

    bool isMainland(const QString &region) const;
    /** The monthly internet free quota (GB) of a quota group; 0 without a catalog. */
    double freeQuotaGB(QuotaGroup group) const;

    static Citation cite(const QString &what, const SourceRef &src);

    /**
     * The missing-price keys the calculators name, interned (the ids above index it). Kept
     * by clear(): contributions computed before it stay valid.
     */
    MissingPriceTable &missingPrices() const { return m_missing; }

private:
    std::optional<RttRange> lookupRtt(LinkScope scope, const QString &from, const QString &to,
                                      Citation *citation) const;

    struct Caches;
    const Catalog *m_catalog;
    std::unique_ptr<Caches> m_caches;
    mutable MissingPriceTable m_missing;
};

} // namespace ecsplan
