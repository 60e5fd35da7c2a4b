#pragma once

#include <QString>

#include <optional>

namespace ecsplan {

/**
 * An IPv4 CIDR block: `base` (host order) and prefix length. Pure value type; parse() is strict
 * (four decimal octets 0-255 without leading zeros, "/", a prefix 0-32, nothing else).
 */
struct Ipv4Block
{
    quint32 base = 0;
    int prefix = 0;

    quint64 size() const { return quint64(1) << (32 - prefix); }
    quint32 last() const { return quint32(base + size() - 1); }
    quint32 mask() const { return prefix == 0 ? 0u : ~quint32(0) << (32 - prefix); }
    /** True when the host bits below the prefix are zero (10.0.0.0/16, not 10.0.1.0/16). */
    bool isNetworkAddress() const { return (base & ~mask()) == 0; }
    bool contains(const Ipv4Block &other) const
    {
        return other.prefix >= prefix && (other.base & mask()) == (base & mask());
    }
    bool overlaps(const Ipv4Block &other) const { return contains(other) || other.contains(*this); }
    /** The same prefix with the host bits cleared. */
    Ipv4Block network() const { return {base & mask(), prefix}; }
    QString toString() const;

    /** Parses "a.b.c.d/n"; nullopt when the text is anything else. */
    static std::optional<Ipv4Block> parse(const QString &text);

    friend bool operator==(const Ipv4Block &, const Ipv4Block &) = default;
};

namespace validation {

/** What a VPC or vSwitch block is: the address space it lies in. */
enum class AddressSpace {
    Private, ///< RFC 1918: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16
    Reserved, ///< 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16: never a VPC
    Public, ///< anything else (overlaps, or is, an internet address range)
};
AddressSpace addressSpace(const Ipv4Block &block);

/** Whether a block is a VPC's (region) or a vSwitch's (zone): the prefix bounds differ. */
enum class BlockRole { Vpc, VSwitch };

inline constexpr int VpcMinPrefix = 8; ///< Alibaba Cloud VPC: /8 ... /28
inline constexpr int VpcMaxPrefix = 28;
inline constexpr int VSwitchMinPrefix = 16; ///< vSwitch: /16 ... /29
inline constexpr int VSwitchMaxPrefix = 29;

/**
 * Everything that can be wrong with one CIDR text on its own: not a block, host bits set, a
 * prefix outside the role's bounds, a reserved or public range. Empty text is "not set" and
 * fine (the exporter allocates a block). Returns an empty string or a translated reason.
 * This is the hard invariant the model keeps (properties.cpp) and the first deployability
 * check of a region's or zone's CIDR (deployability.cpp): one function for both.
 */
QString cidrTextProblem(const QString &text, BlockRole role);

} // namespace validation
} // namespace ecsplan
