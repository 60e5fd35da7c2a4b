#include "testcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ecsplan::test {

const Catalog &catalogWithLcuPrice()
{
    static const std::unique_ptr<Catalog> catalog = [] {
        Catalog::builtin(); // registers the resource
        QFile file(QStringLiteral(":/catalog/catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("catalogWithLcuPrice: %s", qPrintable(file.errorString()));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray services = root.value(QStringLiteral("services")).toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject row = services.at(i).toObject();
            const QString service = row.value(QStringLiteral("service")).toString();
            if (row.value(QStringLiteral("item")).toString() == QLatin1String("LCU")
                && (service == QLatin1String("alb") || service == QLatin1String("nlb"))) {
                row.insert(QStringLiteral("amount"), TestLcuUsdPerHour);
                services.replace(i, row);
            }
        }
        root.insert(QStringLiteral("services"), services);
        QStringList errors;
        auto c = Catalog::fromJson(QJsonDocument(root).toJson(), &errors);
        if (!c)
            qFatal("catalogWithLcuPrice: %s", qPrintable(errors.join(QLatin1Char('\n'))));
        return c;
    }();
    return *catalog;
}

} // namespace ecsplan::test
