#pragma once

#include <QObject>
#include <QStringList>

namespace ecsplan {

/** Most recently opened or saved designs, newest first, persisted in QSettings ("recentFiles"). */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);
    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace ecsplan
