#pragma once

// Internal to core/io: one entity <-> its JSON object (entityjson.cpp), shared by the design
// file (designjson.cpp). Not part of the library's interface.

#include "model/entity.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <string>

namespace ecsplan::DesignJson {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace detail {

/** Collects located errors: "path: message". */
struct Reader
{
    QStringList *errors;
    void fail(const QString &path, const QString &message)
    {
        errors->append(path + QStringLiteral(": ") + message);
    }
};

std::string str(const QString &s);
QString qstr(const std::string &s);
ojson idValue(EntityId id);
/** A value as an error message shows it (long strings cut). */
QString shown(const json &j);
bool readText(Reader &r, const json &j, const QString &path, QString *out);
bool readId(Reader &r, const json &j, const QString &path, EntityId *out, bool allowNull);
/** One entity object; types, ranges and the shape of references checked, not their targets. */
bool readEntity(Reader &r, const json &j, const QString &path, Entity *out);
ojson entityToJson(const Entity &e);

} // namespace detail
} // namespace ecsplan::DesignJson
