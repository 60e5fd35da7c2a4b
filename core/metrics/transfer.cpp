#include "transfer.h"

#include "ecsplan_global.h"
#include "formatting.h"

#include <algorithm>

namespace ecsplan {

using metrics::money;
using metrics::number;

CostFigure transferMonthlyCost(TransferClass transferClass, double gbPerMonth,
                               const TransferRate &rate, const CurrencyContext &currency,
                               bool explain)
{
    CostFigure c;
    if (transferClass == TransferClass::InternetIngress) {
        if (explain)
            c.why.formula = Tr::tr("%1 GB inbound from the internet: free").arg(number(gbPerMonth));
        return c;
    }
    if (!rate.rate) {
        c.priceMissing = gbPerMonth > 0;
        if (!explain)
            return c;
        c.why.formula = Tr::tr("no per-GB rate for %1").arg(rate.label);
        if (c.priceMissing)
            c.why.notes << Tr::tr(
                    "the catalog has no rate for this traffic; it is not counted in the totals");
        return c;
    }
    const UnitPrice &p = *rate.rate;
    c.monthly = currency.convert(p.amount * gbPerMonth, p.currency);
    if (!explain)
        return c;
    c.why.formula
            = QStringLiteral("%1 GB × %2 %3/GB%4 = %5")
                      .arg(number(gbPerMonth), number(p.amount, 4), p.currency,
                           currency.conversionText(p.currency), money(c.monthly, currency.display));
    c.why.citations << p.citation;
    if (p.amount == 0)
        c.why.notes << Tr::tr("%1 is free; the volume is still reported").arg(rate.label);
    if (transferClass == TransferClass::InternetEgress)
        c.why.notes << Tr::tr("before the monthly internet free quota, which the totals deduct "
                              "once for the design");
    return c;
}

double freeQuotaCredit(double egressGB, double egressCost, double quotaGB)
{
    if (egressGB <= 0 || egressCost <= 0 || quotaGB <= 0)
        return 0;
    const double freeGB = std::min(quotaGB, egressGB);
    return std::min(egressCost, egressCost * (freeGB / egressGB));
}

} // namespace ecsplan
