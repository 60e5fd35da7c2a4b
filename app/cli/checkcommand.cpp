#include "checkcommand.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "io/designfile.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "rules/findingsreport.h"
#include "rules/rulesengine.h"

#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

namespace ecsplan {

namespace {

int usage(QTextStream &err, const QString &problem)
{
    err << Tr::tr("check: %1").arg(problem) << '\n'
        << Tr::tr("usage: ecsplan-cli check FILE [--format text|json|sarif] "
                  "[--fail-on error|warning|advice]")
        << '\n';
    return 2;
}

} // namespace

int runCheck(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString file, format = QStringLiteral("text");
    Severity threshold = Severity::Error;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](const QString &option) -> std::optional<QString> {
            if (a.startsWith(option + QLatin1Char('=')))
                return a.mid(option.size() + 1);
            if (a == option && i + 1 < args.size())
                return args.at(++i);
            return std::nullopt;
        };
        if (a.startsWith(QLatin1String("--format"))) {
            const auto v = value(QStringLiteral("--format"));
            if (!v || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")}.contains(*v))
                return usage(err, Tr::tr("--format takes text, json or sarif."));
            format = *v;
        } else if (a.startsWith(QLatin1String("--fail-on"))) {
            const auto v = value(QStringLiteral("--fail-on"));
            const auto s = v ? severityFromCode(*v) : std::nullopt;
            if (!s)
                return usage(err, Tr::tr("--fail-on takes error, warning or advice."));
            threshold = *s;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(err, Tr::tr("unknown option %1.").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return usage(err, Tr::tr("one design file only (got %1 and %2).").arg(file, a));
        }
    }
    if (file.isEmpty())
        return usage(err, Tr::tr("no design file given."));

    const Catalog &catalog = Catalog::builtin();
    DesignFile::LoadResult loaded = DesignFile::load(file, &catalog);
    if (!loaded.ok) {
        for (const QString &e : std::as_const(loaded.errors))
            err << e << '\n';
        if (loaded.errors.isEmpty())
            err << Tr::tr("%1: cannot be loaded.").arg(file) << '\n';
        return 2;
    }
    Document document;
    document.resetModel(std::move(loaded.model));
    document.setFileName(file);
    MetricsEngine metrics(&document, &catalog);
    metrics.flush();  // no event loop here: compute now, the rules read the results
    RulesEngine rules(&document, &metrics, &catalog);

    // SARIF wants a URI reference: relative paths stay relative, characters are escaped.
    const QString uri = QFileInfo(file).isAbsolute()
                            ? QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded)
                            : QString::fromUtf8(QUrl::toPercentEncoding(file, "/"));
    const FindingsReport report(document.model(), rules.findings(), rules.mutedFindings(), uri);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(report.toJson());
    else if (format == QLatin1String("sarif"))
        out << QString::fromUtf8(report.toSarif());
    else
        out << report.toText();
    out.flush();
    return report.countAtLeast(threshold) > 0 ? 1 : 0;
}

} // namespace ecsplan
