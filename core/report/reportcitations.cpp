// ReportText: the streamed report's citations, each distinct one written once.
#include "reportjson_p.h"

namespace ecsplan::ReportBuilder::detail {

void ReportText::writeCitation(const Citation &c)
{
    // Most citations are copies of a catalog row's: a slot remembers the last one seen
    // with these texts' addresses, and holds copies of them (so the addresses stay theirs:
    // a QString's shared characters never change). Others are looked up by content.
    const int at = depth();
    const quintptr mix = quintptr(c.what.constData()) ^ quintptr(c.source.constData())
            ^ quintptr(c.note.constData()) ^ quintptr(at);
    Recent &slot = m_recent[(mix >> 4) % RecentSlots];
    const Citation &r = slot.key.citation;
    if (!slot.text || slot.key.depth != at || r.indicative != c.indicative
        || !sameData(r.what, c.what) || !sameData(r.source, c.source) || !sameData(r.asOf, c.asOf)
        || !sameData(r.kind, c.kind) || !sameData(r.note, c.note)) {
        const CitationAt key{c, at};
        const std::string *&text = m_citations[key];
        if (!text) {
            JsonText written(at);
            citation(written, c);
            text = &m_texts.emplace_back(written.text());
        }
        slot = {key, text};
    }
    raw(*slot.text);
}

} // namespace ecsplan::ReportBuilder::detail
