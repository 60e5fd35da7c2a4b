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

    /** An ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
    static bool isValidAsOf(const QString &asOf);
    /** A 3-letter ISO currency code. */
    static bool isValidCurrency(const QString &code);
    /** The two above by their regular expressions alone: the reference for tests. */
    static bool isValidAsOfByPattern(const QString &asOf);
    static bool isValidCurrencyByPattern(const QString &code);

private:
    std::optional<JsonObject> parseDocument(const QByteArray &json);
    void parseSources(const JsonObject &root);
    SourceRef src(const JsonObject &o, const QString &path, bool required = true);
    QList<PriceRow> prices(const JsonObject &o, const QString &path);
    PriceRow priceRow(const JsonObject &o, const QString &path);
    void checkRegion(const QString &region, const QString &path);
    /** checkRegion() for the member `key` of the object at `parent`: the path made on error. */
    void checkRegion(const QString &region, const QString &parent, const QString &key);

    void instanceTypes(const JsonObject &root, CatalogData &out);
    InstanceTypeSpec instanceType(const JsonObject &o, const QString &path);
    void diskCategories(const JsonObject &root, CatalogData &out);
    void regions(const JsonObject &root, CatalogData &out);
    // catalogparser_market.cpp
    void transfer(const JsonObject &root, CatalogData &out);
    LatencyRange latencyRange(const JsonObject &o, const QString &path);
    void latency(const JsonObject &root, CatalogData &out);
    void modifiers(const JsonObject &root, CatalogData &out);
    void services(const JsonObject &root, CatalogData &out);
    void notes(const JsonObject &root, CatalogData &out);

    JsonReader m_r;
    JsonDocument m_doc; ///< holds what parseDocument() returned
    struct Source
    {
        QString citation, kind, asOf;
    };
    QHash<QString, Source> m_sources;
    QHash<QString, bool> m_regionIds; ///< filled before prices are read, for cross-checks
};

} // namespace ecsplan
