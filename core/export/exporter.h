#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ecsplan {

class Model;

/**
 * What an exporter produces: a set of files keyed by their name relative to the target
 * directory (e.g. "compute.tf"), plus warnings naming the components the target format could
 * not express. Files are complete byte arrays so that tests and previews never touch the disk.
 */
struct ExportResult
{
    QMap<QString, QByteArray> files;
    QStringList warnings; ///< translated, one sentence per problem, naming the components
    /// Name of the manifest file listing what an export wrote (e.g. ".ecsplan-export"); empty:
    /// none is kept and nothing is ever removed.
    QString manifest;

    /**
     * Writes every file into `directory` (created if missing), each atomically through
     * QSaveFile. With a manifest, files the previous export listed in it that this result no
     * longer has are removed, and the manifest is rewritten; no other file is touched (a
     * manifest entry that is not a plain file name in the directory is ignored). On failure
     * returns false and a translated reason naming the file in `error`; files written before
     * the failure stay.
     */
    bool writeToDirectory(const QString &directory, QString *error) const;

    /** Writes one file's bytes to an open device; false with a reason when it fails. */
    static bool writeToDevice(QIODevice *device, const QByteArray &bytes, QString *error);
};

/**
 * A design exporter (Tiled's MapFormat, without the plugin machinery): pure, deterministic,
 * no side effects. The same model always exports to byte-identical files.
 */
class Exporter
{
public:
    virtual ~Exporter() = default;

    /** Stable machine name, used by the CLI ("terraform"). Never translated. */
    virtual QString name() const = 0;
    /** Translated name for menus and dialogs. */
    virtual QString displayName() const = 0;
    /** Exports the model with the exporter's current options. */
    virtual ExportResult exportModel(const Model &model) const = 0;
};

} // namespace ecsplan
