// DesignScene: routing links (one batch at a time, or in the background for a large design)
// and the header bands their labels keep clear of.
#include "designscene.h"

#include "containeritem.h"
#include "linkitem.h"
#include "linkslayer.h"

#include <QElapsedTimer>
#include <QTimer>

namespace ecsplan {

QRectF DesignScene::headerAt(const QRectF &sceneRect) const
{
    if (m_headerCacheDepth > 0) {
        for (const QRectF &header : m_headerCache)
            if (header.intersects(sceneRect))
                return header;
        return {};
    }
    for (const ContainerItem *c : m_containers) {
        const QRectF header = c->headerSceneRect();
        if (header.intersects(sceneRect))
            return header;
    }
    return {};
}

QList<QRectF> DesignScene::headersIn(const QRectF &sceneRect) const
{
    QList<QRectF> headers;
    auto consider = [&](const QRectF &header) {
        if (header.intersects(sceneRect))
            headers << header;
    };
    if (m_headerCacheDepth > 0) {
        for (const QRectF &header : m_headerCache)
            consider(header);
    } else {
        for (const ContainerItem *c : m_containers)
            consider(c->headerSceneRect());
    }
    return headers;
}

DesignScene::HeaderCacheHold::HeaderCacheHold(DesignScene *scene)
    : m_scene(scene)
{
    // Routing moves no container: their header bands are mapped to the scene once for the
    // batch, not at each of the up to 84 label positions a link tries (7 % of opening 10k).
    if (m_scene->m_headerCacheDepth++ == 0) {
        m_scene->m_headerCache.clear();
        m_scene->m_headerCache.reserve(m_scene->m_containers.size());
        for (const ContainerItem *c : std::as_const(m_scene->m_containers))
            m_scene->m_headerCache << c->headerSceneRect();
    }
}

DesignScene::HeaderCacheHold::~HeaderCacheHold()
{
    if (--m_scene->m_headerCacheDepth == 0)
        m_scene->m_headerCache.clear();
}

void DesignScene::adjustLinks(const EntityIds &nodes, const EntityIds &links)
{
    const Model &model = m_document->model();
    const HeaderCacheHold headers(this);
    // A large batch of links never routed (an open, a paste) waits for the background.
    const bool wait = m_backgroundRouting && links.size() > BackgroundRoutingAbove;
    QSet<EntityId> done;
    const auto adjustLink = [&](EntityId link) {
        if (done.contains(link))
            return;
        done.insert(link);
        auto *item = static_cast<LinkItem *>(m_items.value(link));
        if (!item)
            return;
        if (!item->isRouted() && (wait || m_waiting.contains(link))) {
            if (!m_waiting.contains(link)) {
                m_waiting.insert(link);
                m_waitingLinks << link;
            }
            return;
        }
        item->adjust();
    };
    for (EntityId link : links)
        adjustLink(link);
    for (EntityId id : nodes) {
        for (EntityId link : model.linksOf(id))
            adjustLink(link);
        if (AttachmentItem *a = m_attachments.value(id))
            a->adjust();
        for (EntityId disk : model.disksAttachedTo(id))
            if (AttachmentItem *a = m_attachments.value(disk))
                a->adjust();
    }
    if (linksWaiting() > 0 && !m_routingTimer->isActive())
        m_routingTimer->start();
}

void DesignScene::setBackgroundRouting(bool on)
{
    m_backgroundRouting = on;
    if (!on)
        finishLinkRouting();
}

void DesignScene::finishLinkRouting()
{
    routeWaitingLinks(-1);
}

void DesignScene::routeWaitingLinks(int budgetMs)
{
    if (m_waitingNext >= m_waitingLinks.size())
        return;
    const HeaderCacheHold headers(this);
    // Waiting links were never drawn: the layer repaints once, when the last is routed, not
    // the whole view after every slice (links are hidden at the zoom a large design opens at).
    m_linksLayer->setQuiet(true);
    QElapsedTimer clock;
    clock.start();
    while (m_waitingNext < m_waitingLinks.size()) {
        const EntityId id = m_waitingLinks.at(m_waitingNext++);
        if (!m_waiting.remove(id))
            continue; // removed while it waited
        if (auto *item = static_cast<LinkItem *>(m_items.value(id)))
            item->adjust();
        if (budgetMs >= 0 && m_waitingNext % 32 == 0 && clock.elapsed() >= budgetMs)
            break;
    }
    m_linksLayer->setQuiet(false);
    if (m_waitingNext < m_waitingLinks.size()) {
        m_routingTimer->start();
        return;
    }
    m_routingTimer->stop();
    m_waitingLinks.clear();
    m_waitingNext = 0;
    m_waiting.clear();
    m_linksLayer->update();
}

} // namespace ecsplan
