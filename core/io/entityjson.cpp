// One entity's JSON object in a design file read back: the values of its properties with type,
// range and reference-shape checks, every error located by its JSON path (entitywrite.cpp
// writes it). designjson.cpp builds the whole file (settings, entity list, structure checks)
// on top of it.
#include "entityjson_p.h"

#include "ecsplan_global.h"
#include "jsonguard.h"
#include "jsonscan_p.h"
#include "model/codes.h"
#include "model/limits.h"
#include "model/model.h"
#include "model/properties.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <vector>

namespace ecsplan::DesignJson::detail {

std::string str(const QString &s)
{
    return s.toStdString();
}
QString qstr(std::string_view s)
{
    return JsonScan::toQString(s);
}

const QString &TextPool::text(std::string_view utf8)
{
    if (const auto it = m_texts.find(utf8); it != m_texts.end())
        return it->second;
    return m_texts.emplace(std::string(utf8), qstr(utf8)).first->second;
}

const QString &TextPool::text(std::string_view utf8, size_t slot)
{
    const Texts::value_type *&last = m_last[slot];
    if (last && last->first.size() == utf8.size()
        && sameBytes(last->first.data(), utf8.data(), utf8.size()))
        return last->second;
    auto it = m_texts.find(utf8);
    if (it == m_texts.end())
        it = m_texts.emplace(std::string(utf8), qstr(utf8)).first;
    last = &*it;
    return it->second;
}

bool parse(simdjson::dom::parser &parser, const QByteArray &data, Value *root, QString *error)
{
    const simdjson::error_code code
            = parser.parse(data.constData(), size_t(data.size())).get(*root);
    if (code == simdjson::SUCCESS)
        return true;
    // Where is it wrong? nlohmann's parser stops at the first bad byte and names the line and
    // column; it builds nothing here (a SAX pass that keeps no value).
    struct Locate : nlohmann::json_sax<nlohmann::json>
    {
        bool null() override { return true; }
        bool boolean(bool) override { return true; }
        bool number_integer(number_integer_t) override { return true; }
        bool number_unsigned(number_unsigned_t) override { return true; }
        bool number_float(number_float_t, const string_t &) override { return true; }
        bool string(string_t &) override { return true; }
        bool binary(binary_t &) override { return true; }
        bool start_object(std::size_t) override { return true; }
        bool key(string_t &) override { return true; }
        bool end_object() override { return true; }
        bool start_array(std::size_t) override { return true; }
        bool end_array() override { return true; }
        bool parse_error(std::size_t at, const std::string &,
                         const nlohmann::detail::exception &e) override
        {
            byte = at;
            message = QString::fromUtf8(e.what());
            return false;
        }
        std::size_t byte = 0;
        QString message;
    } locate;
    nlohmann::json::sax_parse(data.constBegin(), data.constEnd(), &locate);
    if (!locate.message.isEmpty())
        *error = Tr::tr("not valid JSON (byte %1): %2").arg(locate.byte).arg(locate.message);
    else // what only simdjson refuses, e.g. an integer beyond 64 bits
        *error = Tr::tr("not valid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(code)));
    return false;
}

std::optional<Value> member(Object object, std::string_view key)
{
    Value v;
    if (object.at_key(key).get(v) != simdjson::SUCCESS)
        return std::nullopt;
    return v;
}

std::optional<std::string_view> duplicateKey(Object object)
{
    for (auto a = object.begin(); a != object.end(); ++a) {
        auto b = a;
        for (++b; b != object.end(); ++b) {
            if (a.key() == b.key())
                return a.key();
        }
    }
    return std::nullopt;
}

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

/** `key == literal`, inline: the length first, then a comparison of known size. */
template<size_t N>
bool isKey(std::string_view key, const char (&literal)[N])
{
    return key.size() == N - 1 && std::memcmp(key.data(), literal, N - 1) == 0;
}

bool isInteger(Value v)
{
    return v.type() == Type::INT64 || v.type() == Type::UINT64;
}

double number(Value v)
{
    return v.get_double().value_unsafe(); // only after v.is_number()
}

/** Empty when `s` is a text a design accepts (then in `*out`), else why not. */
QString textProblem(std::string_view s, QString *out)
{
    if (qsizetype(s.size()) > Limits::MaxStringLength)
        return Tr::tr("a text of %1 bytes is longer than the %2 characters a design accepts")
                .arg(s.size())
                .arg(Limits::MaxStringLength);
    *out = qstr(s);
    if (out->size() > Limits::MaxStringLength)
        return Tr::tr("a text of %1 characters is longer than the %2 a design accepts")
                .arg(out->size())
                .arg(Limits::MaxStringLength);
    return {};
}

QString listProblem(Array a)
{
    if (qsizetype(a.size()) <= Limits::MaxListItems)
        return {};
    return Tr::tr("%1 items are more than the %2 a list accepts")
            .arg(a.size())
            .arg(Limits::MaxListItems);
}

/** `v` as an entity id in `*out` (null as EntityId::None when allowed); false otherwise. */
bool idOf(Value v, EntityId *out, bool allowNull)
{
    if (v.type() == Type::INT64) {
        const int64_t n = v.get_int64().value_unsafe();
        if (n <= 0 || n > qint64(Limits::MaxEntityId))
            return false;
        *out = entityId(quint32(n));
        return true;
    }
    if (!allowNull || !v.is_null())
        return false;
    *out = EntityId::None;
    return true;
}

/** Empty when `v` is an entity id (or null when allowed), else why not. */
QString idProblem(Value v, EntityId *out, bool allowNull)
{
    if (idOf(v, out, allowNull))
        return {};
    return Tr::tr("expected an entity id from 1 to %1, found %2")
            .arg(Limits::MaxEntityId)
            .arg(shown(v));
}

QString duplicateProblem()
{
    return Tr::tr("the key occurs more than once; a file gives each key once");
}

} // namespace

QString typeName(Value v)
{
    switch (v.type()) {
    case Type::ARRAY:
        return QStringLiteral("array");
    case Type::OBJECT:
        return QStringLiteral("object");
    case Type::STRING:
        return QStringLiteral("string");
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE:
        return QStringLiteral("number");
    case Type::BOOL:
        return QStringLiteral("boolean");
    case Type::NULL_VALUE:
        return QStringLiteral("null");
    }
    return QStringLiteral("null");
}

/**
 * A value as an error message shows it: scalars as JSON (long strings cut), arrays and objects
 * by their type only. Never the whole value: it may be megabytes long or nested deeply.
 */
QString shown(Value v)
{
    switch (v.type()) {
    case Type::STRING:
        return QLatin1Char('"') + JsonGuard::preview(qstr(text(v))) + QLatin1Char('"');
    case Type::ARRAY:
    case Type::OBJECT:
        return Tr::tr("an %1").arg(typeName(v));
    case Type::INT64:
        return QString::number(v.get_int64().value_unsafe());
    case Type::UINT64:
        return QString::number(v.get_uint64().value_unsafe());
    case Type::DOUBLE: // as the file would write it
        return qstr(nlohmann::json(number(v)).dump());
    case Type::BOOL:
        return v.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::NULL_VALUE:
        break;
    }
    return QStringLiteral("null");
}

/** A string value within Limits::MaxStringLength; false (with an error) otherwise. */
bool readText(Reader &r, Value v, const QString &path, QString *out)
{
    if (const QString problem = textProblem(text(v), out); !problem.isEmpty()) {
        r.fail(path, problem);
        return false;
    }
    return true;
}

bool readId(Reader &r, Value v, const QString &path, EntityId *out, bool allowNull)
{
    if (const QString problem = idProblem(v, out, allowNull); !problem.isEmpty()) {
        r.fail(path, problem);
        return false;
    }
    return true;
}

namespace {

bool readRule(Reader &r, Value v, const QString &path, SecurityRule *rule)
{
    Object j;
    if (v.get_object().get(j) != simdjson::SUCCESS) {
        r.fail(path, Tr::tr("expected a rule object, found %1").arg(typeName(v)));
        return false;
    }
    if (const auto key = duplicateKey(j)) {
        r.fail(path + QLatin1Char('/') + JsonGuard::preview(qstr(*key)), duplicateProblem());
        return false;
    }
    bool ok = true;
    auto readKey = [&](const char *key, QString *out) {
        const auto it = member(j, key);
        const QString keyPath = path + QLatin1Char('/') + QLatin1String(key);
        if (!it || !it->is_string()) {
            r.fail(keyPath, Tr::tr("expected a string"));
            ok = false;
            return;
        }
        if (!readText(r, *it, keyPath, out))
            ok = false;
    };
    QString direction, ports, policy;
    readKey("direction", &direction);
    readKey("protocol", &rule->protocol);
    readKey("ports", &ports);
    readKey("cidr", &rule->cidr);
    readKey("policy", &policy);
    if (const auto it = member(j, "description")) {
        if (!it->is_string()) {
            r.fail(path + QStringLiteral("/description"), Tr::tr("expected a string"));
            ok = false;
        } else if (!readText(r, *it, path + QStringLiteral("/description"), &rule->description)) {
            ok = false;
        }
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const QStringList known = {QStringLiteral("direction"),  QStringLiteral("protocol"),
                                          QStringLiteral("ports"),      QStringLiteral("cidr"),
                                          QStringLiteral("policy"),     QStringLiteral("priority"),
                                          QStringLiteral("description")};
        if (!known.contains(qstr(it.key()))) {
            r.fail(path + QLatin1Char('/') + JsonGuard::preview(qstr(it.key())),
                   Tr::tr("unknown key for a rule"));
            ok = false;
        }
    }
    if (const auto it = member(j, "priority")) {
        if (it->type() == Type::INT64 && it->get_int64().value_unsafe() >= INT_MIN
            && it->get_int64().value_unsafe() <= INT_MAX)
            rule->priority = int(it->get_int64().value_unsafe());
        else {
            r.fail(path + QStringLiteral("/priority"), Tr::tr("expected a whole number"));
            ok = false;
        }
    }
    if (!ok)
        return false;
    rule->ingress = direction == QLatin1String("ingress");
    if (!rule->ingress && direction != QLatin1String("egress")) {
        r.fail(path + QStringLiteral("/direction"),
               Tr::tr("expected \"ingress\" or \"egress\", found \"%1\"")
                       .arg(JsonGuard::preview(direction)));
        return false;
    }
    // Fail closed: a misspelt value is refused, never read as the wider permission.
    if (policy != QLatin1String("accept") && policy != QLatin1String("drop")) {
        r.fail(path + QStringLiteral("/policy"),
               Tr::tr("expected \"accept\" or \"drop\", found \"%1\"")
                       .arg(JsonGuard::preview(policy)));
        return false;
    }
    rule->accept = policy == QLatin1String("accept");
    if (!Codes::securityProtocols().contains(rule->protocol)) {
        r.fail(path + QStringLiteral("/protocol"),
               Tr::tr("expected one of %1, found \"%2\"")
                       .arg(Codes::securityProtocols().join(QStringLiteral(", ")),
                            JsonGuard::preview(rule->protocol)));
        return false;
    }
    const QStringList parts = ports.split(QLatin1Char('/'));
    bool a = false, b = false;
    if (parts.size() == 2) {
        rule->portFrom = parts[0].toInt(&a);
        rule->portTo = parts[1].toInt(&b);
    }
    if (!a || !b) {
        r.fail(path + QStringLiteral("/ports"),
               Tr::tr("expected \"from/to\" such as \"22/22\", found \"%1\"")
                       .arg(JsonGuard::preview(ports)));
        return false;
    }
    return true;
}

/**
 * Reads one property value; false (with an error) when the JSON type is wrong. `path` is
 * spelt out only for an error: the loader reads millions of values and reports few.
 */
template<typename Path>
bool readValue(Reader &r, Property p, Value j, const Path &path, QVariant *out)
{
    auto expected = [&](const QString &what) {
        r.fail(path(), Tr::tr("expected %1, found %2").arg(what, shown(j)));
        return false;
    };
    // `where` is a callable: the path is spelt out only when there is a problem to report.
    auto failed = [&](const auto &where, const QString &problem) {
        if (problem.isEmpty())
            return false;
        r.fail(where(), problem);
        return true;
    };
    switch (propertyType(p)) {
    case PropertyType::String: {
        if (!j.is_string())
            return expected(Tr::tr("a string"));
        QString text;
        if (failed(path, textProblem(detail::text(j), &text)))
            return false;
        *out = text;
        return true;
    }
    case PropertyType::Int: {
        if (!isInteger(j) && !(j.is_double() && std::floor(number(j)) == number(j)))
            return expected(Tr::tr("a whole number"));
        if (std::abs(number(j)) > 2e9)
            return expected(Tr::tr("a number in range"));
        *out = int(number(j));
        return true;
    }
    case PropertyType::Double:
        if (!j.is_number())
            return expected(Tr::tr("a number"));
        *out = number(j);
        return true;
    case PropertyType::Bool:
        if (!j.is_bool())
            return expected(Tr::tr("true or false"));
        *out = j.get_bool().value_unsafe();
        return true;
    case PropertyType::StringList: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS)
            return expected(Tr::tr("an array of strings"));
        if (failed(path, listProblem(a)))
            return false;
        QStringList list;
        qsizetype i = 0;
        for (Value item : a) {
            if (!item.is_string())
                return expected(Tr::tr("an array of strings"));
            QString text;
            if (failed([&] { return path() + QStringLiteral("/%1").arg(i); },
                       textProblem(detail::text(item), &text)))
                return false;
            list << text;
            ++i;
        }
        *out = list;
        return true;
    }
    case PropertyType::Id: {
        EntityId id;
        if (failed(path, idProblem(j, &id, true)))
            return false;
        *out = QVariant::fromValue(id);
        return true;
    }
    case PropertyType::Ids: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS)
            return expected(Tr::tr("an array of entity ids"));
        if (failed(path, listProblem(a)))
            return false;
        EntityIds ids;
        qsizetype i = 0;
        for (Value item : a) {
            EntityId id;
            if (failed([&] { return path() + QStringLiteral("/%1").arg(i); },
                       idProblem(item, &id, false)))
                return false;
            ids << id;
            ++i;
        }
        *out = QVariant::fromValue(ids);
        return true;
    }
    case PropertyType::Rect: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS || a.size() != 4)
            return expected(Tr::tr("[x, y, width, height]"));
        double v[4];
        int i = 0;
        for (Value item : a) {
            if (!item.is_number())
                return expected(Tr::tr("[x, y, width, height]"));
            v[i++] = number(item);
        }
        *out = QRectF(v[0], v[1], v[2], v[3]);
        return true;
    }
    case PropertyType::Enum: {
        if (!j.is_string())
            return expected(Tr::tr("one of %1").arg(enumCodes(p).join(QStringLiteral(", "))));
        const QVariant v = enumFromCode(p, JsonGuard::preview(qstr(detail::text(j)), 200));
        if (!v.isValid())
            return expected(Tr::tr("one of %1").arg(enumCodes(p).join(QStringLiteral(", "))));
        *out = v;
        return true;
    }
    case PropertyType::Rules: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS)
            return expected(Tr::tr("an array of rules"));
        if (failed(path, listProblem(a)))
            return false;
        SecurityRules rules;
        qsizetype i = 0;
        for (Value item : a) {
            SecurityRule rule;
            if (!readRule(r, item, path() + QStringLiteral("/%1").arg(i), &rule))
                return false;
            rules << rule;
            ++i;
        }
        *out = QVariant::fromValue(rules);
        return true;
    }
    }
    return false;
}

/**
 * The keys of one kind's properties, each with the property it names for that kind (as
 * propertyFromKey() and the "billing" rule below resolve it), in the property table's order:
 * the order the file writes them. A key is found by its length and bytes; the search starts
 * after the last key found, so a file in the writer's order finds each key at the first try.
 */
class KindKeys
{
public:
    struct Key
    {
        std::string_view key;
        Property property;
        PropertyType type;
        const PropertyInfo *info;
    };

    static const KindKeys &of(EntityKind kind)
    {
        static const std::array<KindKeys, EntityKindCount> tables = [] {
            std::array<KindKeys, EntityKindCount> all;
            for (int k = 0; k < EntityKindCount; ++k)
                all[size_t(k)] = KindKeys(static_cast<EntityKind>(k));
            return all;
        }();
        return tables[size_t(kind)];
    }

    /** The property `key` names in this kind, or nullptr. `*cursor`: where to start looking. */
    const Key *find(std::string_view key, int *cursor) const
    {
        for (int tried = 0, at = *cursor; tried < m_count; ++tried, ++at) {
            if (at >= m_count)
                at = 0;
            const Key &candidate = m_keys[size_t(at)];
            if (candidate.key.size() == key.size()
                && sameBytes(candidate.key.data(), key.data(), key.size())) {
                *cursor = at + 1;
                return &candidate;
            }
        }
        return nullptr;
    }

    /** What readEntity() did before the table: the property `key` names for `kind`. */
    static std::optional<Property> resolve(EntityKind kind, std::string_view key)
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

    KindKeys() = default;

private:
    explicit KindKeys(EntityKind kind)
    {
        for (int i = 0; i < PropertyCount; ++i) {
            const auto p = static_cast<Property>(i);
            const PropertyInfo &info = propertyInfo(p);
            if (resolve(kind, info.key) == p)
                m_keys[size_t(m_count++)] = {info.key, p, propertyType(p), &info};
        }
    }

    std::array<Key, PropertyCount> m_keys{};
    int m_count = 0;
};

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

/**
 * The loader's fast path for the values nearly every entity has (names, numbers, flags, ids,
 * geometry): stored straight into the entity's field when readValue() would accept the value
 * and validatePropertyValue() would find nothing wrong with it, without a QVariant round trip.
 * False for every other value and property, valid or not: the generic path then reads it, or
 * words its error as it always did.
 */
static_assert(PropertyCount <= TextPool::Slots, "a pool slot per property");

bool storeDirect(Entity &e, const KindKeys::Key &key, Value j, TextPool *pool)
{
    const Property p = key.property;
    const PropertyInfo &info = *key.info;
    switch (key.type) {
    case PropertyType::String: {
        if (!j.is_string())
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
        if (!isInteger(j) && !(j.is_double() && std::floor(number(j)) == number(j)))
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
        if (!j.is_number())
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
        if (!j.is_bool() || !field)
            return false;
        *field = j.get_bool().value_unsafe();
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
        Array a;
        QRectF *field = fieldOf<QRectF>(e, p);
        if (!field || j.get_array().get(a) != simdjson::SUCCESS || a.size() != 4)
            return false;
        double v[4];
        int i = 0;
        for (Value item : a) {
            if (!item.is_number())
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
        if (!j.is_string())
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
        Array a;
        QStringList *field = fieldOf<QStringList>(e, p);
        if (!field || j.get_array().get(a) != simdjson::SUCCESS
            || qsizetype(a.size()) > Limits::MaxListItems)
            return false;
        QStringList list;
        list.reserve(qsizetype(a.size()));
        for (Value item : a) {
            if (!item.is_string() || qsizetype(text(item).size()) > Limits::MaxStringLength)
                return false; // the length in UTF-16 is at most that in UTF-8
            list << (pool ? pool->text(text(item), size_t(p)) : qstr(text(item)));
        }
        *field = std::move(list);
        return true;
    }
    case PropertyType::Ids: {
        Array a;
        EntityIds *field = fieldOf<EntityIds>(e, p);
        if (!field || j.get_array().get(a) != simdjson::SUCCESS
            || qsizetype(a.size()) > Limits::MaxListItems)
            return false;
        EntityIds ids;
        ids.reserve(qsizetype(a.size()));
        for (Value item : a) {
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

bool readEntity(Reader &r, Value v, const EntityPath &path, Entity *out)
{
    Object j;
    if (v.get_object().get(j) != simdjson::SUCCESS) {
        r.fail(path.text(), Tr::tr("expected an entity object, found %1").arg(typeName(v)));
        return false;
    }
    // One pass over the keys finds "kind", "id" and "name", and counts them: each key once.
    std::optional<Value> kindValue, idValue;
    int kinds = 0, ids = 0;
    bool named = false;
    for (const auto field : j) {
        if (isKey(field.key, "kind")) {
            kindValue = field.value;
            ++kinds;
        } else if (isKey(field.key, "id")) {
            idValue = field.value;
            ++ids;
        } else if (isKey(field.key, "name")) {
            named = true;
        }
    }
    if (kinds > 1 || ids > 1) {
        r.fail(path.text() + (kinds > 1 ? QStringLiteral("/kind") : QStringLiteral("/id")),
               duplicateProblem());
        return false;
    }
    if (!kindValue || !kindValue->is_string()) {
        r.fail(path.text() + QStringLiteral("/kind"), Tr::tr("missing or not a string"));
        return false;
    }
    const auto kind = kindFromCode(text(*kindValue));
    if (!kind) {
        r.fail(path.text() + QStringLiteral("/kind"),
               Tr::tr("unknown kind \"%1\"").arg(JsonGuard::preview(qstr(text(*kindValue)))));
        return false;
    }
    if (!idValue) {
        r.fail(path.text() + QStringLiteral("/id"), Tr::tr("missing"));
        return false;
    }
    EntityId id;
    if (!idOf(*idValue, &id, false)) {
        r.fail(path.text() + QStringLiteral("/id"), idProblem(*idValue, &id, false));
        return false;
    }
    if (!named) {
        r.fail(path.text() + QStringLiteral("/name"), Tr::tr("missing"));
        return false;
    }
    // From here on `*out` is the entity read (as far as it could be, when false is returned),
    // built in place.
    *out = entityDefaults(*kind); // the file names it: "name" is required
    Entity &e = *out;
    e.id = id;
    bool ok = true;
    bool backendPort = false;
    PropertyMask seen = 0;
    const KindKeys &keys = KindKeys::of(*kind);
    int cursor = 0;
    for (const auto field : j) {
        const std::string_view key = field.key;
        if (isKey(key, "id") || isKey(key, "kind"))
            continue;
        const auto keyPath = [&] {
            return path.text() + QLatin1Char('/') + JsonGuard::preview(qstr(key));
        };
        // The generic way resolves every key afresh: the reference for the table's answers.
        const KindKeys::Key *found = r.direct ? keys.find(key, &cursor) : nullptr;
        const std::optional<Property> resolved = r.direct
                ? (found ? std::optional<Property>(found->property) : std::nullopt)
                : KindKeys::resolve(*kind, key);
        if (!resolved) {
            r.fail(keyPath(), Tr::tr("unknown key for a %1").arg(toCode(*kind)));
            ok = false;
            continue;
        }
        const Property prop = *resolved;
        if (seen & bit(prop)) {
            r.fail(keyPath(), duplicateProblem());
            ok = false;
            continue;
        }
        seen |= bit(prop);
        backendPort = backendPort || prop == Property::LbBackendPort;
        if (found && storeDirect(e, *found, field.value, r.pool))
            continue;
        QVariant value;
        if (!readValue(r, prop, field.value, keyPath, &value)) {
            ok = false;
            continue;
        }
        const QString problem = validatePropertyValue(*kind, prop, value);
        if (!problem.isEmpty()) {
            r.fail(keyPath(), problem);
            ok = false;
            continue;
        }
        setPropertyValue(e, prop, value);
    }
    // Files from before "backendPort" existed keep their meaning: the port the export used to
    // derive from the kind and the listener.
    if (*kind == EntityKind::LoadBalancer && !backendPort)
        e.loadBalancer.backendPort
                = defaultBackendPort(e.loadBalancer.kind, e.loadBalancer.listenerPort);
    return ok;
}

} // namespace ecsplan::DesignJson::detail
