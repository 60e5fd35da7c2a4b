#include "exporter.h"

#include "ecsplan_global.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace ecsplan {

bool ExportResult::writeToDevice(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = Tr::tr("The output device is not open for writing.");
        return false;
    }
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

bool ExportResult::writeToDirectory(const QString &directory, QString *error) const
{
    ExportDirectoryWriter writer(directory, manifest);
    if (!writer.open(error))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        writer.beginFile(it.key());
        writer.write(it.value());
        writer.endFile();
    }
    return writer.finish(error);
}

ExportDirectoryWriter::ExportDirectoryWriter(const QString &directory, const QString &manifest)
    : m_directory(directory)
    , m_manifest(manifest)
{
}

ExportDirectoryWriter::~ExportDirectoryWriter() = default;

bool ExportDirectoryWriter::open(QString *error)
{
    QDir dir(m_directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = Tr::tr("Cannot create the directory %1.")
                             .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // What the previous export wrote, read before anything is overwritten.
    if (!m_manifest.isEmpty()) {
        QFile old(dir.filePath(m_manifest));
        if (old.open(QIODevice::ReadOnly)) {
            static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_.-]+$"));
            for (const QByteArray &raw : old.readAll().split('\n')) {
                const QString name = QString::fromUtf8(raw).trimmed();
                if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
                    continue;
                if (plainName.match(name).hasMatch() && name != QLatin1String(".")
                    && name != QLatin1String("..") && name != m_manifest)
                    m_previous << name;
            }
        }
    }
    return true;
}

bool ExportDirectoryWriter::fail(const QString &reason)
{
    const QString path = m_file ? m_file->fileName() : m_directory;
    m_error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    m_file.reset();
    return false;
}

void ExportDirectoryWriter::beginFile(const QString &name)
{
    if (!m_error.isEmpty())
        return;
    m_written << name;
    m_file = std::make_unique<QSaveFile>(QDir(m_directory).filePath(name));
    if (!m_file->open(QIODevice::WriteOnly))
        fail(m_file->errorString());
}

void ExportDirectoryWriter::write(QByteArrayView bytes)
{
    if (!m_file || bytes.isEmpty())
        return;
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size())
        fail(m_file->errorString());
}

void ExportDirectoryWriter::endFile()
{
    if (!m_file)
        return;
    if (!m_file->commit())
        fail(m_file->errorString());
    m_file.reset();
}

bool ExportDirectoryWriter::finish(QString *error)
{
    if (m_error.isEmpty() && !m_manifest.isEmpty()) {
        QStringList names = m_written;
        std::sort(names.begin(), names.end());
        QByteArray list = "# Files written by the last ECS Planner export into this directory; the "
                          "next export removes\n# those it no longer writes, and nothing else.\n";
        for (const QString &name : std::as_const(names))
            list += name.toUtf8() + '\n';
        beginFile(m_manifest);
        m_written.removeLast();
        write(list);
        endFile();
    }
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return false;
    }
    const QDir dir(m_directory);
    for (const QString &name : std::as_const(m_previous)) {
        if (m_written.contains(name))
            continue;
        const QFileInfo info(dir.filePath(name));
        if (info.isFile() && !info.isSymLink() && !QFile::remove(info.filePath())) {
            if (error)
                *error = Tr::tr("Cannot remove %1, left from the previous export.")
                                 .arg(QDir::toNativeSeparators(info.filePath()));
            return false;
        }
    }
    return true;
}

} // namespace ecsplan
