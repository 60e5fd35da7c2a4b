#pragma once

#include <QFont>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace ecsplan {

/**
 * A minimal flowing layout on a QPdfWriter: a cursor that moves down the page, headings,
 * paragraphs, tables (repeating their header on a new page) and fixed-height blocks drawn by
 * a callback. Units are device pixels of the writer; sizes are given in millimetres.
 */
class ReportPager
{
public:
    ReportPager(QPdfWriter *writer, QPainter *painter);

    double mm(double millimetres) const;
    QRectF pageRect() const { return m_page; }
    double y() const { return m_y; }
    double remaining() const { return m_page.bottom() - m_y; }
    int pageNumber() const { return m_pageNumber; }

    void newPage();
    /** A new page in `orientation` (the diagram's page is landscape when the design is wide). */
    void newPage(QPageLayout::Orientation orientation);
    /** Draws the last page's footer; call once before ending the painter. */
    void finish() { drawFooter(); }
    /** Starts a new page unless `heightMm` still fits. */
    void ensureSpace(double heightMm);
    void skip(double heightMm);

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, double pointSize = 10, const QColor &color = Qt::black);
    /** Columns with relative widths; numeric columns (rightAligned) are right-aligned. */
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QList<double> &widths, const QList<bool> &rightAligned = {},
               int boldLastRows = 0);
    /** A block of `heightMm` drawn by `draw` in the given rectangle (full text width). */
    void block(double heightMm, const std::function<void(QPainter *, const QRectF &)> &draw);

    QFont font(double pointSize, bool bold = false) const;
    void setFooter(const QString &footer) { m_footer = footer; }
    /** Thrown out of newPage() when the page hook asks to stop (the report was cancelled). */
    struct Cancelled
    {};
    /**
     * Called with the number of each new page; returning false stops the report: newPage()
     * throws Cancelled, which StakeholderReport::write() catches.
     */
    void setPageHook(std::function<bool(int page)> hook) { m_pageHook = std::move(hook); }

private:
    void drawFooter();
    void pageStarted();
    void layoutPage();
    double textHeight(const QString &text, const QFont &font, double width) const;

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QRectF m_page;
    double m_y = 0;
    int m_pageNumber = 1;
    QString m_footer;
    std::function<bool(int page)> m_pageHook;
};

} // namespace ecsplan
