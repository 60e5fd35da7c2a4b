#include "designsettingsdialog.h"

#include "model/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ecsplan {

DesignSettingsDialog::DesignSettingsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_currency(new QComboBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_spot(new QDoubleSpinBox(this))
    , m_peak(new QDoubleSpinBox(this))
    , m_packets(new QDoubleSpinBox(this))
    , m_priceSheet(new QLineEdit(this))
    , m_overlay(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Design Settings"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_currency->addItem(tr("Chinese yuan (CNY)"), QStringLiteral("CNY"));
    m_currency->addItem(tr("US dollar (USD)"), QStringLiteral("USD"));
    m_rate->setRange(0.0001, 1000);
    m_rate->setDecimals(4);
    m_rate->setSingleStep(0.01);
    m_rate->setSuffix(tr(" CNY per USD"));
    m_rate->setToolTip(tr("Used to convert catalog prices listed in the other currency."));
    m_spot->setRange(0, 99.9);
    m_spot->setDecimals(1);
    m_spot->setSingleStep(5);
    m_spot->setSuffix(tr(" % off pay-as-you-go"));
    m_spot->setToolTip(
            tr("Preemptible (spot) instances are billed at a floating market price, up to 90 % "
               "off pay-as-you-go (Alibaba Cloud). The cost estimate and the billing optimiser "
               "price them with this planning figure; %1 % unless you change it.")
                    .arg(DefaultSpotDiscount * 100));
    m_peak->setRange(1, 100);
    m_peak->setDecimals(2);
    m_peak->setSingleStep(0.5);
    m_peak->setPrefix(QStringLiteral("× "));
    m_peak->setToolTip(tr("Links carry average traffic; network utilisation is sized at the "
                          "peak hour, this many times the average. %1 unless you change it: a "
                          "day-shaped load runs at about twice its average at its busiest hour.")
                               .arg(DefaultPeakToAverage));
    m_packets->setRange(1, 10000);
    m_packets->setDecimals(1);
    m_packets->setSingleStep(1);
    m_packets->setToolTip(tr("Packets (both directions) of one small request and response on a "
                             "kept-alive TLS connection; larger bodies count their own segments. "
                             "%1 unless you change it.")
                                  .arg(DefaultPacketsPerRequest));
    m_priceSheet->setPlaceholderText(tr("(built-in catalog prices)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_priceSheet, 1);
    sheetRow->addWidget(browse);
    m_overlay->setPlaceholderText(tr("(none: built-in catalog only)"));
    m_overlay->setToolTip(tr("Current prices, zones and zone availability from Alibaba Cloud's API "
                             "(ecsplan-cli catalog import; docs/catalog-import.md), laid on the "
                             "built-in catalog before the price sheet."));
    auto *browseOverlay = new QPushButton(tr("Browse…"), this);
    auto *overlayRow = new QHBoxLayout;
    overlayRow->addWidget(m_overlay, 1);
    overlayRow->addWidget(browseOverlay);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Display &currency:"), m_currency);
    form->addRow(tr("&Exchange rate:"), m_rate);
    form->addRow(tr("&Spot discount:"), m_spot);
    form->addRow(tr("Pea&k-to-average traffic:"), m_peak);
    form->addRow(tr("Packets per re&quest:"), m_packets);
    // addRow(QString, QLayout *) has no buddy for the mnemonic: the label would show "&".
    auto *sheetLabel = new QLabel(tr("&Price sheet:"), this);
    sheetLabel->setBuddy(m_priceSheet);
    form->addRow(sheetLabel, sheetRow);
    auto *overlayLabel = new QLabel(tr("Catalog o&verlay:"), this);
    overlayLabel->setBuddy(m_overlay);
    form->addRow(overlayLabel, overlayRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DesignSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DesignSettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, &DesignSettingsDialog::browsePriceSheet);
    connect(browseOverlay, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Choose a Catalog Overlay"), m_overlay->text(),
                tr("Catalog overlays (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_overlay->setText(path);
    });
    setSettings(document->model().settings());
    resize(520, sizeHint().height());
}

void DesignSettingsDialog::setSettings(const DesignSettings &settings)
{
    m_original = settings;
    m_title->setText(settings.title);
    m_description->setPlainText(settings.description);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(settings.currency)));
    m_rate->setValue(settings.cnyPerUsd);
    m_spot->setValue(settings.spotDiscount * 100);
    m_peak->setValue(settings.peakToAverage);
    m_packets->setValue(settings.packetsPerRequest);
    m_priceSheet->setText(settings.priceSheet);
    m_overlay->setText(settings.catalogOverlay);
}

DesignSettings DesignSettingsDialog::settings() const
{
    DesignSettings s = m_original;
    s.title = m_title->text().trimmed();
    s.description = m_description->toPlainText();
    s.currency = m_currency->currentData().toString();
    s.cnyPerUsd = m_rate->value();
    // The box shows one decimal: an untouched box keeps a finer value from the file as it was.
    if (m_spot->value() != std::round(m_original.spotDiscount * 1000) / 10)
        s.spotDiscount = m_spot->value() / 100;
    // Untouched boxes keep finer values from the file as they were.
    if (m_peak->value() != std::round(m_original.peakToAverage * 100) / 100)
        s.peakToAverage = m_peak->value();
    if (m_packets->value() != std::round(m_original.packetsPerRequest * 10) / 10)
        s.packetsPerRequest = m_packets->value();
    s.priceSheet = m_priceSheet->text().trimmed();
    s.catalogOverlay = m_overlay->text().trimmed();
    return s;
}

bool DesignSettingsDialog::apply()
{
    QString problem;
    const DesignSettings s = settings();
    if (s.title.isEmpty())
        problem = tr("The title must not be empty.");
    if (problem.isEmpty())
        problem = m_document->setSettings(s).error;
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void DesignSettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void DesignSettingsDialog::browsePriceSheet()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Choose a Price Sheet"), m_priceSheet->text(),
                                           tr("Price sheets (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_priceSheet->setText(path);
}

} // namespace ecsplan
