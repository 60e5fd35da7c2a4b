#include "componentpalette.h"

#include "canvas/kindicon.h"
#include "componentmime.h"

#include <QListWidget>
#include <QMimeData>
#include <QVBoxLayout>

namespace ecsplan {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int EndpointRole = Qt::UserRole + 2;
constexpr int NameRole = Qt::UserRole + 3;

/** A QListWidget whose drags carry ComponentMime. */
class PaletteList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override
    {
        return {QString::fromLatin1(ComponentMime::MimeType)};
    }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        const QListWidgetItem *item = items.first();
        return ComponentMime::create(static_cast<EntityKind>(item->data(KindRole).toInt()),
                                     static_cast<EndpointKind>(item->data(EndpointRole).toInt()));
    }
};

struct Entry
{
    EntityKind kind;
    EndpointKind endpoint;
    const char *text;
    const char *tip;
};

} // namespace

ComponentPalette::ComponentPalette(QWidget *parent)
    : QWidget(parent)
    , m_list(new PaletteList(this))
{
    const Entry entries[] = {
            {EntityKind::Region, EndpointKind::InternetUsers, QT_TR_NOOP("Region"),
             QT_TR_NOOP(
                     "A cloud region (one VPC). Drop it on empty canvas, then put zones inside.")},
            {EntityKind::Zone, EndpointKind::InternetUsers, QT_TR_NOOP("Zone"),
             QT_TR_NOOP("An availability zone (one vSwitch). Must be dropped inside a region.")},
            {EntityKind::InstanceGroup, EndpointKind::InternetUsers, QT_TR_NOOP("Instances"),
             QT_TR_NOOP("One or more identical ECS instances. Must be dropped inside a zone.")},
            {EntityKind::ScalingGroup, EndpointKind::InternetUsers, QT_TR_NOOP("Scaling group"),
             QT_TR_NOOP("An ESS scaling group built from a launch template; can span the zones of "
                        "a region.")},
            {EntityKind::Disk, EndpointKind::InternetUsers, QT_TR_NOOP("Disk"),
             QT_TR_NOOP("A cloud disk (ESSD, AutoPL ...). Drop it in a zone, then connect it to "
                        "instances to attach it.")},
            {EntityKind::Cache, EndpointKind::InternetUsers, QT_TR_NOOP("Cache"),
             QT_TR_NOOP("A Redis / Tair instance. Must be dropped inside a zone.")},
            {EntityKind::LoadBalancer, EndpointKind::InternetUsers, QT_TR_NOOP("Load balancer"),
             QT_TR_NOOP("ALB, NLB or CLB, inside a region or zone.")},
            {EntityKind::SecurityGroup, EndpointKind::InternetUsers, QT_TR_NOOP("Security group"),
             QT_TR_NOOP("Ingress and egress rules applied to instances and scaling groups.")},
            {EntityKind::Endpoint, EndpointKind::InternetUsers, QT_TR_NOOP("Internet users"),
             QT_TR_NOOP(
                     "Where traffic comes from on the public internet. Placed outside regions.")},
            {EntityKind::Endpoint, EndpointKind::OnPremises, QT_TR_NOOP("On-premises"),
             QT_TR_NOOP("An on-premises site (data centre, office) exchanging traffic with the "
                        "design.")},
    };
    m_list->setViewMode(QListView::ListMode);
    m_list->setIconSize(QSize(28, 28));
    m_list->setSpacing(2);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(KindIcon::icon(e.kind, e.endpoint), tr(e.text), m_list);
        item->setToolTip(tr(e.tip));
        item->setData(NameRole, tr(e.text));
        item->setData(KindRole, int(e.kind));
        item->setData(EndpointRole, int(e.endpoint));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit componentActivated(static_cast<EntityKind>(item->data(KindRole).toInt()),
                                static_cast<EndpointKind>(item->data(EndpointRole).toInt()));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setToolTip(tr("Drag a component onto the canvas."));
}

int ComponentPalette::compactWidth()
{
    return 28 + 2 * 2 + 20; // icon, spacing, frame and margins
}

void ComponentPalette::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setCompact(width() < CompactWidth);
}

void ComponentPalette::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString name = item->data(NameRole).toString();
        const QString tip = item->toolTip();
        // The name leads the tooltip while it is not shown beside the icon.
        const QString lead = QStringLiteral("<b>%1</b><br>").arg(name.toHtmlEscaped());
        item->setText(compact ? QString() : name);
        item->setToolTip(compact ? lead + tip : tip.mid(tip.startsWith(lead) ? lead.size() : 0));
    }
}

int ComponentPalette::count() const
{
    return m_list->count();
}

EntityKind ComponentPalette::kindAt(int row) const
{
    return static_cast<EntityKind>(m_list->item(row)->data(KindRole).toInt());
}

EndpointKind ComponentPalette::endpointAt(int row) const
{
    return static_cast<EndpointKind>(m_list->item(row)->data(EndpointRole).toInt());
}

int ComponentPalette::rowOf(EntityKind kind, EndpointKind endpoint) const
{
    for (int row = 0; row < count(); ++row) {
        if (kindAt(row) == kind && (kind != EntityKind::Endpoint || endpointAt(row) == endpoint))
            return row;
    }
    return -1;
}

QMimeData *ComponentPalette::mimeDataFor(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    return ComponentMime::create(kindAt(row), endpointAt(row));
}

} // namespace ecsplan
