// The plain-test side of a fuzz target: feeds it every file under the directories given on the
// command line (its seed corpus and its past crashes), in name order, and fails on the first
// crash or broken invariant (the target aborts). No libFuzzer needed: any compiler builds it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isFile()) {
            files << path;
            continue;
        }
        if (!QFileInfo(path).isDir()) {
            std::fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 2;
        }
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    std::sort(files.begin(), files.end());
    int count = 0;
    for (const QString &path : std::as_const(files)) {
        if (QFileInfo(path).fileName() == QLatin1String("README.md"))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "%s\n", qPrintable(path));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               size_t(data.size()));
        ++count;
    }
    if (count == 0) {
        std::fprintf(stderr, "no inputs: a replay that runs nothing proves nothing\n");
        return 2;
    }
    std::printf("%d inputs replayed without a finding\n", count);
    return 0;
}
