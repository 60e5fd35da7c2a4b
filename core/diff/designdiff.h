#pragma once

#include "model/model.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ecsplan {
class Catalog;

/**
 * Two versions of a design compared: what a reviewer of a pull request needs to see. Components
 * are matched by id (ids are stable across edits and saves); each side is priced and checked by
 * the same engines the application uses, so every delta is a difference of figures the user can
 * reproduce with `report` and `check` on either file.
 */
namespace DesignDiff {

enum class Change { Added, Removed, Changed };

struct FieldChange
{
    QString field; ///< the file's key ("count", "instanceType", ...)
    QString before; ///< compact JSON of the value; empty when absent
    QString after;
};

/** A computed figure of a component that moved between the two sides. */
struct FigureChange
{
    /// code: "effectiveIops" and "effectiveMBps" (a disk's baseline after its instance's caps),
    /// "peakUtilisation" (the busiest resource against its capacity at the peak, in %)
    QString figure;
    double before = 0;
    double after = 0;
};

struct ComponentChange
{
    Change change = Change::Changed;
    EntityId id = EntityId::None;
    QString name; ///< the newer name (the older one for removed components)
    QString kind; ///< kind code ("instanceGroup")
    QList<FieldChange> fields; ///< Changed only; layout (geometry) is left out
    /// Changed only: performance figures that moved, whether by an edit of this component or
    /// of another one (an instance type that caps a disk, a link's traffic)
    QList<FigureChange> figures;
    double costBefore = 0; ///< monthly, display currency of the newer design
    double costAfter = 0;
    bool unpricedBefore = false; ///< part of the component has no price on that side
    bool unpricedAfter = false;
    bool costed() const
    {
        return costBefore != 0 || costAfter != 0 || unpricedBefore || unpricedAfter;
    }
};

struct FindingChange
{
    QString ruleId;
    QString severity; ///< code: error, warning, advice
    QString title;
    QString subject; ///< name of the component it concerns (empty: the design)
    QString message;
};

struct PathChange
{
    QString path; ///< hop names joined by " → "
    std::optional<double> before; ///< typical round trip in ms; empty: the path is new / gone
    std::optional<double> after;
};

struct Totals
{
    double monthly = 0;
    int unpriced = 0; ///< items without a price
};

struct Result
{
    QString currency; ///< display currency (the newer design's)
    QList<ComponentChange> components; ///< removed, added, changed; by kind, then name
    int movedOnly = 0; ///< components whose only change is their place on the canvas
    QList<FieldChange> settings; ///< design settings that changed
    Totals before, after;
    QMap<BillingModel, std::pair<Totals, Totals>> byBillingModel;
    QList<FindingChange> introduced, resolved;
    QList<PathChange> paths; ///< only paths whose latency changed, appeared or disappeared
    bool empty() const
    {
        return components.isEmpty() && settings.isEmpty() && introduced.isEmpty()
                && resolved.isEmpty() && paths.isEmpty() && movedOnly == 0;
    }
};

/** Compares `before` with `after`, both priced and checked against `catalog`. */
Result compare(const Model &before, const Model &after, const Catalog &catalog);

/** "effective IOPS: 41,800 → 50,000", as the table prints a moved figure (translated). */
QString figureText(const FigureChange &figure);

/** JSON (documented in docs/report-format.md, "diff"). */
nlohmann::ordered_json toJson(const Result &result);
/** Plain text for a terminal. */
QString toTable(const Result &result);
/** GitHub-flavoured Markdown for a pull-request comment. */
QString toMarkdown(const Result &result);

} // namespace DesignDiff
} // namespace ecsplan
