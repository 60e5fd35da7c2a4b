#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <memory>

class QLockFile;

namespace ecsplan {

class Document;

/**
 * Crash-recovery autosave. While the document is modified, every interval (60 s) it is written
 * to <AppDataLocation>/autosave/<key>.ecsplan, where the key hashes the design's file name (or
 * a per-window id for an untitled design), with <key>.origin holding the file name and a
 * <key>.lock held by this process (so another running instance does not offer to recover it).
 * The autosave is written exactly as a save writes the design (DesignFile::save, with the
 * catalog version). discard() removes them: call it after a clean save and when the user closes
 * or replaces the design (after answering the save question).
 *
 * A recovered design adopts the autosave it came from (adopt()): the file stays, locked by this
 * window, until the recovered design is saved or discarded, so a second crash before the next
 * autosave still finds the recovered work.
 */
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    explicit AutoSaver(Document *document, QObject *parent = nullptr);
    ~AutoSaver() override;

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /** Written into every autosave, as a save writes it (the catalog the design is priced with). */
    void setCatalogVersion(const QString &version) { m_catalogVersion = version; }
    /**
     * Makes `autosavePath` (an autosave just recovered into this document) this document's
     * autosave: locked, rewritten by later autosaves, removed by discard(). False when another
     * running process holds it.
     */
    bool adopt(const QString &autosavePath);
    /** Writes the autosave now if the document is modified; returns true when written. */
    bool saveNow();
    /** Removes this design's autosave files and releases the lock. */
    void discard();
    QString autosavePath() const;

    /** The autosave directory (created on demand). */
    static QString directory();

    struct Recoverable
    {
        QString autosavePath;
        QString originalPath; ///< empty for an untitled design
        QDateTime savedAt;
    };
    /** Autosaves left by processes that are gone (their lock is stale or absent). */
    static QList<Recoverable> recoverable();
    static void removeFiles(const QString &autosavePath);

private:
    QString key() const;

    Document *m_document;
    QTimer m_timer;
    QUuid m_untitledId = QUuid::createUuid();
    QString m_writtenPath;
    QString m_adoptedPath; ///< a recovered autosave, used instead of the computed key
    QString m_catalogVersion;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ecsplan
