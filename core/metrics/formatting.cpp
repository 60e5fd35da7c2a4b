#include "formatting.h"

#include "ecsplan_global.h"

#include <QLocale>

#include <cmath>

namespace ecsplan::metrics {

QString number(double value, int maxDecimals)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (!std::isfinite(value))
        return QStringLiteral("—");
    QString s = english.toString(value, 'f', maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString moneyAmount(double value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value, 'f', 2);
}

QString money(double value, const QString &currency)
{
    return currency + QLatin1Char(' ') + moneyAmount(value);
}

QString unpricedSuffix(int unpriced)
{
    if (unpriced <= 0)
        return {};
    // English needs its plural without a translation file; %n keeps other languages' forms.
    return unpriced == 1 ? Tr::tr("+ 1 item without a price")
                         : Tr::tr("+ %n items without a price", nullptr, unpriced);
}

QString total(double value, const QString &currency, int unpriced)
{
    const QString amount = money(value, currency);
    return unpriced > 0 ? amount + QLatin1Char(' ') + unpricedSuffix(unpriced) : amount;
}

} // namespace ecsplan::metrics
