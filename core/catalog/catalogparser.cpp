#include "catalogparser.h"

#include "ecsplan_global.h"
#include "io/jsonguard.h"
#include "model/limits.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ecsplan {

namespace {
const QString kRoot; // JSON Pointer of the document root is ""
const QStringList kBillings = {QStringLiteral("PayAsYouGo"), QStringLiteral("Subscription")};
} // namespace

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/**
 * isValidAsOf() for an ASCII text of 4, 7 or 10 characters (every date a catalog writes),
 * decided by hand as the pattern decides it; nothing for any other text.
 */
std::optional<bool> plainAsOf(const QString &asOf)
{
    const qsizetype n = asOf.size();
    if ((n != 4 && n != 7 && n != 10)
        || !std::all_of(asOf.cbegin(), asOf.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return std::nullopt;
    const auto digits = [&](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isAsciiDigit(asOf[i]))
                return false;
        }
        return true;
    };
    const auto twoDigits = [&](qsizetype at) {
        return (asOf[at].unicode() - '0') * 10 + (asOf[at + 1].unicode() - '0');
    };
    if (!digits(0, 4))
        return false;
    if (n >= 7) {
        // -(0[1-9]|1[0-2])
        if (asOf[4] != QLatin1Char('-') || !digits(5, 2) || twoDigits(5) < 1 || twoDigits(5) > 12)
            return false;
    }
    if (n == 10) {
        // -(0[1-9]|[12]\d|3[01])
        if (asOf[7] != QLatin1Char('-') || !digits(8, 2) || twoDigits(8) < 1 || twoDigits(8) > 31)
            return false;
    }
    return true;
}

/** "^[A-Z]{3}$" for a text of three such letters (every row's currency); nothing otherwise. */
std::optional<bool> plainCurrency(const QString &code)
{
    if (code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
            return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        }))
        return true;
    return std::nullopt;
}

} // namespace

bool CatalogParser::isValidAsOf(const QString &asOf)
{
    // The dates a catalog writes are decided by hand; any other text by the pattern, which
    // also decides what that cannot (a trailing newline before $, digits beyond ASCII).
    if (const std::optional<bool> plain = plainAsOf(asOf))
        return *plain;
    return isValidAsOfByPattern(asOf);
}

bool CatalogParser::isValidAsOfByPattern(const QString &asOf)
{
    static const QRegularExpression re(
            QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"));
    return re.match(asOf).hasMatch();
}

bool CatalogParser::isValidCurrency(const QString &code)
{
    if (const std::optional<bool> plain = plainCurrency(code))
        return *plain;
    return isValidCurrencyByPattern(code);
}

bool CatalogParser::isValidCurrencyByPattern(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re.match(code).hasMatch();
}

std::optional<JsonObject> CatalogParser::parseDocument(const QByteArray &json)
{
    if (const QString problem = JsonGuard::check(json, Limits::MaxFileBytes); !problem.isEmpty()) {
        m_r.error(kRoot, problem);
        return std::nullopt;
    }
    QJsonParseError pe;
    if (!m_doc.parse(json, &pe)) {
        m_r.error(kRoot,
                  Tr::tr("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
        return std::nullopt;
    }
    if (!m_doc.isObject()) {
        m_r.error(kRoot, Tr::tr("expected a JSON object at the top level"));
        return std::nullopt;
    }
    return m_doc.object();
}

bool CatalogParser::parseCatalog(const QByteArray &json, CatalogData &out)
{
    const auto root = parseDocument(json);
    if (!root)
        return false;
    const int before = m_r.errorCount();
    const JsonValue schema = root->value(QStringLiteral("schemaVersion"));
    if (schema.toInt(-1) != 1)
        m_r.error(QStringLiteral("/schemaVersion"),
                  Tr::tr("unsupported schema version (expected 1)"));
    out.version = m_r.string(*root, QStringLiteral("catalogVersion"), kRoot);
    out.asOf = m_r.string(*root, QStringLiteral("asOf"), kRoot);
    if (!out.asOf.isEmpty() && !isValidAsOf(out.asOf))
        m_r.error(QStringLiteral("/asOf"),
                  Tr::tr("expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (const auto conv = m_r.object(*root, QStringLiteral("conventions"), kRoot)) {
        out.monthHours = m_r.positiveInt(*conv, QStringLiteral("monthHours"),
                                         QStringLiteral("/conventions"));
        out.mainlandPriceRegion = m_r.string(*conv, QStringLiteral("mainlandPriceRegion"),
                                             QStringLiteral("/conventions"));
    }
    parseSources(*root);
    regions(*root, out);
    if (!out.mainlandPriceRegion.isEmpty())
        checkRegion(out.mainlandPriceRegion, QStringLiteral("/conventions/mainlandPriceRegion"));
    instanceTypes(*root, out);
    diskCategories(*root, out);
    transfer(*root, out);
    latency(*root, out);
    modifiers(*root, out);
    services(*root, out);
    notes(*root, out);

    const QString availPath = QStringLiteral("/availability");
    if (const auto avail = m_r.optObject(*root, QStringLiteral("availability"), kRoot)) {
        for (auto it = avail->begin(); it != avail->end(); ++it) {
            const QString p = JsonReader::child(availPath, it.key());
            if (!it.value().isArray()) {
                m_r.error(p, Tr::tr("expected an array of instance type ids"));
                continue;
            }
            QStringList types;
            const JsonArray arr = it.value().toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                if (!arr.at(i).isString())
                    m_r.error(JsonReader::child(p, i), Tr::tr("expected an instance type id"));
                types.append(arr.at(i).toString());
            }
            out.availability.insert(it.key(), types);
        }
    }
    return m_r.errorCount() == before;
}

void CatalogParser::parseSources(const JsonObject &root)
{
    const QString path = QStringLiteral("/sources");
    const auto sources = m_r.optObject(root, QStringLiteral("sources"), kRoot);
    if (!sources)
        return;
    for (auto it = sources->begin(); it != sources->end(); ++it) {
        const QString p = JsonReader::child(path, it.key());
        const JsonObject o = m_r.object(it.value(), p);
        Source s{m_r.string(o, QStringLiteral("citation"), p),
                 m_r.optString(o, QStringLiteral("kind"), p),
                 m_r.optString(o, QStringLiteral("asOf"), p)};
        m_sources.insert(it.key(), s);
    }
}

SourceRef CatalogParser::src(const JsonObject &o, const QString &path, bool required)
{
    SourceRef s;
    const auto so = required ? m_r.object(o, QStringLiteral("src"), path)
                             : m_r.optObject(o, QStringLiteral("src"), path);
    if (!so)
        return s;
    const QString p = JsonReader::child(path, QStringLiteral("src"));
    const QString source = m_r.string(*so, QStringLiteral("source"), p);
    s.asOf = m_r.string(*so, QStringLiteral("asOf"), p);
    if (!s.asOf.isEmpty() && !isValidAsOf(s.asOf))
        m_r.error(JsonReader::child(p, QStringLiteral("asOf")),
                  Tr::tr("expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    s.indicative = m_r.boolean(*so, QStringLiteral("indicative"), p, false);
    s.note = m_r.optString(*so, QStringLiteral("note"), p);
    s.kind = m_r.optString(*so, QStringLiteral("kind"), p);
    const auto known = m_sources.constFind(source);
    if (known != m_sources.constEnd()) {
        s.sourceId = source;
        s.source = known->citation;
        if (s.kind.isEmpty())
            s.kind = known->kind;
    } else {
        s.source = source;
    }
    return s;
}

void CatalogParser::checkRegion(const QString &region, const QString &path)
{
    if (!region.isEmpty() && !m_regionIds.contains(region))
        m_r.error(path, Tr::tr("unknown region \"%1\"").arg(region));
}

void CatalogParser::checkRegion(const QString &region, const QString &parent, const QString &key)
{
    if (!region.isEmpty() && !m_regionIds.contains(region))
        checkRegion(region, JsonReader::child(parent, key));
}

PriceRow CatalogParser::priceRow(const JsonObject &o, const QString &path)
{
    PriceRow row;
    row.region = m_r.string(o, QStringLiteral("region"), path);
    checkRegion(row.region, path, QStringLiteral("region"));
    row.billing = m_r.string(o, QStringLiteral("billing"), path);
    if (!row.billing.isEmpty() && !kBillings.contains(row.billing))
        m_r.error(JsonReader::child(path, QStringLiteral("billing")),
                  Tr::tr("expected \"PayAsYouGo\" or \"Subscription\", found \"%1\"")
                          .arg(row.billing));
    row.currency = m_r.string(o, QStringLiteral("currency"), path);
    if (!row.currency.isEmpty() && !isValidCurrency(row.currency))
        m_r.error(JsonReader::child(path, QStringLiteral("currency")),
                  Tr::tr("expected a 3-letter ISO currency code"));
    const QString unit = m_r.string(o, QStringLiteral("unit"), path);
    if (const auto u = priceUnitFromCode(unit))
        row.unit = *u;
    else if (!unit.isEmpty())
        m_r.error(JsonReader::child(path, QStringLiteral("unit")),
                  Tr::tr("unknown unit \"%1\" (expected hour, month, GiB-hour, GiB-month or GB)")
                          .arg(unit));
    // A price is never 0: a missing price is simply absent.
    row.amount = m_r.positive(o, QStringLiteral("amount"), path);
    return row;
}

QList<PriceRow> CatalogParser::prices(const JsonObject &o, const QString &path)
{
    QList<PriceRow> rows;
    QSet<QString> seen;
    m_r.objects(o, QStringLiteral("prices"), path, [&](const JsonObject &ro, const QString &rp) {
        PriceRow row = priceRow(ro, rp);
        row.src = src(ro, rp);
        const QString key = row.region + QLatin1Char('|') + row.billing;
        if (seen.contains(key))
            m_r.error(rp, Tr::tr("duplicate price row for %1 / %2").arg(row.region, row.billing));
        seen.insert(key);
        rows.append(row);
    });
    return rows;
}

void CatalogParser::instanceTypes(const JsonObject &root, CatalogData &out)
{
    QSet<QString> ids;
    m_r.objects(root, QStringLiteral("instanceTypes"), kRoot,
                [&](const JsonObject &o, const QString &p) {
                    InstanceTypeSpec t = instanceType(o, p);
                    if (!t.id.isEmpty() && ids.contains(t.id))
                        m_r.error(JsonReader::child(p, QStringLiteral("id")),
                                  Tr::tr("duplicate instance type \"%1\"").arg(t.id));
                    ids.insert(t.id);
                    out.instanceTypes.append(t);
                });
    const JsonValue types = root.value(QStringLiteral("instanceTypes"));
    if (types.isArray() && types.toArray().isEmpty())
        m_r.error(QStringLiteral("/instanceTypes"), Tr::tr("expected at least one instance type"));
}

InstanceTypeSpec CatalogParser::instanceType(const JsonObject &o, const QString &p)
{
    InstanceTypeSpec t;
    t.id = m_r.string(o, QStringLiteral("id"), p);
    t.family = m_r.string(o, QStringLiteral("family"), p);
    t.generation = m_r.optPositiveInt(o, QStringLiteral("generation"), p);
    t.arch = m_r.string(o, QStringLiteral("arch"), p);
    if (!t.arch.isEmpty() && t.arch != QLatin1String("x86_64") && t.arch != QLatin1String("arm64"))
        m_r.error(JsonReader::child(p, QStringLiteral("arch")),
                  Tr::tr("expected \"x86_64\" or \"arm64\""));
    t.vendor = m_r.string(o, QStringLiteral("vendor"), p);
    t.cpu = m_r.optString(o, QStringLiteral("cpu"), p);
    t.vcpu = m_r.positiveInt(o, QStringLiteral("vcpu"), p);
    t.memoryGiB = m_r.positive(o, QStringLiteral("memoryGiB"), p);
    t.bareMetal = m_r.boolean(o, QStringLiteral("bareMetal"), p, false);
    if (const auto net = m_r.object(o, QStringLiteral("network"), p)) {
        const QString np = JsonReader::child(p, QStringLiteral("network"));
        t.netBaselineGbps = m_r.positive(*net, QStringLiteral("baselineGbps"), np);
        t.netBurstGbps = m_r.positive(*net, QStringLiteral("burstGbps"), np);
        if (t.netBurstGbps > 0 && t.netBurstGbps < t.netBaselineGbps)
            m_r.error(JsonReader::child(np, QStringLiteral("burstGbps")),
                      Tr::tr("burst is below the baseline"));
        t.pps = m_r.optPositiveInt64(*net, QStringLiteral("pps"), np);
        t.connections = m_r.optPositiveInt64(*net, QStringLiteral("connections"), np);
    }
    if (const auto enis = m_r.optObject(o, QStringLiteral("enis"), p))
        t.maxEnis = m_r.optPositiveInt(*enis, QStringLiteral("max"),
                                       JsonReader::child(p, QStringLiteral("enis")));
    if (const auto disk = m_r.object(o, QStringLiteral("disk"), p)) {
        const QString dp = JsonReader::child(p, QStringLiteral("disk"));
        t.diskBaselineIops = m_r.optNonNegative(*disk, QStringLiteral("baselineIops"), dp);
        t.diskBurstIops = m_r.optNonNegative(*disk, QStringLiteral("burstIops"), dp);
        t.diskBaselineMBps = m_r.optNonNegative(*disk, QStringLiteral("baselineMBps"), dp);
        t.diskBurstMBps = m_r.optNonNegative(*disk, QStringLiteral("burstMBps"), dp);
        t.maxDataDisks = m_r.optPositiveInt(*disk, QStringLiteral("maxAttachedDataDisks"), dp);
        if (t.diskBaselineIops && t.diskBurstIops && *t.diskBurstIops < *t.diskBaselineIops)
            m_r.error(JsonReader::child(dp, QStringLiteral("burstIops")),
                      Tr::tr("burst is below the baseline"));
    }
    const JsonArray categories = m_r.optArray(o, QStringLiteral("diskCategories"), p);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString cp = JsonReader::child(p, QStringLiteral("diskCategories"));
        if (!categories.at(i).isString() || categories.at(i).toString().isEmpty())
            m_r.error(QStringLiteral("%1/%2").arg(cp).arg(i), Tr::tr("expected a category name"));
        else
            t.diskCategories << categories.at(i).toString();
    }
    if (const auto ls = m_r.optObject(o, QStringLiteral("localStorage"), p)) {
        const QString lp = JsonReader::child(p, QStringLiteral("localStorage"));
        InstanceTypeSpec::LocalStorage s;
        s.disks = m_r.positiveInt(*ls, QStringLiteral("disks"), lp);
        s.diskGiB = m_r.positive(*ls, QStringLiteral("diskGiB"), lp);
        s.kind = m_r.string(*ls, QStringLiteral("kind"), lp);
        if (!s.kind.isEmpty() && s.kind != QLatin1String("nvme") && s.kind != QLatin1String("hdd"))
            m_r.error(JsonReader::child(lp, QStringLiteral("kind")),
                      Tr::tr("expected \"nvme\" or \"hdd\""));
        s.maxReadIops = m_r.optNonNegative(*ls, QStringLiteral("maxReadIops"), lp);
        s.readGBps = m_r.positive(*ls, QStringLiteral("readGBps"), lp);
        s.writeGBps = m_r.positive(*ls, QStringLiteral("writeGBps"), lp);
        s.description = m_r.optString(*ls, QStringLiteral("description"), lp);
        s.src = src(*ls, lp);
        t.localStorage = s;
    }
    if (const auto b = m_r.optObject(o, QStringLiteral("burstable"), p)) {
        const QString bp = JsonReader::child(p, QStringLiteral("burstable"));
        InstanceTypeSpec::Burstable s;
        s.baselinePercentPerVcpu
                = m_r.number(*b, QStringLiteral("baselinePercentPerVcpu"), bp, 0.01, 100);
        s.creditsPerHour = m_r.positive(*b, QStringLiteral("creditsPerHour"), bp);
        s.maxCredits = m_r.positive(*b, QStringLiteral("maxCredits"), bp);
        t.burstable = s;
    }
    t.src = src(o, p);
    t.prices = prices(o, p);
    return t;
}

void CatalogParser::diskCategories(const JsonObject &root, CatalogData &out)
{
    QSet<QString> keys;
    m_r.objects(
            root, QStringLiteral("diskCategories"), kRoot,
            [&](const JsonObject &o, const QString &p) {
                DiskCategorySpec d;
                d.category = m_r.string(o, QStringLiteral("category"), p);
                d.level = m_r.optString(o, QStringLiteral("level"), p);
                if (keys.contains(d.category + QLatin1Char('|') + d.level))
                    m_r.error(p, Tr::tr("duplicate disk category %1 %2").arg(d.category, d.level));
                keys.insert(d.category + QLatin1Char('|') + d.level);
                d.minGiB = m_r.positiveInt(o, QStringLiteral("minGiB"), p);
                d.maxGiB = m_r.positiveInt(o, QStringLiteral("maxGiB"), p);
                if (d.maxGiB < d.minGiB)
                    m_r.error(JsonReader::child(p, QStringLiteral("maxGiB")),
                              Tr::tr("maxGiB is below minGiB"));
                auto cap = [&](const QString &key, LinearCap &c) {
                    const auto co = m_r.optObject(o, key, p);
                    if (!co)
                        return false;
                    const QString cp = JsonReader::child(p, key);
                    c.base = m_r.nonNegative(*co, QStringLiteral("base"), cp);
                    c.perGiB = m_r.nonNegative(*co, QStringLiteral("perGiB"), cp);
                    c.max = m_r.positive(*co, QStringLiteral("max"), cp);
                    return true;
                };
                const bool hasIops = cap(QStringLiteral("iops"), d.iops);
                const bool hasTput = cap(QStringLiteral("throughputMBps"), d.throughputMBps);
                d.hasFormula = hasIops && hasTput;
                d.retired = m_r.boolean(o, QStringLiteral("retired"), p, false);
                d.previousGeneration
                        = m_r.boolean(o, QStringLiteral("previousGeneration"), p, false);
                if (!d.hasFormula && !d.retired)
                    m_r.error(p,
                              Tr::tr("iops and throughputMBps are required unless the category is "
                                     "retired"));
                if (const auto lat = m_r.object(o, QStringLiteral("latencyMs"), p)) {
                    const QString lp = JsonReader::child(p, QStringLiteral("latencyMs"));
                    d.latencyTypicalMs = m_r.positive(*lat, QStringLiteral("typical"), lp);
                    d.latencyWorstMs = m_r.positive(*lat, QStringLiteral("worst"), lp);
                    if (d.latencyWorstMs < d.latencyTypicalMs)
                        m_r.error(JsonReader::child(lp, QStringLiteral("worst")),
                                  Tr::tr("worst is below typical"));
                }
                if (const auto a = m_r.optObject(o, QStringLiteral("autoPL"), p)) {
                    const QString ap = JsonReader::child(p, QStringLiteral("autoPL"));
                    d.autoBaselineFloorIops
                            = m_r.positive(*a, QStringLiteral("baselineFloorIops"), ap);
                    d.autoBaselineFloorMBps
                            = m_r.positive(*a, QStringLiteral("baselineFloorMBps"), ap);
                    d.autoProvisionedIopsPerGiB
                            = m_r.positive(*a, QStringLiteral("provisionedIopsPerGiB"), ap);
                    d.autoMaxProvisionedIops
                            = m_r.positive(*a, QStringLiteral("maxProvisionedIops"), ap);
                    d.autoMBpsPerProvisionedIops
                            = m_r.positive(*a, QStringLiteral("mbpsPerProvisionedIops"), ap);
                    d.autoBurstIopsPerGiB = m_r.positive(*a, QStringLiteral("burstIopsPerGiB"), ap);
                    d.autoBurstMaxIops = m_r.positive(*a, QStringLiteral("burstMaxIops"), ap);
                    d.autoBurstMaxMBps = m_r.positive(*a, QStringLiteral("burstMaxMBps"), ap);
                }
                d.formulaText = m_r.string(o, QStringLiteral("formulaText"), p);
                d.priceNote = m_r.optString(o, QStringLiteral("priceNote"), p);
                d.src = src(o, p);
                d.prices = prices(o, p);
                out.diskCategories.append(d);
            });
}

void CatalogParser::regions(const JsonObject &root, CatalogData &out)
{
    m_r.objects(root, QStringLiteral("regions"), kRoot, [&](const JsonObject &o, const QString &p) {
        RegionSpec r;
        r.id = m_r.string(o, QStringLiteral("id"), p);
        if (m_regionIds.contains(r.id))
            m_r.error(JsonReader::child(p, QStringLiteral("id")),
                      Tr::tr("duplicate region \"%1\"").arg(r.id));
        m_regionIds.insert(r.id, true);
        r.name = m_r.string(o, QStringLiteral("name"), p);
        r.area = m_r.string(o, QStringLiteral("area"), p);
        r.mainland = m_r.boolean(o, QStringLiteral("mainland"), p, false);
        const JsonArray zones = m_r.optArray(o, QStringLiteral("zones"), p);
        for (qsizetype z = 0; z < zones.size(); ++z) {
            if (!zones.at(z).isString() || zones.at(z).toString().isEmpty())
                m_r.error(JsonReader::child(JsonReader::child(p, QStringLiteral("zones")), z),
                          Tr::tr("expected a zone id"));
            else
                r.zones.append(zones.at(z).toString());
        }
        r.src = src(o, p);
        out.regions.append(r);
    });
}

} // namespace ecsplan
