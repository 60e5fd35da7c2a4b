#pragma once

#include "model/model.h"

#include <QString>

namespace ecsplan {

class MetricsEngine;

/**
 * The words and numbers a canvas item shows for an entity, computed once per model change or
 * metrics flush (never in paint()). This is the only canvas file that reads the MetricsEngine.
 */
struct EntityFigures
{
    QString typeLine; ///< "ecs.g8i.large × 3", "ESSD PL1 · 500 GiB", "ALB · internet"
    QString metricLine; ///< live figure: "¥1,234/mo", "26,800 IOPS · 370 MB/s", "0.2 ms · 500
                        ///< GB/mo"
    QString explanation; ///< how metricLine was obtained (Explanation::toText()), for the tooltip
    QString problem; ///< non-empty: the entity is invalid (red border), this is why
    /// Demand against capacity at the peak (docs/demand.md): the bottleneck's utilisation,
    /// 1.0 = 100 % of the baseline; negative when there is nothing to show.
    double utilisation = -1;
    QString loadLine; ///< "bandwidth 112 % of baseline at the peak", for the tooltip (`explain`)
    /// Computed with `explain`: for a tooltip. Items build their tooltip only then (the scene
    /// asks when a tooltip is about to show), not for each of 50,000 items at every sync.
    bool explained = false;
    /// Computed with text: typeLine and metricLine are filled in (else they stay empty).
    bool withText = true;
    /// One line per resource under it ("Packets per second: 62 % (850,000 of 1,375,000)"), for
    /// the tooltip (`explain`).
    QStringList utilisationLines;

    /**
     * Computes the figures; `engine` may be null (then only model facts are shown). Without
     * `explain`, `explanation` stays empty and the engine explains nothing (the canvas syncs
     * 50,000 items that way; a tooltip asks for the explanation when it is shown). Without
     * `withText` (and without `explain`), typeLine and metricLine stay empty: a card needs only the
     * problem and the utilisation until it is painted with its text (DesignScene::textFigures).
     */
    static EntityFigures of(const Model &model, const MetricsEngine *engine, const Entity &entity,
                            bool explain = true, bool withText = true);
    /** "¥1,234/mo" or "$1,234/mo" in the design's display currency. */
    static QString money(double monthly, const QString &currency);
};

} // namespace ecsplan
