#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ecsplan {

/** Whose bytes JsonText writes: the layout, the escapes and the numbers of a reference writer. */
enum class JsonStyle {
    /**
     * nlohmann's `dump(2)`: 2-space indentation, "{}" and "[]" for empty containers,
     * floating-point numbers in nlohmann's shortest round-trip form ("2.0", "0.1", "1e+21";
     * non-finite as null), a lone surrogate of a QString as QString::toUtf8() converts it.
     */
    NlohmannDump2,
    /**
     * QJsonDocument::toJson(QJsonDocument::Indented): 4-space indentation, an empty container
     * as its brackets on two lines ("[", newline, indentation, "]"), a double as QJsonValue
     * writes it (a whole number within ±2^53 as an integer — "2", -0.0 as "0" — others as
     * QByteArray::number(d, 'g', QLocale::FloatingPointShortest): "0.1", "1e+16", "1e-05";
     * non-finite as null), a lone surrogate as \uxxxx, and a newline after the outermost
     * container (QJsonDocument writes one after the document). QJsonObject sorts its keys:
     * the caller writes them in that order.
     */
    QtIndented,
};

/**
 * A member's key for JsonText::key(). A string literal is escaped at compile time into the
 * text written for it, `"name": ` (nothing is checked or escaped when it is written), and so is
 * a prepared() one when it is made; any other string (std::string, std::string_view) is escaped
 * as it is written.
 */
class JsonKey
{
public:
    /** The longest text a literal key is kept as: its quotes, escapes, colon and space. */
    static constexpr size_t Capacity = 47;

    template<size_t N>
    consteval JsonKey(const char (&name)[N]) // NOLINT: implicit, as for a string
        : m_name(name, N - 1)
    {
        prepare();
    }
    /**
     * A key that is not a literal but is written many times (a code): escaped now, once, as a
     * literal is at compile time. `name` must outlive the key.
     */
    static JsonKey prepared(std::string_view name)
    {
        JsonKey key(name);
        key.prepare();
        return key;
    }
    JsonKey(std::string_view name) // NOLINT: implicit
        : m_name(name)
    {
    }
    JsonKey(const std::string &name) // NOLINT: implicit
        : m_name(name)
    {
    }

    /** The key as given, not escaped. */
    std::string_view name() const { return m_name; }
    /** `"name": ` as written, escaped; empty unless the key is a literal that fits. */
    std::string_view written() const { return {m_text, m_size}; }

private:
    friend class JsonText;
    /** m_text and m_size: `"name": `, escaped, when it fits. */
    constexpr void prepare()
    {
        size_t size = 0;
        const auto put = [&](char c) {
            if (size < Capacity)
                m_text[size] = c;
            ++size;
        };
        put('"');
        for (const char ch : m_name) {
            const auto c = static_cast<unsigned char>(ch);
            constexpr char hex[] = "0123456789abcdef";
            switch (c) {
            case '"':
            case '\\':
                put('\\');
                put(char(c));
                break;
            case '\b':
                put('\\');
                put('b');
                break;
            case '\f':
                put('\\');
                put('f');
                break;
            case '\n':
                put('\\');
                put('n');
                break;
            case '\r':
                put('\\');
                put('r');
                break;
            case '\t':
                put('\\');
                put('t');
                break;
            default:
                if (c < 0x20) {
                    for (const char e : {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]})
                        put(e);
                } else {
                    put(char(c));
                }
            }
        }
        for (const char e : {'"', ':', ' '})
            put(e);
        if (size <= Capacity) // else written as other strings are
            m_size = static_cast<unsigned char>(size);
    }

    std::string_view m_name;
    char m_text[Capacity]{}; ///< written(), then zeros: copied whole (a fixed size is fast)
    unsigned char m_size = 0;
};

/**
 * Writes JSON text as a reference writer prints it — the same bytes, see JsonStyle — into its
 * buffer (text(), handed on and clear()ed in pieces), without building a tree: `"key": value`,
 * strings escaped as both writers escape them (UTF-8 passed through, "/" and DEL included;
 * `"`, `\`, \b \f \n \r \t as two characters, other control characters as \u00xx, lower-case
 * hex) and integers in decimal.
 *
 * The caller says what it writes: begin/end pairs for objects and arrays, key() before each
 * member of an object, value() for each scalar. `depth` is the nesting level the first value
 * is written at (its indentation when it is a container's member: the style's width × depth
 * spaces). JsonDom takes the same calls and builds the nlohmann tree whose dump(2) this text
 * is in the NlohmannDump2 style.
 */
class JsonText
{
public:
    explicit JsonText(int depth = 0)
        : JsonText(JsonStyle::NlohmannDump2, depth)
    {
    }
    explicit JsonText(JsonStyle style, int depth = 0)
        : m_style(style)
        , m_indent(style == JsonStyle::QtIndented ? 4 : 2)
        , m_depth(depth)
        , m_spaces(m_indent * size_t(depth))
    {
    }

    JsonStyle style() const { return m_style; }

    /** What was written since the last clear(). */
    std::string_view text() const { return {m_buffer.get(), m_size}; }
    /** Forgets the text written so far (handed on to a sink); the nesting state stays. */
    void clear() { m_size = 0; }
    /** Room for `bytes` of text in all (a good guess spares copies as the buffer grows). */
    void reserve(size_t bytes)
    {
        if (m_capacity < bytes)
            reallocate(bytes);
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** The next member's key (ASCII or UTF-8; escaped as dump() escapes it). */
    void key(const JsonKey &name);

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
    /** A finished tree, pretty-printed at this position (the serializer behind dump());
     *  NlohmannDump2 only. */
    void value(const nlohmann::ordered_json &tree);

    /**
     * Text that a JsonText at the same depth() wrote for one value (from its start): inserted
     * as it is (what a cache of values that repeat writes).
     */
    void raw(std::string_view text);

    template<typename T>
    void field(const JsonKey &name, const T &v)
    {
        key(name);
        value(v);
    }

    /** The nesting level of the next value (its members' indentation is width × (depth + 1)). */
    int depth() const { return m_depth; }

private:
    /** Room for `n` more bytes at the end of the text; commit() says how many were used. */
    char *room(size_t n)
    {
        if (m_capacity - m_size < n)
            grow(n);
        return m_buffer.get() + m_size;
    }
    void commit(const char *end) { m_size = size_t(end - m_buffer.get()); }
    /** Spaces before a member or element at the current depth. */
    size_t indentation() const { return m_spaces; }
    void grow(size_t n);
    /** A buffer of `capacity` bytes (not initialised: only written text is read) with the text. */
    void reallocate(size_t capacity);
    void append(std::string_view bytes);
    /** Before a value: the separator and indentation when it is an array element. */
    void separate()
    {
        if (m_afterKey) { // a member's value: right after its key
            m_afterKey = false;
            return;
        }
        separateElement();
    }
    void separateElement();
    /** Appends one byte. */
    void put(char c)
    {
        char *d = room(1);
        *d = c;
        commit(d + 1);
    }
    void close(char bracket);
    /** key() of a name escaped as it is written. */
    void escapedKey(std::string_view name);
    void integer(long long n);
    void integer(unsigned long long n);
    void qtDouble(double number);
    /** nlohmann's shortest form of `number` (finite) at `d` (room for 64 bytes); the end. */
    static char *nlohmannDouble(char *d, double number);
    void string(std::string_view utf8);
    void string(const QString &text);

    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    std::unique_ptr<char[]> m_buffer; ///< m_size bytes of text, then room
    size_t m_capacity = 0;
    size_t m_size = 0;
    JsonStyle m_style;
    size_t m_indent; ///< spaces per level
    int m_depth;
    size_t m_spaces; ///< m_indent × m_depth
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
