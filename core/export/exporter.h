#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QSaveFile;

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
 * Where an exporter that writes as it goes puts its files: each file is begun, given its bytes
 * in one or more pieces, and ended, one file at a time.
 */
class ExportSink
{
public:
    virtual ~ExportSink() = default;
    virtual void beginFile(const QString &name) = 0;
    virtual void write(QByteArrayView bytes) = 0;
    virtual void endFile() = 0;
};

/**
 * Writes an export into a directory file by file, as the exporter makes them: what
 * ExportResult::writeToDirectory() does with a whole result (atomic files, the manifest, the
 * files of the previous export that this one no longer writes removed), without holding every
 * file in memory. open() first; finish() writes the manifest and removes the stale files.
 * After a failure the remaining files are not written and finish() returns the first error.
 */
class ExportDirectoryWriter : public ExportSink
{
public:
    ExportDirectoryWriter(const QString &directory, const QString &manifest);
    ~ExportDirectoryWriter() override;

    /** Creates the directory if missing and reads the previous manifest; false with a reason. */
    bool open(QString *error);
    void beginFile(const QString &name) override;
    void write(QByteArrayView bytes) override;
    void endFile() override;
    /** Writes the manifest and removes stale files; false with the first error. */
    bool finish(QString *error);
    /** The files written so far (the manifest aside), in the order they were begun. */
    const QStringList &written() const { return m_written; }

private:
    bool fail(const QString &reason);

    QString m_directory;
    QString m_manifest;
    QStringList m_previous;
    QStringList m_written;
    std::unique_ptr<QSaveFile> m_file; ///< the file being written, null between files
    QString m_error;
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
