#pragma once

#include <QDialog>

class QTextBrowser;

namespace ecsplan {

class Catalog;

/**
 * Help → About the Data: the catalog's version and date, every source it cites with the date
 * of its figures, and the places where the field guide and the official facts disagree (and
 * which one the catalog follows). With a catalog overlay (docs/catalog-import.md): the overlay
 * file, each API response it was made from with its date, and what its import left out.
 */
class AboutDataDialog : public QDialog
{
    Q_OBJECT
public:
    /** `overlayError`: why the design's catalog overlay is not used ("" when it is or none). */
    explicit AboutDataDialog(const Catalog *catalog, QWidget *parent = nullptr,
                             const QString &overlayError = {});
    /** The text shown, as HTML (for tests and the report). */
    static QString html(const Catalog *catalog, const QString &overlayError = {});

private:
    QTextBrowser *m_browser;
};

} // namespace ecsplan
