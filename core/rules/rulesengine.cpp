#include "rulesengine.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "model/document.h"
#include "rule.h"
#include "rulecontext.h"

#include "metrics/metricsengine.h"

#include <algorithm>
#include <array>
#include <deque>
#include <vector>

namespace ecsplan {
namespace {

bool ascending(EntityId a, EntityId b)
{
    return toUInt(a) < toUInt(b);
}

/**
 * The per-entity rules that apply to `kind`, in builtinRules() order: rules are stateless, so
 * the table is made once instead of asking every rule about every entity of every batch.
 */
const QList<const Rule *> &entityRules(EntityKind kind)
{
    static const auto table = [] {
        std::array<QList<const Rule *>, EntityKindCount> byKind;
        for (const Rule *rule : builtinRules()) {
            if (rule->scope() != Rule::Scope::Entity)
                continue;
            for (int k = 0; k < EntityKindCount; ++k) {
                if (rule->appliesTo(EntityKind(k)))
                    byKind[size_t(k)] << rule;
            }
        }
        return byKind;
    }();
    return table[size_t(kind)];
}

/**
 * Gives back the room an entity's findings were built with and keep for as long as they are
 * listed: messages made by appending (grown by half again each time) and the list itself.
 * Shared texts are left alone (squeezing one would copy it).
 */
void dropSpareRoom(Findings &found)
{
    if (found.capacity() > found.size())
        found.squeeze();
    for (Finding &f : found) {
        if (f.message.capacity() > f.message.size() && f.message.isDetached())
            f.message.squeeze();
    }
}

} // namespace

RulesEngine::RulesEngine(Document *document, MetricsEngine *metrics, const Catalog *catalog,
                         QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_metrics(metrics)
    , m_catalog(catalog ? catalog : &Catalog::builtin())
{
    for (const Rule *rule : builtinRules()) {
        if (const auto *designRule = dynamic_cast<const DesignRule *>(rule))
            m_groups.push_back(GroupState{designRule, {}, {}, {}});
    }
    connect(m_document, &Document::changed, this, &RulesEngine::onDocumentChanged);
    if (m_metrics)
        connect(m_metrics, &MetricsEngine::metricsChanged, this, &RulesEngine::onMetricsChanged);
    evaluateAll();
}

RulesEngine::~RulesEngine() = default;

bool RulesEngine::Order::operator()(const Finding *a, const Finding *b) const
{
    return findingLess(*a, *b);
}

void RulesEngine::refreshLists() const
{
    if (!m_listsStale)
        return;
    const auto copy = [](const FindingSet &set, Findings &list) {
        list.clear();
        list.reserve(qsizetype(set.size()));
        for (const Finding *f : set)
            list.append(*f);
    };
    copy(m_visible, m_visibleList);
    copy(m_muted, m_mutedList);
    m_listsStale = false;
}

Findings RulesEngine::findings() const
{
    refreshLists();
    return m_visibleList;
}

Findings RulesEngine::findingsFor(EntityId id) const
{
    Findings out;
    for (const Finding *f : m_visible) {
        if (f->entities.contains(id))
            out << *f;
    }
    return out;
}

Findings RulesEngine::mutedFindings() const
{
    refreshLists();
    return m_mutedList;
}

std::optional<Severity> RulesEngine::worstSeverity(EntityId id) const
{
    const auto it = m_severityCounts.constFind(id);
    if (it == m_severityCounts.cend())
        return std::nullopt;
    for (int s = 0; s < SeverityCount; ++s) { // a lower value is more severe
        if ((*it)[size_t(s)] > 0)
            return Severity(s);
    }
    return std::nullopt;
}

SeverityByEntity RulesEngine::worstSeverities() const
{
    SeverityByEntity worst; // as ecsplan::worstSeverities(findings())
    worst.reserve(m_severityCounts.size());
    for (auto it = m_severityCounts.cbegin(); it != m_severityCounts.cend(); ++it) {
        if (const std::optional<Severity> s = worstSeverity(it.key()))
            worst.insert(it.key(), *s);
    }
    return worst;
}

void RulesEngine::countVisible(const Finding &f, int by, QHash<EntityId, int> *before)
{
    for (EntityId id : f.entities) {
        if (before && !before->contains(id)) {
            const std::optional<Severity> worst = worstSeverity(id);
            before->insert(id, worst ? int(*worst) : -1);
        }
        auto it = m_severityCounts.find(id);
        if (it == m_severityCounts.end())
            it = m_severityCounts.insert(id, {});
        (*it)[size_t(f.severity)] += by;
        if (by < 0 && std::all_of(it->cbegin(), it->cend(), [](int n) { return n == 0; }))
            m_severityCounts.erase(it);
    }
}

bool RulesEngine::isMuted(const Finding &finding) const
{
    for (const MutedRule &m : m_document->model().settings().mutedRules) {
        if (m.ruleId == finding.ruleId && (!isValid(m.entity) || m.entity == finding.subject()))
            return true;
    }
    return false;
}

void RulesEngine::clearForReset()
{
    m_visible.clear(); // before the buckets they point into
    m_muted.clear();
    m_severityCounts.clear();
    m_byEntity.clear();
    m_topologyChanged = true;
    m_diskGroup.clear();
}

void RulesEngine::evaluatePending()
{
    if (m_pending)
        evaluateAll();
}

void RulesEngine::evaluateAll()
{
    m_pending = false;
    clearForReset();
    m_catalogCache = RuleContext::makeCatalogCache(*m_catalog); // the catalog may have changed
    m_index.build(m_document->model());
    for (EntityId disk : m_document->model().ids(EntityKind::Disk))
        m_diskGroup.insert(disk, m_document->model().find(disk)->disk.attachedTo);
    reevaluate(m_document->model().ids(), /*full*/ true);
}

void RulesEngine::reevaluate(const EntityIds &dirty, bool full)
{
    const Model &model = m_document->model();
    if (full) {
        m_visible.clear(); // before the buckets they point into go
        m_muted.clear();
    }
    if (!m_catalogCache)
        m_catalogCache = RuleContext::makeCatalogCache(*m_catalog);
    RuleContext context(model, *m_catalog, m_metrics, m_catalogCache, &m_index);
    m_lastChange = {};
    Differences diff; // this batch's (not kept by a full batch: it rebuilds the sets)

    // Design rules: members touched, removed, or whose reachability flipped.
    QSet<EntityId> computes;
    bool allGroups = full || std::exchange(m_placesRemoved, false);
    for (EntityId id : dirty) {
        if (full)
            break; // every group re-runs from the model's computes
        const Entity *e = model.find(id);
        if (!e || e->isCompute())
            computes.insert(id);
        else if (e->kind == EntityKind::Region || e->kind == EntityKind::Zone)
            allGroups = true; // zone codes, a region's zones, regionOf: in every group's findings
    }
    if (m_topologyChanged) {
        QSet<EntityId> reachable = context.reachableSet();
        for (const QSet<EntityId> *from : {&reachable, &m_reachable}) {
            if (full)
                break; // every member re-runs anyway
            const QSet<EntityId> &other = from == &reachable ? m_reachable : reachable;
            for (EntityId id : *from) {
                if (!other.contains(id))
                    computes.insert(id);
            }
        }
        m_reachable = std::move(reachable);
        m_topologyChanged = false;
        m_pathsAdded.clear();
        ++m_reachabilityPasses;
    } else if (!m_pathsAdded.isEmpty()) {
        // Added links and endpoints only add paths: walk on from what they make reachable
        // (the walk of RuleContext::reachableSet, from the new edges only).
        std::deque<EntityId> queue;
        const auto reach = [&](EntityId id) {
            if (m_reachable.contains(id))
                return;
            m_reachable.insert(id);
            computes.insert(id);
            queue.push_back(id);
        };
        for (EntityId id : std::exchange(m_pathsAdded, {})) {
            const Entity *e = model.find(id);
            if (!e)
                continue;
            if (e->kind == EntityKind::Endpoint && e->endpoint.kind == EndpointKind::InternetUsers)
                reach(id);
            else if (e->isLink() && m_reachable.contains(e->link.from))
                reach(e->link.to);
        }
        while (!queue.empty()) {
            const EntityId node = queue.front();
            queue.pop_front();
            for (EntityId linkId : model.linksOf(node)) {
                const Entity *link = model.find(linkId);
                if (link && link->link.from == node)
                    reach(link->link.to);
            }
        }
    }
    context.setReachableSet(m_reachable);

    m_lastBatchEntities = 0;
    for (EntityId id : dirty) {
        const Entity *e = model.find(id);
        if (auto it = m_byEntity.find(id); it != m_byEntity.end()) {
            if (!full)
                diff.remove(std::move(*it));
            m_byEntity.erase(it);
        }
        if (!e)
            continue;
        Findings found;
        for (const Rule *rule : entityRules(e->kind)) {
            Findings more = rule->evaluate(context, id);
            if (found.isEmpty())
                found = std::move(more); // most entities have one rule's findings: no copy
            else
                found << std::move(more);
        }
        ++m_lastBatchEntities;
        if (!found.isEmpty()) {
            dropSpareRoom(found);
            const Findings &bucket = *m_byEntity.insert(id, std::move(found));
            if (!full) // a full batch sorts the buckets instead
                diff.add(bucket);
        }
    }
    for (GroupState &state : m_groups)
        updateGroups(state, context, computes, allGroups, full ? nullptr : &diff);
    Findings designWide;
    for (const Rule *rule : builtinRules()) {
        if (rule->scope() == Rule::Scope::Design && !dynamic_cast<const DesignRule *>(rule))
            designWide << rule->evaluate(context, EntityId::None);
    }
    if (!full) {
        diff.remove(std::exchange(m_designWide, std::move(designWide)));
        diff.add(m_designWide);
        applyDifferences(diff);
    } else {
        m_designWide = std::move(designWide);
        rebuildVisible();
    }
}

void RulesEngine::Differences::remove(Findings &&bucket)
{
    gone.push_back(std::move(bucket)); // moves the list's data pointer: the findings stay put
    for (const Finding &f : std::as_const(gone.back()))
        removed.push_back(&f);
}

void RulesEngine::Differences::add(const Findings &bucket)
{
    for (const Finding &f : bucket)
        added.push_back(&f);
}

void RulesEngine::updateGroups(GroupState &state, const RuleContext &context,
                               const QSet<EntityId> &computes, bool all, Differences *diff)
{
    QSet<QString> touched;
    if (all) {
        for (auto it = state.findings.begin(); it != state.findings.end(); ++it) {
            if (diff)
                diff->remove(std::move(*it));
        }
        state.groupOf.clear();
        state.members.clear();
        state.findings.clear();
        for (EntityId id : context.computeIds()) { // ascending: so are the members
            const QString key = state.rule->groupKey(context, *context.entity(id));
            if (!key.isEmpty()) {
                state.groupOf.insert(id, key);
                state.members[key] << id;
            }
        }
        for (auto it = state.members.cbegin(); it != state.members.cend(); ++it)
            touched.insert(it.key());
    } else {
        for (EntityId id : computes) {
            const QString old = state.groupOf.value(id);
            const Entity *e = context.entity(id);
            const QString now = e && e->isCompute() ? state.rule->groupKey(context, *e) : QString();
            if (!old.isEmpty())
                touched.insert(old);
            if (!now.isEmpty())
                touched.insert(now);
            if (old == now)
                continue;
            if (!old.isEmpty()) {
                auto it = state.members.find(old);
                it->removeOne(id);
                if (it->isEmpty())
                    state.members.erase(it);
                state.groupOf.remove(id);
            }
            if (!now.isEmpty()) {
                EntityIds &members = state.members[now];
                members.insert(std::lower_bound(members.begin(), members.end(), id, ascending), id);
                state.groupOf.insert(id, now);
            }
        }
    }
    for (const QString &key : std::as_const(touched)) {
        if (auto it = state.findings.find(key); it != state.findings.end()) {
            if (diff)
                diff->remove(std::move(*it));
            state.findings.erase(it);
        }
        const auto members = state.members.constFind(key);
        if (members == state.members.cend())
            continue;
        Findings found = state.rule->evaluateGroup(context, *members);
        if (!found.isEmpty()) {
            const Findings &bucket = *state.findings.insert(key, std::move(found));
            if (diff)
                diff->add(bucket);
        }
    }
}

void RulesEngine::applyDifferences(const Differences &diff)
{
    const std::vector<const Finding *> &removed = diff.removed, &added = diff.added;
    if (removed.empty() && added.empty())
        return;
    // Past a few dozen, sorting everything is cheaper than inserting one at a time.
    if (removed.size() + added.size() > 64 + (m_visible.size() + m_muted.size()) / 16) {
        rebuildVisible();
        return;
    }
    // Everything a finding shows; its fix's closure is the rule's, made from the same inputs.
    const auto sameText = [](const Finding &a, const Finding &b) {
        return a.ruleId == b.ruleId && a.severity == b.severity && a.title == b.title
                && a.message == b.message && a.entities == b.entities && a.reference == b.reference
                && a.fix.title == b.fix.title && bool(a.fix.apply) == bool(b.fix.apply);
    };
    const auto identity = [](const Finding &f) {
        return (quint64(qHash(f.ruleId)) << 32) | toUInt(f.subject());
    };
    QMultiHash<quint64, size_t> byIdentity; // added findings by rule and subject
    byIdentity.reserve(qsizetype(added.size()));
    std::vector<bool> addedMuted(added.size()), used(added.size(), false);
    const bool anyMuted = !m_document->model().settings().mutedRules.isEmpty();
    for (size_t i = 0; i < added.size(); ++i) {
        byIdentity.insert(identity(*added[i]), i);
        addedMuted[i] = anyMuted && isMuted(*added[i]);
    }
    bool changed = false;
    FindingsDelta delta;
    QHash<EntityId, int> before; // badges of the entities counted, before (-1: none)
    for (const Finding *old : removed) {
        const bool muted = anyMuted && isMuted(*old);
        FindingSet &set = muted ? m_muted : m_visible;
        auto [it, end] = set.equal_range(old);
        while (it != end && *it != old)
            ++it;
        if (it == end)
            continue; // not listed: cannot happen, the buckets and the sets agree
        set.erase(it);
        if (!muted)
            countVisible(*old, -1, &before);
        // Re-evaluated into the same words: nothing a view shows changed.
        bool same = false;
        for (auto [m, last] = byIdentity.equal_range(identity(*old)); m != last && !same; ++m) {
            const size_t i = *m;
            if (!used[i] && addedMuted[i] == muted && sameText(*old, *added[i]))
                used[i] = same = true;
        }
        changed = changed || !same;
        if (!same)
            (muted ? delta.removedMuted : delta.removedVisible) << *old;
    }
    for (size_t i = 0; i < added.size(); ++i) {
        (addedMuted[i] ? m_muted : m_visible).insert(added[i]);
        if (!addedMuted[i])
            countVisible(*added[i], +1, &before);
        changed = changed || !used[i];
        if (!used[i])
            (addedMuted[i] ? delta.addedMuted : delta.addedVisible) << *added[i];
    }
    // Findings re-evaluated into the same words (the metrics' figures after a document's
    // change, the design-wide rules on every batch) leave nothing for a view to redraw: at
    // 50,000 components the findings dock's rebuild is a quarter of a second. The lists
    // already read hold the same words in the same order.
    if (changed) {
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const std::optional<Severity> now = worstSeverity(it.key());
            if ((now ? int(*now) : -1) != it.value())
                delta.badgesChanged << it.key();
        }
        std::sort(delta.badgesChanged.begin(), delta.badgesChanged.end(), ascending);
        m_lastChange = std::move(delta);
        m_listsStale = true;
        emit findingsChanged();
    }
}

void RulesEngine::rebuildVisible()
{
    // Sort pointers: a Finding (strings, a fix closure) is expensive to move around.
    // Each carries findingLess's first keys as numbers (the rule id as its rank among the rule
    // ids present), so most comparisons touch no string; ties fall back to findingLess.
    struct Keyed
    {
        int severity;
        int rule;
        quint32 subject;
        const Finding *finding;
    };
    std::vector<Keyed> all;
    all.reserve(size_t(m_designWide.size() + m_byEntity.size()));
    QHash<QString, int> ruleRank;
    const auto add = [&](const Finding &f) {
        all.push_back({int(f.severity), 0, toUInt(f.subject()), &f});
        ruleRank.insert(f.ruleId, 0);
    };
    for (const Finding &f : std::as_const(m_designWide))
        add(f);
    for (const Findings &list : std::as_const(m_byEntity)) {
        for (const Finding &f : list)
            add(f);
    }
    for (const GroupState &state : m_groups) {
        for (const Findings &list : state.findings) {
            for (const Finding &f : list)
                add(f);
        }
    }
    QStringList ruleIds = ruleRank.keys();
    std::sort(ruleIds.begin(), ruleIds.end()); // QString's operator<, as findingLess
    for (qsizetype i = 0; i < ruleIds.size(); ++i)
        ruleRank[ruleIds.at(i)] = int(i);
    for (Keyed &k : all)
        k.rule = ruleRank.value(k.finding->ruleId);
    std::sort(all.begin(), all.end(), [](const Keyed &a, const Keyed &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.subject != b.subject)
            return a.subject < b.subject;
        return findingLess(*a.finding, *b.finding);
    });
    m_visible.clear();
    m_muted.clear();
    m_severityCounts.clear();
    const bool anyMuted = !m_document->model().settings().mutedRules.isEmpty();
    for (const Keyed &k : all) { // in order: each goes to the end, no search
        const bool muted = anyMuted && isMuted(*k.finding);
        FindingSet &set = muted ? m_muted : m_visible;
        set.insert(set.end(), k.finding);
        if (!muted)
            countVisible(*k.finding, +1, nullptr);
    }
    m_lastChange = {};
    m_lastChange.rebuilt = true;
    m_listsStale = true;
    emit findingsChanged();
}

bool RulesEngine::holdsKind(const EntityIds &ids, EntityKind a, EntityKind b) const
{
    const Model &model = m_document->model();
    return std::any_of(ids.cbegin(), ids.cend(), [&](EntityId id) {
        const Entity *e = model.find(id);
        return e && (e->kind == a || e->kind == b);
    });
}

QSet<EntityId> RulesEngine::neighbourhood(const EntityIds &ids) const
{
    const Model &model = m_document->model();
    QSet<EntityId> out;
    auto addLinks = [&](EntityId node) {
        for (EntityId l : model.linksOf(node)) {
            out.insert(l);
            if (const Entity *link = model.find(l)) {
                out.insert(link->link.from);
                out.insert(link->link.to);
            }
        }
    };
    for (EntityId id : ids) {
        out.insert(id);
        const Entity *e = model.find(id);
        if (!e)
            continue;
        addLinks(id);
        switch (e->kind) {
        case EntityKind::Link:
            out.insert(e->link.from);
            out.insert(e->link.to);
            break;
        case EntityKind::Disk:
            if (isValid(e->disk.attachedTo))
                out.insert(e->disk.attachedTo);
            break;
        case EntityKind::Region:
        case EntityKind::Zone:
            for (EntityId child : model.descendantsOf(id)) {
                out.insert(child);
                addLinks(child);
            }
            // Deployability compares a region with the other regions (ids, VPC blocks) and a
            // zone with the other zones of its region (vSwitch blocks); a zone moved to another
            // region leaves findings in its old one: re-check every region or every zone.
            // They are few and rarely edited.
            for (EntityId same : model.ids(e->kind))
                out.insert(same);
            // A load balancer's zone finding suggests zones of its region: they came or went.
            if (e->kind == EntityKind::Zone) {
                for (EntityId other : model.descendantsOf(e->parent)) {
                    const Entity *lb = model.find(other);
                    if (lb && lb->kind == EntityKind::LoadBalancer)
                        out.insert(other);
                }
            }
            break;
        case EntityKind::Cache:
            if (isValid(e->cache.readReplicaOf)) {
                out.insert(e->cache.readReplicaOf);
                addLinks(e->cache.readReplicaOf);
            }
            break;
        case EntityKind::InstanceGroup:
        case EntityKind::ScalingGroup:
            for (EntityId disk : model.disksAttachedTo(id))
                out.insert(disk);
            for (EntityId sg : e->compute.securityGroups)
                out.insert(sg);
            break;
        default:
            break;
        }
    }
    out.remove(EntityId::None);
    return out;
}

void RulesEngine::onDocumentChanged(const ChangeEvent &event)
{
    using Type = ChangeEvent::Type;
    if (event.type == Type::Reset && m_deferResets) {
        const bool already = std::exchange(m_pending, true);
        clearForReset();
        for (GroupState &state : m_groups) { // their findings are buckets the sets pointed into
            state.groupOf.clear();
            state.members.clear();
            state.findings.clear();
        }
        m_designWide.clear();
        m_catalogCache.reset(); // the catalog may change before the evaluation (overlay)
        m_pendingRemoval.clear();
        m_pathsAdded.clear();
        m_lastChange = {};
        m_lastChange.rebuilt = true;
        m_listsStale = true;
        emit findingsChanged();
        if (!already)
            emit evaluationDeferred();
        return;
    }
    if (m_pending) {
        // The model is evaluated as it is after the edit; an entity about to go is still in it.
        if (event.type != Type::AboutToBeRemoved)
            evaluateAll();
        return;
    }
    switch (event.type) {
    case Type::Reset:
    case Type::SettingsChanged: // mutes, currency and exchange rate change messages
        evaluateAll();
        return;
    case Type::AboutToBeRemoved:
        // Removal takes a node's links along (Document closes the set): they are in the ids.
        m_topologyChanged
                = m_topologyChanged || holdsKind(event.ids, EntityKind::Link, EntityKind::Endpoint);
        // Removing a zone also edits the zone lists of scaling groups elsewhere.
        m_placesRemoved
                = m_placesRemoved || holdsKind(event.ids, EntityKind::Region, EntityKind::Zone);
        m_pendingRemoval.unite(neighbourhood(event.ids));
        return;
    case Type::Removed: {
        QSet<EntityId> dirty = std::exchange(m_pendingRemoval, {});
        for (EntityId id : event.ids) {
            dirty.insert(id);
            m_diskGroup.remove(id);
            m_index.update(m_document->model(), id);
        }
        reevaluate(dirty.values());
        return;
    }
    case Type::Added:
    case Type::Changed:
        // Geometry and notes never change a finding; names appear in messages.
        if (event.type == Type::Changed
            && (event.properties & ~(bit(Property::Geometry) | bit(Property::Notes))) == 0)
            return;
        for (EntityId id : event.ids) // before the batch's context reads it
            m_index.update(m_document->model(), id);
        if (event.type == Type::Added) {
            for (EntityId id : event.ids) {
                const Entity *e = m_document->model().find(id);
                if (e && (e->isLink() || e->kind == EntityKind::Endpoint))
                    m_pathsAdded << id;
            }
        } else if (event.properties
                   & (bit(Property::LinkFrom) | bit(Property::LinkTo)
                      | bit(Property::EndpointKind))) {
            // A reconnected link or an endpoint that stops being the internet may cut paths.
            // Traffic, paths and names leave reachability as it is.
            m_topologyChanged = m_topologyChanged
                    || holdsKind(event.ids, EntityKind::Link, EntityKind::Endpoint);
        }
        QSet<EntityId> dirty = neighbourhood(event.ids);
        // A disk attached elsewhere: the group it left loses its findings about it.
        for (EntityId id : event.ids) {
            const Entity *e = m_document->model().find(id);
            if (!e || e->kind != EntityKind::Disk)
                continue;
            const EntityId before = m_diskGroup.value(id, EntityId::None);
            if (before != e->disk.attachedTo) {
                dirty.insert(before);
                for (EntityId sibling : m_document->model().disksAttachedTo(before))
                    dirty.insert(sibling);
            }
            m_diskGroup.insert(id, e->disk.attachedTo);
        }
        dirty.remove(EntityId::None);
        // At once, with catalog figures while the metrics engine's flush is pending (tags,
        // security rules ... are no metrics inputs); metricsChanged refines it afterwards.
        reevaluate(dirty.values());
        return;
    }
}

void RulesEngine::onMetricsChanged(const EntityIds &ids)
{
    if (m_pending)
        return; // the full evaluation reads the fresh figures
    reevaluate(neighbourhood(ids).values());
}

QString RulesEngine::applyFix(const Finding &finding, Document *document)
{
    if (!finding.hasFix())
        return Tr::tr("%1 offers no automatic fix.").arg(finding.ruleId);
    return document->inOneStep(QStringLiteral("%1: %2").arg(finding.ruleId, finding.fix.title),
                               [&] { return finding.fix.apply(document); });
}

QString RulesEngine::mute(const Finding &finding, const QString &reason, bool wholeDesign)
{
    DesignSettings settings = m_document->model().settings();
    settings.mutedRules << MutedRule{finding.ruleId,
                                     wholeDesign ? EntityId::None : finding.subject(), reason};
    return m_document->setSettings(settings, Tr::tr("Mute %1").arg(finding.ruleId)).error;
}

QString RulesEngine::unmute(const QString &ruleId, EntityId entity)
{
    DesignSettings settings = m_document->model().settings();
    const qsizetype removed = settings.mutedRules.removeIf(
            [&](const MutedRule &m) { return m.ruleId == ruleId && m.entity == entity; });
    if (removed == 0)
        return Tr::tr("%1 is not muted here.").arg(ruleId);
    return m_document->setSettings(settings, Tr::tr("Unmute %1").arg(ruleId)).error;
}

} // namespace ecsplan
