#pragma once

#include "model/model.h"

#include <QString>
#include <QStringList>

namespace ecsplan {

class Catalog;
struct Progress;

/**
 * The .ecsplan file format: JSON with `"format": "ecsplan"` and a `schemaVersion`, keys in a
 * fixed order and entities sorted by id, pretty-printed with two spaces, so that two saves of
 * the same design are byte-identical and a one-field edit is a one-line diff.
 */
namespace DesignJson {

inline constexpr int SchemaVersion = 1;
inline constexpr const char *FormatTag = "ecsplan";

/** Serialises the model. `catalogVersion` records which catalog the design was priced with. */
QByteArray write(const Model &model, const QString &catalogVersion = {});

/**
 * Parses and validates a design. On failure returns false, leaves `model` untouched and fills
 * `errors` with one line per problem, each naming the place: "/entities/3/sizeGiB: ...".
 * With a catalog, unknown instance types and disk categories are errors too.
 * With `progress`, counts the entities read and stops early when it is cancelled (false, with
 * the one error "/: cancelled", `model` untouched).
 */
bool read(const QByteArray &data, Model *model, QStringList *errors,
          const Catalog *catalog = nullptr, QString *catalogVersion = nullptr,
          Progress *progress = nullptr);

/**
 * One entity as the file writes it, as a compact JSON object (the clipboard's unit).
 * entityFromJson parses such an object; it checks types and ranges but not references
 * (those are the Model's job once the entity has a place). Errors are prefixed by `path`.
 */
QByteArray writeEntity(const Entity &entity);
bool readEntity(const QByteArray &json, Entity *entity, QStringList *errors,
                const QString &path = QStringLiteral("/"));

namespace detail {
/**
 * read() as it was before it read entities one at a time: the whole file parsed as one
 * document. The reference that read()'s tests compare it with; not for production use.
 */
bool readAtOnce(const QByteArray &data, Model *model, QStringList *errors,
                const Catalog *catalog = nullptr, QString *catalogVersion = nullptr);
/**
 * readEntity() with every value read the generic way (a QVariant checked by
 * validatePropertyValue()), without the loader's fast path for common values: the reference
 * that path is tested against. Not for production use.
 */
bool readEntityGenerically(const QByteArray &json, Entity *entity, QStringList *errors,
                           const QString &path = QStringLiteral("/"));
} // namespace detail

} // namespace DesignJson
} // namespace ecsplan
