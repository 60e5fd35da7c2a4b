#include "catalogoverlay.h"

#include "catalog.h"
#include "catalogdata.h"
#include "ecsplan_global.h"
#include "io/jsonguard.h"
#include "jsonreader.h"
#include "model/limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace ecsplan {

namespace {

const QString kFormat = QStringLiteral("ecsplan-catalog-overlay");

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject availabilityJson(const QList<OverlayAvailability> &list)
{
    QJsonObject o;
    for (const OverlayAvailability &a : list)
        o.insert(a.zone,
                 QJsonObject{{QStringLiteral("offered"), strings(a.offered)},
                             {QStringLiteral("source"), a.sourceId}});
    return o;
}

bool isIsoDay(const QString &s)
{
    static const QRegularExpression re(
            QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"));
    return re.match(s).hasMatch();
}

} // namespace

const OverlaySource *CatalogOverlay::source(const QString &id) const
{
    for (const OverlaySource &s : sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QByteArray CatalogOverlay::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("dates"),
                QStringLiteral("each file's modification time (UTC): API responses carry no "
                               "date"));
    QJsonArray src;
    for (const OverlaySource &s : sources)
        src.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("file"), s.file},
                               {QStringLiteral("product"), s.product},
                               {QStringLiteral("action"), s.action},
                               {QStringLiteral("asOf"), s.asOf},
                               {QStringLiteral("requestId"), s.requestId}});
    root.insert(QStringLiteral("sources"), src);
    QJsonArray prices;
    for (const OverlayPrice &p : this->prices) {
        QJsonObject o;
        if (!p.instanceType.isEmpty())
            o.insert(QStringLiteral("instanceType"), p.instanceType);
        else
            o.insert(QStringLiteral("cacheClass"), p.cacheClass);
        o.insert(QStringLiteral("region"), p.row.region);
        o.insert(QStringLiteral("billing"), p.row.billing);
        o.insert(QStringLiteral("currency"), p.row.currency);
        o.insert(QStringLiteral("unit"), toCode(p.row.unit));
        o.insert(QStringLiteral("amount"), p.row.amount);
        o.insert(QStringLiteral("note"), p.row.src.note);
        o.insert(QStringLiteral("source"), p.sourceId);
        prices.append(o);
    }
    root.insert(QStringLiteral("prices"), prices);
    root.insert(QStringLiteral("availability"), availabilityJson(availability));
    root.insert(QStringLiteral("cacheAvailability"), availabilityJson(cacheAvailability));
    QJsonObject zoneLists;
    for (const OverlayZones &z : zones)
        zoneLists.insert(z.region,
                         QJsonObject{{QStringLiteral("zones"), strings(z.zones)},
                                     {QStringLiteral("source"), z.sourceId}});
    root.insert(QStringLiteral("zones"), zoneLists);
    QJsonArray types;
    for (const OverlayTypeSpec &t : instanceTypes) {
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("vcpu"), t.vcpu},
                      {QStringLiteral("memoryGiB"), t.memoryGiB},
                      {QStringLiteral("source"), t.sourceId}};
        if (t.maxEnis)
            o.insert(QStringLiteral("maxEnis"), *t.maxEnis);
        if (t.pps)
            o.insert(QStringLiteral("pps"), double(*t.pps));
        types.append(o);
    }
    root.insert(QStringLiteral("instanceTypes"), types);
    root.insert(QStringLiteral("skipped"), strings(skipped));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<CatalogOverlay> CatalogOverlay::fromJson(const QByteArray &json, QStringList *errors)
{
    JsonReader r(errors);
    const QString kRoot;
    if (const QString problem = JsonGuard::check(json, Limits::MaxFileBytes); !problem.isEmpty()) {
        r.error(kRoot, problem);
        return std::nullopt;
    }
    QJsonParseError pe;
    JsonDocument doc;
    if (!doc.parse(json, &pe)) {
        r.error(kRoot,
                Tr::tr("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.error(kRoot, Tr::tr("expected a JSON object at the top level"));
        return std::nullopt;
    }
    const JsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        r.error(QStringLiteral("/format"),
                Tr::tr("expected \"%1\": this is not a catalog overlay (make one with "
                       "\"ecsplan-cli catalog import\")")
                        .arg(kFormat));
        return std::nullopt;
    }
    const double version = r.number(root, QStringLiteral("formatVersion"), kRoot, 1, 1e9);
    if (version > FormatVersion) {
        r.error(QStringLiteral("/formatVersion"),
                Tr::tr("format version %1 is newer than this program reads (%2)")
                        .arg(version)
                        .arg(FormatVersion));
        return std::nullopt;
    }

    CatalogOverlay out;
    QSet<QString> ids;
    r.objects(root, QStringLiteral("sources"), kRoot, [&](const JsonObject &o, const QString &p) {
        OverlaySource s;
        s.id = r.string(o, QStringLiteral("id"), p);
        s.file = r.string(o, QStringLiteral("file"), p);
        s.product = r.string(o, QStringLiteral("product"), p);
        s.action = r.string(o, QStringLiteral("action"), p);
        s.asOf = r.string(o, QStringLiteral("asOf"), p);
        s.requestId = r.optString(o, QStringLiteral("requestId"), p);
        if (!s.asOf.isEmpty() && !isIsoDay(s.asOf))
            r.error(JsonReader::child(p, QStringLiteral("asOf")),
                    Tr::tr("expected a date YYYY-MM-DD"));
        if (!s.id.isEmpty() && ids.contains(s.id))
            r.error(JsonReader::child(p, QStringLiteral("id")),
                    Tr::tr("\"%1\" is listed twice").arg(s.id));
        ids.insert(s.id);
        out.sources.append(s);
    });
    const auto sourceOf = [&](const JsonObject &o, const QString &p) {
        const QString id = r.string(o, QStringLiteral("source"), p);
        if (!id.isEmpty() && !ids.contains(id))
            r.error(JsonReader::child(p, QStringLiteral("source")),
                    Tr::tr("\"%1\" is not one of the listed sources").arg(id));
        return id;
    };
    const auto offeredList = [&](const JsonObject &o, const QString &p, const QString &key) {
        QStringList list;
        const JsonArray a = r.array(o, key, p);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().isEmpty())
                r.error(JsonReader::child(JsonReader::child(p, key), i),
                        Tr::tr("expected a non-empty string"));
            else
                list.append(a.at(i).toString());
        }
        list.sort();
        return list;
    };

    r.objects(root, QStringLiteral("prices"), kRoot, [&](const JsonObject &o, const QString &p) {
        OverlayPrice price;
        price.instanceType = r.optString(o, QStringLiteral("instanceType"), p);
        price.cacheClass = r.optString(o, QStringLiteral("cacheClass"), p);
        if (price.instanceType.isEmpty() == price.cacheClass.isEmpty())
            r.error(p, Tr::tr("expected exactly one of \"instanceType\" or \"cacheClass\""));
        PriceRow &row = price.row;
        row.region = r.string(o, QStringLiteral("region"), p);
        row.billing = r.string(o, QStringLiteral("billing"), p);
        if (!row.billing.isEmpty() && row.billing != QLatin1String("PayAsYouGo")
            && row.billing != QLatin1String("Subscription"))
            r.error(JsonReader::child(p, QStringLiteral("billing")),
                    Tr::tr("expected \"PayAsYouGo\" or \"Subscription\", found \"%1\"")
                            .arg(row.billing));
        row.currency = r.string(o, QStringLiteral("currency"), p);
        const QString unit = r.string(o, QStringLiteral("unit"), p);
        if (const auto u = priceUnitFromCode(unit))
            row.unit = *u;
        else if (!unit.isEmpty())
            r.error(JsonReader::child(p, QStringLiteral("unit")),
                    Tr::tr("unknown unit \"%1\"").arg(unit));
        row.amount = r.positive(o, QStringLiteral("amount"), p);
        row.src.note = r.optString(o, QStringLiteral("note"), p);
        price.sourceId = sourceOf(o, p);
        out.prices.append(price);
    });

    const auto readAvailability = [&](const QString &key, QList<OverlayAvailability> &into) {
        const auto obj = r.optObject(root, key, kRoot);
        if (!obj)
            return;
        for (auto it = obj->begin(); it != obj->end(); ++it) {
            const QString p = JsonReader::child(JsonReader::child(kRoot, key), it.key());
            const JsonObject zone = r.object(it.value(), p);
            OverlayAvailability a;
            a.zone = it.key();
            a.offered = offeredList(zone, p, QStringLiteral("offered"));
            a.sourceId = sourceOf(zone, p);
            into.append(a);
        }
    };
    readAvailability(QStringLiteral("availability"), out.availability);
    readAvailability(QStringLiteral("cacheAvailability"), out.cacheAvailability);
    if (const auto obj = r.optObject(root, QStringLiteral("zones"), kRoot)) {
        for (auto it = obj->begin(); it != obj->end(); ++it) {
            const QString p = JsonReader::child(QStringLiteral("/zones"), it.key());
            const JsonObject region = r.object(it.value(), p);
            OverlayZones z;
            z.region = it.key();
            z.zones = offeredList(region, p, QStringLiteral("zones"));
            z.sourceId = sourceOf(region, p);
            out.zones.append(z);
        }
    }
    r.optObjects(root, QStringLiteral("instanceTypes"), kRoot,
                 [&](const JsonObject &o, const QString &p) {
                     OverlayTypeSpec t;
                     t.id = r.string(o, QStringLiteral("id"), p);
                     t.vcpu = r.positiveInt(o, QStringLiteral("vcpu"), p);
                     t.memoryGiB = r.positive(o, QStringLiteral("memoryGiB"), p);
                     t.maxEnis = r.optPositiveInt(o, QStringLiteral("maxEnis"), p);
                     t.pps = r.optPositiveInt64(o, QStringLiteral("pps"), p);
                     t.sourceId = sourceOf(o, p);
                     out.instanceTypes.append(t);
                 });
    const JsonArray skipped = r.optArray(root, QStringLiteral("skipped"), kRoot);
    for (const JsonValue &v : skipped)
        out.skipped.append(v.toString());
    if (r.errorCount() > 0)
        return std::nullopt;
    return out;
}

// --- Catalog::applyOverlay -------------------------------------------------------------------

QString Catalog::overlayFile() const
{
    return m_d->overlayFile;
}

const QList<OverlaySource> &Catalog::overlaySources() const
{
    return m_d->overlaySources;
}

const QStringList &Catalog::overlaySkipped() const
{
    return m_d->overlaySkipped;
}

bool Catalog::applyOverlay(const CatalogOverlay &overlay, const QString &overlayName,
                           QStringList *errors)
{
    JsonReader r(errors);
    const auto knownRegion = [&](const QString &id) {
        return region(id) != nullptr;
    };
    const auto redisClass = [&](const QString &id) -> RedisClassSpec * {
        for (RedisClassSpec &c : m_d->redisClasses) {
            if (c.instanceClass == id)
                return &c;
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < overlay.prices.size(); ++i) {
        const OverlayPrice &p = overlay.prices.at(i);
        const QString path = JsonReader::child(QStringLiteral("/prices"), i);
        if (!p.instanceType.isEmpty() && !instanceType(p.instanceType))
            r.error(JsonReader::child(path, QStringLiteral("instanceType")),
                    Tr::tr("unknown instance type \"%1\"").arg(p.instanceType));
        if (!p.cacheClass.isEmpty() && !redisClass(p.cacheClass))
            r.error(JsonReader::child(path, QStringLiteral("cacheClass")),
                    Tr::tr("unknown cache class \"%1\"").arg(p.cacheClass));
        if (!knownRegion(p.row.region))
            r.error(JsonReader::child(path, QStringLiteral("region")),
                    Tr::tr("unknown region \"%1\"").arg(p.row.region));
    }
    for (const OverlayZones &z : overlay.zones) {
        if (!knownRegion(z.region))
            r.error(JsonReader::child(QStringLiteral("/zones"), z.region),
                    Tr::tr("unknown region \"%1\"").arg(z.region));
    }
    const auto checkZones = [&](const QList<OverlayAvailability> &list, const QString &key) {
        for (const OverlayAvailability &a : list) {
            if (!regionOfZone(a.zone))
                r.error(JsonReader::child(key, a.zone),
                        Tr::tr("\"%1\" is not a zone of a region the catalog knows").arg(a.zone));
        }
    };
    checkZones(overlay.availability, QStringLiteral("/availability"));
    checkZones(overlay.cacheAvailability, QStringLiteral("/cacheAvailability"));
    for (qsizetype i = 0; i < overlay.instanceTypes.size(); ++i) {
        if (!instanceType(overlay.instanceTypes.at(i).id))
            r.error(JsonReader::child(JsonReader::child(QStringLiteral("/instanceTypes"), i),
                                      QStringLiteral("id")),
                    Tr::tr("unknown instance type \"%1\"").arg(overlay.instanceTypes.at(i).id));
    }
    if (r.errorCount() > 0)
        return false;

    // Every figure cites its response file, the file's date and the overlay.
    QHash<QString, SourceRef> refs;
    for (const OverlaySource &s : overlay.sources) {
        SourceRef ref;
        ref.source
                = Tr::tr("Alibaba Cloud API %1 %2, response file %3%4, catalog overlay %5")
                          .arg(s.product, s.action, s.file,
                               s.requestId.isEmpty() ? QString()
                                                     : Tr::tr(" (RequestId %1)").arg(s.requestId),
                               overlayName);
        ref.asOf = s.asOf;
        ref.kind = QStringLiteral("official");
        ref.sourceId = s.id;
        refs.insert(s.id, ref);
    }

    for (const OverlayPrice &p : overlay.prices) {
        PriceRow row = p.row;
        const QString note = row.src.note;
        row.src = refs.value(p.sourceId);
        row.src.note = note;
        QList<PriceRow> *target = !p.instanceType.isEmpty()
                ? &m_d->instanceTypes[m_typeIndex.value(p.instanceType)].prices
                : &redisClass(p.cacheClass)->prices;
        auto same = std::find_if(target->begin(), target->end(), [&](const PriceRow &old) {
            return old.region == row.region && old.billing == row.billing;
        });
        if (same != target->end())
            *same = row;
        else
            target->append(row);
    }
    for (const OverlayAvailability &a : overlay.availability) {
        m_d->availability.insert(a.zone, a.offered);
        m_d->availabilitySrc.insert(a.zone, refs.value(a.sourceId));
    }
    for (const OverlayAvailability &a : overlay.cacheAvailability) {
        m_d->cacheAvailability.insert(a.zone, a.offered);
        m_d->cacheAvailabilitySrc.insert(a.zone, refs.value(a.sourceId));
    }
    for (const OverlayZones &z : overlay.zones)
        m_d->regions[m_regionIndex.value(z.region)].zones = z.zones;
    for (const OverlayTypeSpec &t : overlay.instanceTypes) {
        InstanceTypeSpec &spec = m_d->instanceTypes[m_typeIndex.value(t.id)];
        spec.vcpu = t.vcpu;
        spec.memoryGiB = t.memoryGiB;
        if (t.maxEnis)
            spec.maxEnis = t.maxEnis;
        if (t.pps)
            spec.pps = t.pps;
        const SourceRef ref = refs.value(t.sourceId);
        const QString why = Tr::tr("vCPU, memory, ENIs and packet rate from %1 (as of %2)")
                                    .arg(ref.source, ref.asOf);
        spec.src.note = spec.src.note.isEmpty() ? why : spec.src.note + QStringLiteral("; ") + why;
    }
    m_d->overlayFile = overlayName;
    m_d->overlaySources = overlay.sources;
    m_d->overlaySkipped = overlay.skipped;
    rebuildIndexes();
    return true;
}

} // namespace ecsplan
