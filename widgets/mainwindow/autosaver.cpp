#include "autosaver.h"

#include "io/designfile.h"
#include "model/document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace ecsplan {

namespace {
QString sibling(const QString &autosavePath, const char *suffix)
{
    QString path = autosavePath;
    path.chop(int(qstrlen(DesignFile::Extension)));
    return path + QLatin1String(suffix);
}
} // namespace

AutoSaver::AutoSaver(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::saveNow);
    m_timer.start();
    // A new file name (Save As, Open) means a new key: the old autosave no longer applies.
    connect(document, &Document::fileNameChanged, this, &AutoSaver::discard);
}

AutoSaver::~AutoSaver() = default;

QString AutoSaver::directory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/autosave");
    QDir().mkpath(dir);
    return dir;
}

QString AutoSaver::key() const
{
    const QString identity = m_document->fileName().isEmpty()
            ? QStringLiteral("untitled:") + m_untitledId.toString()
            : QFileInfo(m_document->fileName()).absoluteFilePath();
    return QString::fromLatin1(
            QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString AutoSaver::autosavePath() const
{
    if (!m_adoptedPath.isEmpty())
        return m_adoptedPath;
    return directory() + QLatin1Char('/') + key() + QLatin1Char('.')
            + QLatin1String(DesignFile::Extension);
}

bool AutoSaver::saveNow()
{
    if (!m_document->isModified())
        return false;
    const QString path = autosavePath();
    if (path != m_writtenPath)
        discard();
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(sibling(path, "lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock()) {
            m_lock.reset();
            return false;
        }
    }
    QString error;
    if (!DesignFile::save(m_document->model(), path, &error, m_catalogVersion))
        return false; // best effort: the next tick tries again
    QSaveFile origin(sibling(path, "origin"));
    if (origin.open(QIODevice::WriteOnly)) {
        origin.write(m_document->fileName().toUtf8());
        origin.commit();
    }
    m_writtenPath = path;
    return true;
}

bool AutoSaver::adopt(const QString &autosavePath)
{
    discard();
    auto lock = std::make_unique<QLockFile>(sibling(autosavePath, "lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock())
        return false;
    m_lock = std::move(lock);
    m_adoptedPath = autosavePath;
    m_writtenPath = autosavePath;
    return true;
}

void AutoSaver::discard()
{
    if (!m_writtenPath.isEmpty())
        removeFiles(m_writtenPath);
    m_writtenPath.clear();
    m_adoptedPath.clear();
    m_lock.reset(); // unlocks and removes the lock file
}

void AutoSaver::removeFiles(const QString &autosavePath)
{
    QFile::remove(autosavePath);
    QFile::remove(sibling(autosavePath, "origin"));
}

QList<AutoSaver::Recoverable> AutoSaver::recoverable()
{
    QList<Recoverable> result;
    const QDir dir(directory());
    const QString pattern = QStringLiteral("*.") + QLatin1String(DesignFile::Extension);
    for (const QFileInfo &info : dir.entryInfoList({pattern}, QDir::Files, QDir::Time)) {
        QLockFile lock(sibling(info.absoluteFilePath(), "lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock())
            continue; // a running ECS Planner owns it
        lock.unlock();
        QFile origin(sibling(info.absoluteFilePath(), "origin"));
        QString original;
        if (origin.open(QIODevice::ReadOnly))
            original = QString::fromUtf8(origin.readAll());
        result << Recoverable{info.absoluteFilePath(), original, info.lastModified()};
    }
    return result;
}

} // namespace ecsplan
