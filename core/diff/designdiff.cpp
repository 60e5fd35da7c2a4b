#include "designdiff.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "io/designjson.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "rules/rulesengine.h"
#include "session/designsession.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ecsplan::DesignDiff {

namespace {

using Json = nlohmann::ordered_json;

/** Both sides priced and checked by the application's own engines. */
struct Side
{
    DesignSession session;
    const MetricsEngine *metrics;
    const RulesEngine *rules;

    Side(const Model &model, const Catalog &catalog)
        : session(catalog, Model(model))
        , metrics(&session.metrics())
        , rules(&session.rules())
    {
    }
    const Model &model() const { return session.model(); }
};

QString compact(const Json &value)
{
    return value.is_null() ? QString() : QString::fromStdString(value.dump());
}

/** Key-by-key differences of two JSON objects, in the newer object's key order. */
QList<FieldChange> fieldChanges(const Json &before, const Json &after,
                                const QStringList &ignored = {})
{
    QList<FieldChange> out;
    auto consider = [&](const std::string &key) {
        if (ignored.contains(QString::fromStdString(key)))
            return;
        const Json a = before.contains(key) ? before.at(key) : Json();
        const Json b = after.contains(key) ? after.at(key) : Json();
        if (a != b)
            out << FieldChange{QString::fromStdString(key), compact(a), compact(b)};
    };
    for (auto it = after.begin(); it != after.end(); ++it)
        consider(it.key());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            consider(it.key());
    }
    return out;
}

Json entityJson(const Entity &e)
{
    return Json::parse(DesignJson::writeEntity(e).toStdString());
}

QString pathName(const Model &model, const PathMetrics &path)
{
    QStringList names;
    for (EntityId hop : path.hops) {
        const Entity *e = model.find(hop);
        names << (e ? e->name : QStringLiteral("#%1").arg(toUInt(hop)));
    }
    return names.join(QStringLiteral(" → "));
}

QList<FindingChange> findingsOnlyIn(const Side &side, const Side &other)
{
    QSet<QString> otherKeys;
    for (const Finding &f : other.rules->findings())
        otherKeys.insert(f.key());
    QList<FindingChange> out;
    for (const Finding &f : side.rules->findings()) {
        if (otherKeys.contains(f.key()))
            continue;
        const Entity *subject = side.model().find(f.subject());
        out << FindingChange{f.ruleId, toCode(f.severity), f.title,
                             subject ? subject->name : QString(), f.message};
    }
    return out;
}

/** The performance figures of `id` on one side, by code (absent: the side has none). */
QMap<QString, double> figuresOf(const Side &side, EntityId id, EntityKind kind)
{
    QMap<QString, double> out;
    if (kind == EntityKind::Disk) {
        if (const auto disk = side.metrics->disk(id, false)) {
            out.insert(QStringLiteral("effectiveIops"), disk->effectiveIopsBaseline);
            out.insert(QStringLiteral("effectiveMBps"), disk->effectiveMBpsBaseline);
        }
    }
    if (const auto load = side.metrics->load(id); load && load->bottleneck())
        out.insert(QStringLiteral("peakUtilisation"), load->utilisation() * 100.0);
    return out;
}

/** The figures that moved by more than their display precision. */
QList<FigureChange> figureChanges(const QMap<QString, double> &before,
                                  const QMap<QString, double> &after)
{
    static const QStringList order{QStringLiteral("effectiveIops"), QStringLiteral("effectiveMBps"),
                                   QStringLiteral("peakUtilisation")};
    QList<FigureChange> out;
    for (const QString &code : order) {
        if (!before.contains(code) || !after.contains(code))
            continue;
        const double a = before.value(code);
        const double b = after.value(code);
        const double precision = code == QLatin1String("effectiveIops") ? 0.5 : 0.05;
        if (std::abs(a - b) >= precision)
            out << FigureChange{code, a, b};
    }
    return out;
}

QString figureLabel(const QString &code)
{
    if (code == QLatin1String("effectiveIops"))
        return Tr::tr("effective IOPS");
    if (code == QLatin1String("effectiveMBps"))
        return Tr::tr("effective MB/s");
    return Tr::tr("peak utilisation");
}

QString figureValue(const QString &code, double v)
{
    if (code == QLatin1String("effectiveIops"))
        return metrics::number(v, 0);
    if (code == QLatin1String("effectiveMBps"))
        return metrics::number(v, 1);
    return Tr::tr("%1 %").arg(metrics::number(v, 1));
}

QString figureLine(const FigureChange &f)
{
    return QStringLiteral("%1: %2 → %3")
            .arg(figureLabel(f.figure), figureValue(f.figure, f.before),
                 figureValue(f.figure, f.after));
}

/** JSON numbers as the table shows them: IOPS whole, MB/s and % to one decimal. */
double figureRounded(const QString &code, double v)
{
    return code == QLatin1String("effectiveIops") ? std::round(v) : std::round(v * 10) / 10;
}

QString signedMoney(double delta, const QString &currency)
{
    return (delta >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
            + metrics::money(std::abs(delta), currency);
}

QString costCell(const ComponentChange &c, const QString &currency)
{
    const QString before = metrics::money(c.costBefore, currency)
            + (c.unpricedBefore ? QStringLiteral(" + ") + Tr::tr("unpriced") : QString());
    const QString after = metrics::money(c.costAfter, currency)
            + (c.unpricedAfter ? QStringLiteral(" + ") + Tr::tr("unpriced") : QString());
    switch (c.change) {
    case Change::Added:
        return after;
    case Change::Removed:
        return before;
    case Change::Changed:
        break;
    }
    if (before == after)
        return after;
    return QStringLiteral("%1 → %2 (%3)")
            .arg(before, after, signedMoney(c.costAfter - c.costBefore, currency));
}

QString totalLine(const Totals &t, const QString &currency)
{
    return metrics::total(t.monthly, currency, t.unpriced);
}

QString ms(const std::optional<double> &v)
{
    return v ? Tr::tr("%1 ms").arg(metrics::number(*v, 2)) : QStringLiteral("—");
}

QString marker(Change c)
{
    switch (c) {
    case Change::Added:
        return QStringLiteral("+");
    case Change::Removed:
        return QStringLiteral("-");
    case Change::Changed:
        break;
    }
    return QStringLiteral("~");
}

QString changeCode(Change c)
{
    switch (c) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString movedLine(int moved)
{
    // English needs its plural without a translation file; %n keeps other languages' forms.
    return moved == 1 ? Tr::tr("1 component only moved on the canvas.")
                      : Tr::tr("%n components only moved on the canvas.", nullptr, moved);
}

/** A field's value for the JSON output: the file's value, null when absent. */
Json fieldValue(const QString &compactJson)
{
    return compactJson.isEmpty() ? Json() : Json::parse(compactJson.toStdString());
}

Json fieldsJson(const QList<FieldChange> &fields)
{
    Json out = Json::array();
    for (const FieldChange &f : fields)
        out.push_back({{"field", f.field.toStdString()},
                       {"before", fieldValue(f.before)},
                       {"after", fieldValue(f.after)}});
    return out;
}

/** A field's value for the table and Markdown: "—" when absent. */
QString fieldText(const QString &compactJson)
{
    return compactJson.isEmpty() ? QStringLiteral("—") : compactJson;
}

/** Markdown cell text: pipes and line breaks would break the table. */
QString cell(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

} // namespace

QString figureText(const FigureChange &figure)
{
    return figureLine(figure);
}

Result compare(const Model &beforeModel, const Model &afterModel, const Catalog &catalog)
{
    const Side before(beforeModel, catalog);
    const Side after(afterModel, catalog);
    Result r;
    r.currency = after.metrics->totals().currency;

    // Components, matched by id.
    QList<EntityId> ids;
    for (const Entity &e : before.model().entities())
        ids << e.id;
    for (const Entity &e : after.model().entities()) {
        if (!before.model().contains(e.id))
            ids << e.id;
    }
    for (EntityId id : std::as_const(ids)) {
        const Entity *a = before.model().find(id);
        const Entity *b = after.model().find(id);
        ComponentChange c;
        c.id = id;
        if (a && b && a->kind != b->kind) { // an id reused for another kind: two changes
            ComponentChange gone;
            gone.change = Change::Removed;
            gone.id = id;
            gone.name = a->name;
            gone.kind = toCode(a->kind);
            const CostFigure cost = before.metrics->costOf(id);
            gone.costBefore = cost.monthly;
            gone.unpricedBefore = cost.priceMissing;
            r.components << gone;
            a = nullptr;
        }
        if (!a) {
            c.change = Change::Added;
        } else if (!b) {
            c.change = Change::Removed;
        } else {
            c.change = Change::Changed;
            c.fields = fieldChanges(entityJson(*a), entityJson(*b), {QStringLiteral("geometry")});
            c.figures
                    = figureChanges(figuresOf(before, id, a->kind), figuresOf(after, id, b->kind));
        }
        const Entity &shown = b ? *b : *a;
        c.name = shown.name;
        c.kind = toCode(shown.kind);
        if (a) {
            const CostFigure cost = before.metrics->costOf(id);
            c.costBefore = cost.monthly;
            c.unpricedBefore = cost.priceMissing;
        }
        if (b) {
            const CostFigure cost = after.metrics->costOf(id);
            c.costAfter = cost.monthly;
            c.unpricedAfter = cost.priceMissing;
        }
        const bool costMoved = std::abs(c.costAfter - c.costBefore) >= 0.005
                || c.unpricedBefore != c.unpricedAfter;
        if (c.change == Change::Changed && c.fields.isEmpty()) {
            if (a->geometry != b->geometry)
                ++r.movedOnly;
            // A cost or a figure can move without an edit of its own (a link's traffic).
            if (!costMoved && c.figures.isEmpty())
                continue;
        }
        r.components << c;
    }
    auto rank = [](Change c) {
        return c == Change::Removed ? 0 : c == Change::Added ? 1 : 2;
    };
    auto order = [&rank](const ComponentChange &x, const ComponentChange &y) {
        if (x.change != y.change)
            return rank(x.change) < rank(y.change); // removed, added, changed
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.name.localeAwareCompare(y.name) < 0;
    };
    std::stable_sort(r.components.begin(), r.components.end(), order);

    // Design settings.
    const Json fileBefore = Json::parse(DesignJson::write(before.model()).toStdString());
    const Json fileAfter = Json::parse(DesignJson::write(after.model()).toStdString());
    r.settings = fieldChanges(fileBefore.value("design", Json::object()),
                              fileAfter.value("design", Json::object()));

    // Totals.
    const ecsplan::Totals &tb = before.metrics->totals();
    const ecsplan::Totals &ta = after.metrics->totals();
    r.before = {tb.monthly, int(tb.missingPrices.size())};
    r.after = {ta.monthly, int(ta.missingPrices.size())};
    for (int m = 0; m < BillingModelCount; ++m) {
        const auto model = BillingModel(m);
        if (!tb.byBillingModel.contains(model) && !ta.byBillingModel.contains(model))
            continue;
        r.byBillingModel.insert(model,
                                {Totals{tb.byBillingModel.value(model),
                                        int(tb.missingPricesByBillingModel.value(model).size())},
                                 Totals{ta.byBillingModel.value(model),
                                        int(ta.missingPricesByBillingModel.value(model).size())}});
    }

    // Findings.
    r.introduced = findingsOnlyIn(after, before);
    r.resolved = findingsOnlyIn(before, after);

    // Request paths, matched by their hops' names.
    QMap<QString, double> pathsBefore, pathsAfter;
    for (const PathMetrics &p : before.metrics->paths())
        pathsBefore.insert(pathName(before.model(), p), p.typicalMs);
    for (const PathMetrics &p : after.metrics->paths())
        pathsAfter.insert(pathName(after.model(), p), p.typicalMs);
    QStringList names = pathsBefore.keys();
    for (const QString &n : pathsAfter.keys()) {
        if (!pathsBefore.contains(n))
            names << n;
    }
    for (const QString &n : std::as_const(names)) {
        PathChange p{n, std::nullopt, std::nullopt};
        if (pathsBefore.contains(n))
            p.before = pathsBefore.value(n);
        if (pathsAfter.contains(n))
            p.after = pathsAfter.value(n);
        if (p.before && p.after && std::abs(*p.before - *p.after) < 0.0005)
            continue;
        r.paths << p;
    }
    return r;
}

Json toJson(const Result &r)
{
    Json j;
    j["currency"] = r.currency.toStdString();
    auto totals = [](const Totals &t) {
        return Json{{"monthly", std::round(t.monthly * 100) / 100}, {"unpricedItems", t.unpriced}};
    };
    j["total"] = {{"before", totals(r.before)},
                  {"after", totals(r.after)},
                  {"delta", std::round((r.after.monthly - r.before.monthly) * 100) / 100}};
    Json models = Json::object();
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it)
        models[toCode(it.key()).toStdString()]
                = {{"before", totals(it.value().first)}, {"after", totals(it.value().second)}};
    j["byBillingModel"] = models;
    Json components = Json::array();
    for (const ComponentChange &c : r.components) {
        Json o{{"change", changeCode(c.change).toStdString()},
               {"id", toUInt(c.id)},
               {"kind", c.kind.toStdString()},
               {"name", c.name.toStdString()}};
        if (!c.fields.isEmpty())
            o["fields"] = fieldsJson(c.fields);
        if (!c.figures.isEmpty()) {
            Json figures = Json::array();
            for (const FigureChange &f : c.figures)
                figures.push_back({{"figure", f.figure.toStdString()},
                                   {"before", figureRounded(f.figure, f.before)},
                                   {"after", figureRounded(f.figure, f.after)}});
            o["figures"] = figures;
        }
        if (c.costed())
            o["monthly"] = {{"before", std::round(c.costBefore * 100) / 100},
                            {"after", std::round(c.costAfter * 100) / 100},
                            {"unpricedBefore", c.unpricedBefore},
                            {"unpricedAfter", c.unpricedAfter}};
        components.push_back(o);
    }
    j["components"] = components;
    j["movedOnly"] = r.movedOnly;
    j["settings"] = fieldsJson(r.settings);
    auto findings = [](const QList<FindingChange> &list) {
        Json a = Json::array();
        for (const FindingChange &f : list)
            a.push_back({{"rule", f.ruleId.toStdString()},
                         {"severity", f.severity.toStdString()},
                         {"title", f.title.toStdString()},
                         {"component", f.subject.toStdString()},
                         {"message", f.message.toStdString()}});
        return a;
    };
    j["findings"] = {{"introduced", findings(r.introduced)}, {"resolved", findings(r.resolved)}};
    Json paths = Json::array();
    for (const PathChange &p : r.paths)
        paths.push_back({{"path", p.path.toStdString()},
                         {"typicalMsBefore", p.before ? Json(*p.before) : Json()},
                         {"typicalMsAfter", p.after ? Json(*p.after) : Json()}});
    j["paths"] = paths;
    return j;
}

QString toTable(const Result &r)
{
    QString out;
    if (r.empty())
        return Tr::tr("No differences.") + QLatin1Char('\n');
    out += Tr::tr("Monthly total: %1 → %2 (%3)")
                    .arg(totalLine(r.before, r.currency), totalLine(r.after, r.currency),
                         signedMoney(r.after.monthly - r.before.monthly, r.currency))
            + QLatin1Char('\n');
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it)
        out += QStringLiteral("  %1: %2 → %3\n")
                       .arg(displayName(it.key()), totalLine(it.value().first, r.currency),
                            totalLine(it.value().second, r.currency));
    if (!r.components.isEmpty() || r.movedOnly > 0) {
        out += QLatin1Char('\n') + Tr::tr("Components:") + QLatin1Char('\n');
        for (const ComponentChange &c : r.components) {
            out += QStringLiteral("%1 %2 (%3)").arg(marker(c.change), c.name, c.kind);
            if (c.costed())
                out += QStringLiteral("  ") + costCell(c, r.currency);
            out += QLatin1Char('\n');
            for (const FieldChange &f : c.fields)
                out += QStringLiteral("    %1: %2 → %3\n")
                               .arg(f.field, fieldText(f.before), fieldText(f.after));
            for (const FigureChange &f : c.figures)
                out += QStringLiteral("    ") + figureLine(f) + QLatin1Char('\n');
        }
        if (r.movedOnly > 0)
            out += QStringLiteral("  ") + movedLine(r.movedOnly) + QLatin1Char('\n');
    }
    if (!r.settings.isEmpty()) {
        out += QLatin1Char('\n') + Tr::tr("Design settings:") + QLatin1Char('\n');
        for (const FieldChange &f : r.settings)
            out += QStringLiteral("  %1: %2 → %3\n").arg(f.field, f.before, f.after);
    }
    auto findings = [&out](const QString &heading, const QList<FindingChange> &list) {
        if (list.isEmpty())
            return;
        out += QLatin1Char('\n') + heading + QLatin1Char('\n');
        for (const FindingChange &f : list)
            out += QStringLiteral("  %1 %2 %3%4\n")
                           .arg(f.ruleId, f.severity, f.title,
                                f.subject.isEmpty() ? QString()
                                                    : QStringLiteral(" — ") + f.subject);
    };
    findings(Tr::tr("Findings introduced:"), r.introduced);
    findings(Tr::tr("Findings resolved:"), r.resolved);
    if (!r.paths.isEmpty()) {
        out += QLatin1Char('\n') + Tr::tr("Request paths (typical round trip):")
                + QLatin1Char('\n');
        for (const PathChange &p : r.paths)
            out += QStringLiteral("  %1: %2 → %3\n").arg(p.path, ms(p.before), ms(p.after));
    }
    return out;
}

QString toMarkdown(const Result &r)
{
    QString out = QStringLiteral("### ") + Tr::tr("ECS Planner: design changes")
            + QStringLiteral("\n\n");
    if (r.empty())
        return out + Tr::tr("No differences.") + QLatin1Char('\n');
    out += QStringLiteral("| | %1 | %2 | %3 |\n|---|---:|---:|---:|\n")
                   .arg(Tr::tr("Before"), Tr::tr("After"), Tr::tr("Change"));
    out += QStringLiteral("| **%1** | %2 | %3 | **%4** |\n")
                   .arg(Tr::tr("Monthly total"), cell(totalLine(r.before, r.currency)),
                        cell(totalLine(r.after, r.currency)),
                        signedMoney(r.after.monthly - r.before.monthly, r.currency));
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(displayName(it.key()), cell(totalLine(it.value().first, r.currency)),
                            cell(totalLine(it.value().second, r.currency)),
                            signedMoney(it.value().second.monthly - it.value().first.monthly,
                                        r.currency));
    if (!r.components.isEmpty()) {
        out += QStringLiteral("\n| | %1 | %2 | %3 | %4 |\n|---|---|---|---|---:|\n")
                       .arg(Tr::tr("Component"), Tr::tr("Kind"), Tr::tr("What changed"),
                            Tr::tr("Monthly"));
        for (const ComponentChange &c : r.components) {
            QStringList what;
            for (const FieldChange &f : c.fields)
                what << QStringLiteral("`%1`: %2 → %3")
                                .arg(f.field, fieldText(f.before), fieldText(f.after));
            for (const FigureChange &f : c.figures)
                what << figureLine(f);
            if (c.change == Change::Added)
                what << Tr::tr("added");
            else if (c.change == Change::Removed)
                what << Tr::tr("removed");
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                           .arg(marker(c.change), cell(c.name), c.kind,
                                cell(what.join(QStringLiteral("<br>"))),
                                c.costed() ? cell(costCell(c, r.currency)) : QString());
        }
    }
    if (r.movedOnly > 0)
        out += QLatin1Char('\n') + movedLine(r.movedOnly) + QLatin1Char('\n');
    if (!r.settings.isEmpty()) {
        out += QStringLiteral("\n**") + Tr::tr("Design settings") + QStringLiteral("**\n\n");
        for (const FieldChange &f : r.settings)
            out += QStringLiteral("- `%1`: %2 → %3\n").arg(f.field, f.before, f.after);
    }
    auto findings = [&out](const QString &heading, const QList<FindingChange> &list) {
        if (list.isEmpty())
            return;
        out += QStringLiteral("\n**") + heading + QStringLiteral("**\n\n");
        for (const FindingChange &f : list)
            out += QStringLiteral("- %1 (%2) %3%4\n")
                           .arg(f.ruleId, f.severity, cell(f.title),
                                f.subject.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + cell(f.subject));
    };
    findings(Tr::tr("Findings introduced"), r.introduced);
    findings(Tr::tr("Findings resolved"), r.resolved);
    if (!r.paths.isEmpty()) {
        out += QStringLiteral("\n**") + Tr::tr("Request paths (typical round trip)")
                + QStringLiteral("**\n\n");
        for (const PathChange &p : r.paths)
            out += QStringLiteral("- %1: %2 → %3\n").arg(cell(p.path), ms(p.before), ms(p.after));
    }
    return out;
}

} // namespace ecsplan::DesignDiff
