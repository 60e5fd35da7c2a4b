#include "stakeholderreport.h"

#include "reportpager.h"
#include "reportsections.h"

#include "catalog/catalog.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace ecsplan {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ecsplan::StakeholderReport", text);
}
} // namespace

StakeholderReport::StakeholderReport(const Document *document, const MetricsEngine *engine,
                                     const Catalog *catalog)
    : m_document(document)
    , m_engine(engine)
    , m_catalog(catalog ? catalog : &Catalog::builtin())
{
}

bool StakeholderReport::write(const QString &fileName, const ReportOptions &options, QString *error,
                              int *pages, const PageHook &onPage) const
{
    const Model &model = m_document->model();
    const QString title = options.title.isEmpty() ? model.settings().title : options.title;
    // Into a temporary file beside the target, renamed over it at the end: a cancelled or
    // failed report never leaves half a PDF, nor destroys the one it was to replace.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the report to %1").arg(fileName);
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(options.resolution);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ECS Planner %1").arg(QStringLiteral(ECSPLAN_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write the report to %1").arg(fileName);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ReportPager pager(&writer, &painter);
    pager.setFooter(QStringLiteral("%1 — %2").arg(title, options.date.toString(Qt::ISODate)));
    pager.setPageHook(onPage);
    try {
        writeSections(pager, model, title, options);
    } catch (const ReportPager::Cancelled &) {
        painter.end();
        file.cancelWriting();
        if (error)
            *error = tr("cancelled");
        return false;
    }
    if (pages)
        *pages = pager.pageNumber();
    if (!painter.end() || !file.commit()) {
        if (error)
            *error = tr("Cannot write the report to %1").arg(fileName);
        return false;
    }
    return true;
}

void StakeholderReport::writeSections(ReportPager &pager, const Model &model, const QString &title,
                                      const ReportOptions &options) const
{
    ReportSections sections(&pager, m_document, m_engine, m_catalog);
    sections.titlePage(title, options.date);
    if (options.includeCanvas) {
        // The diagram gets a page of its own, turned when the design is wider than tall.
        QRectF bounds;
        for (const Entity &e : model.entities()) {
            if (!e.isLink())
                bounds |= e.geometry;
        }
        const bool wide = bounds.width() > bounds.height() * 1.05;
        pager.newPage(wide ? QPageLayout::Landscape : QPageLayout::Portrait);
        sections.canvas(m_canvasPainter ? m_canvasPainter
                                        : CanvasPainter([this](QPainter *p, const QRectF &r) {
                                              drawSchematic(m_document, p, r);
                                          }));
        pager.newPage(QPageLayout::Portrait);
    } else {
        pager.newPage();
    }
    if (m_comparison && options.includeComparison) {
        sections.whatChanges(m_comparison->result, m_comparison->beforeLabel);
        pager.newPage();
    }
    sections.costSummary();
    sections.charts();
    sections.componentTable();
    sections.headroom();
    sections.assumptions();
    sections.sources();
    sections.findings(m_findings);
    pager.finish();
}

void StakeholderReport::drawSchematic(const Document *document, QPainter *painter,
                                      const QRectF &target)
{
    const Model &model = document->model();
    QRectF bounds;
    for (const Entity &e : model.entities()) {
        if (!e.isLink())
            bounds |= e.isContainer() ? e.geometry
                                      : QRectF(e.geometry.topLeft(), defaultSize(e.kind));
    }
    if (bounds.isEmpty())
        return;
    const double scale
            = std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const QPointF offset = target.topLeft()
            + QPointF((target.width() - bounds.width() * scale) / 2,
                      (target.height() - bounds.height() * scale) / 2);
    auto map = [&](const QRectF &r) {
        return QRectF(offset + (r.topLeft() - bounds.topLeft()) * scale, r.size() * scale);
    };
    auto rectOf = [&](const Entity &e) {
        return map(e.isContainer() ? e.geometry
                                   : QRectF(e.geometry.topLeft(), defaultSize(e.kind)));
    };
    const double px = target.width() / 180.0; // ≈ 1 mm at the report's text width
    QFont font(QStringLiteral("DejaVu Sans"));
    painter->save();
    // Containers first (regions, then zones), then links, then nodes, then the container
    // labels on a light background so nodes placed at a container's top edge do not hide them.
    struct Label
    {
        QRectF rect;
        QFont font;
        QString text;
    };
    QList<Label> labels;
    for (EntityKind kind : {EntityKind::Region, EntityKind::Zone}) {
        for (EntityId id : model.ids(kind)) {
            const Entity &e = *model.find(id);
            const QRectF r = rectOf(e);
            const bool region = kind == EntityKind::Region;
            painter->setPen(QPen(region ? QColor(0x3b, 0x6e, 0xa5) : QColor(0x7a, 0x9c, 0xc6),
                                 px * 0.35, region ? Qt::SolidLine : Qt::DashLine));
            painter->setBrush(region ? QColor(0xf1, 0xf5, 0xfb) : QColor(0xe6, 0xee, 0xf8));
            painter->drawRoundedRect(r, px * 1.5, px * 1.5);
            font.setPointSizeF(region ? 9 : 7.5);
            font.setBold(region);
            labels.append({r, font, QStringLiteral("%1  %2").arg(e.name, e.code)});
        }
    }
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), px * 0.3));
    for (EntityId id : model.ids(EntityKind::Link)) {
        const Entity &l = *model.find(id);
        const Entity *a = model.find(l.link.from), *b = model.find(l.link.to);
        if (a && b)
            painter->drawLine(rectOf(*a).center(), rectOf(*b).center());
    }
    font.setBold(false);
    font.setPointSizeF(6.5);
    painter->setFont(font);
    for (EntityId id : model.ids()) {
        const Entity &e = *model.find(id);
        if (e.isContainer() || e.isLink())
            continue;
        const QRectF r = rectOf(e);
        painter->setPen(QPen(QColor(0x44, 0x44, 0x44), px * 0.25));
        painter->setBrush(e.kind == EntityKind::Endpoint ? QColor(0xfd, 0xf0, 0xd8)
                                                         : QColor(Qt::white));
        painter->drawRoundedRect(r, px, px);
        painter->setPen(Qt::black);
        painter->drawText(r.adjusted(px * 0.5, 0, -px * 0.5, 0), Qt::AlignCenter | Qt::TextWordWrap,
                          e.name);
    }
    for (const Label &l : std::as_const(labels)) {
        painter->setFont(l.font);
        const QRectF text = painter->boundingRect(l.rect.adjusted(px * 1.5, px, -px, 0),
                                                  Qt::AlignLeft | Qt::AlignTop, l.text);
        painter->fillRect(text.adjusted(-px * 0.5, 0, px * 0.5, 0), QColor(255, 255, 255, 215));
        painter->setPen(QColor(0x1f, 0x3b, 0x5c));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, l.text);
    }
    painter->restore();
}

} // namespace ecsplan
