#include "canvasactions.h"

#include "designscene.h"
#include "designview.h"
#include "kindicon.h"
#include "layout/autolayout.h"
#include "minimap.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QCursor>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace ecsplan {

CanvasActions::CanvasActions(DesignView *view)
    : QObject(view)
    , m_view(view)
{
    m_cut = make(tr("Cu&t"), QKeySequence::Cut, QStringLiteral("edit-cut"));
    m_copy = make(tr("&Copy"), QKeySequence::Copy, QStringLiteral("edit-copy"));
    m_paste = make(tr("&Paste"), QKeySequence::Paste, QStringLiteral("edit-paste"));
    m_duplicate = make(tr("D&uplicate"), QKeySequence(tr("Ctrl+D")));
    m_delete = make(tr("&Delete"), QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_selectAll
            = make(tr("Select &All"), QKeySequence::SelectAll, QStringLiteral("edit-select-all"));
    connect(m_cut, &QAction::triggered, this, &CanvasActions::cut);
    connect(m_copy, &QAction::triggered, this, &CanvasActions::copy);
    connect(m_paste, &QAction::triggered, this, &CanvasActions::paste);
    connect(m_duplicate, &QAction::triggered, this, &CanvasActions::duplicate);
    connect(m_delete, &QAction::triggered, this, &CanvasActions::deleteSelection);
    connect(m_selectAll, &QAction::triggered, this, &CanvasActions::selectAll);

    const QList<std::pair<QString, Alignment>> aligns
            = {{tr("Align &Left"), Alignment::Left},      {tr("Align &Centre"), Alignment::HCenter},
               {tr("Align &Right"), Alignment::Right},    {tr("Align &Top"), Alignment::Top},
               {tr("Align &Middle"), Alignment::VCenter}, {tr("Align &Bottom"), Alignment::Bottom}};
    for (const auto &[text, alignment] : aligns) {
        QAction *a = make(text, {});
        const Alignment which = alignment;
        connect(a, &QAction::triggered, this, [this, which] { align(which); });
        m_align << a;
    }

    m_alignMenu = new QAction(tr("Align"), this);
    m_alignMenu->setIcon(QIcon::fromTheme(QStringLiteral("format-justify-left")));
    m_alignMenu->setToolTip(tr("Align the selected components, zones or regions"));
    auto *alignMenu = new QMenu;
    alignMenu->addActions(m_align);
    connect(this, &QObject::destroyed, alignMenu, &QObject::deleteLater);
    m_alignMenu->setMenu(alignMenu);

    m_rename = make(tr("&Rename"), QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, this, &CanvasActions::renameSelection);
    m_find = make(tr("&Find…"), QKeySequence::Find, QStringLiteral("edit-find"));
    connect(m_find, &QAction::triggered, view, &DesignView::showFindBar);
    m_tidy = make(tr("&Tidy Layout"), QKeySequence(tr("Ctrl+Shift+L")));
    m_tidy->setToolTip(tr("Arrange regions, zones and tiers left to right along the request path "
                          "(one undo step)"));
    connect(m_tidy, &QAction::triggered, this, &CanvasActions::tidyLayout);

    m_zoomIn = make(tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoom-in"));
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    m_zoomOut = make(tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out"));
    m_fit = make(tr("&Fit to View"), QKeySequence(tr("Ctrl+Shift+F")),
                 QStringLiteral("zoom-fit-best"));
    m_actualSize = make(tr("Actual &Size (100 %)"), QKeySequence(tr("Ctrl+0")),
                        QStringLiteral("zoom-original"));
    m_snap = make(tr("S&nap to Grid"), {});
    m_snap->setCheckable(true);
    m_snap->setChecked(view->designScene()->snapToGrid());
    connect(m_zoomIn, &QAction::triggered, view, &DesignView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, view, &DesignView::zoomOut);
    connect(m_fit, &QAction::triggered, view, &DesignView::zoomToFit);
    connect(m_actualSize, &QAction::triggered, view, &DesignView::resetZoom);
    connect(m_snap, &QAction::toggled, view->designScene(), &DesignScene::setSnapToGrid);
    m_minimap = make(tr("&Minimap"), {});
    m_minimap->setCheckable(true);
    m_minimap->setChecked(true);
    connect(m_minimap, &QAction::toggled, view,
            [view](bool on) { view->minimap()->setEnabledByUser(on); });

    m_selectTool = make(tr("&Select Tool"), QKeySequence(tr("V")));
    m_connectTool = make(tr("&Connect Tool"), QKeySequence(tr("C")));
    m_connectTool->setIcon(KindIcon::icon(EntityKind::Link));
    m_connectTool->setToolTip(
            tr("Connect: drag from one component to another to add a traffic link, "
               "or from a disk to instances to attach it."));
    auto *tools = new QActionGroup(this);
    for (QAction *a : {m_selectTool, m_connectTool}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    m_selectTool->setChecked(true);
    connect(m_selectTool, &QAction::triggered, view,
            [view] { view->setTool(DesignView::Tool::Select); });
    connect(m_connectTool, &QAction::triggered, view,
            [view] { view->setTool(DesignView::Tool::Connect); });
    connect(view, &DesignView::toolChanged, this, [this](DesignView::Tool tool) {
        (tool == DesignView::Tool::Connect ? m_connectTool : m_selectTool)->setChecked(true);
    });

    connect(view->designScene(), &DesignScene::selectedIdsChanged, this,
            &CanvasActions::updateEnabled);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &CanvasActions::updateEnabled);
    updateEnabled();
}

QAction *CanvasActions::make(const QString &text, const QKeySequence &shortcut,
                             const QString &iconName)
{
    auto *a = new QAction(text, this);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (!iconName.isEmpty())
        a->setIcon(QIcon::fromTheme(iconName));
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(a);
    return a;
}

QList<QAction *> CanvasActions::editActions() const
{
    QList<QAction *> list{m_cut,    m_copy,      m_paste,  m_duplicate,
                          m_delete, m_selectAll, m_rename, m_find};
    return list << m_align << m_tidy;
}

QList<QAction *> CanvasActions::viewActions() const
{
    return {m_zoomIn, m_zoomOut, m_fit, m_actualSize, m_snap, m_minimap};
}

QList<QAction *> CanvasActions::toolActions() const
{
    return {m_selectTool, m_connectTool};
}

void CanvasActions::updateEnabled()
{
    const EntityIds ids = m_view->designScene()->selectedIds();
    const bool any = !ids.isEmpty();
    for (QAction *a : {m_cut, m_copy, m_duplicate, m_delete})
        a->setEnabled(any);
    int nodes = 0;
    const Model &model = m_view->designScene()->document()->model();
    for (EntityId id : ids) {
        const Entity *e = model.find(id);
        nodes += (e && !e->isLink() && !e->isContainer()) ? 1 : 0;
    }
    Q_UNUSED(nodes);
    // Enabled with two or more of anything: align() says why a selection cannot be aligned.
    for (QAction *a : std::as_const(m_align))
        a->setEnabled(ids.size() >= 2);
    m_alignMenu->setEnabled(ids.size() >= 2);
    m_rename->setEnabled(ids.size() == 1);
    const QClipboard *clipboard = QGuiApplication::clipboard();
    m_paste->setEnabled(clipboard && Clipboard::canPaste(clipboard->mimeData()));
}

void CanvasActions::copy()
{
    DesignScene *scene = m_view->designScene();
    const Clipboard::Fragment fragment = Clipboard::copy(*scene->document(), scene->selectedIds());
    if (fragment.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(Clipboard::toMimeData(fragment));
    emit scene->statusMessage(
            tr("Copied %n component(s).", nullptr, int(fragment.entities.size())));
}

void CanvasActions::cut()
{
    DesignScene *scene = m_view->designScene();
    const EntityIds ids = scene->selectedIds();
    if (ids.isEmpty())
        return;
    copy();
    const Document::Result result = scene->document()->removeEntities(ids);
    if (!result.ok())
        emit scene->statusMessage(result.error);
}

Document::Result CanvasActions::pasteFragment(const Clipboard::Fragment &fragment,
                                              const QPointF &offset)
{
    DesignScene *scene = m_view->designScene();
    const Document::Result result = Clipboard::paste(scene->document(), fragment, offset);
    if (result.ok())
        scene->selectIds(result.ids);
    else
        emit scene->statusMessage(result.error);
    return result;
}

void CanvasActions::paste()
{
    DesignScene *scene = m_view->designScene();
    Clipboard::Fragment fragment;
    QString error;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!Clipboard::fromMimeData(mime, &fragment, &error)) {
        emit scene->statusMessage(error);
        return;
    }
    QPointF offset;
    const QPoint cursor = m_view->viewport()->mapFromGlobal(QCursor::pos());
    if (m_view->viewport()->underMouse() && m_view->viewport()->rect().contains(cursor)) {
        offset = m_view->mapToScene(cursor) - fragment.bounds().center();
        m_pasteCount = 0;
    } else {
        const QByteArray data = Clipboard::toJson(fragment);
        m_pasteCount = (data == m_lastPasted) ? m_pasteCount + 1 : 1;
        m_lastPasted = data;
        offset = QPointF(DesignScene::GridSize, DesignScene::GridSize) * m_pasteCount;
    }
    offset = scene->snapPoint(offset);
    pasteFragment(fragment, offset);
}

void CanvasActions::duplicate()
{
    DesignScene *scene = m_view->designScene();
    const Document::Result result
            = Clipboard::duplicate(scene->document(), scene->selectedIds(),
                                   QPointF(DesignScene::GridSize, DesignScene::GridSize));
    if (result.ok())
        scene->selectIds(result.ids);
    else
        emit scene->statusMessage(result.error);
}

void CanvasActions::deleteSelection()
{
    DesignScene *scene = m_view->designScene();
    const EntityIds ids = scene->selectedIds();
    if (ids.isEmpty())
        return;
    const Document::Result result = scene->document()->removeEntities(ids);
    if (!result.ok())
        emit scene->statusMessage(result.error);
}

void CanvasActions::selectAll()
{
    DesignScene *scene = m_view->designScene();
    scene->selectIds(scene->document()->model().ids());
}

QString CanvasActions::align(Alignment alignment)
{
    DesignScene *scene = m_view->designScene();
    const Model &model = scene->document()->model();
    // Roots: selected regions, zones or components whose container is not selected too.
    QSet<EntityId> selected;
    for (EntityId id : scene->selectedIds())
        selected.insert(id);
    EntityIds roots;
    for (EntityId id : scene->selectedIds()) {
        const Entity *e = model.find(id);
        if (!e || e->isLink())
            continue;
        bool ancestorSelected = false;
        for (const Entity *p = model.find(e->parent); p; p = model.find(p->parent))
            ancestorSelected = ancestorSelected || selected.contains(p->id);
        if (!ancestorSelected)
            roots << id;
    }
    auto refuse = [scene](const QString &why) {
        emit scene->statusMessage(why);
        return why;
    };
    if (roots.size() < 2)
        return refuse(tr("Select two or more components, zones or regions to align."));
    int regions = 0, zones = 0, cards = 0;
    QSet<EntityId> zoneRegions;
    for (EntityId id : std::as_const(roots)) {
        const Entity *e = model.find(id);
        regions += e->kind == EntityKind::Region;
        zones += e->kind == EntityKind::Zone;
        cards += !e->isContainer();
        if (e->kind == EntityKind::Zone)
            zoneRegions.insert(e->parent);
    }
    if ((regions > 0) + (zones > 0) + (cards > 0) > 1)
        return refuse(tr("Align lines up components, or zones, or regions: not a mix of them. "
                         "Select one sort."));
    if (zones > 0 && zoneRegions.size() > 1)
        return refuse(tr("Zones can only be aligned with zones of the same region."));

    QRectF bounds;
    for (EntityId id : std::as_const(roots))
        bounds = bounds.isNull() ? model.find(id)->geometry
                                 : bounds.united(model.find(id)->geometry);
    EntityIds ids;
    QList<QVariant> values;
    for (EntityId id : std::as_const(roots)) {
        const Entity *e = model.find(id);
        QRectF r = e->geometry;
        switch (alignment) {
        case Alignment::Left:
            r.moveLeft(bounds.left());
            break;
        case Alignment::HCenter:
            r.moveCenter(QPointF(bounds.center().x(), r.center().y()));
            break;
        case Alignment::Right:
            r.moveRight(bounds.right());
            break;
        case Alignment::Top:
            r.moveTop(bounds.top());
            break;
        case Alignment::VCenter:
            r.moveCenter(QPointF(r.center().x(), bounds.center().y()));
            break;
        case Alignment::Bottom:
            r.moveBottom(bounds.bottom());
            break;
        }
        const QPointF delta = r.topLeft() - e->geometry.topLeft();
        if (delta.isNull())
            continue;
        // Each stays where it is placed: a component in its container, a zone in its region.
        if (const Entity *parent = model.find(e->parent); parent && !parent->geometry.contains(r))
            return refuse(tr("Aligning would move \"%1\" out of \"%2\"; move it there first or "
                             "enlarge \"%2\".")
                                  .arg(e->name, parent->name));
        ids << id;
        values << r;
        for (EntityId d : model.descendantsOf(id)) {
            ids << d;
            values << model.find(d)->geometry.translated(delta);
        }
    }
    if (ids.isEmpty())
        return {};
    const Document::Result result
            = scene->document()->setProperties(ids, Property::Geometry, values, tr("Align"));
    if (!result.ok())
        return refuse(result.error);
    return {};
}

void CanvasActions::renameSelection()
{
    const EntityIds ids = m_view->designScene()->selectedIds();
    if (ids.size() == 1)
        m_view->startRename(ids.first());
}

void CanvasActions::tidyLayout()
{
    DesignScene *scene = m_view->designScene();
    Document *document = scene->document();
    const QSize view = m_view->viewport()->size();
    const QHash<EntityId, QRectF> layout
            = AutoLayout::compute(document->model(),
                                  view.height() > 0 ? qreal(view.width()) / view.height()
                                                    : AutoLayout::DefaultViewAspect);
    EntityIds ids;
    QList<QVariant> values;
    for (auto it = layout.cbegin(); it != layout.cend(); ++it) {
        const Entity *e = document->model().find(it.key());
        if (e && e->geometry != it.value()) {
            ids << it.key();
            values << it.value();
        }
    }
    if (ids.isEmpty()) {
        emit scene->statusMessage(tr("The design is already tidy."));
        return;
    }
    const Document::Result result
            = document->setProperties(ids, Property::Geometry, values, tr("Tidy Layout"));
    if (!result.ok()) {
        emit scene->statusMessage(result.error);
        return;
    }
    m_view->zoomToFit();
}

void CanvasActions::pasteAt(const QPointF &scenePos)
{
    DesignScene *scene = m_view->designScene();
    Clipboard::Fragment fragment;
    QString error;
    if (!Clipboard::fromMimeData(QGuiApplication::clipboard()->mimeData(), &fragment, &error)) {
        emit scene->statusMessage(error);
        return;
    }
    QPointF offset = scenePos - fragment.bounds().center();
    offset = scene->snapPoint(offset);
    pasteFragment(fragment, offset);
}

} // namespace ecsplan
