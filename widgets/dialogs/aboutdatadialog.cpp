#include "aboutdatadialog.h"

#include "inspector/catalogaccess.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ecsplan {

namespace {

QString overlayHtml(const Catalog *catalog, const QString &overlayError)
{
    const QString file = CatalogAccess::overlayFile(catalog);
    if (file.isEmpty() && overlayError.isEmpty())
        return {};
    QString out = QStringLiteral("<h3>%1</h3>")
                          .arg(AboutDataDialog::tr("Catalog overlay").toHtmlEscaped());
    if (!overlayError.isEmpty())
        out += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(overlayError.toHtmlEscaped());
    if (file.isEmpty())
        return out;
    out += QStringLiteral("<p>%1</p>")
                   .arg(AboutDataDialog::tr(
                                "%1 lays current data from Alibaba Cloud's API on the catalog. "
                                "Each response is dated by when it was saved (the file's "
                                "modification time).")
                                .arg(file)
                                .toHtmlEscaped());
    out += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1'>"
                          "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                   .arg(AboutDataDialog::tr("Response").toHtmlEscaped(),
                        AboutDataDialog::tr("File").toHtmlEscaped(),
                        AboutDataDialog::tr("Saved").toHtmlEscaped());
    for (const CatalogAccess::OverlaySourceRow &row : CatalogAccess::overlaySources(catalog))
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                       .arg(row.action.toHtmlEscaped(), row.file.toHtmlEscaped(),
                            row.asOf.toHtmlEscaped());
    out += QStringLiteral("</table>");
    const QStringList skipped = CatalogAccess::overlaySkipped(catalog);
    if (!skipped.isEmpty()) {
        out += QStringLiteral("<p>%1</p><ul>")
                       .arg(AboutDataDialog::tr("Left out by the import:").toHtmlEscaped());
        for (const QString &line : skipped)
            out += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace

AboutDataDialog::AboutDataDialog(const Catalog *catalog, QWidget *parent,
                                 const QString &overlayError)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("About the Data"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html(catalog, overlayError));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
}

QString AboutDataDialog::html(const Catalog *catalog, const QString &overlayError)
{
    QString out;
    const QString version = CatalogAccess::version(catalog);
    out += QStringLiteral("<h3>%1</h3>").arg(tr("Catalog").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
                   .arg(tr("Version %1, figures as of %2. Prices are list prices and indicative; "
                           "verify them before relying on them.")
                                .arg(version.isEmpty() ? tr("(unknown)") : version,
                                     CatalogAccess::asOf(catalog).isEmpty()
                                             ? tr("(unknown)")
                                             : CatalogAccess::asOf(catalog))
                                .toHtmlEscaped());
    out += overlayHtml(catalog, overlayError);
    out += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3' border='1'>")
                   .arg(tr("Sources").toHtmlEscaped());
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                   .arg(tr("Source").toHtmlEscaped(), tr("As of").toHtmlEscaped(),
                        tr("Figures").toHtmlEscaped());
    for (const CatalogAccess::SourceRow &row : CatalogAccess::sources(catalog)) {
        const QString source = row.source.startsWith(QLatin1String("http"))
                ? QStringLiteral("<a href='%1'>%1</a>").arg(row.source.toHtmlEscaped())
                : row.source.toHtmlEscaped();
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>")
                       .arg(source, row.asOf.toHtmlEscaped())
                       .arg(row.figures);
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<h3>%1</h3>")
                   .arg(tr("Where the field guide and the facts disagree").toHtmlEscaped());
    const QStringList notes = CatalogAccess::notes(catalog);
    if (notes.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(tr("No disagreements recorded.").toHtmlEscaped());
    } else {
        out += QStringLiteral("<ul>");
        for (const QString &note : notes)
            out += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace ecsplan
