#pragma once

#include "model/model.h"

#include <QString>
#include <QStringList>

namespace ecsplan {

class Catalog;
class Document;
struct Progress;

/** Loading and saving .ecsplan files. Saves are atomic (QSaveFile). */
namespace DesignFile {

inline constexpr const char *Extension = "ecsplan";

struct LoadResult
{
    bool ok = false;
    Model model;
    QString catalogVersion;
    QStringList errors; ///< "file: /json/path: message", one per problem
    bool cancelled = false; ///< stopped through `progress`: no model, no errors to show
};

/**
 * Reads and validates `path`. Never throws, never returns a half-loaded model. Safe on any
 * thread; with `progress`, reports the entities read and stops when cancelled.
 */
LoadResult load(const QString &path, const Catalog *catalog = nullptr,
                Progress *progress = nullptr);

/** Writes atomically; on failure returns false and a translated reason in `error`. */
bool save(const Model &model, const QString &path, QString *error,
          const QString &catalogVersion = {});

/** Loads into the document (clears its undo history) and sets its file name. */
bool open(Document *document, const QString &path, QStringList *errors,
          const Catalog *catalog = nullptr);

/** Saves the document to `path`, marks the undo stack clean and sets the file name. */
bool saveDocument(Document *document, const QString &path, QString *error,
                  const QString &catalogVersion = {});

} // namespace DesignFile
} // namespace ecsplan
