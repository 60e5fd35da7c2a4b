#pragma once

#include "model/designsettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ecsplan {

class Document;

/**
 * Design → Settings: title, description, display currency (CNY/USD), exchange rate, the spot
 * discount preemptible instances are priced with, and the optional user price sheet. OK applies
 * everything as one undo step through Document::setSettings; a refused value keeps the dialog open
 * with the reason shown.
 */
class DesignSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DesignSettingsDialog(Document *document, QWidget *parent = nullptr);

    /** The settings as currently entered (muted rules are carried over unchanged). */
    DesignSettings settings() const;
    void setSettings(const DesignSettings &settings);
    QLabel *errorLabel() const { return m_error; }
    QDoubleSpinBox *spotDiscountBox() const { return m_spot; }
    QDoubleSpinBox *peakToAverageBox() const { return m_peak; }
    QDoubleSpinBox *packetsPerRequestBox() const { return m_packets; }
    QLineEdit *catalogOverlayEdit() const { return m_overlay; }

    /** Applies to the document; returns false (and shows why) when refused. */
    bool apply();

    void accept() override;

private:
    void browsePriceSheet();

    Document *m_document;
    DesignSettings m_original;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_currency;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_spot; ///< percent off pay-as-you-go
    QDoubleSpinBox *m_peak; ///< peak-to-average factor (docs/demand.md)
    QDoubleSpinBox *m_packets; ///< packets per request
    QLineEdit *m_priceSheet;
    QLineEdit *m_overlay; ///< catalog overlay path (docs/catalog-import.md)
    QLabel *m_error;
};

} // namespace ecsplan
