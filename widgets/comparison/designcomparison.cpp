#include "designcomparison.h"

#include "io/designfile.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QFileInfo>
#include <QThread>

#include <memory>

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

DesignComparison::~DesignComparison()
{
    if (m_worker) { // its queued finished() will not reach a destroyed object
        m_worker->wait();
        delete m_worker;
    }
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
    computeNow();
    if (!was)
        emit activeChanged(true);
}

void DesignComparison::clear()
{
    m_timer.stop();
    m_dirty = false;
    ++m_generation; // a running worker's result is dropped
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
    if (isPending()) {
        m_timer.stop();
        computeNow();
    }
}

void DesignComparison::waitForWork()
{
    if (!m_worker)
        return;
    ++m_generation;
    m_worker->wait();
    // Its finished() is queued: it will find a newer generation and only clean up.
    if (m_active)
        m_dirty = true;
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
    if (m_worker) {
        m_dirty = true;
        return;
    }
    auto result = std::make_shared<DesignDiff::Result>();
    const Model before = m_before; // implicitly shared copies: the worker never sees edits
    const Model after = m_document->model();
    const Catalog *catalog = m_catalog;
    const quint64 generation = ++m_generation;
    m_worker = QThread::create([result, before, after, catalog] {
        *result = DesignDiff::compare(before, after, *catalog);
    });
    connect(m_worker, &QThread::finished, this, [this, result, generation] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (generation == m_generation && m_active) {
            m_result = *result;
            ++m_computations;
            emit updated();
        }
        if (std::exchange(m_dirty, false))
            recompute();
    });
    m_worker->start(QThread::LowPriority);
}

void DesignComparison::computeNow()
{
    if (!m_active)
        return;
    ++m_generation; // a worker still running computes an older design
    m_dirty = false;
    m_result = DesignDiff::compare(m_before, m_document->model(), *m_catalog);
    ++m_computations;
    emit updated();
}

} // namespace ecsplan
