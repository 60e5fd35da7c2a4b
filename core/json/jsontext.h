#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ecsplan {

/**
 * Writes JSON text as nlohmann's `dump(2)` prints it — the same bytes — into its buffer
 * (text(), handed on and clear()ed in pieces), without building a tree: 2-space indentation,
 * `"key": value`, "{}" and "[]" for empty containers, strings escaped as dump() escapes them (UTF-8
 * passed through; `"`, `\`, \b \f \n \r \t as two characters, other control characters as \u00xx),
 * floating-point numbers in nlohmann's shortest round-trip form ("2.0", "0.1", non-finite as null)
 * and integers in decimal.
 *
 * The caller says what it writes: begin/end pairs for objects and arrays, key() before each
 * member of an object, value() for each scalar. `depth` is the nesting level the first value
 * is written at (its indentation when it is a container's member: 2 × depth spaces).
 * JsonDom takes the same calls and builds the nlohmann tree whose dump(2) this text is.
 */
class JsonText
{
public:
    explicit JsonText(int depth = 0)
        : m_depth(depth)
    {
    }

    /** What was written since the last clear(). */
    std::string_view text() const { return {m_buffer.data(), m_size}; }
    /** Forgets the text written so far (handed on to a sink); the nesting state stays. */
    void clear() { m_size = 0; }

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
        if constexpr (std::is_signed_v<T>)
            integer(static_cast<long long>(number));
        else
            integer(static_cast<unsigned long long>(number));
    }
    /** A finished tree, pretty-printed at this position (the serializer behind dump()). */
    void value(const nlohmann::ordered_json &tree);

    /**
     * Text that a JsonText at the same depth() wrote for one value (from its start): inserted
     * as it is (what a cache of values that repeat writes).
     */
    void raw(std::string_view text);

    template<typename T>
    void field(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }

    /** The nesting level of the next value (its members' indentation is 2 × (depth + 1)). */
    int depth() const { return m_depth; }

private:
    /** Room for `n` more bytes at the end of the text; commit() says how many were used. */
    char *room(size_t n)
    {
        if (m_buffer.size() - m_size < n)
            grow(n);
        return m_buffer.data() + m_size;
    }
    void commit(const char *end) { m_size = size_t(end - m_buffer.data()); }
    void grow(size_t n);
    void append(std::string_view bytes);
    /** Before a value: the separator and indentation when it is an array element. */
    void separate();
    void close(char bracket);
    void integer(long long n);
    void integer(unsigned long long n);
    void string(std::string_view utf8);
    void string(const QString &text);

    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    std::string m_buffer; ///< m_size bytes of text, then room
    size_t m_size = 0;
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
