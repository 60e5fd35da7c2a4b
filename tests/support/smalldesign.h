#pragma once

#include "model/model.h"

namespace ecsplan::test {

/**
 * Builds small hand-made designs for rule and what-if tests: a few lines per scenario.
 * Ids are allocated in call order; geometry is laid out on a grid so that every node sits
 * inside its zone. No validation: build only what the model accepts.
 */
class SmallDesign
{
public:
    SmallDesign();

    EntityId region(const QString &code, const QString &cidr = QStringLiteral("10.0.0.0/16"));
    EntityId zone(EntityId region, const QString &code);
    EntityId instances(EntityId zone, const QString &type, int count = 1, const QString &role = {},
                       const QStringList &tags = {});
    /** A scaling group placed in `region`, spanning `zones`. */
    EntityId scalingGroup(EntityId region, const EntityIds &zones, const QString &type, int min,
                          int desired, int max, const QString &role = {},
                          const QStringList &tags = {});
    EntityId disk(EntityId zone, const QString &level, int sizeGiB,
                  EntityId attachedTo = EntityId::None, int targetIops = 0);
    EntityId cache(EntityId zone);
    /** `edition` empty: the entity's default (ALB Standard). */
    EntityId loadBalancer(EntityId zone, LoadBalancerKind kind, const QString &edition = {});
    EntityId securityGroup(EntityId region, const SecurityRules &rules);
    EntityId internetUsers();
    EntityId externalRegion(const QString &code);
    EntityId link(EntityId from, EntityId to, double gbPerMonth = 100, double readFraction = 0.8,
                  LinkPath path = LinkPath::Auto);

    /** Direct access for the odd tweak (billing, drain handler ...). */
    Entity &operator[](EntityId id);
    Model take();

private:
    EntityId add(Entity e);
    QPointF nextSlot(EntityId container);

    Model m_model;
    QHash<EntityId, Entity> m_pending;
    EntityIds m_order;
    QHash<EntityId, int> m_slots;
};

} // namespace ecsplan::test
