// CatalogParser: user price sheets.
#include "catalogparser.h"

#include "ecsplan_global.h"

namespace ecsplan {

bool CatalogParser::parsePriceSheet(const QByteArray &json, const CatalogData &catalog,
                                    QList<SheetRow> &rows)
{
    const auto root = parseDocument(json);
    if (!root)
        return false;
    const int before = m_r.errorCount();
    m_regionIds.clear();
    for (const RegionSpec &r : catalog.regions)
        m_regionIds.insert(r.id, true);

    const QString kRoot;
    const QString sheetSource = m_r.optString(*root, QStringLiteral("source"), kRoot);
    const QString sheetAsOf = m_r.optString(*root, QStringLiteral("asOf"), kRoot);
    if (!sheetAsOf.isEmpty() && !isValidAsOf(sheetAsOf))
        m_r.error(QStringLiteral("/asOf"),
                  Tr::tr("expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    m_r.objects(*root, QStringLiteral("rows"), kRoot, [&](const JsonObject &o, const QString &p) {
        SheetRow sr;
        sr.instanceType = m_r.optString(o, QStringLiteral("instanceType"), p);
        sr.diskCategory = m_r.optString(o, QStringLiteral("diskCategory"), p);
        sr.level = m_r.optString(o, QStringLiteral("level"), p);
        sr.cacheClass = m_r.optString(o, QStringLiteral("cacheClass"), p);
        const int items = int(!sr.instanceType.isEmpty()) + int(!sr.diskCategory.isEmpty())
                + int(!sr.cacheClass.isEmpty());
        if (items != 1) {
            m_r.error(p,
                      Tr::tr("expected exactly one of \"instanceType\", \"diskCategory\" or "
                             "\"cacheClass\""));
        } else if (!sr.cacheClass.isEmpty()) {
            const bool known = std::any_of(
                    catalog.redisClasses.cbegin(), catalog.redisClasses.cend(),
                    [&](const RedisClassSpec &c) { return c.instanceClass == sr.cacheClass; });
            if (!known)
                m_r.error(JsonReader::child(p, QStringLiteral("cacheClass")),
                          Tr::tr("unknown cache class \"%1\"").arg(sr.cacheClass));
        } else if (!sr.instanceType.isEmpty()) {
            const bool known = std::any_of(
                    catalog.instanceTypes.cbegin(), catalog.instanceTypes.cend(),
                    [&](const InstanceTypeSpec &t) { return t.id == sr.instanceType; });
            if (!known)
                m_r.error(JsonReader::child(p, QStringLiteral("instanceType")),
                          Tr::tr("unknown instance type \"%1\"").arg(sr.instanceType));
        } else {
            const bool known
                    = std::any_of(catalog.diskCategories.cbegin(), catalog.diskCategories.cend(),
                                  [&](const DiskCategorySpec &d) {
                                      return d.category == sr.diskCategory && d.level == sr.level;
                                  });
            if (!known)
                m_r.error(JsonReader::child(p, QStringLiteral("diskCategory")),
                          Tr::tr("unknown disk category \"%1\" level \"%2\"")
                                  .arg(sr.diskCategory, sr.level));
        }
        sr.row = priceRow(o, p);
        SourceRef &s = sr.row.src;
        s.source = m_r.optString(o, QStringLiteral("source"), p);
        if (s.source.isEmpty())
            s.source = sheetSource;
        s.asOf = m_r.optString(o, QStringLiteral("asOf"), p);
        if (!s.asOf.isEmpty() && !isValidAsOf(s.asOf))
            m_r.error(JsonReader::child(p, QStringLiteral("asOf")),
                      Tr::tr("expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        if (s.asOf.isEmpty())
            s.asOf = sheetAsOf;
        if (s.source.isEmpty())
            m_r.error(JsonReader::child(p, QStringLiteral("source")),
                      Tr::tr("every price needs a source (row or sheet)"));
        if (s.asOf.isEmpty())
            m_r.error(JsonReader::child(p, QStringLiteral("asOf")),
                      Tr::tr("every price needs an asOf date (row or sheet)"));
        s.note = m_r.optString(o, QStringLiteral("note"), p);
        s.kind = QStringLiteral("user");
        rows.append(sr);
    });
    return m_r.errorCount() == before;
}

} // namespace ecsplan
