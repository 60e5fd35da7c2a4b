#pragma once

#include "model/enums.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
class QMimeData;
QT_END_NAMESPACE

namespace ecsplan {

/**
 * The list of everything that can be placed on the canvas (region, zone, instances, scaling
 * group, disk, cache, load balancer, security group, internet users, on-premises), with icons
 * and tooltips. A drag source: items drag as ComponentMime ("application/x-ecsplan-component").
 * Double-click or Enter emits componentActivated (e.g. to add at the view's centre).
 */
class ComponentPalette : public QWidget
{
    Q_OBJECT

public:
    explicit ComponentPalette(QWidget *parent = nullptr);

    int count() const;
    EntityKind kindAt(int row) const;
    EndpointKind endpointAt(int row) const;
    /** Row of a kind (for endpoints: of that endpoint kind), or -1. */
    int rowOf(EntityKind kind, EndpointKind endpoint = EndpointKind::InternetUsers) const;
    /** The drag payload of a row, exactly what a drag from it carries (caller owns it). */
    QMimeData *mimeDataFor(int row) const;
    QListWidget *list() const { return m_list; }
    /**
     * Icons only (names in the tooltips) when the palette is narrower than CompactWidth, as
     * on a laptop screen; dragging its dock wider brings the names back.
     */
    bool isCompact() const { return m_compact; }
    static constexpr int CompactWidth = 110;
    /** The width of the palette in its compact form (icon and frame). */
    static int compactWidth();

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void componentActivated(ecsplan::EntityKind kind, ecsplan::EndpointKind endpoint);

private:
    void setCompact(bool compact);

    QListWidget *m_list;
    bool m_compact = false;
};

} // namespace ecsplan
