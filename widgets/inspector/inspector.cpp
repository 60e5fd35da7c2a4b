#include "inspector.h"

#include "catalogaccess.h"
#include "ecsplan_global.h"
#include "fieldfactory.h"
#include "idsfield.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "propertyfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace ecsplan {

Inspector::Inspector(Document *document, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_header(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_scroll->setWidgetResizable(true);
    // Fields follow the dock's width; a horizontal scroll bar would hide their right edge.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    connect(document, &Document::changed, this, &Inspector::onDocumentChanged);
    rebuild();
}

void Inspector::setSelection(const EntityIds &ids)
{
    EntityIds valid;
    for (EntityId id : ids) {
        if (m_document->model().contains(id) && !valid.contains(id))
            valid << id;
    }
    if (valid == m_selection)
        return;
    m_selection = valid;
    rebuild();
}

QString Inspector::headerText() const
{
    const Model &model = m_document->model();
    if (m_selection.isEmpty())
        return tr("<i>Nothing selected.</i> Select a component on the canvas to edit it.");
    if (m_selection.size() == 1) {
        const Entity *e = model.find(m_selection.first());
        return QStringLiteral("<b>%1</b><br/><span style='color:gray'>%2</span>")
                .arg(e->name.toHtmlEscaped(), displayName(e->kind).toHtmlEscaped());
    }
    QMap<EntityKind, int> counts;
    for (EntityId id : m_selection)
        ++counts[model.find(id)->kind];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 × %2").arg(it.value()).arg(displayName(it.key()));
    return tr("<b>%n components selected</b>", nullptr, int(m_selection.size()))
            + QStringLiteral("<br/><span style='color:gray'>%1</span>")
                      .arg(parts.join(QStringLiteral(", ")).toHtmlEscaped());
}

void Inspector::rebuild()
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    if (m_content) {
        m_content->hide();
        m_content->deleteLater(); // a field may be emitting the signal that led here
    }
    m_fields.clear();
    m_order.clear();
    m_info = nullptr;
    m_diskPerformance = nullptr;
    m_utilisation = nullptr;
    m_content = new QWidget;
    auto *form = new QFormLayout(m_content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    const Model &model = m_document->model();
    QList<EntityKind> kinds;
    for (EntityId id : m_selection) {
        const EntityKind kind = model.find(id)->kind;
        if (!kinds.contains(kind))
            kinds << kind;
    }
    if (m_selection.size() == 1) {
        const Entity *e = model.find(m_selection.first());
        QString info;
        if (e->isLink()) {
            const Entity *from = model.find(e->link.from);
            const Entity *to = model.find(e->link.to);
            info = tr("From %1 to %2")
                           .arg(from ? from->name : QStringLiteral("?"),
                                to ? to->name : QStringLiteral("?"));
        } else if (const Entity *parent = model.find(e->parent)) {
            info = parent->code.isEmpty() ? tr("Placed in %1").arg(parent->name)
                                          : tr("Placed in %1 (%2)").arg(parent->name, parent->code);
        }
        if (!info.isEmpty()) {
            m_info = new QLabel(info, m_content);
            m_info->setWordWrap(true);
            form->addRow(m_info);
        }
        m_utilisation = new QWidget(m_content);
        m_utilisation->setObjectName(QStringLiteral("utilisation"));
        auto *lines = new QVBoxLayout(m_utilisation);
        lines->setContentsMargins(0, 0, 0, 0);
        lines->setSpacing(1);
        form->addRow(m_utilisation);
    }
    for (Property p : FieldFactory::editableProperties(kinds, m_selection.size() == 1)) {
        PropertyField *field = FieldFactory::create(p, model, m_catalog, m_selection, m_content);
        m_fields.insert(p, field);
        m_order << p;
        const PropertyInfo &info = propertyInfo(p);
        auto *label = new QLabel(Tr::tr(info.label), m_content);
        label->setBuddy(field->editor());
        form->addRow(label, field);
        connect(field, &PropertyField::edited, this,
                [this, field](const QVariant &value, bool mergeable) {
                    commit(field, value, mergeable);
                });
        if (auto *ids = qobject_cast<IdsField *>(field)) {
            connect(ids, &IdsField::toggled, this,
                    [this, field](EntityId member, bool on) { toggleMember(field, member, on); });
        }
        if (p == Property::DiskSizeGiB) {
            m_diskPerformance = new QLabel(field);
            m_diskPerformance->setObjectName(QStringLiteral("diskPerformance"));
            m_diskPerformance->setWordWrap(true);
            field->addLine(m_diskPerformance);
            connect(static_cast<IntField *>(field), &IntField::valueShown, this,
                    &Inspector::updateDiskPerformance);
        }
    }
    m_scroll->setWidget(m_content);
    refresh();
    // Keep the scroll position of the same selection (a commit that rebuilt the form must not
    // move the next field away from the mouse); a new selection starts at the top. The new
    // form has no size until it is laid out: lay it out now so the range admits the value.
    const bool sameSelection = m_scrolledSelection == m_selection;
    m_scrolledSelection = m_selection;
    if (!sameSelection)
        return;
    m_content->adjustSize();
    m_content->resize(m_scroll->viewport()->width(),
                      qMax(m_content->sizeHint().height(), m_scroll->viewport()->height()));
    QScrollBar *bar = m_scroll->verticalScrollBar();
    bar->setRange(0, qMax(0, m_content->height() - m_scroll->viewport()->height()));
    bar->setValue(scrolled);
    QPointer<QWidget> content = m_content;
    QTimer::singleShot(0, this, [this, content, scrolled] {
        if (content && m_content == content)
            m_scroll->verticalScrollBar()->setValue(scrolled);
    });
}

void Inspector::refresh()
{
    m_header->setText(headerText());
    const Model &model = m_document->model();
    for (Property p : std::as_const(m_order)) {
        PropertyField *field = m_fields.value(p);
        QList<QVariant> values;
        for (EntityId id : m_selection)
            values << propertyValue(*model.find(id), p);
        if (auto *ids = qobject_cast<IdsField *>(field)) {
            QList<EntityIds> lists;
            for (const QVariant &v : values)
                lists << v.value<EntityIds>();
            ids->showMembership(lists);
            continue;
        }
        const bool mixed = std::any_of(values.cbegin(), values.cend(),
                                       [&](const QVariant &v) { return v != values.first(); });
        field->setValue(values.first(), mixed);
    }
    if (m_diskPerformance)
        updateDiskPerformance(model.find(m_selection.first())->disk.sizeGiB);
    updateUtilisation();
}

void Inspector::setMetricsEngine(const MetricsEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine)
        connect(engine, &MetricsEngine::metricsChanged, this, [this](const EntityIds &changed) {
            if (m_selection.size() == 1
                && (changed.isEmpty() || changed.contains(m_selection.first())))
                updateUtilisation();
        });
    updateUtilisation();
}

QStringList Inspector::utilisationLines() const
{
    QStringList out;
    if (!m_utilisation)
        return out;
    for (const QLabel *label :
         m_utilisation->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        out << label->text();
    return out;
}

void Inspector::updateUtilisation()
{
    if (!m_utilisation)
        return;
    for (QLabel *old : m_utilisation->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        delete old;
    const std::optional<ComponentLoad> load = m_engine && m_selection.size() == 1
            ? m_engine->load(m_selection.first())
            : std::nullopt;
    m_utilisation->setVisible(load && !load->demand.isEmpty());
    if (!load || load->demand.isEmpty())
        return;
    // The formula lines of the explanation, one per resource, become the lines' tooltips.
    const Explanation why = m_engine->loadWhy(m_selection.first());
    const QStringList formulas = why.formula.split(QLatin1Char('\n'));
    const auto formulaOf = [&](LoadResource r) {
        const QString prefix = displayName(r) + QLatin1Char(':');
        for (const QString &f : formulas) {
            if (f.startsWith(prefix))
                return f;
        }
        return why.formula;
    };
    auto *layout = static_cast<QVBoxLayout *>(m_utilisation->layout());
    const auto add = [&](const QString &text, const QString &tip, double utilisation) {
        auto *label = new QLabel(text, m_utilisation);
        label->setToolTip(tip);
        label->setWordWrap(true);
        if (utilisation > 1.0)
            label->setStyleSheet(QStringLiteral("color: #c62828"));
        else if (utilisation > 0.7)
            label->setStyleSheet(QStringLiteral("color: #b26a00"));
        layout->addWidget(label);
    };
    auto *heading = new QLabel(tr("<b>Demand against capacity at the peak</b>"), m_utilisation);
    heading->setToolTip(why.toText());
    heading->setWordWrap(true);
    layout->addWidget(heading);
    for (const ResourceLoad &r : load->resources) {
        const int decimals = r.resource == LoadResource::Bandwidth ? 2 : 0;
        add(tr("%1: %2 % (%3 of %4)")
                    .arg(displayName(r.resource), metrics::number(r.utilisation() * 100, 0),
                         metrics::number(r.demand, decimals),
                         metrics::number(r.capacity, decimals)),
            formulaOf(r.resource), r.utilisation());
    }
    if (load->peakCapacityUnits)
        add(tr("Capacity units (LCU): %1 at the peak, %2 in the average hour")
                    .arg(metrics::number(load->peakCapacityUnits->units()),
                         metrics::number(load->averageCapacityUnits
                                                 ? load->averageCapacityUnits->units()
                                                 : 0.0)),
            why.formula, 0);
    if (load->resources.isEmpty() && !load->peakCapacityUnits)
        add(tr("No published capacity: %1 req/s served at the peak")
                    .arg(metrics::number(load->demand.servedRps, 0)),
            why.formula, 0);
}

void Inspector::onDocumentChanged(const ChangeEvent &event)
{
    using Type = ChangeEvent::Type;
    switch (event.type) {
    case Type::Reset:
        m_selection.clear();
        rebuild();
        return;
    case Type::Removed: {
        m_selection.removeIf([this](EntityId id) { return !m_document->model().contains(id); });
        rebuild();
        return;
    }
    case Type::Added:
        if (!m_selection.isEmpty())
            rebuild(); // new choices (zones, security groups, attachment targets)
        return;
    case Type::Changed: {
        const QSet<EntityId> selected(m_selection.cbegin(), m_selection.cend());
        // Links are no choice of any field: renaming a component renames its links in the same
        // step, and that must not rebuild (and drop focus from) the field being edited.
        const Model &model = m_document->model();
        const bool outside = std::any_of(event.ids.cbegin(), event.ids.cend(), [&](EntityId id) {
            const Entity *e = model.find(id);
            return !selected.contains(id) && !(e && e->isLink());
        });
        const bool inside = std::any_of(event.ids.cbegin(), event.ids.cend(),
                                        [&](EntityId id) { return selected.contains(id); });
        // Names and placement feed the choice lists; anything else only needs new values.
        const PropertyMask choiceInputs
                = bit(Property::Name) | bit(Property::Parent) | bit(Property::Code);
        if ((outside && (event.properties & choiceInputs) && !m_selection.isEmpty())
            || (inside && event.touches(Property::Parent)))
            rebuild();
        else if (inside)
            refresh();
        return;
    }
    case Type::AboutToBeRemoved:
    case Type::SettingsChanged:
        return;
    }
}

QString Inspector::crossCheck(Property p, const QVariant &value) const
{
    // Scaling sizes (min <= desired <= max) are the core's invariant: Document refuses them.
    if (p == Property::InstanceType && value.toString().trimmed().isEmpty())
        return tr("Choose an instance type.");
    return {};
}

void Inspector::commit(PropertyField *field, const QVariant &value, bool mergeable)
{
    const Property p = field->property();
    QString problem;
    QSet<EntityKind> checked;
    for (EntityId id : std::as_const(m_selection)) {
        const EntityKind kind = m_document->model().find(id)->kind;
        if (problem.isEmpty() && !checked.contains(kind)) {
            checked.insert(kind);
            problem = validatePropertyValue(kind, p, value);
        }
    }
    if (problem.isEmpty())
        problem = crossCheck(p, value);
    if (problem.isEmpty())
        problem = m_document->setProperty(m_selection, p, value, mergeable).error;
    field->setError(problem);
    if (!problem.isEmpty())
        emit editRefused(problem);
}

void Inspector::toggleMember(PropertyField *field, EntityId member, bool on)
{
    const Property p = field->property();
    EntityIds ids;
    QList<QVariant> values;
    for (EntityId id : std::as_const(m_selection)) {
        EntityIds list = propertyValue(*m_document->model().find(id), p).value<EntityIds>();
        if (list.contains(member) == on)
            continue;
        if (on)
            list << member;
        else
            list.removeAll(member);
        ids << id;
        values << QVariant::fromValue(list);
    }
    QString problem;
    if (!ids.isEmpty())
        problem = m_document->setProperties(ids, p, values).error;
    field->setError(problem);
    if (!problem.isEmpty()) {
        refresh(); // put the check marks back as the model has them
        emit editRefused(problem);
    }
}

void Inspector::updateDiskPerformance(int sizeGiB)
{
    if (!m_diskPerformance)
        return;
    const Model &model = m_document->model();
    const Entity *first = model.find(m_selection.value(0));
    const bool sameCategory
            = std::all_of(m_selection.cbegin(), m_selection.cend(), [&](EntityId id) {
                  const Entity *e = model.find(id);
                  return e->disk.category == first->disk.category
                          && e->disk.level == first->disk.level;
              });
    if (!first || sizeGiB < 0 || !sameCategory) {
        m_diskPerformance->clear();
        return;
    }
    const CatalogAccess::DiskPerformance perf
            = CatalogAccess::diskPerformance(m_catalog, first->disk.category, first->disk.level,
                                             sizeGiB, first->disk.provisionedIops);
    const QString name
            = QStringLiteral("%1 %2").arg(first->disk.category, first->disk.level).trimmed();
    if (!perf.known) {
        m_diskPerformance->setText(tr("Performance of %1 is not in the catalog.").arg(name));
        m_diskPerformance->setToolTip({});
        return;
    }
    QString text
            = tr("→ %1 IOPS · %2 MB/s")
                      .arg(metrics::number(perf.iops, 0), metrics::number(perf.throughputMBps, 0));
    if (sizeGiB < perf.minGiB || (perf.maxGiB > 0 && sizeGiB > perf.maxGiB))
        text += QStringLiteral("<br/><span style='color:#e65100'>%1</span>")
                        .arg(tr("%1 needs %2–%3 GiB.")
                                     .arg(name, metrics::number(perf.minGiB),
                                          metrics::number(perf.maxGiB))
                                     .toHtmlEscaped());
    m_diskPerformance->setText(text);
    m_diskPerformance->setToolTip(perf.formula);
}

QString Inspector::diskPerformanceText() const
{
    return m_diskPerformance ? m_diskPerformance->text() : QString();
}

} // namespace ecsplan
