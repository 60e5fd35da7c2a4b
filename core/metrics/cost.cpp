#include "cost.h"
#include "model/billing.h"

#include "ecsplan_global.h"
#include "formatting.h"

#include <algorithm>
#include <cmath>

namespace ecsplan {

using metrics::money;
using metrics::number;

namespace {

/// Inline comparisons: convert() runs several times per entity on every full recompute.
bool sameText(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    const QChar *x = a.constData(), *y = b.constData();
    return x == y || std::equal(x, x + a.size(), y);
}

bool isCode(const QString &s, const char (&code)[4])
{
    return s.size() == 3 && s.at(0) == QLatin1Char(code[0]) && s.at(1) == QLatin1Char(code[1])
            && s.at(2) == QLatin1Char(code[2]);
}

} // namespace

CurrencyContext CurrencyContext::of(const DesignSettings &settings)
{
    return {settings.currency, settings.cnyPerUsd, settings.spotDiscount};
}

double CurrencyContext::convert(double amount, const QString &currency) const
{
    if (sameText(currency, display) || cnyPerUsd <= 0)
        return amount;
    if (isCode(currency, "USD") && isCode(display, "CNY"))
        return amount * cnyPerUsd;
    if (isCode(currency, "CNY") && isCode(display, "USD"))
        return amount / cnyPerUsd;
    return amount;
}

QString CurrencyContext::conversionText(const QString &currency) const
{
    if (currency == display)
        return {};
    if (currency == QLatin1String("USD"))
        return QStringLiteral(" × %1 CNY/USD").arg(number(cnyPerUsd, 4));
    return QStringLiteral(" ÷ %1 CNY/USD").arg(number(cnyPerUsd, 4));
}

double UnitPrice::monthly(double gib) const
{
    return amount * (perHour ? HoursPerMonth : 1.0) * (perGiB ? gib : 1.0);
}

QString missingPriceKey(const QString &label, BillingModel billing)
{
    return QStringLiteral("%1 (%2)").arg(label, toCode(billing));
}

namespace {

QString unitText(const UnitPrice &p)
{
    QString unit = p.currency + QLatin1Char('/');
    if (p.perGiB)
        unit += QStringLiteral("GiB-");
    unit += p.perHour ? QStringLiteral("h") : QStringLiteral("month");
    return QStringLiteral("%1 %2").arg(number(p.amount, 6), unit);
}

CostFigure missing(const QString &label, BillingModel billing, bool explain)
{
    CostFigure c;
    c.priceMissing = true;
    if (!explain)
        return c;
    c.why.formula = Tr::tr("price missing: %1").arg(missingPriceKey(label, billing));
    c.why.notes << Tr::tr(
            "the catalog has no price for this item; it is not counted in the totals");
    return c;
}

} // namespace

CostFigure instanceMonthlyCost(const ComputePrice &price, BillingModel billing, double units,
                               const CurrencyContext &currency, bool explain)
{
    const BillingDiscounts &d = price.discounts;
    CostFigure c;
    if (billing == BillingModel::Subscription1Year && price.subscription) {
        const UnitPrice &p = *price.subscription;
        c.monthly = currency.convert(p.monthly() * units, p.currency);
        if (!explain)
            return c;
        c.why.formula
                = QStringLiteral("%1 × %2%3 = %4")
                          .arg(unitText(p), number(units), currency.conversionText(p.currency),
                               money(c.monthly, currency.display));
        c.why.citations << p.citation;
        return c;
    }
    if (!price.payAsYouGo)
        return missing(price.label, billing, explain);

    std::optional<double> discount = 0.0;
    const Citation *discountWhy = nullptr; // a pointer: no copy on the fast path
    switch (billing) {
    case BillingModel::PayAsYouGo:
        break;
    case BillingModel::Subscription1Year:
        discount = d.subscription1Year;
        discountWhy = &d.subscriptionWhy;
        break;
    case BillingModel::Subscription3Year:
        discount = d.subscription3Year;
        discountWhy = &d.subscription3YearWhy;
        break;
    case BillingModel::Preemptible:
        // The design's planning figure; the catalog only gives the range's top (d.preemptible).
        discount = currency.spotDiscount;
        discountWhy = &d.preemptibleWhy;
        break;
    case BillingModel::SavingsPlan:
        discount = d.savingsPlan;
        discountWhy = &d.savingsPlanWhy;
        break;
    }
    if (!discount)
        return missing(price.label, billing, explain);

    const UnitPrice &p = *price.payAsYouGo;
    const double factor = 1.0 - *discount;
    c.monthly = currency.convert(p.monthly() * units * factor, p.currency);
    if (!explain)
        return c;
    QString formula = QStringLiteral("%1 × %2 h × %3")
                              .arg(unitText(p), number(HoursPerMonth), number(units));
    if (billing != BillingModel::PayAsYouGo)
        formula += QStringLiteral(" × (1 − %1)").arg(number(*discount, 4));
    c.why.formula = formula + currency.conversionText(p.currency) + QStringLiteral(" = ")
            + money(c.monthly, currency.display);
    c.why.citations << p.citation;
    if (billing != BillingModel::PayAsYouGo && discountWhy && !discountWhy->what.isEmpty())
        c.why.citations << *discountWhy;
    if (billing == BillingModel::Preemptible)
        c.why.notes << (d.preemptible
                                ? Tr::tr("assumption: the design setting \"Spot discount\", %1 % "
                                         "off pay-as-you-go; preemptible instances are billed at "
                                         "a floating market price, 0 % to %2 % off")
                                          .arg(number(*discount * 100, 1),
                                               number(*d.preemptible * 100, 1))
                                : Tr::tr("assumption: the design setting \"Spot discount\", %1 % "
                                         "off pay-as-you-go; preemptible instances are billed at "
                                         "a floating market price")
                                          .arg(number(*discount * 100, 1)));
    if (billing == BillingModel::SavingsPlan)
        c.why.notes << Tr::tr("assumption: the savings plan discount is one published example, "
                              "not a rate for this type");
    return c;
}

CostFigure diskMonthlyCost(const DiskPrice &price, BillingModel billing, double gib, double copies,
                           const CurrencyContext &currency, bool explain)
{
    const bool subscription = isSubscription(billing);
    const std::optional<UnitPrice> &row
            = (subscription && price.subscription) ? price.subscription : price.payAsYouGo;
    if (!row)
        return missing(price.label, subscription ? billing : BillingModel::PayAsYouGo, explain);
    CostFigure c;
    const UnitPrice &p = *row;
    c.monthly = currency.convert(p.monthly(gib) * copies, p.currency);
    if (!explain)
        return c;
    QString formula = unitText(p);
    if (p.perHour)
        formula += QStringLiteral(" × %1 h").arg(number(HoursPerMonth));
    formula += QStringLiteral(" × %1 GiB").arg(number(gib));
    if (copies != 1)
        formula += QStringLiteral(" × %1").arg(number(copies));
    c.why.formula = formula + currency.conversionText(p.currency) + QStringLiteral(" = ")
            + money(c.monthly, currency.display);
    c.why.citations << p.citation;
    return c;
}

CostFigure serviceMonthlyCost(const std::optional<UnitPrice> &price, const QString &label,
                              const CurrencyContext &currency, bool explain)
{
    if (!price)
        return missing(label, BillingModel::PayAsYouGo, explain);
    CostFigure c;
    c.monthly = currency.convert(price->monthly(), price->currency);
    if (!explain)
        return c;
    c.why.formula
            = QStringLiteral("%1%2%3 = %4")
                      .arg(unitText(*price),
                           price->perHour ? QStringLiteral(" × %1 h").arg(number(HoursPerMonth))
                                          : QString(),
                           currency.conversionText(price->currency),
                           money(c.monthly, currency.display));
    c.why.citations << price->citation;
    return c;
}

qint64 toMicro(double amount)
{
    return std::isfinite(amount) ? qint64(std::llround(amount * 1e6)) : 0;
}

double fromMicro(qint64 micro)
{
    return double(micro) / 1e6;
}

} // namespace ecsplan
