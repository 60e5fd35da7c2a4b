#include "exporter.h"

#include "ecsplan_global.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>

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
    QDir dir(directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = Tr::tr("Cannot create the directory %1.")
                             .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // What the previous export wrote, read before anything is overwritten.
    QStringList previous;
    if (!manifest.isEmpty()) {
        QFile old(dir.filePath(manifest));
        if (old.open(QIODevice::ReadOnly)) {
            static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_.-]+$"));
            for (const QByteArray &raw : old.readAll().split('\n')) {
                const QString name = QString::fromUtf8(raw).trimmed();
                if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
                    continue;
                if (plainName.match(name).hasMatch() && name != QLatin1String(".")
                    && name != QLatin1String("..") && name != manifest)
                    previous << name;
            }
        }
    }
    QMap<QString, QByteArray> all = files;
    if (!manifest.isEmpty()) {
        QByteArray list = "# Files written by the last ECS Planner export into this directory; the "
                          "next export removes\n# those it no longer writes, and nothing else.\n";
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            list += it.key().toUtf8() + '\n';
        all.insert(manifest, list);
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        QSaveFile file(path);
        QString reason;
        if (!file.open(QIODevice::WriteOnly) || !writeToDevice(&file, it.value(), &reason)
            || !file.commit()) {
            if (error)
                *error = Tr::tr("Cannot write %1: %2")
                                 .arg(QDir::toNativeSeparators(path),
                                      reason.isEmpty() ? file.errorString() : reason);
            return false;
        }
    }
    for (const QString &name : std::as_const(previous)) {
        if (files.contains(name))
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
