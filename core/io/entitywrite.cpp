// One entity -> its JSON object in a design file: the values of its properties as the file
// format writes them (entityjson.cpp reads them back).
#include "entityjson_p.h"

#include "model/codes.h"
#include "model/properties.h"

namespace ecsplan::DesignJson::detail {

ojson idValue(EntityId id)
{
    return isValid(id) ? ojson(toUInt(id)) : ojson(nullptr);
}

ojson ruleToJson(const SecurityRule &r)
{
    ojson o;
    o["direction"] = r.ingress ? "ingress" : "egress";
    o["protocol"] = str(r.protocol);
    o["ports"] = str(QStringLiteral("%1/%2").arg(r.portFrom).arg(r.portTo));
    o["cidr"] = str(r.cidr);
    o["policy"] = r.accept ? "accept" : "drop";
    o["priority"] = r.priority;
    o["description"] = str(r.description);
    return o;
}

ojson valueToJson(Property p, const QVariant &v)
{
    switch (propertyType(p)) {
    case PropertyType::String:
        return str(v.toString());
    case PropertyType::Int:
        return v.toInt();
    case PropertyType::Double:
        return v.toDouble();
    case PropertyType::Bool:
        return v.toBool();
    case PropertyType::StringList: {
        ojson a = ojson::array();
        for (const QString &s : v.toStringList())
            a.push_back(str(s));
        return a;
    }
    case PropertyType::Id:
        return idValue(v.value<EntityId>());
    case PropertyType::Ids: {
        ojson a = ojson::array();
        for (EntityId id : v.value<EntityIds>())
            a.push_back(toUInt(id));
        return a;
    }
    case PropertyType::Rect: {
        const QRectF r = v.toRectF();
        return ojson::array({r.x(), r.y(), r.width(), r.height()});
    }
    case PropertyType::Enum:
        return str(enumToCode(p, v));
    case PropertyType::Rules: {
        ojson a = ojson::array();
        for (const SecurityRule &r : v.value<SecurityRules>())
            a.push_back(ruleToJson(r));
        return a;
    }
    }
    return nullptr;
}

ojson entityToJson(const Entity &e)
{
    ojson o;
    o["id"] = toUInt(e.id);
    o["kind"] = str(toCode(e.kind));
    for (Property p : propertiesOf(e.kind)) {
        // An annotation (notes ...) is written only when set: files that do not use it stay
        // as they were before it existed.
        if (propertyInfo(p).use == PropertyUse::Annotation
            && propertyValue(e, p).toString().isEmpty())
            continue;
        // Written only when set: files of designs that do not use them stay as they were.
        if ((p == Property::CacheShards && e.cache.shards == 0)
            || (p == Property::CacheReadReplicas && e.cache.readReplicas == 0))
            continue;
        // Written only when set, so files without imports read and write as before.
        if (p == Property::LinkInferred && !e.link.inferred)
            continue;
        o[propertyInfo(p).key] = valueToJson(p, propertyValue(e, p));
    }
    return o;
}

} // namespace ecsplan::DesignJson::detail
