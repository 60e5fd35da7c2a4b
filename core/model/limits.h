#pragma once

#include <QtGlobal>

/**
 * Structural limits of a design: what the loader (DesignJson, DesignFile, the clipboard) and the
 * model accept. Each is far above any real design (the largest sample has 63 components; the
 * generated 50,000-component benchmark design opens well within all of them) and each is refused
 * with a message naming the place, never a crash, a hang or a silent truncation.
 * docs/limits.md documents them for users; keep the two in step.
 */
namespace ecsplan::Limits {

/// A design file (or price sheet) larger than this is refused before it is read.
inline constexpr qint64 MaxFileBytes = 128LL * 1024 * 1024;
/// A clipboard fragment larger than this is not pasted.
inline constexpr qint64 MaxFragmentBytes = 64LL * 1024 * 1024;
/// Arrays and objects nested deeper than this (the format itself needs 4) are refused while
/// parsing, so no later step (error messages, comparisons, writing) recurses deeply.
inline constexpr int MaxNestingDepth = 64;
/// Characters in one string value (a name, a description, notes, a rule's description).
inline constexpr qsizetype MaxStringLength = 1 << 20; // 1,048,576
/// Components and links in one design.
inline constexpr qsizetype MaxEntities = 500000;
/// Entity ids are 1 .. MaxEntityId (so that id + 1 and the next free id never overflow).
inline constexpr quint32 MaxEntityId = 2147483647u; // 2^31 - 1
/// Items in one list value: tags, zones, security groups, security-group rules.
inline constexpr qsizetype MaxListItems = 1000;
/// Links that start or end at one component.
inline constexpr qsizetype MaxLinksPerEntity = 10000;
/// Data disks attached to one instance group or scaling group when the catalog does not give
/// the instance type's own maximum (Alibaba Cloud's largest types take 64).
inline constexpr qsizetype MaxDataDisksPerInstance = 64;

} // namespace ecsplan::Limits
