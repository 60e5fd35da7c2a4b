#include "designfile.h"

#include "designjson.h"
#include "ecsplan_global.h"
#include "model/document.h"
#include "model/limits.h"
#include "model/progress.h"

#include <QFile>
#include <QFileInfo>

#include <QSaveFile>
#include <algorithm>

namespace ecsplan::DesignFile {

LoadResult load(const QString &path, const Catalog *catalog, Progress *progress)
{
    LoadResult result;
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << Tr::tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    // In chunks, not by size(): a pipe or a device (/dev/zero) reports no size and never ends.
    QByteArray data;
    const bool sized = !file.isSequential() && file.size() > 0;
    if (sized && file.size() <= Limits::MaxFileBytes)
        data.reserve(qsizetype(file.size()));
    while (data.size() <= Limits::MaxFileBytes && !(sized && file.size() > Limits::MaxFileBytes)) {
        constexpr qsizetype Chunk = 1 << 20;
        const qsizetype before = data.size();
        if (const qsizetype room = std::min(Chunk, data.capacity() - before); room > 0) {
            // Straight into the room reserved: a chunk read on its own is copied once more.
            data.resize(before + room);
            const qint64 got = file.read(data.data() + before, room);
            data.resize(before + qsizetype(std::max<qint64>(got, 0)));
            if (got <= 0)
                break;
            continue;
        }
        const QByteArray chunk = file.read(Chunk);
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > Limits::MaxFileBytes || (sized && file.size() > Limits::MaxFileBytes)) {
        result.errors << Tr::tr("%1: the file is larger than %2 MiB; it is not a design.")
                                 .arg(path, QString::number(Limits::MaxFileBytes / (1024 * 1024)));
        return result;
    }
    QStringList problems;
    result.ok = DesignJson::read(data, &result.model, &problems, catalog, &result.catalogVersion,
                                 progress);
    if (!result.ok && progress && progress->isCancelled()) {
        result.cancelled = true;
        return result;
    }
    for (const QString &problem : problems)
        result.errors << shown + QStringLiteral(": ") + problem;
    return result;
}

bool save(const Model &model, const QString &path, QString *error, const QString &catalogVersion)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(DesignJson::write(model, catalogVersion));
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool open(Document *document, const QString &path, QStringList *errors, const Catalog *catalog)
{
    LoadResult result = load(path, catalog);
    if (!result.ok) {
        *errors = result.errors;
        return false;
    }
    document->resetModel(std::move(result.model));
    document->setFileName(path);
    return true;
}

bool saveDocument(Document *document, const QString &path, QString *error,
                  const QString &catalogVersion)
{
    if (!save(document->model(), path, error, catalogVersion))
        return false;
    document->markSaved();
    document->setFileName(path);
    return true;
}

} // namespace ecsplan::DesignFile
