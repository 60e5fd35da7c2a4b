#include "cidr.h"

#include "ecsplan_global.h"

#include <QStringList>

namespace ecsplan {

namespace {

std::optional<int> decimal(QStringView text, int maximum)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    if (value > maximum)
        return std::nullopt;
    return value;
}

Ipv4Block block(quint32 a, quint32 b, quint32 c, quint32 d, int prefix)
{
    return {(a << 24) | (b << 16) | (c << 8) | d, prefix};
}

} // namespace

QString Ipv4Block::toString() const
{
    return QStringLiteral("%1.%2.%3.%4/%5")
            .arg(base >> 24)
            .arg((base >> 16) & 0xff)
            .arg((base >> 8) & 0xff)
            .arg(base & 0xff)
            .arg(prefix);
}

std::optional<Ipv4Block> Ipv4Block::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    const auto prefix = decimal(QStringView(text).mid(slash + 1), 32);
    const QList<QStringView> octets = QStringView(text).left(slash).split(QLatin1Char('.'));
    if (!prefix || octets.size() != 4)
        return std::nullopt;
    quint32 base = 0;
    for (QStringView octet : octets) {
        const auto value = decimal(octet, 255);
        if (!value)
            return std::nullopt;
        base = (base << 8) | quint32(*value);
    }
    return Ipv4Block{base, *prefix};
}

namespace validation {

AddressSpace addressSpace(const Ipv4Block &b)
{
    for (const Ipv4Block &reserved : {block(100, 64, 0, 0, 10), block(224, 0, 0, 0, 4),
                                      block(127, 0, 0, 0, 8), block(169, 254, 0, 0, 16)}) {
        if (reserved.overlaps(b))
            return AddressSpace::Reserved;
    }
    for (const Ipv4Block &rfc1918 :
         {block(10, 0, 0, 0, 8), block(172, 16, 0, 0, 12), block(192, 168, 0, 0, 16)}) {
        if (rfc1918.contains(b))
            return AddressSpace::Private;
    }
    return AddressSpace::Public;
}

QString cidrTextProblem(const QString &text, BlockRole role)
{
    if (text.isEmpty())
        return {};
    const std::optional<Ipv4Block> b = Ipv4Block::parse(text);
    if (!b)
        return Tr::tr("\"%1\" is not an IPv4 CIDR block such as 10.0.0.0/16.").arg(text);
    if (!b->isNetworkAddress())
        return Tr::tr("%1 has host bits set; the block it lies in is %2.")
                .arg(text, b->network().toString());
    const bool vpc = role == BlockRole::Vpc;
    const int low = vpc ? VpcMinPrefix : VSwitchMinPrefix;
    const int high = vpc ? VpcMaxPrefix : VSwitchMaxPrefix;
    if (b->prefix < low)
        return (vpc ? Tr::tr("%1 is larger than a VPC block may be (/%2 to /%3).")
                    : Tr::tr("%1 is larger than a vSwitch block may be (/%2 to /%3)."))
                .arg(text)
                .arg(low)
                .arg(high);
    if (b->prefix > high)
        return (vpc ? Tr::tr("%1 is smaller than a VPC block may be (/%2 to /%3).")
                    : Tr::tr("%1 is smaller than a vSwitch block may be (/%2 to /%3)."))
                .arg(text)
                .arg(low)
                .arg(high);
    switch (addressSpace(*b)) {
    case AddressSpace::Private:
        return {};
    case AddressSpace::Reserved:
        return Tr::tr("%1 overlaps a range Alibaba Cloud reserves (100.64.0.0/10, 224.0.0.0/4, "
                      "127.0.0.0/8, 169.254.0.0/16); a VPC cannot use it.")
                .arg(text);
    case AddressSpace::Public:
        return Tr::tr("%1 is a public address range; use a private one (10.0.0.0/8, "
                      "172.16.0.0/12 or 192.168.0.0/16).")
                .arg(text);
    }
    return {};
}

} // namespace validation
} // namespace ecsplan
