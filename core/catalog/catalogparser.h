#pragma once

#include "catalogdata.h"
#include "jsonreader.h"

#include <QByteArray>
#include <QHash>

namespace ecsplan {

/**
 * Internal: reads and validates a catalog JSON document (schema written by tools/build_catalog.py)
 * or a user price sheet. Reports every problem as "JSON path: message"; never throws.
 *
 * Price sheet format (applyPriceSheet):
 *   { "source": "Quote 42 from our reseller", "asOf": "2025-01-15",          // defaults for rows
 *     "rows": [ { "instanceType": "ecs.g7.large",  // or "diskCategory" + "level", or "cacheClass"
 * "region": "cn-shanghai", "billing": "PayAsYouGo" | "Subscription", "currency": "CNY",
 * "unit": "hour" | "month" | "GiB-hour" | "GiB-month" | "GB", "amount": 0.5, "source": "...",
 * "asOf": "...", "note": "..." } ] } A row replaces the catalog row with the same item + region +
 * billing, otherwise it is added.
 */
class CatalogParser
{
public:
    explicit CatalogParser(QStringList *errors)
        : m_r(errors)
    {
    }

    /** Fills `out`; returns false when anything was wrong (out is then incomplete). */
    bool parseCatalog(const QByteArray &json, CatalogData &out);

    struct SheetRow
    {
        QString instanceType, diskCategory, level, cacheClass;
        PriceRow row;
    };
    /** Validates a price sheet against `catalog` (items and regions must exist). */
    bool parsePriceSheet(const QByteArray &json, const CatalogData &catalog, QList<SheetRow> &rows);

    static bool isValidAsOf(const QString &asOf);

private:
    std::optional<QJsonObject> parseDocument(const QByteArray &json);
    void parseSources(const QJsonObject &root);
    SourceRef src(const QJsonObject &o, const QString &path, bool required = true);
    QList<PriceRow> prices(const QJsonObject &o, const QString &path);
    PriceRow priceRow(const QJsonObject &o, const QString &path);
    void checkRegion(const QString &region, const QString &path);

    void instanceTypes(const QJsonObject &root, CatalogData &out);
    InstanceTypeSpec instanceType(const QJsonObject &o, const QString &path);
    void diskCategories(const QJsonObject &root, CatalogData &out);
    void regions(const QJsonObject &root, CatalogData &out);
    // catalogparser_market.cpp
    void transfer(const QJsonObject &root, CatalogData &out);
    LatencyRange latencyRange(const QJsonObject &o, const QString &path);
    void latency(const QJsonObject &root, CatalogData &out);
    void modifiers(const QJsonObject &root, CatalogData &out);
    void services(const QJsonObject &root, CatalogData &out);
    void notes(const QJsonObject &root, CatalogData &out);

    JsonReader m_r;
    struct Source
    {
        QString citation, kind, asOf;
    };
    QHash<QString, Source> m_sources;
    QHash<QString, bool> m_regionIds; ///< filled before prices are read, for cross-checks
};

} // namespace ecsplan
