#include "reportpager.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace ecsplan {

ReportPager::ReportPager(QPdfWriter *writer, QPainter *painter)
    : m_writer(writer)
    , m_painter(painter)
{
    layoutPage();
}

void ReportPager::layoutPage()
{
    const double w = m_writer->width(), h = m_writer->height();
    // Margins: the writer's own page margins are 0; 18 mm around, 12 mm footer band.
    m_page = QRectF(mm(18), mm(16), w - mm(36), h - mm(16) - mm(22));
    m_y = m_page.top();
}

void ReportPager::newPage(QPageLayout::Orientation orientation)
{
    drawFooter();
    m_writer->setPageOrientation(orientation);
    m_writer->newPage();
    ++m_pageNumber;
    layoutPage();
    pageStarted();
}

void ReportPager::pageStarted()
{
    if (m_pageHook && !m_pageHook(m_pageNumber))
        throw Cancelled{};
}

double ReportPager::mm(double millimetres) const
{
    return millimetres * m_writer->resolution() / 25.4;
}

QFont ReportPager::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void ReportPager::drawFooter()
{
    m_painter->save();
    m_painter->setFont(font(8));
    m_painter->setPen(QColor(90, 90, 90));
    const QRectF band(m_page.left(), m_page.bottom() + mm(6), m_page.width(), mm(8));
    m_painter->drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()));
    m_painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter->drawText(
            band, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("ecsplan::ReportPager", "Page %1").arg(m_pageNumber));
    m_painter->restore();
}

void ReportPager::newPage()
{
    drawFooter();
    m_writer->newPage();
    ++m_pageNumber;
    m_y = m_page.top();
    pageStarted();
}

void ReportPager::ensureSpace(double heightMm)
{
    if (m_y + mm(heightMm) > m_page.bottom() && m_y > m_page.top())
        newPage();
}

void ReportPager::skip(double heightMm)
{
    m_y += mm(heightMm);
}

double ReportPager::textHeight(const QString &text, const QFont &f, double width) const
{
    const QFontMetricsF fm(f, m_writer);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void ReportPager::heading(const QString &text, int level)
{
    const QFont f = font(level == 1 ? 16 : 12.5, true);
    const double h = textHeight(text, f, m_page.width());
    ensureSpace(h * 25.4 / m_writer->resolution() + 30); // keep a heading with what follows
    m_y += mm(level == 1 ? 2 : 3);
    m_painter->setFont(f);
    m_painter->setPen(QColor(0x1f, 0x3b, 0x5c));
    m_painter->drawText(QRectF(m_page.left(), m_y, m_page.width(), h), Qt::TextWordWrap, text);
    m_y += h + mm(level == 1 ? 3 : 2);
}

void ReportPager::paragraph(const QString &text, double pointSize, const QColor &color)
{
    const QFont f = font(pointSize);
    const double h = textHeight(text, f, m_page.width());
    if (m_y + h > m_page.bottom())
        newPage();
    m_painter->setFont(f);
    m_painter->setPen(color);
    m_painter->drawText(QRectF(m_page.left(), m_y, m_page.width(), h), Qt::TextWordWrap, text);
    m_y += h + mm(2);
}

void ReportPager::table(const QStringList &headers, const QList<QStringList> &rows,
                        const QList<double> &widths, const QList<bool> &rightAligned,
                        int boldLastRows)
{
    double sum = 0;
    for (double w : widths)
        sum += w;
    QList<double> cols;
    for (double w : widths)
        cols << m_page.width() * w / sum;
    const double pad = mm(1.2);
    const QFont body = font(8.5), head = font(8.5, true);

    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double h = 0;
        for (int c = 0; c < cells.size() && c < cols.size(); ++c)
            h = std::max(h, textHeight(cells.at(c), f, cols.at(c) - 2 * pad));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, bool header, bool shaded) {
        const double h = rowHeight(cells, f);
        if (header)
            m_painter->fillRect(QRectF(m_page.left(), m_y, m_page.width(), h),
                                QColor(0xe4, 0xea, 0xf2));
        else if (shaded)
            m_painter->fillRect(QRectF(m_page.left(), m_y, m_page.width(), h),
                                QColor(0xf6, 0xf7, 0xf9));
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        double x = m_page.left();
        for (int c = 0; c < cells.size() && c < cols.size(); ++c) {
            const Qt::Alignment align = rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft;
            m_painter->drawText(QRectF(x + pad, m_y + pad, cols.at(c) - 2 * pad, h - 2 * pad),
                                int(align | Qt::AlignTop | Qt::TextWordWrap), cells.at(c));
            x += cols.at(c);
        }
        m_painter->setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 0));
        m_painter->drawLine(QPointF(m_page.left(), m_y + h), QPointF(m_page.right(), m_y + h));
        m_y += h;
    };

    if (m_y + rowHeight(headers, head) * 2 > m_page.bottom())
        newPage();
    drawRow(headers, head, true, false);
    for (int r = 0; r < rows.size(); ++r) {
        const bool bold = r >= rows.size() - boldLastRows;
        const QFont &f = bold ? head : body;
        if (m_y + rowHeight(rows.at(r), f) > m_page.bottom()) {
            newPage();
            drawRow(headers, head, true, false);
        }
        drawRow(rows.at(r), f, false, r % 2 == 1);
    }
    m_y += mm(4);
}

void ReportPager::block(double heightMm,
                        const std::function<void(QPainter *, const QRectF &)> &draw)
{
    ensureSpace(heightMm);
    const QRectF rect(m_page.left(), m_y, m_page.width(), mm(heightMm));
    m_painter->save();
    draw(m_painter, rect);
    m_painter->restore();
    m_y += rect.height() + mm(4);
}

} // namespace ecsplan
