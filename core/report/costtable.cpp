#include "costtable.h"

#include "ecsplan_global.h"
#include "metrics/metricsengine.h"
#include "model/model.h"

#include <QSaveFile>

namespace ecsplan::CostTable {

namespace {

QString nameOf(const Model &model, EntityId id)
{
    const Entity *e = model.find(id);
    return e ? e->name : QString();
}

bool isPriced(EntityKind kind)
{
    switch (kind) {
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup:
    case EntityKind::Disk:
    case EntityKind::Cache:
    case EntityKind::LoadBalancer:
    case EntityKind::Link:
        return true;
    default:
        return false;
    }
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QList<CostTableRow> build(const Model &model, const MetricsEngine &engine)
{
    QList<CostTableRow> rows;
    for (EntityId id : model.ids()) {
        const Entity *e = model.find(id);
        if (!isPriced(e->kind))
            continue;
        CostTableRow base;
        base.id = id;
        base.name = e->name;
        base.kind = e->kind;
        // A link is placed where its traffic leaves from.
        const EntityId anchor = e->isLink() ? e->link.from : id;
        base.zone = nameOf(model, model.zoneOf(anchor));
        base.region = nameOf(model, model.regionOf(anchor));
        BillingModel own = BillingModel::PayAsYouGo;
        if (e->isCompute())
            own = e->compute.billing;
        else if (e->kind == EntityKind::Cache)
            own = e->cache.billing;
        const CostFigure figure = engine.costOf(id);
        const std::optional<ComputeMetrics> compute
                = e->isCompute() ? engine.compute(id) : std::nullopt;
        for (int b = 0; b < BillingModelCount; ++b) {
            CostTableRow row = base;
            row.billing = BillingModel(b);
            row.current = row.billing == own;
            if (compute) {
                row.billingDependent = true;
                row.priceMissing
                        = false; // every billing model is priced (0 when its row is missing)
                row.monthly = row.current ? figure.monthly
                                          : compute->monthlyByBilling.value(row.billing);
                if (row.current)
                    row.priceMissing = figure.priceMissing;
            } else {
                row.monthly = figure.monthly;
                row.priceMissing = figure.priceMissing;
            }
            rows << row;
        }
    }
    return rows;
}

QList<CostTableRow> currentRows(const QList<CostTableRow> &rows)
{
    QList<CostTableRow> result;
    for (const CostTableRow &r : rows) {
        if (r.current)
            result << r;
    }
    return result;
}

QString toCsv(const QList<CostTableRow> &rows, const QString &currency)
{
    QString out = QStringLiteral("id,name,kind,region,zone,billing_model,current,billing_dependent,"
                                 "monthly_%1,price_missing\r\n")
                          .arg(currency.toLower());
    for (const CostTableRow &r : rows) {
        const QStringList fields{QString::number(toUInt(r.id)),
                                 csvField(r.name),
                                 toCode(r.kind),
                                 csvField(r.region),
                                 csvField(r.zone),
                                 toCode(r.billing),
                                 r.current ? QStringLiteral("true") : QStringLiteral("false"),
                                 r.billingDependent ? QStringLiteral("true")
                                                    : QStringLiteral("false"),
                                 QString::number(r.monthly, 'f', 2),
                                 r.priceMissing ? QStringLiteral("true") : QStringLiteral("false")};
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool writeCsv(const QList<CostTableRow> &rows, const QString &currency, const QString &path,
              QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(rows, currency).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ecsplan::CostTable
