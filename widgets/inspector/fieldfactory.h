#pragma once

#include "model/properties.h"

class QWidget;

namespace ecsplan {

class Catalog;
class Model;
class PropertyField;

/**
 * Builds the editor for one property of a selection: the generic editor for its PropertyType,
 * or a special one (instance type picker, rules table, entity choices, catalog codes).
 * Choice lists come from the model and the catalog at build time; the inspector rebuilds
 * when they may have changed.
 */
namespace FieldFactory {

/** Properties the inspector shows for these kinds (shared by all), in inspector order. */
QList<Property> editableProperties(const QList<EntityKind> &kinds, bool single);

PropertyField *create(Property p, const Model &model, const Catalog *catalog,
                      const EntityIds &selection, QWidget *parent);

/** Translated text of an enum property's value. */
QString enumText(Property p, const QVariant &value);

} // namespace FieldFactory
} // namespace ecsplan
