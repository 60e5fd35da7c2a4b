#include "rulesengine.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "model/document.h"
#include "rule.h"
#include "rulecontext.h"

#include "metrics/metricsengine.h"

namespace ecsplan {

RulesEngine::RulesEngine(Document *document, MetricsEngine *metrics, const Catalog *catalog,
                         QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_metrics(metrics)
    , m_catalog(catalog ? catalog : &Catalog::builtin())
{
    connect(m_document, &Document::changed, this, &RulesEngine::onDocumentChanged);
    if (m_metrics)
        connect(m_metrics, &MetricsEngine::metricsChanged, this, &RulesEngine::onMetricsChanged);
    evaluateAll();
}

RulesEngine::~RulesEngine() = default;

Findings RulesEngine::findings() const
{
    return m_visible;
}

Findings RulesEngine::findingsFor(EntityId id) const
{
    Findings out;
    for (const Finding &f : m_visible) {
        if (f.entities.contains(id))
            out << f;
    }
    return out;
}

Findings RulesEngine::mutedFindings() const
{
    return m_muted;
}

std::optional<Severity> RulesEngine::worstSeverity(EntityId id) const
{
    std::optional<Severity> worst;
    for (const Finding &f : m_visible) {
        if (f.entities.contains(id) && (!worst || f.severity < *worst))
            worst = f.severity;
    }
    return worst;
}

QHash<EntityId, int> RulesEngine::badgeLevels() const
{
    QHash<EntityId, int> levels;
    for (const Finding &f : m_visible) {
        const int level = SeverityCount - int(f.severity);  // Error 3, Warning 2, Advice 1
        for (EntityId id : f.entities) {
            int &current = levels[id];
            current = std::max(current, level);
        }
    }
    return levels;
}

bool RulesEngine::isMuted(const Finding &finding) const
{
    for (const MutedRule &m : m_document->model().settings().mutedRules) {
        if (m.ruleId == finding.ruleId && (!isValid(m.entity) || m.entity == finding.subject()))
            return true;
    }
    return false;
}

void RulesEngine::evaluateAll()
{
    m_byEntity.clear();
    const EntityIds ids = m_document->model().ids();
    reevaluate(QSet<EntityId>(ids.cbegin(), ids.cend()));
}

void RulesEngine::reevaluate(const QSet<EntityId> &dirty)
{
    const Model &model = m_document->model();
    const RuleContext context(model, *m_catalog, m_metrics);
    m_lastBatchEntities = 0;
    for (EntityId id : dirty) {
        const Entity *e = model.find(id);
        if (!e) {
            m_byEntity.remove(id);
            continue;
        }
        Findings found;
        for (const Rule *rule : builtinRules()) {
            if (rule->scope() == Rule::Scope::Entity && rule->appliesTo(e->kind))
                found << rule->evaluate(context, id);
        }
        ++m_lastBatchEntities;
        if (found.isEmpty())
            m_byEntity.remove(id);
        else
            m_byEntity.insert(id, found);
    }
    m_designWide.clear();
    for (const Rule *rule : builtinRules()) {
        if (rule->scope() == Rule::Scope::Design)
            m_designWide << rule->evaluate(context, EntityId::None);
    }
    rebuildVisible();
}

void RulesEngine::rebuildVisible()
{
    // Sort pointers, copy once: a Finding (strings, a fix closure) is expensive to move around.
    QList<const Finding *> all;
    all.reserve(m_designWide.size() + m_byEntity.size());
    for (const Finding &f : std::as_const(m_designWide))
        all << &f;
    for (const Findings &list : std::as_const(m_byEntity)) {
        for (const Finding &f : list)
            all << &f;
    }
    std::sort(all.begin(), all.end(), [](const Finding *a, const Finding *b) {
        if (a->severity != b->severity)
            return a->severity < b->severity;
        if (a->ruleId != b->ruleId)
            return a->ruleId < b->ruleId;
        if (a->subject() != b->subject())
            return toUInt(a->subject()) < toUInt(b->subject());
        return a->key() < b->key();  // total order: independent of hash iteration order
    });
    m_visible.clear();
    m_muted.clear();
    m_visible.reserve(all.size());
    for (const Finding *f : std::as_const(all))
        (isMuted(*f) ? m_muted : m_visible) << *f;
    emit findingsChanged();
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
    switch (event.type) {
    case Type::Reset:
    case Type::SettingsChanged:  // mutes, currency and exchange rate change messages
        evaluateAll();
        return;
    case Type::AboutToBeRemoved:
        m_pendingRemoval.unite(neighbourhood(event.ids));
        return;
    case Type::Removed: {
        QSet<EntityId> dirty = std::exchange(m_pendingRemoval, {});
        for (EntityId id : event.ids)
            dirty.insert(id);
        reevaluate(dirty);
        return;
    }
    case Type::Added:
    case Type::Changed:
        // Geometry and notes never change a finding; names appear in messages.
        if (event.type == Type::Changed
            && (event.properties & ~(bit(Property::Geometry) | bit(Property::Notes))) == 0)
            return;
        // At once, with catalog figures while the metrics engine's flush is pending (tags,
        // security rules ... are no metrics inputs); metricsChanged refines it afterwards.
        reevaluate(neighbourhood(event.ids));
        return;
    }
}

void RulesEngine::onMetricsChanged(const EntityIds &ids)
{
    reevaluate(neighbourhood(ids));
}

QString RulesEngine::applyFix(const Finding &finding, Document *document)
{
    if (!finding.hasFix())
        return Tr::tr("%1 offers no automatic fix.").arg(finding.ruleId);
    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    stack->beginMacro(QStringLiteral("%1: %2").arg(finding.ruleId, finding.fix.title));
    const QString error = finding.fix.apply(document);
    stack->endMacro();
    if (!error.isEmpty()) {
        // Roll back what the fix managed to do; an empty macro is dropped the same way.
        if (stack->index() > before)
            stack->undo();
        return error;
    }
    return {};
}

QString RulesEngine::mute(const Finding &finding, const QString &reason, bool wholeDesign)
{
    DesignSettings settings = m_document->model().settings();
    settings.mutedRules << MutedRule{finding.ruleId, wholeDesign ? EntityId::None : finding.subject(),
                                     reason};
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
