#include "designfile.h"

#include "designjson.h"
#include "ecsplan_global.h"
#include "model/document.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ecsplan::DesignFile {

namespace {
constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
}

LoadResult load(const QString &path, const Catalog *catalog)
{
    LoadResult result;
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << Tr::tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > MaxFileBytes) {
        result.errors
                << Tr::tr("%1: the file is larger than 256 MiB; it is not a design.").arg(path);
        return result;
    }
    const QByteArray data = file.readAll();
    QStringList problems;
    result.ok = DesignJson::read(data, &result.model, &problems, catalog, &result.catalogVersion);
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
    document->undoStack()->setClean();
    document->setFileName(path);
    return true;
}

} // namespace ecsplan::DesignFile
