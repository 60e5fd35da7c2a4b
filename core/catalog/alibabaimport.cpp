#include "alibabaimport.h"

#include "catalog.h"
#include "ecsplan_global.h"
#include "io/jsonguard.h"
#include "jsonreader.h"
#include "model/limits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonParseError>
#include <QMap>
#include <QSet>
#include <cmath>

#include <functional>

namespace ecsplan::AlibabaImport {

namespace {

const QString kEcs = QStringLiteral("ecs");
const QString kKvstore = QStringLiteral("r-kvstore");

/** `<product>_<Action>[_<Parameter>=<value>]…` (the file name without ".json"). */
struct Request
{
    QString product, action;
    QHash<QString, QString> params;
};

std::optional<Request> parseName(const QString &baseName)
{
    const QStringList parts = baseName.split(QLatin1Char('_'));
    if (parts.size() < 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    Request request{parts.at(0), parts.at(1), {}};
    for (qsizetype i = 2; i < parts.size(); ++i) {
        const qsizetype eq = parts.at(i).indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        request.params.insert(parts.at(i).left(eq), parts.at(i).mid(eq + 1));
    }
    return request;
}

QString listed(QStringList items)
{
    items.sort();
    constexpr int kShown = 8;
    if (items.size() <= kShown)
        return items.join(QStringLiteral(", "));
    return Tr::tr("%1 and %n more", nullptr, int(items.size() - kShown))
            .arg(items.mid(0, kShown).join(QStringLiteral(", ")));
}

class Importer
{
public:
    Importer(const Catalog &catalog, QStringList *errors)
        : m_catalog(catalog)
        , m_errors(errors)
    {
    }

    void read(const QFileInfo &info);
    CatalogOverlay finish();
    int errorCount() const { return m_errorCount; }

private:
    /** "Wrapper": {"Item": [ … ]}, the shape of every list in these responses. */
    JsonArray list(const JsonObject &o, const QString &wrapper, const QString &item,
                   const QString &path, QString *itemPath);
    /** A money amount: a number or a numeric string (r-kvstore writes strings). */
    std::optional<double> amount(const JsonObject &o, const QString &key, const QString &path);
    void skip(const QString &why) { m_out.skipped.append(m_file + QStringLiteral(": ") + why); }
    QString currency(const JsonObject &o, const QString &path);
    void addPrice(const QString &instanceType, const QString &cacheClass, const QString &region,
                  const QString &billing, PriceUnit unit, double amount, const QString &currency,
                  const QString &note);

    void describeRegions(const JsonObject &root);
    void describeZones(const JsonObject &root);
    void describeInstanceTypes(const JsonObject &root);
    void ecsAvailableResource(const JsonObject &root);
    void ecsPrice(const JsonObject &root);
    void kvstoreAvailableResource(const JsonObject &root);
    void kvstorePrice(const JsonObject &root);

    const Catalog &m_catalog;
    QStringList *m_errors;
    int m_errorCount = 0;
    CatalogOverlay m_out;
    // The file being read.
    QString m_file;
    Request m_request;
    QString m_sourceId;
    std::unique_ptr<JsonReader> m_r;
    QStringList m_fileErrors;
    // Merged over files: zone → offered, zone → first source.
    QMap<QString, QSet<QString>> m_ecsAvailability, m_cacheAvailability;
    QHash<QString, QString> m_ecsAvailabilitySrc, m_cacheAvailabilitySrc;
};

JsonArray Importer::list(const JsonObject &o, const QString &wrapper, const QString &item,
                         const QString &path, QString *itemPath)
{
    *itemPath = JsonReader::child(JsonReader::child(path, wrapper), item);
    const auto w = m_r->object(o, wrapper, path);
    return w ? m_r->array(*w, item, JsonReader::child(path, wrapper)) : JsonArray();
}

std::optional<double> Importer::amount(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    const QString p = JsonReader::child(path, key);
    bool ok = v.isDouble();
    double value = v.toDouble();
    if (v.isString())
        value = v.toString().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0) {
        m_r->error(p, Tr::tr("expected an amount (a number ≥ 0)"));
        return std::nullopt;
    }
    return value;
}

QString Importer::currency(const JsonObject &o, const QString &path)
{
    const QString c = m_r->string(o, QStringLiteral("Currency"), path);
    if (!c.isEmpty() && c != QLatin1String("CNY") && c != QLatin1String("USD"))
        m_r->error(JsonReader::child(path, QStringLiteral("Currency")),
                   Tr::tr("expected CNY or USD, found \"%1\"").arg(c));
    return c;
}

void Importer::addPrice(const QString &instanceType, const QString &cacheClass,
                        const QString &region, const QString &billing, PriceUnit unit, double value,
                        const QString &currency, const QString &note)
{
    if (value <= 0) {
        skip(Tr::tr("the price is 0; a missing price is left out, never counted as 0"));
        return;
    }
    OverlayPrice p;
    p.instanceType = instanceType;
    p.cacheClass = cacheClass;
    p.row.region = region;
    p.row.billing = billing;
    p.row.currency = currency;
    p.row.unit = unit;
    p.row.amount = value;
    p.row.src.note = note;
    p.sourceId = m_sourceId;
    m_out.prices.append(p);
}

void Importer::read(const QFileInfo &info)
{
    m_file = info.fileName();
    m_fileErrors.clear();
    m_r = std::make_unique<JsonReader>(&m_fileErrors);
    const auto flush = [&] {
        for (const QString &e : std::as_const(m_fileErrors))
            m_errors->append(m_file + QStringLiteral(": ") + e);
        m_errorCount += int(m_fileErrors.size());
    };
    const auto request = parseName(info.completeBaseName());
    if (!request) {
        m_r->error(QString(),
                   Tr::tr("not named after its command: expected "
                          "<product>_<Action>[_<Parameter>=<value>]….json, e.g. "
                          "ecs_DescribeZones_RegionId=cn-hangzhou.json"));
        return flush();
    }
    m_request = *request;
    using Reader = void (Importer::*)(const JsonObject &);
    static const QHash<QString, Reader> readers{
            {kEcs + QStringLiteral(" DescribeRegions"), &Importer::describeRegions},
            {kEcs + QStringLiteral(" DescribeZones"), &Importer::describeZones},
            {kEcs + QStringLiteral(" DescribeInstanceTypes"), &Importer::describeInstanceTypes},
            {kEcs + QStringLiteral(" DescribeAvailableResource"), &Importer::ecsAvailableResource},
            {kEcs + QStringLiteral(" DescribePrice"), &Importer::ecsPrice},
            {kKvstore + QStringLiteral(" DescribeAvailableResource"),
             &Importer::kvstoreAvailableResource},
            {kKvstore + QStringLiteral(" DescribePrice"), &Importer::kvstorePrice},
    };
    const QString key = m_request.product + QLatin1Char(' ') + m_request.action;
    const Reader reader = readers.value(key);
    if (!reader) {
        m_r->error(QString(),
                   Tr::tr("\"%1\" is not a response this import reads (ecs "
                          "DescribeRegions, DescribeZones, DescribeInstanceTypes, "
                          "DescribeAvailableResource, DescribePrice; r-kvstore "
                          "DescribeAvailableResource, DescribePrice)")
                           .arg(key));
        return flush();
    }
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        m_r->error(QString(), Tr::tr("cannot read: %1").arg(file.errorString()));
        return flush();
    }
    const QByteArray json = file.readAll();
    if (const QString problem = JsonGuard::check(json, Limits::MaxFileBytes); !problem.isEmpty()) {
        m_r->error(QString(), problem);
        return flush();
    }
    QJsonParseError pe;
    JsonDocument doc;
    if (!doc.parse(json, &pe) || !doc.isObject()) {
        m_r->error(QString(),
                   pe.error != QJsonParseError::NoError
                           ? Tr::tr("invalid JSON at offset %1: %2 (was the command's error "
                                    "message saved instead of its output?)")
                                     .arg(pe.offset)
                                     .arg(pe.errorString())
                           : Tr::tr("expected a JSON object at the top level"));
        return flush();
    }
    const JsonObject root = doc.object();
    if (root.value(QStringLiteral("Code")).isString()
        && root.value(QStringLiteral("Message")).isString()) {
        m_r->error(QString(),
                   Tr::tr("the response is an API error: %1: %2")
                           .arg(root.value(QStringLiteral("Code")).toString(),
                                root.value(QStringLiteral("Message")).toString()));
        return flush();
    }
    OverlaySource source;
    source.id = QStringLiteral("F%1").arg(m_out.sources.size() + 1);
    source.file = m_file;
    source.product = m_request.product;
    source.action = m_request.action;
    source.asOf = info.lastModified().toUTC().date().toString(Qt::ISODate);
    source.requestId = m_r->optString(root, QStringLiteral("RequestId"), QString());
    m_sourceId = source.id;
    const int pricesBefore = int(m_out.prices.size());
    const int skippedBefore = int(m_out.skipped.size());
    (this->*reader)(root);
    if (!m_fileErrors.isEmpty()) {
        // Nothing of a malformed file is used.
        m_out.prices.resize(pricesBefore);
        m_out.skipped.resize(skippedBefore);
        return flush();
    }
    m_out.sources.append(source);
}

void Importer::describeRegions(const JsonObject &root)
{
    QString p;
    const JsonArray regions
            = list(root, QStringLiteral("Regions"), QStringLiteral("Region"), QString(), &p);
    QStringList unknown;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QString ip = JsonReader::child(p, i);
        const QString id
                = m_r->string(m_r->object(regions.at(i), ip), QStringLiteral("RegionId"), ip);
        if (!id.isEmpty() && !m_catalog.region(id))
            unknown << id;
    }
    if (!unknown.isEmpty())
        skip(Tr::tr("regions the built-in catalog does not know: %1").arg(listed(unknown)));
}

void Importer::describeZones(const JsonObject &root)
{
    const QString region = m_request.params.value(QStringLiteral("RegionId"));
    if (region.isEmpty()) {
        m_r->error(QString(),
                   Tr::tr("the file name lacks RegionId=…: a DescribeZones response "
                          "does not say its region"));
        return;
    }
    QString p;
    const JsonArray zones
            = list(root, QStringLiteral("Zones"), QStringLiteral("Zone"), QString(), &p);
    OverlayZones z;
    z.region = region;
    z.sourceId = m_sourceId;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString ip = JsonReader::child(p, i);
        const QString id = m_r->string(m_r->object(zones.at(i), ip), QStringLiteral("ZoneId"), ip);
        if (!id.isEmpty())
            z.zones << id;
    }
    z.zones.sort();
    if (!m_catalog.region(region))
        skip(Tr::tr("region %1 is not in the built-in catalog").arg(region));
    else if (!z.zones.isEmpty())
        m_out.zones.append(z);
}

void Importer::describeInstanceTypes(const JsonObject &root)
{
    QString p;
    const JsonArray types = list(root, QStringLiteral("InstanceTypes"),
                                 QStringLiteral("InstanceType"), QString(), &p);
    QStringList unknown;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString ip = JsonReader::child(p, i);
        const JsonObject o = m_r->object(types.at(i), ip);
        OverlayTypeSpec t;
        t.id = m_r->string(o, QStringLiteral("InstanceTypeId"), ip);
        t.vcpu = m_r->positiveInt(o, QStringLiteral("CpuCoreCount"), ip);
        t.memoryGiB = m_r->positive(o, QStringLiteral("MemorySize"), ip);
        t.maxEnis = m_r->optPositiveInt(o, QStringLiteral("EniQuantity"), ip);
        t.pps = m_r->optPositiveInt64(o, QStringLiteral("InstancePpsRx"), ip);
        t.sourceId = m_sourceId;
        if (t.id.isEmpty())
            continue;
        if (!m_catalog.instanceType(t.id))
            unknown << t.id;
        else
            m_out.instanceTypes.append(t);
    }
    if (!unknown.isEmpty())
        skip(Tr::tr("%n instance type(s) not in the built-in catalog (their disk and network "
                    "limits are unknown): %1",
                    nullptr, int(unknown.size()))
                     .arg(listed(unknown)));
}

void Importer::ecsAvailableResource(const JsonObject &root)
{
    const QString only = m_request.params.value(QStringLiteral("InstanceType"));
    const QString destination = m_request.params.value(QStringLiteral("DestinationResource"));
    if (!only.isEmpty()) {
        skip(Tr::tr("lists %1 only; run it without --InstanceType so that every offered type "
                    "is listed")
                     .arg(only));
        return;
    }
    if (!destination.isEmpty() && destination != QLatin1String("InstanceType")) {
        skip(Tr::tr("DestinationResource is %1, not InstanceType").arg(destination));
        return;
    }
    QString p;
    const JsonArray zones = list(root, QStringLiteral("AvailableZones"),
                                 QStringLiteral("AvailableZone"), QString(), &p);
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString zp = JsonReader::child(p, i);
        const JsonObject zone = m_r->object(zones.at(i), zp);
        const QString id = m_r->string(zone, QStringLiteral("ZoneId"), zp);
        QSet<QString> offered;
        QString rp;
        const JsonArray resources = list(zone, QStringLiteral("AvailableResources"),
                                         QStringLiteral("AvailableResource"), zp, &rp);
        for (qsizetype j = 0; j < resources.size(); ++j) {
            const QString resp = JsonReader::child(rp, j);
            const JsonObject resource = m_r->object(resources.at(j), resp);
            if (m_r->string(resource, QStringLiteral("Type"), resp)
                != QLatin1String("InstanceType"))
                continue;
            QString sp;
            const JsonArray supported = list(resource, QStringLiteral("SupportedResources"),
                                             QStringLiteral("SupportedResource"), resp, &sp);
            for (qsizetype k = 0; k < supported.size(); ++k) {
                const QString kp = JsonReader::child(sp, k);
                const JsonObject s = m_r->object(supported.at(k), kp);
                const QString value = m_r->string(s, QStringLiteral("Value"), kp);
                const QString status = m_r->string(s, QStringLiteral("Status"), kp);
                if (status == QLatin1String("Available") && !value.isEmpty())
                    offered.insert(value);
            }
        }
        if (id.isEmpty())
            continue;
        if (!m_catalog.regionOfZone(id)) {
            skip(Tr::tr("zone %1 is not in a region the built-in catalog knows").arg(id));
            continue;
        }
        m_ecsAvailability[id].unite(offered);
        if (!m_ecsAvailabilitySrc.contains(id))
            m_ecsAvailabilitySrc.insert(id, m_sourceId);
    }
}

void Importer::ecsPrice(const JsonObject &root)
{
    const QString region = m_request.params.value(QStringLiteral("RegionId"));
    const QString type = m_request.params.value(QStringLiteral("InstanceType"));
    if (region.isEmpty() || type.isEmpty()) {
        m_r->error(QString(),
                   Tr::tr("the file name lacks RegionId=… or InstanceType=…: a "
                          "DescribePrice response does not say what was priced"));
        return;
    }
    const QString resourceType
            = m_request.params.value(QStringLiteral("ResourceType"), QStringLiteral("instance"));
    const QString unit
            = m_request.params.value(QStringLiteral("PriceUnit"), QStringLiteral("Hour"));
    const QString period = m_request.params.value(QStringLiteral("Period"), QStringLiteral("1"));
    const QString spot
            = m_request.params.value(QStringLiteral("SpotStrategy"), QStringLiteral("NoSpot"));
    // Read the whole response first, so that a malformed file is reported even when skipped.
    const auto info = m_r->object(root, QStringLiteral("PriceInfo"), QString());
    const QString pricePath = QStringLiteral("/PriceInfo/Price");
    const auto price = info
            ? m_r->object(*info, QStringLiteral("Price"), QStringLiteral("/PriceInfo"))
            : std::nullopt;
    if (!price)
        return;
    const QString cur = currency(*price, pricePath);
    QString dp;
    const JsonArray details = list(*price, QStringLiteral("DetailInfos"),
                                   QStringLiteral("DetailInfo"), pricePath, &dp);
    std::optional<double> original, trade;
    for (qsizetype i = 0; i < details.size(); ++i) {
        const QString ip = JsonReader::child(dp, i);
        const JsonObject d = m_r->object(details.at(i), ip);
        const QString resource = m_r->string(d, QStringLiteral("Resource"), ip);
        if (resource.compare(QLatin1String("instanceType"), Qt::CaseInsensitive) != 0)
            continue;
        original = amount(d, QStringLiteral("OriginalPrice"), ip);
        trade = amount(d, QStringLiteral("TradePrice"), ip);
    }
    if (!original && m_fileErrors.isEmpty() && !details.isEmpty()) {
        m_r->error(dp,
                   Tr::tr("no DetailInfo with Resource \"instanceType\": the instance's "
                          "price cannot be told from its disks'"));
    }
    if (!m_fileErrors.isEmpty() || !original)
        return;
    if (resourceType != QLatin1String("instance")) {
        skip(Tr::tr("ResourceType %1: only instance prices are read").arg(resourceType));
        return;
    }
    if (spot != QLatin1String("NoSpot")) {
        skip(Tr::tr("a preemptible (%1) price: spot prices float, the design's spot discount "
                    "applies")
                     .arg(spot));
        return;
    }
    if (!m_catalog.instanceType(type) || !m_catalog.region(region)) {
        skip(Tr::tr("%1 in %2 is not in the built-in catalog").arg(type, region));
        return;
    }
    const QString tradeText = trade
            ? Tr::tr("; the account's TradePrice was %1 %2").arg(QString::number(*trade), cur)
            : QString();
    if (unit == QLatin1String("Hour")) {
        addPrice(type, {}, region, QStringLiteral("PayAsYouGo"), PriceUnit::PerHour, *original, cur,
                 Tr::tr("pay-as-you-go list price (OriginalPrice)%1").arg(tradeText));
    } else if (unit == QLatin1String("Year") && period == QLatin1String("1")) {
        addPrice(type, {}, region, QStringLiteral("Subscription"), PriceUnit::PerMonth,
                 *original / 12.0, cur,
                 Tr::tr("1-year subscription list price (OriginalPrice) %1 %2 ÷ 12%3")
                         .arg(QString::number(*original, 'f', 2), cur, tradeText));
    } else {
        skip(Tr::tr("PriceUnit %1, Period %2: the catalog keeps hourly prices and 1-year "
                    "subscriptions (PriceUnit Hour, or Year with Period 1)")
                     .arg(unit, period));
    }
}

void Importer::kvstoreAvailableResource(const JsonObject &root)
{
    QString p;
    const JsonArray zones = list(root, QStringLiteral("AvailableZones"),
                                 QStringLiteral("AvailableZone"), QString(), &p);
    // Engine → edition → series → version → architecture → shards → node type → class.
    static const QList<std::pair<QString, QString>> chain{
            {QStringLiteral("SupportedEngines"), QStringLiteral("SupportedEngine")},
            {QStringLiteral("SupportedEditionTypes"), QStringLiteral("SupportedEditionType")},
            {QStringLiteral("SupportedSeriesTypes"), QStringLiteral("SupportedSeriesType")},
            {QStringLiteral("SupportedEngineVersions"), QStringLiteral("SupportedEngineVersion")},
            {QStringLiteral("SupportedArchitectureTypes"),
             QStringLiteral("SupportedArchitectureType")},
            {QStringLiteral("SupportedShardNumbers"), QStringLiteral("SupportedShardNumber")},
            {QStringLiteral("SupportedNodeTypes"), QStringLiteral("SupportedNodeType")},
            {QStringLiteral("AvailableResources"), QStringLiteral("AvailableResource")},
    };
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString zp = JsonReader::child(p, i);
        const JsonObject zone = m_r->object(zones.at(i), zp);
        const QString id = m_r->string(zone, QStringLiteral("ZoneId"), zp);
        QSet<QString> offered;
        std::function<void(const JsonObject &, const QString &, qsizetype)> walk;
        walk = [&](const JsonObject &o, const QString &path, qsizetype level) {
            if (level == chain.size()) {
                const QString cls = m_r->string(o, QStringLiteral("InstanceClass"), path);
                if (!cls.isEmpty())
                    offered.insert(cls);
                return;
            }
            QString ip;
            const JsonArray items
                    = list(o, chain.at(level).first, chain.at(level).second, path, &ip);
            for (qsizetype k = 0; k < items.size(); ++k) {
                const QString kp = JsonReader::child(ip, k);
                walk(m_r->object(items.at(k), kp), kp, level + 1);
            }
        };
        walk(zone, zp, 0);
        if (id.isEmpty())
            continue;
        if (!m_catalog.regionOfZone(id)) {
            skip(Tr::tr("zone %1 is not in a region the built-in catalog knows").arg(id));
            continue;
        }
        m_cacheAvailability[id].unite(offered);
        if (!m_cacheAvailabilitySrc.contains(id))
            m_cacheAvailabilitySrc.insert(id, m_sourceId);
    }
}

void Importer::kvstorePrice(const JsonObject &root)
{
    const QString region = m_request.params.value(QStringLiteral("RegionId"));
    const QString cls = m_request.params.value(QStringLiteral("InstanceClass"));
    if (region.isEmpty() || cls.isEmpty()) {
        m_r->error(QString(),
                   Tr::tr("the file name lacks RegionId=… or InstanceClass=…: a "
                          "DescribePrice response does not say what was priced"));
        return;
    }
    const QString charge
            = m_request.params.value(QStringLiteral("ChargeType"), QStringLiteral("PrePaid"));
    const QString period = m_request.params.value(QStringLiteral("Period"), QStringLiteral("1"));
    const QString quantity
            = m_request.params.value(QStringLiteral("Quantity"), QStringLiteral("1"));
    const QString order
            = m_request.params.value(QStringLiteral("OrderType"), QStringLiteral("BUY"));
    const auto o = m_r->object(root, QStringLiteral("Order"), QString());
    if (!o)
        return;
    const QString orderPath = QStringLiteral("/Order");
    const QString cur = currency(*o, orderPath);
    const auto original = amount(*o, QStringLiteral("OriginalAmount"), orderPath);
    const auto trade = amount(*o, QStringLiteral("TradeAmount"), orderPath);
    if (!m_fileErrors.isEmpty() || !original)
        return;
    if (order != QLatin1String("BUY") || quantity != QLatin1String("1")) {
        skip(Tr::tr("OrderType %1, Quantity %2: only the price of buying one instance is read")
                     .arg(order, quantity));
        return;
    }
    const bool knownClass
            = std::any_of(m_catalog.redisClasses().cbegin(), m_catalog.redisClasses().cend(),
                          [&](const RedisClassSpec &c) { return c.instanceClass == cls; });
    if (!knownClass || !m_catalog.region(region)) {
        skip(Tr::tr("%1 in %2 is not in the built-in catalog").arg(cls, region));
        return;
    }
    if (charge != QLatin1String("PrePaid") || period != QLatin1String("12")) {
        skip(Tr::tr("ChargeType %1, Period %2: only 1-year subscriptions are read (ChargeType "
                    "PrePaid, Period 12); the response does not state a pay-as-you-go price's "
                    "billing unit")
                     .arg(charge, period));
        return;
    }
    const QString tradeText = trade
            ? Tr::tr("; the account's TradeAmount was %1 %2").arg(QString::number(*trade), cur)
            : QString();
    addPrice({}, cls, region, QStringLiteral("Subscription"), PriceUnit::PerMonth, *original / 12.0,
             cur,
             Tr::tr("1-year subscription list price (OriginalAmount) %1 %2 ÷ 12%3")
                     .arg(QString::number(*original, 'f', 2), cur, tradeText));
}

CatalogOverlay Importer::finish()
{
    const auto availability = [](const QMap<QString, QSet<QString>> &merged,
                                 const QHash<QString, QString> &sources) {
        QList<OverlayAvailability> out;
        for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
            OverlayAvailability a;
            a.zone = it.key();
            a.offered = QStringList(it->cbegin(), it->cend());
            a.offered.sort();
            a.sourceId = sources.value(it.key());
            out.append(a);
        }
        return out;
    };
    m_out.availability = availability(m_ecsAvailability, m_ecsAvailabilitySrc);
    m_out.cacheAvailability = availability(m_cacheAvailability, m_cacheAvailabilitySrc);
    // A later file for the same price wins (file-name order), like a price sheet row.
    QList<OverlayPrice> prices;
    for (const OverlayPrice &p : std::as_const(m_out.prices)) {
        auto same = std::find_if(prices.begin(), prices.end(), [&](const OverlayPrice &q) {
            return q.instanceType == p.instanceType && q.cacheClass == p.cacheClass
                    && q.row.region == p.row.region && q.row.billing == p.row.billing;
        });
        if (same != prices.end())
            *same = p;
        else
            prices.append(p);
    }
    m_out.prices = prices;
    return m_out;
}

} // namespace

std::optional<CatalogOverlay> importDirectory(const QString &dir, const Catalog &catalog,
                                              QStringList *errors)
{
    const QDir folder(dir);
    if (!folder.exists()) {
        errors->append(dir + QStringLiteral(": ") + Tr::tr("no such folder"));
        return std::nullopt;
    }
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.json")},
                                                     QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty()) {
        errors->append(dir + QStringLiteral(": ")
                       + Tr::tr("no *.json response files (see docs/catalog-import.md)"));
        return std::nullopt;
    }
    Importer importer(catalog, errors);
    for (const QFileInfo &info : files)
        importer.read(info);
    if (importer.errorCount() > 0)
        return std::nullopt;
    return importer.finish();
}

} // namespace ecsplan::AlibabaImport
