#include "designcomparison.h"

#include "io/designfile.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QFileInfo>

namespace ecsplan {

DesignComparison::DesignComparison(const Document *document, const MetricsEngine *engine,
                                   const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &DesignComparison::recompute);
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset)
            clear(); // another design replaced this one: the comparison was about that one
        else
            schedule();
    });
    if (engine)
        connect(engine, &MetricsEngine::metricsChanged, this, &DesignComparison::schedule);
}

bool DesignComparison::compareWith(const QString &path, QStringList *errors)
{
    DesignFile::LoadResult loaded = DesignFile::load(path, m_catalog);
    if (!loaded.ok) {
        if (errors)
            *errors = loaded.errors;
        return false;
    }
    compareWith(loaded.model, QFileInfo(path).fileName(), path);
    return true;
}

void DesignComparison::compareWith(const Model &before, const QString &label, const QString &path)
{
    m_before = before;
    m_label = label;
    m_path = path;
    const bool was = m_active;
    m_active = true;
    m_timer.stop();
    recompute();
    if (!was)
        emit activeChanged(true);
}

void DesignComparison::clear()
{
    m_timer.stop();
    if (!m_active)
        return;
    m_active = false;
    m_before = Model();
    m_path.clear();
    m_label.clear();
    m_result = DesignDiff::Result();
    emit activeChanged(false);
}

void DesignComparison::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        recompute();
    }
}

void DesignComparison::schedule()
{
    if (m_active)
        m_timer.start();
}

void DesignComparison::recompute()
{
    if (!m_active)
        return;
    m_result = DesignDiff::compare(m_before, m_document->model(), *m_catalog);
    ++m_computations;
    emit updated();
}

} // namespace ecsplan
