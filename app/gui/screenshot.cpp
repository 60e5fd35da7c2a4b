#include "screenshot.h"

#include "canvas/canvasactions.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/findbar.h"
#include "catalog/catalog.h"
#include "inspector/catalogaccess.h"
#include "io/designfile.h"
#include "mainwindow/canvasarea.h"
#include "mainwindow/mainwindow.h"
#include "model/document.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace ecsplan {

namespace {

EntityId firstOf(const Model &model, EntityKind kind)
{
    const EntityIds ids = model.ids(kind);
    return ids.isEmpty() ? EntityId::None : ids.first();
}

void save(const QString &file)
{
    QScreen *screen = QGuiApplication::primaryScreen();
    const QPixmap shot = screen->grabWindow(0);
    if (!shot.save(file))
        std::fprintf(stderr, "cannot save %s\n", qPrintable(file));
    // exit(), not quit(): quit() closes the window first, and an edited design would ask
    // whether to save it.
    QApplication::exit(0);
}

} // namespace

void scheduleScreenshot(MainWindow *window, const QString &file, const QString &action)
{
    QTimer::singleShot(1500, window, [window, file, action] {
        auto *view = qobject_cast<DesignView *>(window->canvas()->view());
        DesignScene *scene = window->canvas()->scene();
        const Model &model = window->document()->model();
        EntityId card = firstOf(model, EntityKind::InstanceGroup);
        if (!isValid(card))
            card = firstOf(model, EntityKind::ScalingGroup);
        int delay = 400;
        if (action == QLatin1String("menu") && isValid(card)) {
            const QRectF r = model.find(card)->geometry;
            scene->selectIds({card});
            const QPoint at = view->mapFromScene(r.center());
            QMenu *menu = view->createContextMenu(r.center());
            menu->popup(view->viewport()->mapToGlobal(at));
            if (QMenu *sub = menu->findChild<QMenu *>(QStringLiteral("connectTo")))
                menu->setActiveAction(sub->menuAction());
        } else if (action == QLatin1String("rename") && isValid(card)) {
            scene->selectIds({card});
            view->startRename(card);
            view->renameEditor()->setText(model.find(card)->name + QStringLiteral("-renamed"));
        } else if (action == QLatin1String("connect") && isValid(card)) {
            const EntityId other = firstOf(model, EntityKind::Cache);
            const QRectF r = model.find(card)->geometry;
            const QPointF to = isValid(other) ? model.find(other)->geometry.center()
                                              : r.center() + QPointF(300, 120);
            scene->beginConnect(card, QPointF(r.right(), r.center().y()));
            scene->updateConnect(to);
        } else if (action == QLatin1String("find")) {
            view->showFindBar();
            view->findBar()->editor()->setText(QStringLiteral("web"));
            view->findBar()->step(1);
        } else if (action == QLatin1String("tidy")) {
            view->actions()->tidyLayout();
            delay = 800;
        } else if (action == QLatin1String("canvas-only")) {
            if (auto *a = window->findChild<QAction *>(QStringLiteral("canvasOnly")))
                a->setChecked(true);
            QTimer::singleShot(100, view, &DesignView::zoomToFit);
            delay = 800;
        } else if (action.startsWith(QLatin1String("zoom="))) {
            // "zoom=SCALE": the canvas alone at that zoom, centred on the design.
            if (auto *a = window->findChild<QAction *>(QStringLiteral("canvasOnly")))
                a->setChecked(true);
            const double scale = action.section(QLatin1Char('='), 1).toDouble();
            QTimer::singleShot(100, view, [view, scene, scale] {
                view->setZoom(scale);
                view->centerOn(scene->contentsRect().center());
            });
            delay = 800;
        } else if (action == QLatin1String("minimap")) {
            view->setZoom(1.0);
            delay = 800;
        } else if (action.startsWith(QLatin1String("cost"))) {
            // "cost" or "cost=N": the Cost dock raised and given half the height, tab N shown.
            if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("CostDock"))) {
                dock->raise();
                window->resizeDocks({dock}, {window->height() / 2}, Qt::Vertical);
                if (auto *tabs = dock->findChild<QTabWidget *>())
                    tabs->setCurrentIndex(action.section(QLatin1Char('='), 1).toInt());
            }
            delay = 800;
        } else if (action.startsWith(QLatin1String("dock="))) {
            // "dock=OBJECTNAME" (whatIfDock, FindingsDock, ...): that dock raised, as it opens.
            if (auto *dock = window->findChild<QDockWidget *>(action.section(QLatin1Char('='), 1)))
                dock->raise();
            delay = 800;
        } else if (action.startsWith(QLatin1String("select="))) {
            // Selects the component of that name (the inspector shows it).
            const QString name = action.section(QLatin1Char('='), 1);
            for (EntityId id : model.ids()) {
                if (model.find(id)->name == name)
                    scene->selectIds({id});
            }
        } else if (action.startsWith(QLatin1String("compare="))) {
            // File ▸ Compare With… FILE (the "before"): the overlay and the Comparison dock.
            if (!window->compareWith(action.section(QLatin1Char('='), 1)))
                std::fprintf(stderr, "cannot compare with %s\n",
                             qPrintable(action.section(QLatin1Char('='), 1)));
            if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("comparisonDock")))
                window->resizeDocks({dock}, {window->height() / 4}, Qt::Vertical);
            delay = 800;
        } else if (action == QLatin1String("empty")) {
            window->closeDesign();
        } else if (action.startsWith(QLatin1String("tidy-save="))) {
            // Re-lays a design out and saves it (used to tidy the bundled samples).
            view->actions()->tidyLayout();
            QString error;
            const QString target = action.section(QLatin1Char('='), 1);
            if (!DesignFile::saveDocument(window->document(), target, &error,
                                          CatalogAccess::version(&Catalog::builtin())))
                std::fprintf(stderr, "%s\n", qPrintable(error));
            delay = 800;
        }
        QTimer::singleShot(delay, window, [file] { save(file); });
    });
}

} // namespace ecsplan
