#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ecsplan {

/**
 * Writes JSON text as nlohmann's `dump(2)` prints it — the same bytes — straight into a
 * string, without building a tree: 2-space indentation, `"key": value`, "{}" and "[]" for
 * empty containers, strings escaped as dump() escapes them (UTF-8 passed through; `"`, `\`,
 * \b \f \n \r \t as two characters, other control characters as \u00xx), floating-point
 * numbers in nlohmann's shortest round-trip form ("2.0", "0.1", non-finite as null) and
 * integers in decimal.
 *
 * The caller says what it writes: begin/end pairs for objects and arrays, key() before each
 * member of an object, value() for each scalar. `depth` is the nesting level the first value
 * is written at (its indentation when it is a container's member: 2 × depth spaces).
 * JsonDom takes the same calls and builds the nlohmann tree whose dump(2) this text is.
 */
class JsonText
{
public:
    explicit JsonText(std::string &out, int depth = 0)
        : m_out(out)
        , m_depth(depth)
    {
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** The next member's key (ASCII or UTF-8; escaped as dump() escapes it). */
    void key(std::string_view name);

    void value(const QString &text);
    void value(std::string_view utf8);
    void value(const char *utf8) { value(std::string_view(utf8)); }
    void value(std::nullptr_t);
    void value(bool b);
    void value(double number);
    template<typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    void value(T number)
    {
        separate();
        integer(number);
    }
    /** A finished tree, pretty-printed at this position (the serializer behind dump()). */
    void value(const nlohmann::ordered_json &tree);
    /**
     * Text this writer (or another at the same depth) wrote for one value: inserted as is at
     * this position (what a cache of repeated values writes).
     */
    void raw(std::string_view text);

    template<typename T>
    void field(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }

    /** The current nesting level (of the next value's container members). */
    int depth() const { return m_depth; }

    /** `text` as dump() writes a JSON string, quotes included, appended to `out`. */
    static void appendString(std::string &out, std::string_view utf8);
    static void appendString(std::string &out, const QString &text);

private:
    /** Before a value: the separator and indentation when it is an array element. */
    void separate();
    void newline(int depth);
    void integer(long long n);
    void integer(unsigned long long n);
    template<typename T>
    void integer(T n)
    {
        if constexpr (std::is_signed_v<T>)
            integer(static_cast<long long>(n));
        else
            integer(static_cast<unsigned long long>(n));
    }

    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    std::string &m_out;
    int m_depth;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

/** The tree of the calls JsonText turns into text (see there); take() it when complete. */
class JsonDom
{
public:
    void beginObject() { open(nlohmann::ordered_json::object()); }
    void endObject() { m_stack.pop_back(); }
    void beginArray() { open(nlohmann::ordered_json::array()); }
    void endArray() { m_stack.pop_back(); }
    void key(std::string_view name) { m_key.assign(name); }

    void value(const QString &text) { place(text.toStdString()); }
    void value(std::string_view utf8) { place(std::string(utf8)); }
    void value(const char *utf8) { place(std::string(utf8)); }
    void value(std::nullptr_t) { place(nullptr); }
    template<typename T, std::enable_if_t<std::is_arithmetic_v<T>, int> = 0>
    void value(T v)
    {
        place(v);
    }
    void value(nlohmann::ordered_json tree) { place(std::move(tree)); }

    template<typename T>
    void field(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }

    nlohmann::ordered_json take() { return std::move(m_root); }

private:
    nlohmann::ordered_json *place(nlohmann::ordered_json v);
    void open(nlohmann::ordered_json container) { m_stack.push_back(place(std::move(container))); }

    nlohmann::ordered_json m_root;
    std::vector<nlohmann::ordered_json *> m_stack;
    std::string m_key;
};

} // namespace ecsplan
