// The report's JSON items written once for two writers, and the streamed report's citation
// cache. Private to core/report.
#pragma once

#include "metrics/metricsresults.h"
#include "json/jsontext.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <cmath>
#include <deque>
#include <string>
#include <type_traits>

namespace ecsplan::ReportBuilder::detail {

inline double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// The items below are written once, for two writers (jsontext.h): JsonText streams the text
// `report --format json` prints, JsonDom builds the tree build() returns, whose dump(2) is that
// same text.

template<typename Out>
void strings(Out &o, const QStringList &list)
{
    o.beginArray();
    for (const QString &item : list)
        o.value(item);
    o.endArray();
}

/** A key prepared once (JsonKey::prepared): as it is for JsonText, its name for JsonDom. */
template<typename Out>
void preparedKey(Out &o, const JsonKey &key)
{
    if constexpr (std::is_same_v<Out, JsonDom>)
        o.key(key.name());
    else
        o.key(key);
}

/** `v`, or null when not `known`. */
template<typename Out, typename T>
void valueOrNull(Out &o, bool known, const T &v)
{
    if (known)
        o.value(v);
    else
        o.value(nullptr);
}

/** A string, or null when empty. */
template<typename Out>
void stringOrNull(Out &o, const QString &text)
{
    valueOrNull(o, !text.isEmpty(), text);
}

template<typename Out>
void citation(Out &o, const Citation &c)
{
    o.beginObject();
    o.field("what", c.what);
    o.field("source", c.source);
    o.key("asOf");
    stringOrNull(o, c.asOf);
    o.key("kind");
    stringOrNull(o, c.kind);
    o.field("indicative", c.indicative);
    o.field("assumption", c.isAssumption());
    if (!c.note.isEmpty())
        o.field("note", c.note);
    o.endObject();
}

/** Equal texts; shared ones (a catalog row's citation copied into many items) by address. */
inline bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

/** A citation as written at a depth: the key of ReportText's cache. */
struct CitationAt
{
    Citation citation;
    int depth = 0;
    friend bool operator==(const CitationAt &x, const CitationAt &y)
    {
        const Citation &a = x.citation, &b = y.citation;
        return x.depth == y.depth && a.indicative == b.indicative && sameText(a.what, b.what)
                && sameText(a.source, b.source) && sameText(a.asOf, b.asOf)
                && sameText(a.kind, b.kind) && sameText(a.note, b.note);
    }
};

/**
 * Hashes the short `what` and only the lengths of the long texts (sources are URLs and
 * document names of a hundred characters): equal citations still hash equally, and the rare
 * ones that differ only in a long text are told apart by ==.
 */
inline size_t qHash(const CitationAt &key, size_t seed = 0)
{
    const Citation &c = key.citation;
    return qHashMulti(seed, c.what, c.source.size(), c.asOf.size(), c.kind.size(), c.note.size(),
                      c.indicative, key.depth);
}

/** The same characters, known by their shared data: `b` is a copy of `a`, or `a` of `b`. */
inline bool sameData(const QString &a, const QString &b)
{
    return a.constData() == b.constData() && a.size() == b.size();
}

/**
 * The streamed report's writer: citations repeat across thousands of items (at 10k
 * components 53,779 are written, 99 of them distinct), so each distinct one is written once
 * and its text copied.
 */
class ReportText : public JsonText
{
public:
    /** Writes `c` as citation(JsonText &, c) does, from the text of an equal one written before. */
    void writeCitation(const Citation &c);

private:
    static constexpr size_t RecentSlots = 256;
    struct Recent
    {
        CitationAt key;
        const std::string *text = nullptr;
    };
    std::array<Recent, RecentSlots> m_recent;
    QHash<CitationAt, const std::string *> m_citations;
    std::deque<std::string> m_texts; ///< m_citations' texts, where they stay
};

inline void citation(ReportText &o, const Citation &c)
{
    o.writeCitation(c);
}

/** An Explanation as JSON: the formula with this design's values, notes, dated citations. */
template<typename Out>
void explanation(Out &o, const Explanation &why)
{
    o.beginObject();
    o.field("formula", why.formula);
    o.key("notes");
    strings(o, why.notes);
    o.key("citations");
    o.beginArray();
    for (const Citation &c : why.citations)
        citation(o, c);
    o.endArray();
    o.endObject();
}

template<typename Out>
void range(Out &o, double typical, double worst)
{
    o.beginObject();
    o.field("typical", round2(typical));
    o.field("worst", round2(worst));
    o.endObject();
}

} // namespace ecsplan::ReportBuilder::detail
