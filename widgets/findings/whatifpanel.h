#pragma once

#include "model/ids.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace ecsplan {

class Catalog;
class Document;

/**
 * What-if tools on the current design:
 *  - zone failure drill: pick a zone or a region; the table shows every tier's capacity before
 *    and after, which tiers lose everything, and the extra monthly cost of sizing each tier to
 *    survive the loss of any one zone. greyOut(ids) tells the canvas what to fade (the main
 *    window connects it to DesignScene::setGreyedOut); "No failure" sends an empty list.
 *  - billing optimizer: each compute group's baseline and peak and the cheapest way to pay.
 *    Recomputed while the panel is shown.
 *  - traffic × k: every link's demand multiplied by k (1, 2, 4 … k); per step the components
 *    above 100 %, the one that breaks first, the cheapest change for each and the extra
 *    monthly cost of carrying it (TrafficGrowth). Recomputed while the panel is shown.
 * They follow the document: they are recomputed after every change.
 */
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    /** `catalog` null means Catalog::builtin(). Reads `document` only; it must outlive the panel.
     */
    WhatIfPanel(const Document *document, const Catalog *catalog, QWidget *parent = nullptr);

    /** Runs the drill for a zone or region (None: no failure). */
    void setFailedContainer(EntityId zoneOrRegion);
    EntityId failedContainer() const;

    QTableWidget *drillTable() const { return m_drill; }
    QTableWidget *billingTable() const { return m_billing; }
    QTableWidget *trafficTable() const { return m_traffic; }
    /** Sets k, the largest traffic factor (1–100), and recomputes the table. */
    void setTrafficFactor(double k);
    QString trafficSummary() const;
    QString drillSummary() const;
    QString billingSummary() const;

signals:
    void greyOut(const ecsplan::EntityIds &ids);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /** Visible and not behind another dock's tab: the traffic table is computed only then. */
    bool isShown() const;
    void repopulatePicker();
    void refresh();
    /** Computes the billing and traffic tables when they are out of date. */
    void catchUp();
    void refreshDrill();
    void refreshBilling();
    void refreshTraffic();
    QString money(double amount) const;

    const Document *m_document;
    const Catalog *m_catalog;
    QComboBox *m_picker;
    QTableWidget *m_drill;
    QLabel *m_drillSummary;
    QTableWidget *m_billing;
    QLabel *m_billingSummary;
    QDoubleSpinBox *m_factor;
    QTableWidget *m_traffic;
    QLabel *m_trafficSummary;
    EntityIds m_lastGreyed;
    bool m_trafficStale = true;
    bool m_billingStale = true;
};

} // namespace ecsplan
