// MetricsCalculator: links, classified by the places of their ends, with their latency,
// transfer and its cost.
#include "metricscalculator.h"
#include "metricscalculator_p.h"

#include "demand.h"
#include "ecsplan_global.h"
#include "formatting.h"
#include "model/model.h"

#include <algorithm>

namespace ecsplan {

using metrics::money;
using metrics::number;

const Entity *MetricsCalculator::endKey(const Placement &where)
{
    return where.zone ? where.zone : where.region;
}

MetricsCalculator::LinkClass MetricsCalculator::classify(const LinkEnd &a, const LinkEnd &b,
                                                         LinkPath path, Citation *rttWhy) const
{
    LinkClass k;
    k.scope = linkScope(a, b, path);
    k.transferClass = transferClass(k.scope);
    k.rtt = m_inputs.linkRtt(k.scope, a.regionCode, b.regionCode, rttWhy);
    k.fromOutside = a.outside;
    k.toOutside = b.outside;
    // The region each direction leaves; an end without a region is billed like the other end.
    const QString &fromRegion = a.regionCode.isEmpty() ? b.regionCode : a.regionCode;
    const QString &toRegion = b.regionCode.isEmpty() ? a.regionCode : b.regionCode;
    if (k.transferClass == TransferClass::InternetEgress) {
        k.rate = m_inputs.transferRate(k.transferClass, fromRegion, QString());
        k.backRate = m_inputs.transferRate(k.transferClass, toRegion, QString());
        k.mainland = m_inputs.isMainland(fromRegion);
        k.backMainland = m_inputs.isMainland(toRegion);
    } else {
        k.rate = m_inputs.transferRate(k.transferClass, fromRegion, b.regionCode);
        k.mainland = m_inputs.isMainland(fromRegion);
    }
    MissingPriceTable &missing = m_inputs.missingPrices();
    k.rateMissing = missing.key(missingPriceKey(k.rate.label, BillingModel::PayAsYouGo));
    if (k.transferClass == TransferClass::InternetEgress)
        k.backRateMissing
                = missing.key(missingPriceKey(k.backRate.label, BillingModel::PayAsYouGo));
    if (k.transferClass == TransferClass::CrossRegion) {
        const bool ordered = a.regionCode < b.regionCode;
        const QString pair = QStringLiteral("%1 ↔ %2").arg(ordered ? a.regionCode : b.regionCode,
                                                           ordered ? b.regionCode : a.regionCode);
        k.transitRouterMissing = missing.key(missingPriceKey(
                Tr::tr("CEN transit router connection and data processing fees %1").arg(pair),
                BillingModel::PayAsYouGo));
    }
    return k;
}

LinkMetrics MetricsCalculator::link(const Entity &e, CostContribution *contribution,
                                    bool explain) const
{
    LinkMetrics m;
    // A full recompute (nodes noted) records the flow its ends' demand reads: computed while
    // the link is at hand (see componentDemand()).
    if (!explain && !m_nodes.isEmpty())
        linkFlow(e);
    // The ends as noted (no read of their entities), else from the model.
    const NodeRef *fromRef = m_nodes.find(e.link.from);
    const NodeRef *toRef = m_nodes.find(e.link.to);
    const Entity *from = fromRef ? fromRef->entity : m_model.find(e.link.from);
    const Entity *to = toRef ? toRef->entity : m_model.find(e.link.to);
    // Each end's place once: its class key and the contribution's place both read it.
    const bool fromPlaced = from && (fromRef ? fromRef->kind : from->kind) != EntityKind::Endpoint;
    const bool toPlaced = to && (toRef ? toRef->kind : to->kind) != EntityKind::Endpoint;
    const Placement fromWhere = !fromPlaced ? Placement{}
            : fromRef                       ? fromRef->where
                                            : placement(*from);
    const Placement toWhere = !toPlaced ? Placement{} : toRef ? toRef->where : placement(*to);
    const LinkKey key{fromPlaced ? endKey(fromWhere) : from, toPlaced ? endKey(toWhere) : to,
                      e.link.path};
    const LinkClass *k = nullptr;
    const Explanation *latencyWhy = nullptr;
    if (explain) {
        // Explained once per pair of places: a report explains every link, and links between
        // the same zones have the same class, round trip and latency text.
        QHash<LinkKey, Memo::ExplainedLink> &known = memo().links;
        auto it = known.constFind(key);
        if (it == known.constEnd()) {
            const LinkEnd a = from ? linkEnd(*from) : LinkEnd{};
            const LinkEnd b = to ? linkEnd(*to) : LinkEnd{};
            Citation rttWhy;
            Memo::ExplainedLink x;
            x.k = classify(a, b, e.link.path, &rttWhy);
            if (const std::optional<RttRange> &rtt = x.k.rtt) {
                x.latencyWhy.formula
                        = Tr::tr("%1: %2–%3 ms round trip")
                                  .arg(displayName(x.k.scope), number(rtt->typicalMs, 3),
                                       number(rtt->worstMs, 3));
                x.latencyWhy.citations << rttWhy;
            } else {
                x.latencyWhy.formula = Tr::tr("%1: no latency figure").arg(displayName(x.k.scope));
                x.latencyWhy.notes
                        << (x.k.scope == LinkScope::Internet
                                    ? Tr::tr("latency between the internet and the region is not "
                                             "modelled")
                                    : Tr::tr("the catalog has no round-trip figure for %1 ↔ %2")
                                              .arg(a.regionCode, b.regionCode));
            }
            it = known.insert(key, std::move(x));
        }
        k = &it->k;
        latencyWhy = &it->latencyWhy;
    } else {
        auto it = m_linkClasses.constFind(key);
        if (it == m_linkClasses.constEnd()) {
            const LinkEnd a = from ? linkEnd(*from) : LinkEnd{};
            const LinkEnd b = to ? linkEnd(*to) : LinkEnd{};
            it = m_linkClasses.insert(key, classify(a, b, e.link.path, nullptr));
        }
        k = &*it;
    }
    m.scope = k->scope;
    m.transferClass = k->transferClass;
    m.transferGBPerMonth = e.link.gbPerMonth;
    if (const std::optional<RttRange> &rtt = k->rtt) {
        m.latencyTypicalMs = rtt->typicalMs;
        m.latencyWorstMs = rtt->worstMs;
    } else {
        m.latencyKnown = false;
    }
    if (latencyWhy)
        m.latencyWhy = *latencyWhy;

    const Entity *home = fromPlaced ? from : to;
    *contribution = !home ? CostContribution{}
            : fromPlaced  ? placed(fromWhere, CostCategory::Network)
            : toPlaced    ? placed(toWhere, CostCategory::Network)
                          : placed(placement(*home), CostCategory::Network);
    contribution->category = CostCategory::Network;
    // What has no price: internet links, the writes' and the reads' rates; other links, the
    // rate and the transit-router fees.
    bool firstMissing = false, secondMissing = false;

    if (k->transferClass == TransferClass::InternetEgress) {
        // Writes travel along the arrow and leave the `from` side, reads travel back from the
        // server and leave the `to` side; what enters Alibaba Cloud from outside is free.
        const double reads = std::clamp(e.link.readFraction, 0.0, 1.0);
        const double forwardGB = k->fromOutside ? 0.0 : m.transferGBPerMonth * (1.0 - reads);
        const double backGB = k->toOutside ? 0.0 : m.transferGBPerMonth * reads;
        const double inboundGB = m.transferGBPerMonth - forwardGB - backGB;
        const CostFigure forward = forwardGB > 0
                ? transferCost(TransferClass::InternetEgress, forwardGB, k->rate, explain)
                : CostFigure{};
        const CostFigure back = backGB > 0
                ? transferCost(TransferClass::InternetEgress, backGB, k->backRate, explain)
                : CostFigure{};
        if (forwardGB <= 0 && backGB <= 0) {
            m.transferClass = TransferClass::InternetIngress;
            m.cost = transferCost(TransferClass::InternetIngress, inboundGB, k->rate, explain);
        } else if (backGB <= 0 || forwardGB <= 0) {
            m.cost = forwardGB > 0 ? forward : back;
        } else {
            m.cost.monthly = forward.monthly + back.monthly;
            m.cost.priceMissing = forward.priceMissing || back.priceMissing;
            if (explain) {
                m.cost.why.formula = QStringLiteral("%1 + %2 = %3")
                                             .arg(money(forward.monthly, m_currency.display),
                                                  money(back.monthly, m_currency.display),
                                                  money(m.cost.monthly, m_currency.display));
                m.cost.why.notes
                        << Tr::tr("writes leaving %1: %2").arg(k->rate.label, forward.why.formula)
                        << Tr::tr("reads leaving %1: %2").arg(k->backRate.label, back.why.formula);
                for (const QString &note : forward.why.notes + back.why.notes) {
                    if (!m.cost.why.notes.contains(note))
                        m.cost.why.notes << note;
                }
                m.cost.why.citations << forward.why.citations;
                for (const Citation &c : back.why.citations) {
                    if (!m.cost.why.citations.contains(c))
                        m.cost.why.citations << c;
                }
            }
        }
        if (explain && inboundGB > 0 && m.transferClass == TransferClass::InternetEgress)
            m.cost.why.notes.prepend(
                    Tr::tr("%1 of the link's %2 GB leave Alibaba Cloud (writes leave the "
                           "requester's side, reads the server's); %3 GB inbound from the "
                           "internet are free")
                            .arg(number(forwardGB + backGB), number(m.transferGBPerMonth),
                                 number(inboundGB)));
        firstMissing = forward.priceMissing;
        secondMissing = back.priceMissing;
        if (forwardGB > 0 && !forward.priceMissing) {
            contribution->egressGB[quotaGroupOf(k->mainland)] += toMicro(forwardGB);
            contribution->egressCost[quotaGroupOf(k->mainland)] += toMicro(forward.monthly);
        }
        if (backGB > 0 && !back.priceMissing) {
            contribution->egressGB[quotaGroupOf(k->backMainland)] += toMicro(backGB);
            contribution->egressCost[quotaGroupOf(k->backMainland)] += toMicro(back.monthly);
        }
        if (fromPlaced && toPlaced && back.monthly > 0) {
            const Placement &there = toWhere;
            contribution->zone2 = there.zone ? there.zone->id : EntityId::None;
            contribution->region2 = there.region ? there.region->id : EntityId::None;
            contribution->monthly2 = toMicro(back.monthly);
        }
    } else {
        m.cost = transferCost(m.transferClass, m.transferGBPerMonth, k->rate, explain);
        firstMissing = m.cost.priceMissing;
        if (m.transferClass == TransferClass::CrossRegion && m.transferGBPerMonth > 0) {
            // Transit-router CEN also bills a connection fee per attachment-hour and a
            // data-processing fee per GB; the catalog has neither amount.
            secondMissing = true;
            m.cost.priceMissing = true;
            if (explain)
                m.cost.why.notes << Tr::tr(
                        "transit router connection (per attachment-hour) and data processing "
                        "(per GB) fees are not in the catalog: not counted");
        }
    }
    // The missing-price set is a function of the class and the two flags: made once each.
    std::optional<quint32> &set = k->missingSets[int(firstMissing) | int(secondMissing) << 1];
    if (!set) {
        MissingLists missing;
        if (k->transferClass == TransferClass::InternetEgress) {
            if (firstMissing)
                missing.own.append(k->rateMissing);
            if (secondMissing && !missing.own.contains(k->backRateMissing))
                missing.own.append(k->backRateMissing);
        } else {
            if (firstMissing)
                missing.own.append(k->rateMissing);
            if (secondMissing)
                missing.own.append(k->transitRouterMissing);
        }
        missing.byBilling.fill(missing.own);
        set = m_inputs.missingPrices().set(missing);
    }
    contribution->missing = *set;
    contribution->unpriced = firstMissing || secondMissing; // the own list is not empty
    contribution->monthly = toMicro(m.cost.monthly);
    contribution->byBilling.fill(contribution->monthly);
    return m;
}

} // namespace ecsplan
