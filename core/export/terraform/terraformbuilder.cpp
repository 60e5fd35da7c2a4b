#include "terraformbuilder.h"

#include "ecsplan_global.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <iterator>

namespace ecsplan {

QString TerraformExporter::displayName() const
{
    return Tr::tr("Terraform (Alibaba Cloud)");
}

ExportResult TerraformExporter::generate(const Model &model, const Options &options)
{
    return terraform::Builder(model, options).run();
}

ExportResult TerraformExporter::generate(const Model &model, const Options &options,
                                         ExportSink &sink)
{
    return terraform::Builder(model, options).run(&sink);
}

} // namespace ecsplan

namespace ecsplan::terraform {

namespace {

/** Text that stands for itself inside a quoted HCL string (no unit hcl::quoted() escapes). */
bool isPlainText(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || u == '\\' || u == '"' || u == '$' || u == '%')
            return false;
    }
    return true;
}

/** Writes UTF-16 text through a pointer into a string made to its exact size. */
class Utf16Writer
{
public:
    explicit Utf16Writer(QString &out)
        : m_at(reinterpret_cast<char16_t *>(out.data()))
    {
    }
    template<size_t N>
    void put(const char16_t (&literal)[N])
    {
        std::memcpy(m_at, literal, (N - 1) * sizeof(char16_t));
        m_at += N - 1;
    }
    void put(QStringView text)
    {
        std::memcpy(m_at, text.utf16(), size_t(text.size()) * sizeof(char16_t));
        m_at += text.size();
    }
    const char16_t *at() const { return m_at; }

private:
    char16_t *m_at;
};

QString identFallback(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Region:
        return QStringLiteral("region");
    case EntityKind::Zone:
        return QStringLiteral("zone");
    case EntityKind::InstanceGroup:
        return QStringLiteral("ecs");
    case EntityKind::ScalingGroup:
        return QStringLiteral("asg");
    case EntityKind::Disk:
        return QStringLiteral("disk");
    case EntityKind::Cache:
        return QStringLiteral("cache");
    case EntityKind::LoadBalancer:
        return QStringLiteral("lb");
    case EntityKind::SecurityGroup:
        return QStringLiteral("sg");
    case EntityKind::Endpoint:
        return QStringLiteral("endpoint");
    case EntityKind::Link:
        return QStringLiteral("link");
    }
    return QStringLiteral("item");
}

} // namespace

Builder::Builder(const Model &model, const TerraformExporter::Options &options)
    : m_model(model)
    , m_options(options)
{
    // The model does not change during an export: its entities in id order, and by kind, are
    // taken once instead of sorting the ids and looking each one up for every pass.
    const EntityTable &all = model.entities();
    m_all.reserve(size_t(all.size()));
    quint32 maxId = 0;
    for (const Entity &e : all)
        maxId = std::max(maxId, toUInt(e.id));
    const size_t span = size_t(maxId) + 1; // size_t: no wrap at 2^32 - 1
    m_denseSlots = span <= 4 * size_t(all.size()) + 64;
    if (m_denseSlots) {
        // Ids are usually dense: a table over them puts the entities in id order without a
        // sort (each id once: the model's keys are unique).
        std::vector<const Entity *> byId(all.isEmpty() ? 0 : span, nullptr);
        for (const Entity &e : all)
            byId[toUInt(e.id)] = &e;
        m_slots.assign(byId.size(), NoSlot);
        for (size_t id = 0; id < byId.size(); ++id) {
            if (byId[id]) {
                m_slots[id] = quint32(m_all.size());
                m_all.push_back(byId[id]);
            }
        }
    } else {
        for (const Entity &e : all)
            m_all.push_back(&e);
        std::sort(m_all.begin(), m_all.end(),
                  [](const Entity *a, const Entity *b) { return toUInt(a->id) < toUInt(b->id); });
        m_sparseSlots.reserve(qsizetype(m_all.size()));
        for (size_t i = 0; i < m_all.size(); ++i)
            m_sparseSlots.insert(m_all[i]->id, quint32(i));
    }
    for (const Entity *e : m_all)
        m_byKind[size_t(e->kind)].push_back(e);
    m_places.resize(m_all.size());
    m_placed.resize(m_all.size());
    m_idents.resize(m_all.size());
    m_slugs.resize(m_all.size());
}

Builder::Place Builder::placeOf(EntityId id) const
{
    const quint32 s = slotOf(id);
    if (s == NoSlot)
        return Place{m_model.zoneOf(id), m_model.regionOf(id)};
    if (m_placed[s])
        return m_places[s];
    // Model::zoneOf / regionOf: the nearest zone and region up the parent chain, from the
    // entity itself. Walked through the export's own index, and only up to the first ancestor
    // whose place is known (its place is the rest of the chain's answer); bounded as the
    // model bounds it, one step per entity.
    Place place;
    bool zoneFound = false, regionFound = false;
    quint32 at = s;
    for (size_t steps = 0; at != NoSlot && steps <= m_all.size(); ++steps) {
        if (m_placed[at]) {
            if (!zoneFound)
                place.zone = m_places[at].zone;
            if (!regionFound)
                place.region = m_places[at].region;
            break;
        }
        const Entity &e = *m_all[at];
        if (!zoneFound && e.kind == EntityKind::Zone) {
            place.zone = e.id;
            zoneFound = true;
        } else if (!regionFound && e.kind == EntityKind::Region) {
            place.region = e.id;
            regionFound = true;
        }
        if (zoneFound && regionFound)
            break;
        at = slotOf(e.parent);
    }
    m_places[s] = place;
    m_placed[s] = true;
    return place;
}

QString Builder::displayNameOf(const Entity &e)
{
    return e.name.isEmpty() ? QStringLiteral("%1 #%2").arg(toCode(e.kind)).arg(toUInt(e.id))
                            : e.name;
}

void Builder::warn(const QString &message, const QString &component)
{
    for (auto &entry : m_warnings) {
        if (entry.first == message) {
            if (!component.isEmpty())
                entry.second << component;
            return;
        }
    }
    m_warnings.append({message, component.isEmpty() ? QStringList() : QStringList{component}});
}

hcl::Body &Builder::topBlock(const QString &fileName, hcl::Name type,
                             std::initializer_list<QStringView> labels)
{
    return topBlock(m_files[fileName], type, labels);
}

hcl::Body &Builder::topBlock(hcl::Body &file, hcl::Name type,
                             std::initializer_list<QStringView> labels)
{
    if (!file.isEmpty())
        file.blankLine();
    return file.block(type, labels);
}

const RegionInfo *Builder::regionInfo(EntityId regionId) const
{
    const auto it = m_regionIndex.constFind(regionId);
    return it == m_regionIndex.cend() ? nullptr : &m_regions[*it];
}

const ZoneInfo *Builder::zoneInfo(EntityId zoneId) const
{
    const auto it = m_zones.constFind(zoneId);
    return it == m_zones.cend() ? nullptr : &*it;
}

QString Builder::slugOf(const Entity &e) const
{
    const quint32 s = slotOf(e.id);
    const QString slug = s == NoSlot ? QString() : m_slugs[s];
    return slug.isEmpty() ? identFallback(e.kind) + QString::number(toUInt(e.id)) : slug;
}

QString Builder::nameExpression(const Entity &e, bool counted, const QString &suffix) const
{
    const QString slug = suffix.isEmpty() ? slugOf(e) : fitName(slugOf(e) + suffix);
    const QString escaped = hcl::escapedLiteral(slug); // slug itself when nothing to escape
    // Written in place into a string of its exact size.
    static constexpr char16_t head[] = u"\"${var.name_prefix}-";
    static constexpr char16_t count[] = u"-${count.index + 1}";
    const qsizetype size = std::size(head) - 1 + escaped.size()
            + (counted ? qsizetype(std::size(count)) - 1 : 0) + 1;
    QString text(size, Qt::Uninitialized);
    Utf16Writer out(text);
    out.put(head);
    out.put(escaped);
    if (counted)
        out.put(count);
    out.put(u"\"");
    Q_ASSERT(out.at() == reinterpret_cast<const char16_t *>(text.constData()) + size);
    return text;
}

QString Builder::tagsExpression(const Entity &e) const
{
    const QString name = displayNameOf(e);
    const QStringView component = QStringView(name).left(128);
    QStringView role;
    QString tags;
    if (e.isCompute()) {
        role = QStringView(e.compute.role).trimmed().left(128);
        for (const QString &t : e.compute.tags) {
            const QStringView tag = QStringView(t).trimmed();
            if (tag.isEmpty())
                continue;
            if (!tags.isEmpty())
                tags += QLatin1Char(' ');
            tags += tag;
        }
    }
    const QStringView workload = QStringView(tags).left(128);
    static constexpr char16_t head[] = u"merge(local.common_tags, { component = \"";
    static constexpr char16_t roleKey[] = u"\", role = \"";
    static constexpr char16_t workloadKey[] = u"\", workload = \"";
    static constexpr char16_t tail[] = u"\" })";
    if (isPlainText(component) && isPlainText(role) && isPlainText(workload)) {
        // Nothing to escape (nearly always): one string of its exact size, written in place.
        const qsizetype size = std::size(head) - 1 + component.size()
                + (role.isEmpty() ? 0 : qsizetype(std::size(roleKey)) - 1 + role.size())
                + (workload.isEmpty() ? 0 : qsizetype(std::size(workloadKey)) - 1 + workload.size())
                + qsizetype(std::size(tail)) - 1;
        QString out(size, Qt::Uninitialized);
        Utf16Writer w(out);
        w.put(head);
        w.put(component);
        if (!role.isEmpty()) {
            w.put(roleKey);
            w.put(role);
        }
        if (!workload.isEmpty()) {
            w.put(workloadKey);
            w.put(workload);
        }
        w.put(tail);
        Q_ASSERT(w.at() == reinterpret_cast<const char16_t *>(out.constData()) + size);
        return out;
    }
    QString out;
    out.reserve(96);
    out += L1("merge(local.common_tags, { component = ");
    hcl::appendQuoted(out, component.toString());
    if (!role.isEmpty()) {
        out += L1(", role = ");
        hcl::appendQuoted(out, role.toString());
    }
    if (!workload.isEmpty()) {
        out += L1(", workload = ");
        hcl::appendQuoted(out, workload.toString());
    }
    out += L1(" })");
    return out;
}

QString Builder::imageRef(const RegionInfo &r, const QString &pattern)
{
    // The same image of a region is asked for by every group that runs it: its expression is
    // made once.
    const QPair<EntityId, QString> asked{r.id, pattern};
    if (const auto known = m_imageRefs.constFind(asked); known != m_imageRefs.cend())
        return *known;
    QString key;
    for (auto it = m_imagePatterns.cbegin(); it != m_imagePatterns.cend(); ++it) {
        if (it.value() == pattern)
            key = it.key();
    }
    if (key.isEmpty()) {
        key = sanitizeIdentifier(QString(pattern).remove(QLatin1Char('^')));
        if (key.isEmpty())
            key = QStringLiteral("image");
        const QString base = key;
        for (int n = 2; m_imagePatterns.contains(key); ++n)
            key = base + QLatin1Char('_') + QString::number(n);
        m_imagePatterns.insert(key, pattern);
    }
    const QPair<QString, QString> wanted{r.ident, key};
    QString dataIdent;
    for (const auto &entry : std::as_const(m_images)) {
        if (entry.first == wanted)
            dataIdent = entry.second;
    }
    if (dataIdent.isEmpty()) {
        dataIdent = r.ident + QLatin1Char('_') + key;
        m_images.append({wanted, dataIdent});
        if (!m_imageData.isEmpty())
            m_imageData.blankLine();
        hcl::Body &data = m_imageData.block("data", {QStringLiteral("alicloud_images"), dataIdent});
        data.attribute("provider", providerRef(r));
        data.attribute("name_regex",
                       QStringLiteral("var.image_name_regexes[%1]").arg(hcl::quoted(key)));
        data.stringOf("owners", {"system"});
        // The regex is anchored, so only one image family matches; of its builds the newest
        // is taken (documented by the data source). Instances ignore later image changes.
        data.boolean("most_recent", true);
    }
    const QString ref = L1("lookup(var.image_ids, ") % hcl::quoted(key)
            % L1(", data.alicloud_images.") % dataIdent % L1(".images[0].id)");
    m_imageRefs.insert(asked, ref);
    return ref;
}

QStringList Builder::securityGroupRefs(const Entity &e, const RegionInfo &r)
{
    QStringList refs;
    for (EntityId sg : e.compute.securityGroups) {
        const Entity *group = find(sg);
        if (!group || group->kind != EntityKind::SecurityGroup)
            continue;
        if (regionOf(sg) != r.id) {
            warn(Tr::tr("Security groups in another region than the instances they protect were "
                        "left out of those instances"),
                 displayNameOf(e));
            continue;
        }
        refs << L1("alicloud_security_group.") % ident(sg) % L1(".id");
    }
    if (refs.isEmpty()) {
        m_regions[m_regionIndex.value(r.id)].needsDefaultSecurityGroup = true;
        warn(Tr::tr("Compute without a security group was put in a new default security group of "
                    "its region, which admits only what the design's links need"),
             displayNameOf(e));
        refs << QStringLiteral("alicloud_security_group.%1_default.id").arg(r.ident);
    }
    return refs;
}

QString Builder::ruleGroupFor(const Entity &e, const RegionInfo &r)
{
    for (EntityId sg : e.compute.securityGroups) {
        const Entity *group = find(sg);
        if (group && group->kind == EntityKind::SecurityGroup && regionOf(sg) == r.id)
            return ident(sg);
    }
    m_regions[m_regionIndex.value(r.id)].needsDefaultSecurityGroup = true;
    return r.ident + QStringLiteral("_default");
}

QString Builder::privateIpsExpression(const Entity &group) const
{
    return L1("alicloud_instance.") % ident(group.id) % L1("[*].private_ip");
}

void Builder::groupVariable(const Entity &e, QLatin1String what, hcl::Pieces description,
                            QLatin1String type, hcl::Pieces value, hcl::Pieces validation,
                            hcl::Pieces errorMessage)
{
    const QString &id = ident(e.id);
    if (!m_variables.isEmpty())
        m_variables += '\n';
    const QByteArrayView written = hcl::appendVariableBlock(
            m_variables, {id, "_", what}, description, {type}, value, validation, errorMessage);
    addTfvarsExampleUtf8(id, what, written);
}

QString Builder::instanceIdsExpression(const Entity &group) const
{
    // Always counted (count = var.<group>_count), so always a splat.
    return L1("alicloud_instance.") % ident(group.id) % L1("[*].id");
}

EntityIds Builder::backendsOf(EntityId lb) const
{
    EntityIds out;
    for (EntityId linkId : m_model.linksOf(lb)) {
        const Entity *link = find(linkId);
        if (!link)
            continue;
        const EntityId other = link->link.from == lb ? link->link.to : link->link.from;
        const Entity *e = find(other);
        if (e && e->isCompute() && !out.contains(other))
            out << other;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void Builder::assignIdentifiers()
{
    // One pool per role keeps identifiers short; entities take names in ascending id order,
    // so an identifier only changes when an entity with a lower id takes its name.
    IdentifierPool regions, zones, others;
    others.reserve(qsizetype(m_all.size()));
    QSet<QString> slugs;
    slugs.reserve(qsizetype(m_all.size()));
    for (const Entity *namedEntity : entities()) {
        const Entity &named = *namedEntity;
        const EntityId id = named.id;
        if (named.kind == EntityKind::Link || named.kind == EntityKind::Endpoint)
            continue;
        // Cloud names: unique over the design (scaling group names must be unique in a
        // region) and short enough for every resource; see fitName().
        QString slug = resourceNameSlug(named.name);
        if (slug.isEmpty())
            slug = identFallback(named.kind) + QString::number(toUInt(id));
        slug = fitName(slug);
        // Inserted first: one hash lookup when the slug is free (nearly always).
        const qsizetype held = slugs.size();
        slugs.insert(slug);
        if (slugs.size() == held) {
            const QString number = QString::number(toUInt(id));
            slug = fitName(slug, NameSlugBudget - 1 - int(number.size())) + QLatin1Char('-')
                    + number;
            slugs.insert(slug);
        }
        m_slugs[slotOf(id)] = slug;
    }
    for (const Entity *eEntity : entities()) {
        const Entity &e = *eEntity;
        const EntityId id = e.id;
        if (e.kind == EntityKind::Link || e.kind == EntityKind::Endpoint)
            continue; // no identifier: not a resource of their own
        const quint32 suffix = toUInt(id);
        // The fallback is made only for an entity that has no wanted identifier.
        switch (e.kind) {
        case EntityKind::Region: {
            const QString wanted = sanitizeIdentifier(e.code);
            m_idents[slotOf(id)] = regions.take(wanted,
                                                wanted.isEmpty() ? QStringLiteral("region_")
                                                                + QString::number(suffix)
                                                                 : QString(),
                                                suffix);
            break;
        }
        case EntityKind::Zone: {
            const QString wanted = sanitizeIdentifier(e.code);
            m_idents[slotOf(id)] = zones.take(wanted,
                                              wanted.isEmpty() ? QStringLiteral("zone_")
                                                              + QString::number(suffix)
                                                               : QString(),
                                              suffix);
            break;
        }
        default: {
            QString wanted = sanitizeIdentifier(e.name);
            if (wanted.endsWith(QLatin1String("_default")) || wanted == QLatin1String("default"))
                wanted += QStringLiteral("_1"); // reserved for the generated default groups
            m_idents[slotOf(id)]
                    = others.take(wanted,
                                  wanted.isEmpty() ? identFallback(e.kind) + QLatin1Char('_')
                                                  + QString::number(suffix)
                                                   : QString(),
                                  suffix);
        }
        }
    }
}

void Builder::planNetwork()
{
    QList<Cidr> taken;
    for (const Entity *eEntity : entities(EntityKind::Region)) {
        const Entity &e = *eEntity;
        const EntityId id = e.id;
        if (e.code.trimmed().isEmpty()) {
            warn(Tr::tr("Regions without a region id were not exported, with everything in them"),
                 displayNameOf(e));
            continue;
        }
        RegionInfo r;
        r.id = id;
        r.code = e.code.trimmed();
        r.ident = ident(id);
        r.provider = L1("alicloud.") % r.ident;
        r.vpcId = L1("alicloud_vpc.") % r.ident % L1(".id");
        const auto cidr = Cidr::parse(e.cidr);
        if (cidr && cidr->prefix >= 8 && cidr->prefix <= 24) {
            r.vpc = *cidr;
            if (std::any_of(taken.cbegin(), taken.cend(),
                            [&](const Cidr &t) { return t.overlaps(r.vpc); }))
                warn(Tr::tr("VPC CIDR blocks overlap, so the regions cannot be joined over CEN"),
                     displayNameOf(e));
        } else {
            if (!e.cidr.trimmed().isEmpty())
                warn(Tr::tr("Invalid VPC CIDR blocks (a /8 to /24 network) were replaced by a free "
                            "/16"),
                     displayNameOf(e));
            for (quint32 k = 0; k < 256; ++k) {
                Cidr c;
                c.base = (10u << 24) | (k * 16u << 16);
                c.prefix = 16;
                if (k * 16 > 255)
                    break;
                if (std::none_of(taken.cbegin(), taken.cend(),
                                 [&](const Cidr &t) { return t.overlaps(c); })) {
                    r.vpc = c;
                    break;
                }
            }
        }
        taken << r.vpc;

        // vSwitches: keep each zone's own CIDR when it is valid, inside the VPC and free;
        // allocate the others from the lowest free blocks of the VPC, in zone order.
        QList<Cidr> used;
        EntityIds pending;
        for (EntityId zoneId : m_model.childrenOf(id)) {
            const Entity *zone = find(zoneId);
            if (!zone || zone->kind != EntityKind::Zone)
                continue;
            if (zone->code.trimmed().isEmpty()) {
                warn(Tr::tr("Zones without a zone id were not exported, with everything in them"),
                     displayNameOf(*zone));
                continue;
            }
            ZoneInfo z;
            z.id = zoneId;
            z.region = id;
            z.code = zone->code.trimmed();
            z.ident = ident(zoneId);
            z.vswitchId = L1("alicloud_vswitch.") % z.ident % L1(".id");
            z.zoneId = L1("alicloud_vswitch.") % z.ident % L1(".zone_id");
            const auto own = Cidr::parse(zone->cidr);
            const bool fits = own && own->prefix >= 16 && own->prefix <= 29 && r.vpc.contains(*own)
                    && std::none_of(used.cbegin(), used.cend(),
                                    [&](const Cidr &u) { return u.overlaps(*own); });
            if (fits) {
                z.cidr = *own;
                used << *own;
            } else {
                if (!zone->cidr.trimmed().isEmpty())
                    warn(Tr::tr("vSwitch CIDR blocks that were invalid, outside their VPC or "
                                "overlapping "
                                "were replaced by free blocks of the VPC"),
                         displayNameOf(*zone));
                pending << zoneId;
            }
            m_zones.insert(zoneId, z);
            r.zones << zoneId;
        }
        std::sort(r.zones.begin(), r.zones.end());
        const int blockPrefix = std::min(29, std::max(24, r.vpc.prefix + 2));
        Cidr candidate;
        candidate.prefix = blockPrefix;
        candidate.base = r.vpc.base;
        for (EntityId zoneId : std::as_const(pending)) {
            while (r.vpc.contains(candidate)
                   && std::any_of(used.cbegin(), used.cend(),
                                  [&](const Cidr &u) { return u.overlaps(candidate); }))
                candidate.base += candidate.size();
            if (!r.vpc.contains(candidate)) {
                warn(Tr::tr("The VPC has no room for more vSwitches; zones were left out"),
                     displayNameOf(*find(zoneId)));
                m_zones.remove(zoneId);
                r.zones.removeOne(zoneId);
                continue;
            }
            m_zones[zoneId].cidr = candidate;
            used << candidate;
        }
        // The blocks as text, once: every link between groups names them.
        r.vpcText = r.vpc.toString();
        for (EntityId zoneId : std::as_const(r.zones)) {
            ZoneInfo &z = m_zones[zoneId];
            z.cidrText = z.cidr.toString();
        }
        m_regionIndex.insert(id, m_regions.size());
        m_regions << r;
    }
}

void Builder::output(ExportSink *sink, ExportResult &result, const QString &name,
                     const QByteArray &bytes)
{
    if (!sink) {
        result.files.insert(name, bytes);
        return;
    }
    sink->beginFile(name);
    sink->write(bytes);
    sink->endFile();
}

ExportResult Builder::run(ExportSink *sink)
{
    m_sink = sink;
    m_result.manifest = TerraformExporter::manifestName();
    m_header = "# Generated by ECS Planner from \""
            + hcl::commentText(m_model.settings().title).toUtf8()
            + "\". Change the design and export again rather than editing by hand.\n\n";
    assignIdentifiers();
    planNetwork();
    buildNetwork();
    buildSecurity();
    buildCompute();
    buildStorage();
    // A file nothing adds to any more is rendered (and with a sink, written) and its tree
    // freed at once: the largest ones never all live together.
    emitFile(QStringLiteral("storage.tf"));
    buildCache();
    buildLoadBalancers();
    // Load balancers were the last to add to the scaling groups' blocks.
    m_scalingGroupBodies.clear();
    emitFile(QStringLiteral("compute.tf"));
    emitFile(QStringLiteral("lb.tf"));
    buildReachability(); // needs load balancer ports and cache bodies
    buildCen();
    buildNat();
    buildDefaultSecurityGroups(); // requested while building compute and rules
    buildOutputs();
    buildVersions();
    buildProviders();
    buildBackend();
    buildVariables();

    for (const auto &entry : m_files)
        emitFile(entry.first);
    m_buffer = QByteArray();
    for (const auto &[message, components] : std::as_const(m_warnings))
        m_result.warnings << (components.isEmpty() ? message + QLatin1Char('.')
                                                   : message + QStringLiteral(": ")
                                              + components.join(QStringLiteral(", "))
                                              + QLatin1Char('.'));
    buildTfvarsExample();
    if (!m_tfvarsText.isEmpty())
        output(sink, m_result, QStringLiteral("terraform.tfvars.example"), m_tfvarsText);
    m_tfvarsText = QByteArray();
    buildReadme(m_result);
    output(sink, m_result, QStringLiteral("README.md"), m_readme);
    return std::move(m_result);
}

void Builder::emitFile(const QString &name)
{
    const auto found = m_files.find(name);
    if (found == m_files.end())
        return;
    hcl::Body &body = found->second;
    const bool compute = name == QLatin1String("compute.tf") && !m_imageData.isEmpty();
    const bool variables = name == QLatin1String("variables.tf") && !m_variables.isEmpty();
    if (body.isEmpty() && !compute)
        return; // nothing to declare, or written already
    if (name.endsWith(QLatin1String(".tf"))) {
        // The README's table of what gets created: the top-level `resource` blocks. The last
        // type counted is kept: a file's resource blocks come in runs of one type.
        const auto count = [this](QByteArrayView type) {
            const std::string_view key(type.data(), size_t(type.size()));
            if (!m_lastCount || key != m_lastType) {
                auto at = m_resourceBlocks.find(key);
                if (at == m_resourceBlocks.end())
                    at = m_resourceBlocks.emplace(key, 0).first;
                m_lastType = at->first; // the map's own key: stays valid
                m_lastCount = &at->second;
            }
            ++*m_lastCount;
        };
        body.forEachBlockLabel("resource", count);
        if (compute)
            m_imageData.forEachBlockLabel("resource", count);
    }
    if (m_sink) {
        // Rendered through one buffer of this size, handed over whenever it is full: the same
        // pages again for every file instead of the whole text in memory.
        constexpr qsizetype RenderBufferBytes = 256 * 1024;
        ExportSink *sink = m_sink;
        const std::function<void(QByteArrayView)> flush = [sink](QByteArrayView bytes) {
            sink->write(bytes);
        };
        sink->beginFile(name);
        m_buffer.reserve(RenderBufferBytes);
        m_buffer.resize(0);
        m_buffer += m_header;
        if (compute) {
            m_imageData.render(m_buffer, flush);
            if (!body.isEmpty())
                m_buffer += '\n';
        }
        body.render(m_buffer, flush);
        if (variables) {
            m_buffer += '\n';
            sink->write(m_buffer);
            m_buffer.resize(0);
            sink->write(m_variables.view());
        }
        sink->write(m_buffer);
        sink->endFile();
    } else {
        QByteArray bytes; // the size of what it holds; the variables only in variables.tf
        const qsizetype hint = m_header.size() + body.reserveHint()
                + (compute ? m_imageData.reserveHint() : 0) + (variables ? m_variables.size() : 0)
                + 16;
        bytes.reserve(hint);
        bytes += m_header;
        if (compute) {
            m_imageData.render(bytes);
            if (!body.isEmpty())
                bytes += '\n';
        }
        body.render(bytes);
        if (variables) {
            bytes += '\n';
            bytes += m_variables.view();
        }
        m_result.files.insert(name, bytes);
    }
    // The tree is not needed once rendered: the text of the next files takes its place.
    body = hcl::Body();
    if (compute)
        m_imageData = hcl::Body();
    if (variables)
        m_variables = hcl::ByteBuffer();
}

} // namespace ecsplan::terraform
