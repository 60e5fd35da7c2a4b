#pragma once

#include "model/changeevent.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace ecsplan {

class Catalog;
class Document;
class MetricsEngine;
class PropertyField;

/**
 * The property panel for the canvas selection (Tiled's PropertiesWidget). Built generically
 * from properties.h; each field edit becomes one Document verb call, i.e. one undo step
 * (number typing merges into one). A refused edit stays in the field, framed red with the
 * reason, and nothing is pushed. With several entities selected it shows the properties all
 * of them have; differing values show as "(mixed values)" and an edit sets all of them.
 *
 * The inspector is a view: it refreshes from Document::changed and never caches the model.
 */
class Inspector : public QWidget
{
    Q_OBJECT

public:
    Inspector(Document *document, const Catalog *catalog, QWidget *parent = nullptr);

    EntityIds selection() const { return m_selection; }
    /** The editor row of `p`, or nullptr when the selection has no such shared property. */
    PropertyField *field(Property p) const { return m_fields.value(p); }
    QList<Property> shownProperties() const { return m_order; }
    /** Resulting disk performance as shown beside the size ("21,800 IOPS · 320 MB/s"). */
    QString diskPerformanceText() const;
    /**
     * The live figures of the selected component's demand against capacity: one line per
     * resource ("Packets per second: 62 % (850,000 of 1,375,000)"), its formula in the line's
     * tooltip. Shown for a single instance group, scaling group, cache or load balancer.
     */
    void setMetricsEngine(const MetricsEngine *engine);
    /** The utilisation lines as shown (empty without demand), for tests. */
    QStringList utilisationLines() const;

public slots:
    void setSelection(const ecsplan::EntityIds &ids);
    /** The catalog's data changed (an overlay was laid on or taken off): rebuild the fields. */
    void catalogChanged() { rebuild(); }

signals:
    /** Why an edit was refused, for the status bar too. */
    void editRefused(const QString &reason);

private:
    void rebuild();
    void refresh();
    void onDocumentChanged(const ecsplan::ChangeEvent &event);
    void commit(PropertyField *field, const QVariant &value, bool mergeable);
    void toggleMember(PropertyField *field, EntityId member, bool on);
    /** Checks across properties of one entity (scaling limits); empty when acceptable. */
    QString crossCheck(Property p, const QVariant &value) const;
    void updateDiskPerformance(int sizeGiB);
    void updateUtilisation();
    QString headerText() const;

    Document *m_document;
    const Catalog *m_catalog;
    EntityIds m_selection;
    EntityIds m_scrolledSelection; ///< whose form the scroll position belongs to
    QLabel *m_header;
    QScrollArea *m_scroll;
    QPointer<QWidget> m_content;
    QHash<Property, PropertyField *> m_fields;
    QList<Property> m_order;
    QLabel *m_info = nullptr;
    QLabel *m_diskPerformance = nullptr;
    const MetricsEngine *m_engine = nullptr;
    QWidget *m_utilisation = nullptr; ///< the demand section of a single selection
};

} // namespace ecsplan
