#pragma once
// Internal to the HCL writer: the byte-level helpers hclwriter.cpp (the tree) and hcltext.cpp
// (quoting, escaping, variable blocks written straight to bytes) share.

#include "hclwriter.h"

#include <cstring>

namespace ecsplan::hcl::detail {

/**
 * memcpy() for the short texts of names, pieces and lines (most under 16 bytes) without a call:
 * two overlapping loads and stores that stay within the `n` bytes of both ends; longer texts
 * go to memcpy().
 */
inline void copyBytes(char *dst, const char *src, size_t n)
{
    if (n >= 8) {
        if (n > 16) {
            std::memcpy(dst, src, n);
            return;
        }
        quint64 head, tail;
        std::memcpy(&head, src, 8);
        std::memcpy(&tail, src + n - 8, 8);
        std::memcpy(dst, &head, 8);
        std::memcpy(dst + n - 8, &tail, 8);
    } else if (n >= 4) {
        quint32 head, tail;
        std::memcpy(&head, src, 4);
        std::memcpy(&tail, src + n - 4, 4);
        std::memcpy(dst, &head, 4);
        std::memcpy(dst + n - 4, &tail, 4);
    } else if (n > 0) {
        dst[0] = src[0];
        dst[n / 2] = src[n / 2];
        dst[n - 1] = src[n - 1];
    }
}

/** True when `c` needs more than itself inside a quoted string (see escapedLiteral()). */
inline bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '$' || c == '%';
}

/**
 * Copies `n` UTF-16 units to `dst` as bytes, eight at a time where SSE2 is there. Returns false
 * when a unit is not ASCII or, with `plain`, needs escaping in a quoted string (needsEscape());
 * what `dst` holds is then of no use and the caller takes the general way.
 */
bool narrow(char *dst, const char16_t *src, qsizetype n, bool plain);

/** The pieces as one QString. */
QString joined(Pieces pieces);

} // namespace ecsplan::hcl::detail
