#include "catalogtypes.h"

namespace ecsplan {

namespace {
struct UnitCode
{
    PriceUnit unit;
    const char *code;
};
constexpr UnitCode kUnitCodes[] = {
        {PriceUnit::PerHour, "hour"},
        {PriceUnit::PerMonth, "month"},
        {PriceUnit::PerGiBHour, "GiB-hour"},
        {PriceUnit::PerGiBMonth, "GiB-month"},
        {PriceUnit::PerGB, "GB"},
};
} // namespace

QString toCode(PriceUnit unit)
{
    for (const UnitCode &c : kUnitCodes) {
        if (c.unit == unit)
            return QString::fromLatin1(c.code);
    }
    return {};
}

std::optional<PriceUnit> priceUnitFromCode(const QString &code)
{
    for (const UnitCode &c : kUnitCodes) {
        if (code == QLatin1String(c.code))
            return c.unit;
    }
    return std::nullopt;
}

} // namespace ecsplan
