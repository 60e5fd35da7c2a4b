// The design loader's fast path: the values nearly every entity has (names, numbers, flags,
// ids, geometry, codes, lists) stored straight into the entity's fields when the generic path
// of entityjson.cpp would accept them, without a QVariant round trip. tst_entityjson compares
// the two.
#include "entitystore_p.h"

#include "model/codes.h"

#include <QStringList>

#include <cmath>
#include <string>
#include <vector>

namespace ecsplan::DesignJson::detail {

namespace {

/**
 * Codes found by a value's UTF-8 bytes without making a QString: a code matches the bytes that
 * are its Latin-1 characters, as QString == QLatin1StringView compared them (the codes are
 * ASCII); one beyond Latin-1 matches nothing.
 */
class CodeList
{
public:
    explicit CodeList(const QStringList &codes)
        : m_texts(codes)
    {
        for (const QString &code : codes) {
            const QByteArray bytes = code.toLatin1();
            const bool matchable = QString::fromLatin1(bytes) == code;
            m_bytes.push_back(matchable ? bytes.toStdString() : std::string());
            m_sizes.push_back(matchable ? qsizetype(bytes.size()) : -1);
        }
    }
    /** The index of the code whose bytes `utf8` has, or -1. */
    qsizetype indexOf(std::string_view utf8) const
    {
        // The lengths first, side by side: most codes differ in length from the value.
        for (size_t i = 0; i < m_sizes.size(); ++i) {
            if (m_sizes[i] == qsizetype(utf8.size())
                && sameBytes(m_bytes[i].data(), utf8.data(), utf8.size()))
                return qsizetype(i);
        }
        return -1;
    }
    const QString &text(qsizetype i) const { return m_texts.at(i); }

private:
    QStringList m_texts;
    std::vector<std::string> m_bytes;
    std::vector<qsizetype> m_sizes; ///< -1 for a code beyond Latin-1, which matches nothing
};

/**
 * The enumerator whose code is `code`, from `codes` in declaration order, as the *FromCode()
 * functions read them.
 */
template<typename E>
std::optional<E> enumFromCodes(std::string_view code, const CodeList &codes)
{
    const qsizetype i = codes.indexOf(code);
    return i < 0 ? std::nullopt : std::optional<E>(static_cast<E>(i));
}

/** The field of `p` in `e` when it holds a T, else nullptr (generated from propertytable.h). */
template<typename T>
T *fieldOf(Entity &e, Property p)
{
    switch (p) {
#define ECSPLAN_PROPERTY(name, key, label, unit, kinds, minimum, maximum, type, use, field) \
    case Property::name: \
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(e.field)>, T>) \
            return &e.field; \
        else \
            return nullptr;
#include "model/propertytable.h"
#undef ECSPLAN_PROPERTY
    }
    return nullptr;
}

/** A known code stored in its field; false for an unknown one (readValue() words the error). */
template<typename E>
bool storeEnum(E *field, std::optional<E> value)
{
    if (!field || !value)
        return false;
    *field = *value;
    return true;
}

/**
 * A string value stored as the text of `codes` whose bytes it has (the codes are ASCII); false
 * when it is none of them, to be read and refused the generic way.
 */
bool storeCode(QString *field, std::string_view utf8, const CodeList &codes)
{
    const qsizetype i = codes.indexOf(utf8);
    if (!field || i < 0)
        return false;
    *field = codes.text(i);
    return true;
}

/** QString::trimmed().isEmpty() without the copy. */
bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

std::optional<EntityKind> kindFromCode(std::string_view code)
{
    static const CodeList codes([] {
        QStringList list;
        for (int i = 0; i < EntityKindCount; ++i)
            list << toCode(static_cast<EntityKind>(i));
        return list;
    }());
    return enumFromCodes<EntityKind>(code, codes);
}

const KindKeys &KindKeys::of(EntityKind kind)
{
    static const std::array<KindKeys, EntityKindCount> tables = [] {
        std::array<KindKeys, EntityKindCount> all;
        for (int k = 0; k < EntityKindCount; ++k)
            all[size_t(k)] = KindKeys(static_cast<EntityKind>(k));
        return all;
    }();
    return tables[size_t(kind)];
}

std::optional<Property> KindKeys::resolve(EntityKind kind, std::string_view key)
{
    const auto p = propertyFromKey(key);
    // "billing" names two properties (compute and cache): pick the one this kind has.
    std::optional<Property> prop = p;
    if (p && !hasProperty(kind, *p) && key == "billing")
        prop = Property::CacheBilling;
    if (!prop || !hasProperty(kind, *prop))
        return std::nullopt;
    return prop;
}

KindKeys::KindKeys(EntityKind kind)
{
    for (int i = 0; i < PropertyCount; ++i) {
        const auto p = static_cast<Property>(i);
        const PropertyInfo &info = propertyInfo(p);
        if (resolve(kind, info.key) == p)
            m_keys[size_t(m_count++)] = {info.key, p, propertyType(p), &info};
    }
}

static_assert(PropertyCount <= TextPool::Slots, "a pool slot per property");

namespace {

template<typename V>
bool storeValue(Entity &e, const KindKeys::Key &key, V j, TextPool *pool)
{
    const Property p = key.property;
    const PropertyInfo &info = *key.info;
    switch (key.type) {
    case PropertyType::String: {
        if (!isString(j))
            return false;
        // These have value checks of their own in validatePropertyValue(): a code from its list
        // is stored as that list's text, anything else goes the generic way.
        if (p == Property::DiskLevel || p == Property::SystemDiskLevel) {
            static const CodeList levels(Codes::diskLevels());
            return storeCode(fieldOf<QString>(e, p), text(j), levels);
        }
        if (p == Property::LbEdition) {
            static const CodeList editions(QStringList{QString()}
                                           + Codes::loadBalancerEditions()); // empty: none given
            return storeCode(fieldOf<QString>(e, p), text(j), editions);
        }
        if (p == Property::Cidr)
            return false;
        const std::string_view utf8 = text(j);
        if (qsizetype(utf8.size()) > Limits::MaxStringLength)
            return false; // the length in UTF-16 is at most that in UTF-8
        // Names are each entity's own, notes are free text: the others repeat.
        QString value = pool && p != Property::Name && p != Property::Notes
                ? pool->text(utf8, size_t(p))
                : qstr(utf8);
        if (value.size() > Limits::MaxStringLength || (p == Property::Name && isBlank(value)))
            return false;
        QString *field = fieldOf<QString>(e, p);
        if (!field)
            return false;
        *field = std::move(value);
        return true;
    }
    case PropertyType::Int: {
        if (!isInteger(j) && !(isDouble(j) && std::floor(number(j)) == number(j)))
            return false;
        const double n = number(j);
        if (std::abs(n) > 2e9 || double(int(n)) < info.minimum || double(int(n)) > info.maximum)
            return false;
        int *field = fieldOf<int>(e, p);
        if (!field)
            return false;
        *field = int(n);
        return true;
    }
    case PropertyType::Double: {
        if (!isNumber(j))
            return false;
        const double n = number(j);
        if (!std::isfinite(n) || n < info.minimum || n > info.maximum)
            return false;
        double *field = fieldOf<double>(e, p);
        if (!field)
            return false;
        *field = n;
        return true;
    }
    case PropertyType::Bool: {
        bool *field = fieldOf<bool>(e, p);
        if (!isBool(j) || !field)
            return false;
        *field = boolOf(j);
        return true;
    }
    case PropertyType::Id: {
        EntityId id;
        EntityId *field = fieldOf<EntityId>(e, p);
        if (!field || !idOf(j, &id, true))
            return false;
        *field = id;
        return true;
    }
    case PropertyType::Rect: {
        const auto a = arrayOf(j);
        QRectF *field = fieldOf<QRectF>(e, p);
        if (!field || !a || a->size() != 4)
            return false;
        double v[4];
        int i = 0;
        for (const auto item : *a) {
            if (!isNumber(item))
                return false;
            v[i++] = number(item);
        }
        const QRectF rect(v[0], v[1], v[2], v[3]);
        if (!rect.isValid() || !std::isfinite(rect.x()) || !std::isfinite(rect.y()))
            return false; // Geometry's check in validatePropertyValue()
        *field = rect;
        return true;
    }
    case PropertyType::Enum: {
        if (!isString(j))
            return false;
        const std::string_view code = text(j);
        static const CodeList billings(billingModelCodes()), engines(cacheEngineCodes()),
                lbKinds(loadBalancerKindCodes()), addresses(addressTypeCodes()),
                endpoints(endpointKindCodes()), paths(linkPathCodes());
        switch (p) {
        case Property::Billing:
        case Property::CacheBilling:
            return storeEnum(fieldOf<BillingModel>(e, p),
                             enumFromCodes<BillingModel>(code, billings));
        case Property::CacheEngine:
            return storeEnum(fieldOf<CacheEngine>(e, p), enumFromCodes<CacheEngine>(code, engines));
        case Property::LbKind:
            return storeEnum(fieldOf<LoadBalancerKind>(e, p),
                             enumFromCodes<LoadBalancerKind>(code, lbKinds));
        case Property::LbAddressType:
            return storeEnum(fieldOf<AddressType>(e, p),
                             enumFromCodes<AddressType>(code, addresses));
        case Property::EndpointKind:
            return storeEnum(fieldOf<EndpointKind>(e, p),
                             enumFromCodes<EndpointKind>(code, endpoints));
        case Property::LinkPath:
            return storeEnum(fieldOf<LinkPath>(e, p), enumFromCodes<LinkPath>(code, paths));
        default:
            return false;
        }
    }
    case PropertyType::StringList: {
        // No value checks beyond readValue()'s: an array of texts within the limits.
        const auto a = arrayOf(j);
        QStringList *field = fieldOf<QStringList>(e, p);
        if (!field || !a || qsizetype(a->size()) > Limits::MaxListItems)
            return false;
        QStringList list;
        list.reserve(qsizetype(a->size()));
        for (const auto item : *a) {
            if (!isString(item) || qsizetype(text(item).size()) > Limits::MaxStringLength)
                return false; // the length in UTF-16 is at most that in UTF-8
            list << (pool ? pool->text(text(item), size_t(p)) : qstr(text(item)));
        }
        *field = std::move(list);
        return true;
    }
    case PropertyType::Ids: {
        const auto a = arrayOf(j);
        EntityIds *field = fieldOf<EntityIds>(e, p);
        if (!field || !a || qsizetype(a->size()) > Limits::MaxListItems)
            return false;
        EntityIds ids;
        ids.reserve(qsizetype(a->size()));
        for (const auto item : *a) {
            EntityId id;
            if (!idOf(item, &id, false))
                return false; // idProblem() words it
            ids << id;
        }
        *field = std::move(ids);
        return true;
    }
    case PropertyType::Rules:
        return false;
    }
    return false;
}

} // namespace

bool storeDirect(Entity &e, const KindKeys::Key &key, Value j, TextPool *pool)
{
    return storeValue(e, key, j, pool);
}

bool storeDirect(Entity &e, const KindKeys::Key &key, ScanValue j, TextPool *pool)
{
    return storeValue(e, key, j, pool);
}

} // namespace ecsplan::DesignJson::detail
