// Builders for the Terraform export tests (tst_terraform*.cpp): a design built entity by entity,
// a one-region fixture with two zones, and the text of one HCL block.
#pragma once

#include "export/terraform/terraformexporter.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>

namespace ecsplan::test::terraform {

struct Builder
{
    Model model;
    EntityId add(EntityKind kind, const QString &name, EntityId parent = EntityId::None)
    {
        Entity e = makeEntity(kind);
        e.id = model.allocateId();
        e.name = name;
        e.parent = parent;
        model.insert(e);
        return e.id;
    }
    Entity &edit(EntityId id)
    {
        m_scratch = *model.find(id);
        return m_scratch;
    }
    void commit()
    {
        model.take(m_scratch.id);
        model.insert(m_scratch);
    }
    EntityId region(const QString &name, const QString &code, const QString &cidr)
    {
        const EntityId id = add(EntityKind::Region, name);
        edit(id).code = code;
        m_scratch.cidr = cidr;
        commit();
        return id;
    }
    EntityId zone(EntityId region, const QString &name, const QString &code,
                  const QString &cidr = {})
    {
        const EntityId id = add(EntityKind::Zone, name, region);
        edit(id).code = code;
        m_scratch.cidr = cidr;
        commit();
        return id;
    }
    EntityId link(EntityId from, EntityId to, double gb, LinkPath path = LinkPath::Auto)
    {
        const EntityId id = add(EntityKind::Link, QStringLiteral("link %1").arg(model.size()));
        edit(id).link.from = from;
        m_scratch.link.to = to;
        m_scratch.link.gbPerMonth = gb;
        m_scratch.link.path = path;
        commit();
        return id;
    }
    Entity m_scratch;
};

inline ExportResult exportOf(const Model &model)
{
    return TerraformExporter::generate(model, {});
}

inline QString allWarnings(const ExportResult &r)
{
    return r.warnings.join(QLatin1Char('\n'));
}

/// The text of the block that starts with `header` (up to its closing brace at column 0).
inline QByteArray blockOf(const QByteArray &file, const QByteArray &header)
{
    const qsizetype at = file.indexOf(header);
    if (at < 0)
        return {};
    const qsizetype end = file.indexOf("\n}\n", at);
    return file.mid(at, end < 0 ? -1 : end - at + 3);
}

/// Region cn-hangzhou 10.0.0.0/16 with zones h (10.0.1.0/24) and i (10.0.2.0/24).
struct Hangzhou
{
    Builder b;
    EntityId region, h, i;
    Hangzhou()
    {
        DesignSettings s;
        s.title = QStringLiteral("Test");
        b.model.setSettings(s);
        region = b.region(QStringLiteral("HZ"), QStringLiteral("cn-hangzhou"),
                          QStringLiteral("10.0.0.0/16"));
        h = b.zone(region, QStringLiteral("h"), QStringLiteral("cn-hangzhou-h"),
                   QStringLiteral("10.0.1.0/24"));
        i = b.zone(region, QStringLiteral("i"), QStringLiteral("cn-hangzhou-i"),
                   QStringLiteral("10.0.2.0/24"));
    }
    EntityId group(const QString &name, EntityId zone, EntityKind kind = EntityKind::InstanceGroup)
    {
        return b.add(kind, name, zone);
    }
    EntityId lb(const QString &name, LoadBalancerKind kind, int port, EntityIds zones = {})
    {
        const EntityId id = b.add(EntityKind::LoadBalancer, name, h);
        b.edit(id).loadBalancer.kind = kind;
        b.m_scratch.loadBalancer.listenerPort = port;
        b.m_scratch.loadBalancer.backendPort = defaultBackendPort(kind, port);
        b.m_scratch.zones = zones;
        b.commit();
        return id;
    }
};

} // namespace ecsplan::test::terraform
