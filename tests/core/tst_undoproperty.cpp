// Property test of the undo stack: random sequences of document verbs over the sample designs.
// After every verb the model's invariants hold; after the sequence, undoing everything gives a
// file byte-identical to the original and redoing everything one identical to the final state.
// Seeded, so a failure names the sequence and replays exactly (ECSPLAN_UNDO_SEED=<seed>).

#include "io/designjson.h"
#include "model/document.h"
#include "sampledesigns.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace ecsplan;

namespace {

constexpr int Sequences = 1000;
constexpr quint32 BaseSeed = 20240601;

/** The first broken invariant of `m`, or an empty string. */
QString brokenInvariant(const Model &m)
{
    QSet<QString> names;
    qsizetype children = 0, linkEnds = 0, attached = 0;
    for (const EntityId id : m.ids()) {
        const Entity &e = *m.find(id);
        const QString where = QStringLiteral("#%1 %2: ").arg(toUInt(id)).arg(e.name);
        if (const QString problem = m.checkEntity(e); !problem.isEmpty())
            return where + problem;
        for (Property p : propertiesOf(e.kind)) {
            if (const QString problem = validatePropertyValue(e.kind, p, propertyValue(e, p));
                !problem.isEmpty())
                return where + problem;
        }
        if (const QString problem = validateEntityValues(e); !problem.isEmpty())
            return where + problem; // scaling min <= desired <= max
        const QString key = toCode(e.kind) + QLatin1Char('/') + e.name;
        if (names.contains(key))
            return where + QStringLiteral("duplicate name");
        names.insert(key);
        if (isValid(e.parent) && !m.childrenOf(e.parent).contains(id))
            return where + QStringLiteral("missing from its parent's children");
        if (e.isLink()
            && (!m.linksOf(e.link.from).contains(id) || !m.linksOf(e.link.to).contains(id)))
            return where + QStringLiteral("missing from the link index");
        if (e.kind == EntityKind::Disk && isValid(e.disk.attachedTo)
            && !m.disksAttachedTo(e.disk.attachedTo).contains(id))
            return where + QStringLiteral("missing from the attachment index");
        children += m.childrenOf(id).size();
        linkEnds += m.linksOf(id).size();
        attached += m.disksAttachedTo(id).size();
    }
    // Every index entry belongs to a live entity (no stale entries after removals).
    qsizetype expectedChildren = 0, expectedEnds = 0, expectedAttached = 0;
    for (const Entity &e : m.entities()) {
        expectedChildren += isValid(e.parent) ? 1 : 0;
        expectedEnds += e.isLink() ? 2 : 0;
        expectedAttached += (e.kind == EntityKind::Disk && isValid(e.disk.attachedTo)) ? 1 : 0;
    }
    if (children != expectedChildren || linkEnds != expectedEnds || attached != expectedAttached)
        return QStringLiteral("stale index entries");
    for (const MutedRule &muted : m.settings().mutedRules) {
        if (isValid(muted.entity) && !m.contains(muted.entity))
            return QStringLiteral("muted rule for missing #%1").arg(toUInt(muted.entity));
    }
    return {};
}

/** Picks random verbs and random (sometimes invalid) arguments. */
class RandomEditor
{
public:
    RandomEditor(Document *document, quint32 seed)
        : m_doc(document)
        , m_rng(seed)
    {
    }

    /** Applies one random verb; returns a line for the failure log. */
    QString step()
    {
        switch (m_rng.bounded(20)) {
        case 0:
        case 1:
        case 2:
            return add();
        case 3:
        case 4:
            return connect();
        case 5:
            return remove();
        case 6:
        case 7:
        case 8:
        case 9:
        case 10:
            return setProperty();
        case 11:
            return setProperties();
        case 12:
        case 13:
        case 14:
            return move();
        case 15:
            return setGeometry();
        case 16:
            return setSettings();
        case 17:
            return undoSome();
        default:
            return setProperty();
        }
    }

private:
    const Model &model() const { return m_doc->model(); }

    EntityId any(const EntityIds &ids)
    {
        return ids.isEmpty() ? EntityId::None : ids[m_rng.bounded(int(ids.size()))];
    }
    EntityId anyOf(EntityKind kind) { return any(model().ids(kind)); }
    EntityId anyId() { return any(model().ids()); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }

    EntityIds someOf(EntityKind kind)
    {
        EntityIds result;
        for (EntityId id : model().ids(kind)) {
            if (chance(40))
                result << id;
        }
        return result;
    }

    QPointF pointIn(EntityId container)
    {
        const Entity *c = model().find(container);
        const QRectF r = c ? c->geometry : QRectF(-400, -400, 2400, 2400);
        return {r.x() + m_rng.bounded(int(r.width())), r.y() + m_rng.bounded(int(r.height()))};
    }

    static QString result(const char *verb, const Document::Result &r, const QString &args = {})
    {
        return QStringLiteral("%1(%2) -> %3")
                .arg(QLatin1String(verb), args, r.ok() ? QStringLiteral("ok") : r.error);
    }

    QString add()
    {
        static const EntityKind kinds[]
                = {EntityKind::InstanceGroup, EntityKind::Disk,         EntityKind::Cache,
                   EntityKind::ScalingGroup,  EntityKind::LoadBalancer, EntityKind::SecurityGroup,
                   EntityKind::Endpoint,      EntityKind::Zone,         EntityKind::Region};
        const EntityKind kind = kinds[m_rng.bounded(int(std::size(kinds)))];
        EntityId parent = EntityId::None;
        if (kind == EntityKind::Zone)
            parent = anyOf(EntityKind::Region);
        else if (kind == EntityKind::ScalingGroup || kind == EntityKind::LoadBalancer
                 || kind == EntityKind::SecurityGroup)
            parent = chance(50) ? anyOf(EntityKind::Region) : anyOf(EntityKind::Zone);
        else if (kind != EntityKind::Endpoint && kind != EntityKind::Region)
            parent = anyOf(EntityKind::Zone);
        Entity e = makeEntity(kind, pointIn(parent));
        e.parent = parent;
        if (chance(50))
            e.name = QStringLiteral("web"); // exercises unique naming
        if (kind == EntityKind::Disk && chance(60))
            e.disk.attachedTo = any(model().childrenOf(parent));
        if (kind == EntityKind::LoadBalancer || kind == EntityKind::ScalingGroup)
            e.zones = someOf(EntityKind::Zone);
        return result("add", m_doc->addEntity(e), toCode(kind));
    }

    QString connect()
    {
        const EntityId from = anyId();
        const EntityId to = anyId();
        LinkData data;
        data.gbPerMonth = m_rng.bounded(10000) / 4.0;
        data.requestsPerSecond = m_rng.bounded(5000);
        data.path = LinkPath(m_rng.bounded(4));
        return result("connect", m_doc->connect(from, to, data),
                      QStringLiteral("%1, %2").arg(toUInt(from)).arg(toUInt(to)));
    }

    QString remove()
    {
        EntityIds ids{anyId()};
        if (chance(30))
            ids << anyId();
        // Regions take a lot with them; keep most sequences populated.
        if (model().find(ids.first()) && model().find(ids.first())->kind == EntityKind::Region
            && chance(70))
            ids = {anyOf(EntityKind::Link)};
        return result("remove", m_doc->removeEntities(ids), QString::number(toUInt(ids.first())));
    }

    QVariant randomValue(const Entity &e, Property p)
    {
        const PropertyInfo &info = propertyInfo(p);
        switch (propertyType(p)) {
        case PropertyType::String:
            if (p == Property::Name) {
                static const char *names[] = {"web", "db", "cache", "Zone A", "Hangzhou", "edge"};
                return QString::fromLatin1(names[m_rng.bounded(6)])
                        + (chance(50) ? QString::number(m_rng.bounded(5)) : QString());
            }
            if (p == Property::DiskLevel) {
                static const char *levels[] = {"PL0", "PL1", "PL2", "PL3", "", "PL9"};
                return QString::fromLatin1(levels[m_rng.bounded(6)]);
            }
            if (p == Property::Cidr) { // valid, refused (host bits, size, public) or not a block
                static const char *blocks[] = {"10.%1.0.0/16", "10.0.%1.0/24", "10.0.%1.7/24",
                                               "10.%1.0.0/30", "8.%1.0.0/16",  "hello/%1"};
                return QString::fromLatin1(blocks[m_rng.bounded(6)]).arg(m_rng.bounded(256));
            }
            return QStringLiteral("v%1").arg(m_rng.bounded(100));
        case PropertyType::Int: {
            if (p == Property::MinSize || p == Property::DesiredSize || p == Property::MaxSize)
                return int(m_rng.bounded(12)); // near the others: some fit, some are refused
            const int span = int(std::min(info.maximum - info.minimum + 1, 3000.0));
            return int(info.minimum) + int(m_rng.bounded(span + 2)) - 1; // sometimes out of range
        }
        case PropertyType::Double:
            return p == Property::LinkReadFraction
                    ? m_rng.bounded(11) / 10.0 + (chance(5) ? 1.0 : 0.0)
                    : m_rng.bounded(200000) / 8.0;
        case PropertyType::Bool:
            return chance(50);
        case PropertyType::StringList: {
            QStringList tags;
            for (const char *tag : {"production", "jvm", "database", "stateless"}) {
                if (chance(40))
                    tags << QString::fromLatin1(tag);
            }
            return tags;
        }
        case PropertyType::Id:
            return QVariant::fromValue(chance(25) ? EntityId::None : anyId());
        case PropertyType::Ids:
            return QVariant::fromValue(
                    someOf(p == Property::Zones ? EntityKind::Zone : EntityKind::SecurityGroup));
        case PropertyType::Rect:
            return QRectF(e.geometry.x() + m_rng.bounded(200) - 100,
                          e.geometry.y() + m_rng.bounded(200) - 100, 50 + m_rng.bounded(900),
                          40 + m_rng.bounded(700));
        case PropertyType::Enum: {
            const QStringList codes = enumCodes(p);
            return enumFromCode(p, codes[m_rng.bounded(int(codes.size()))]);
        }
        case PropertyType::Rules: {
            SecurityRules rules;
            for (int i = int(m_rng.bounded(3)); i > 0; --i) {
                SecurityRule r;
                r.portFrom = int(m_rng.bounded(100));
                r.portTo = r.portFrom + int(m_rng.bounded(3));
                r.cidr = QStringLiteral("10.%1.0.0/16").arg(m_rng.bounded(255));
                r.ingress = chance(80);
                rules << r;
            }
            return QVariant::fromValue(rules);
        }
        }
        return {};
    }

    QString setProperty()
    {
        const Entity *e = model().find(anyId());
        if (!e)
            return QStringLiteral("setProperty: empty model");
        const QList<Property> props = propertiesOf(e->kind);
        const Property p = props[m_rng.bounded(int(props.size()))];
        const bool mergeable = chance(40);
        return result("setProperty", m_doc->setProperty({e->id}, p, randomValue(*e, p), mergeable),
                      QStringLiteral("%1, %2%3")
                              .arg(toUInt(e->id))
                              .arg(QLatin1String(propertyInfo(p).key),
                                   mergeable ? QStringLiteral(", merge") : QString()));
    }

    QString setProperties()
    {
        const Entity *e = model().find(anyId());
        if (!e)
            return QStringLiteral("setProperties: empty model");
        const EntityId other = anyOf(e->kind);
        const QList<Property> props = propertiesOf(e->kind);
        const Property p = props[m_rng.bounded(int(props.size()))];
        const EntityIds ids = other == e->id ? EntityIds{e->id} : EntityIds{e->id, other};
        QList<QVariant> values;
        for (EntityId id : ids)
            values << randomValue(*model().find(id), p);
        return result(
                "setProperties", m_doc->setProperties(ids, p, values),
                QStringLiteral("%1, %2").arg(ids.size()).arg(QLatin1String(propertyInfo(p).key)));
    }

    QString move()
    {
        EntityIds ids{anyId()};
        if (chance(25))
            ids << anyId();
        const QPointF delta(int(m_rng.bounded(1200)) - 600, int(m_rng.bounded(800)) - 400);
        return result("move", m_doc->moveEntities(ids, delta),
                      QStringLiteral("%1, %2, %3")
                              .arg(toUInt(ids.first()))
                              .arg(delta.x())
                              .arg(delta.y()));
    }

    QString setGeometry()
    {
        const EntityId container = chance(50) ? anyOf(EntityKind::Zone) : anyOf(EntityKind::Region);
        const Entity *c = model().find(container);
        if (!c)
            return QStringLiteral("setGeometry: no container");
        return result("setGeometry",
                      m_doc->setGeometry(container, randomValue(*c, Property::Geometry).toRectF()),
                      QString::number(toUInt(container)));
    }

    QString setSettings()
    {
        DesignSettings s = model().settings();
        switch (m_rng.bounded(4)) {
        case 0:
            s.currency = chance(50) ? QStringLiteral("USD") : QStringLiteral("CNY");
            break;
        case 1:
            s.cnyPerUsd = 6.5 + m_rng.bounded(20) / 10.0;
            break;
        case 2:
            s.title = QStringLiteral("Design %1").arg(m_rng.bounded(10));
            break;
        default:
            s.mutedRules.append({QStringLiteral("ECS0%1").arg(m_rng.bounded(20)),
                                 chance(70) ? anyId() : EntityId::None,
                                 QStringLiteral("accepted")});
            break;
        }
        return result("setSettings", m_doc->setSettings(s));
    }

    QString undoSome()
    {
        const int n = int(m_rng.bounded(3)) + 1;
        for (int i = 0; i < n && m_doc->undoStack()->canUndo(); ++i)
            m_doc->undo();
        return QStringLiteral("undo x%1").arg(n);
    }

    Document *m_doc;
    QRandomGenerator m_rng;
};

} // namespace

class tst_UndoProperty : public QObject
{
    Q_OBJECT

private slots:
    void randomSequencesUndoAndRedoExactly();
};

void tst_UndoProperty::randomSequencesUndoAndRedoExactly()
{
    const QStringList samples = test::sampleDesignNames();
    QList<Model> models;
    for (const QString &name : samples)
        models << test::sampleDesign(name);

    int first = 0, last = Sequences;
    if (const int only = qEnvironmentVariableIntValue("ECSPLAN_UNDO_SEED"); only > 0) {
        first = only - int(BaseSeed);
        last = first + 1;
    }
    int steps = 0;
    int maxDepth = 0;
    for (int sequence = first; sequence < last; ++sequence) {
        const quint32 seed = BaseSeed + quint32(sequence);
        Document document;
        document.resetModel(models[sequence % models.size()]);
        const QByteArray original = DesignJson::write(document.model());
        RandomEditor editor(&document, seed);
        const int length = 5 + int(QRandomGenerator(seed ^ 0x5eed).bounded(26)); // 5..30
        QStringList log;
        for (int i = 0; i < length; ++i) {
            log << editor.step();
            const QString broken = brokenInvariant(document.model());
            QVERIFY2(broken.isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2\n  %3")
                                        .arg(seed)
                                        .arg(broken, log.join(QStringLiteral("\n  ")))));
        }
        const QByteArray final = DesignJson::write(document.model());
        const EntityTable finalEntities = document.model().entities();
        const DesignSettings finalSettings = document.model().settings();
        Model reloaded;
        QStringList errors;
        QVERIFY2(DesignJson::read(final, &reloaded, &errors),
                 qPrintable(QStringLiteral("seed %1: the edited design does not load: %2\n  %3")
                                    .arg(seed)
                                    .arg(errors.join(u'\n'), log.join(QStringLiteral("\n  ")))));

        // "Final" is where the sequence left the stack; commands it undid at the end are still
        // redoable above that index, so "redo all" means: back to that index.
        const QUndoStack *stack = document.undoStack();
        const int finalIndex = stack->index();
        maxDepth = std::max(maxDepth, int(stack->count()));
        steps += stack->count();
        while (stack->canUndo())
            document.undo();
        QVERIFY2(DesignJson::write(document.model()) == original,
                 qPrintable(QStringLiteral("seed %1: undo all differs\n  %2")
                                    .arg(seed)
                                    .arg(log.join(QStringLiteral("\n  ")))));
        QVERIFY2(brokenInvariant(document.model()).isEmpty(), qPrintable(QString::number(seed)));
        while (stack->index() < finalIndex)
            document.redo();
        QVERIFY2(DesignJson::write(document.model()) == final,
                 qPrintable(QStringLiteral("seed %1: redo all differs\n  %2")
                                    .arg(seed)
                                    .arg(log.join(QStringLiteral("\n  ")))));
        // The undone tail replays and unwinds exactly too.
        while (stack->canRedo())
            document.redo();
        QVERIFY2(brokenInvariant(document.model()).isEmpty(), qPrintable(QString::number(seed)));
        while (stack->index() > finalIndex)
            document.undo();
        QVERIFY2(document.model().entities() == finalEntities
                         && document.model().settings() == finalSettings,
                 qPrintable(QString::number(seed)));
    }
    qInfo("%d sequences, %d undo steps in total, deepest stack %d", last - first, steps, maxDepth);
    if (last - first == Sequences)
        QVERIFY(steps > Sequences * 5); // the verbs mostly succeed: the test exercises something
}

QTEST_GUILESS_MAIN(tst_UndoProperty)
#include "tst_undoproperty.moc"
