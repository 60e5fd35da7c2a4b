#include "componentmime.h"

#include <QMimeData>

namespace ecsplan::ComponentMime {

QMimeData *create(EntityKind kind, EndpointKind endpoint)
{
    QString payload = toCode(kind);
    if (kind == EntityKind::Endpoint)
        payload += QLatin1Char('/') + toCode(endpoint);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), payload.toUtf8());
    return mime;
}

bool decode(const QMimeData *mime, EntityKind *kind, EndpointKind *endpoint)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    const QStringList parts
            = QString::fromUtf8(mime->data(QString::fromLatin1(MimeType))).split(QLatin1Char('/'));
    const auto k = entityKindFromCode(parts.value(0));
    if (!k || *k == EntityKind::Link)
        return false;
    EndpointKind e = EndpointKind::InternetUsers;
    if (*k == EntityKind::Endpoint && parts.size() > 1) {
        const auto ek = endpointKindFromCode(parts[1]);
        if (!ek)
            return false;
        e = *ek;
    }
    *kind = *k;
    *endpoint = e;
    return true;
}

} // namespace ecsplan::ComponentMime
