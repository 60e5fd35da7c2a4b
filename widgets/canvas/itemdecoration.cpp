#include "itemdecoration.h"

#include "canvasstyle.h"
#include "entityfigures.h"
#include "model/entity.h"

#include <QPainter>

namespace ecsplan::ItemDecoration {

QString toolTip(const Entity &e, const EntityFigures &f)
{
    QString tip = QStringLiteral("<b>%1</b> — %2<br>%3")
                          .arg(e.name.toHtmlEscaped(), displayName(e.kind).toHtmlEscaped(),
                               f.typeLine.toHtmlEscaped());
    if (!f.metricLine.isEmpty())
        tip += QStringLiteral("<br><b>%1</b>").arg(f.metricLine.toHtmlEscaped());
    if (!f.loadLine.isEmpty())
        tip += QStringLiteral("<br>%1").arg(f.loadLine.toHtmlEscaped());
    for (const QString &line : f.utilisationLines)
        tip += QStringLiteral("<br>&nbsp;&nbsp;%1").arg(line.toHtmlEscaped());
    if (!f.explanation.trimmed().isEmpty())
        tip += CanvasStyle::wrappedTipText().arg(f.explanation.trimmed().toHtmlEscaped());
    if (!f.problem.isEmpty())
        tip += QStringLiteral("<p style='color:#d93030'>%1</p>").arg(f.problem.toHtmlEscaped());
    if (!e.notes.isEmpty())
        tip += QStringLiteral("<p><i>%1</i></p>").arg(e.notes.toHtmlEscaped());
    return tip;
}

void paintBadge(QPainter *painter, const QPointF &centre, qreal radius, Severity severity,
                const QPen &outline, const QFont *glyphFont)
{
    painter->setPen(outline);
    painter->setBrush(CanvasStyle::severityColor(severity));
    painter->drawEllipse(centre, radius, radius);
    if (!glyphFont)
        return;
    QFont font = *glyphFont;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    const QString glyph = severity == Severity::Advice ? QStringLiteral("i") : QStringLiteral("!");
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                      Qt::AlignCenter, glyph);
}

} // namespace ecsplan::ItemDecoration
