#pragma once
// Base of the canvas view tests (tst_designscene, tst_canvasinteraction, tst_canvaslayout,
// tst_canvaszoom, tst_canvaspainting): the three-zone fixture in a fresh document, its scene and
// a shown view, mouse events on it, and the bundled samples.

#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvasfixture.h"
#include "catalog/catalog.h"
#include "io/designfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QMouseEvent>
#include <QObject>
#include <QTest>

#include <memory>

namespace ecsplan::test {

/**
 * setUpView() builds threeZoneWeb() into a fresh document with its scene and a 1600x1000 view
 * at 100 %; tearDownView() drops them. Call them from the derived class's init() and cleanup()
 * slots.
 */
class CanvasViewTest : public QObject
{
protected:
    void setUpView()
    {
        m_doc = std::make_unique<Document>();
        m_doc->resetModel(threeZoneWeb(&m_ids));
        m_scene = std::make_unique<DesignScene>(m_doc.get());
        m_view = std::make_unique<DesignView>(m_scene.get());
        m_view->resize(1600, 1000);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->resetZoom();
        m_view->centerOn(QPointF(740, 250));
    }

    void tearDownView()
    {
        m_view.reset();
        m_scene.reset();
        m_doc.reset();
    }

    /** Sends a mouse event to the view's viewport at `scenePos`. */
    void mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
    {
        const QPointF local = m_view->mapFromScene(scenePos);
        QMouseEvent event(type, local, m_view->viewport()->mapToGlobal(local), button, buttons,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(m_view->viewport(), &event);
    }

    /** Opens resources/samples/`file` into the fixture's document; false with the errors. */
    bool openSample(const QString &file, QString *error)
    {
        QStringList errors;
        const bool ok = DesignFile::open(
                m_doc.get(), QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/") + file,
                &errors, &Catalog::builtin());
        *error = errors.join('\n');
        return ok;
    }

    static QStringList bundledSamples()
    {
        return QDir(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"))
                .entryList({QStringLiteral("*.ecsplan")}, QDir::Files, QDir::Name);
    }

    /** A "file" column with one row per bundled sample. */
    static void addSampleRows()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : bundledSamples())
            QTest::newRow(qPrintable(name)) << name;
    }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DesignScene> m_scene;
    std::unique_ptr<DesignView> m_view;
    SampleIds m_ids;
};

} // namespace ecsplan::test
