#pragma once

#include <QDialog>

class QTextBrowser;

namespace ecsplan {

class Catalog;

/**
 * Help → About the Data: the catalog's version and date, every source it cites with the date
 * of its figures, and the places where the field guide and the official facts disagree (and
 * which one the catalog follows).
 */
class AboutDataDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDataDialog(const Catalog *catalog, QWidget *parent = nullptr);
    /** The text shown, as HTML (for tests and the report). */
    static QString html(const Catalog *catalog);

private:
    QTextBrowser *m_browser;
};

} // namespace ecsplan
