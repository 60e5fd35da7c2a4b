#include "exporter.h"

#include "ecsplan_global.h"

#include <QDir>
#include <QIODevice>
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
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
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
    return true;
}

} // namespace ecsplan
