#include "terraformexportsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace ecsplan {

namespace {

const char *const Group = "TerraformExport";

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

TerraformExportSettings TerraformExportSettings::load()
{
    TerraformExportSettings s;
    QSettings settings;
    settings.beginGroup(QLatin1String(Group));
    TerraformExporter::Options &o = s.options;
    s.directory = settings.value(QStringLiteral("directory")).toString();
    s.backendEnabled = settings.value(QStringLiteral("backendEnabled"), false).toBool();
    o.providerVersionConstraint
            = settings.value(QStringLiteral("providerVersion"), o.providerVersionConstraint)
                      .toString();
    o.namePrefix = settings.value(QStringLiteral("namePrefix")).toString();
    o.backend.bucket = settings.value(QStringLiteral("bucket")).toString();
    o.backend.prefix = settings.value(QStringLiteral("prefix")).toString();
    o.backend.key
            = settings.value(QStringLiteral("key"), QStringLiteral("terraform.tfstate")).toString();
    o.backend.region = settings.value(QStringLiteral("region")).toString();
    o.backend.tablestoreEndpoint = settings.value(QStringLiteral("tablestoreEndpoint")).toString();
    o.backend.tablestoreTable = settings.value(QStringLiteral("tablestoreTable")).toString();
    o.backend.encrypt = settings.value(QStringLiteral("encrypt"), true).toBool();
    return s;
}

void TerraformExportSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(Group));
    const TerraformExporter::Options &o = options;
    settings.setValue(QStringLiteral("directory"), directory);
    settings.setValue(QStringLiteral("backendEnabled"), backendEnabled);
    settings.setValue(QStringLiteral("providerVersion"), o.providerVersionConstraint);
    settings.setValue(QStringLiteral("namePrefix"), o.namePrefix);
    settings.setValue(QStringLiteral("bucket"), o.backend.bucket);
    settings.setValue(QStringLiteral("prefix"), o.backend.prefix);
    settings.setValue(QStringLiteral("key"), o.backend.key);
    settings.setValue(QStringLiteral("region"), o.backend.region);
    settings.setValue(QStringLiteral("tablestoreEndpoint"), o.backend.tablestoreEndpoint);
    settings.setValue(QStringLiteral("tablestoreTable"), o.backend.tablestoreTable);
    settings.setValue(QStringLiteral("encrypt"), o.backend.encrypt);
}

TerraformExporter::Options TerraformExportSettings::effectiveOptions() const
{
    TerraformExporter::Options o = options;
    o.providerVersionConstraint = o.providerVersionConstraint.trimmed();
    o.namePrefix = o.namePrefix.trimmed();
    if (!backendEnabled) {
        o.backend = {};
    } else if (o.backend.key.trimmed().isEmpty()) {
        o.backend.key = QStringLiteral("terraform.tfstate");
    }
    return o;
}

QString TerraformExportSettings::checkDirectory(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("Choose a directory to write the files into.");
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return tr("This is a file, not a directory.");
        if (!info.isWritable())
            return tr("This directory is not writable.");
        return {};
    }
    // Created on export: its nearest existing ancestor must let us create it.
    QDir ancestor = info.absoluteDir();
    while (!ancestor.exists() && !ancestor.isRoot()) {
        if (!ancestor.cdUp())
            break;
    }
    const QFileInfo ancestorInfo(ancestor.absolutePath());
    if (!ancestorInfo.isDir() || !ancestorInfo.isWritable())
        return tr("The directory does not exist and its parent is not writable.");
    return {};
}

QString TerraformExportSettings::checkBucket(const QString &bucket)
{
    if (bucket.isEmpty())
        return tr("Enter the OSS bucket that holds the state.");
    if (bucket.size() < 3 || bucket.size() > 63)
        return tr("Use 3 to 63 characters (this name has %1).").arg(bucket.size());
    if (!matches(QStringLiteral("[a-z0-9-]+"), bucket))
        return tr("Use only lowercase letters, digits and hyphens.");
    if (bucket.startsWith(QLatin1Char('-')) || bucket.endsWith(QLatin1Char('-')))
        return tr("Start and end with a lowercase letter or a digit.");
    return {};
}

QString TerraformExportSettings::checkTablestoreEndpoint(const QString &endpoint)
{
    if (endpoint.isEmpty())
        return {};
    const QUrl url(endpoint, QUrl::StrictMode);
    const bool hostOk = matches(
            QStringLiteral("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+"),
            url.host());
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || !hostOk || !(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery()
        || url.hasFragment() || !url.userInfo().isEmpty())
        return tr("Expected a URL such as https://tf-lock.cn-hangzhou.ots.aliyuncs.com");
    return {};
}

QString TerraformExportSettings::checkTablestoreTable(const QString &table)
{
    if (table.isEmpty())
        return {};
    if (!matches(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{0,254}"), table))
        return tr("Use letters, digits and underscores; do not start with a digit.");
    return {};
}

QString TerraformExportSettings::checkRegion(const QString &region)
{
    if (region.isEmpty())
        return {};
    if (!matches(QStringLiteral("[a-z]{2}(-[a-z0-9]+)+"), region))
        return tr("Expected a region id such as cn-hangzhou.");
    return {};
}

QString TerraformExportSettings::checkVersionConstraint(const QString &constraint)
{
    const QString one = QStringLiteral(
            "\\s*(=|!=|>|>=|<|<=|~>)?\\s*v?\\d+(\\.\\d+){0,2}(-[0-9A-Za-z.]+)?\\s*");
    if (constraint.trimmed().isEmpty())
        return tr("Enter a provider version constraint, e.g. ~> 1.280");
    if (!matches(QStringLiteral("%1(,%1)*").arg(one), constraint))
        return tr("Expected constraints such as ~> 1.280 or >= 1.200, < 2.0");
    return {};
}

QString TerraformExportSettings::checkNamePrefix(const QString &prefix)
{
    const QString p = prefix.trimmed();
    if (p.isEmpty())
        return {};
    if (p.size() > 32)
        return tr("At most 32 characters.");
    if (!matches(QStringLiteral("[A-Za-z][A-Za-z0-9-]*"), p))
        return tr("Start with a letter; then letters, digits and hyphens only.");
    return {};
}

} // namespace ecsplan
