#pragma once

#include "model/document.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace ecsplan {

/**
 * Copy and paste of design fragments, within a window and between windows (and processes).
 *
 * A fragment is JSON: {"format": "ecsplan-fragment", "source": token, "entities": [...]}, each
 * entity written exactly as the design file writes it (DesignJson::writeEntity). It travels on
 * the system clipboard as MimeType and, for text editors and chat, as plain text.
 *
 * What is copied is the closure of the selection: the selected nodes, everything inside a
 * selected region or zone, and the links whose two ends are both copied. References inside the
 * fragment (parent, attachment, replica source, link ends, zone and security-group lists) are
 * kept; on paste they are remapped to fresh ids from Document::allocateIds. References to
 * entities outside the fragment survive only when pasting into the document they were copied
 * from and the reference is still valid there; otherwise they are dropped.
 */
namespace Clipboard {

inline constexpr const char *MimeType = "application/x-ecsplan-fragment";
inline constexpr const char *FormatTag = "ecsplan-fragment";

struct Fragment
{
    QList<Entity> entities; ///< with the ids of the document they were copied from
    QString source; ///< documentToken() of that document
    bool isEmpty() const { return entities.isEmpty(); }
    /** Union of the node geometries (scene coordinates). */
    QRectF bounds() const;
};

/** Identifies a document within this process run (pid + address); never written to files. */
QString documentToken(const Document *document);

/** The selection's closure (see above), in ascending id order. */
EntityIds closure(const Model &model, const EntityIds &selection);

/** Serialises the closure of `selection`; an empty fragment when nothing is selected. */
Fragment copy(const Document &document, const EntityIds &selection);
QByteArray toJson(const Fragment &fragment);
/** Parses a fragment; false with a precise reason ("entities/2/sizeGiB: ...") on bad input. */
bool fromJson(const QByteArray &json, Fragment *fragment, QString *error);

/** MimeType + text/plain, ready for QClipboard::setMimeData (caller takes ownership). */
QMimeData *toMimeData(const Fragment &fragment);
/** True when `mime` carries a fragment (MimeType, or text that looks like one). */
bool canPaste(const QMimeData *mime);
bool fromMimeData(const QMimeData *mime, Fragment *fragment, QString *error);

/**
 * Adds the fragment to `document` as one undo step, every node moved by `offset` (scene units).
 * A pasted root lands in the container under its centre (Document::containerAt); failing that,
 * in its original container when pasting into the source document. Returns the new ids (in
 * fragment order) or the reason the paste was refused.
 */
Document::Result paste(Document *document, const Fragment &fragment, const QPointF &offset,
                       const QString &undoText = {});

/** copy + paste without touching the system clipboard (Edit ▸ Duplicate). */
Document::Result duplicate(Document *document, const EntityIds &selection, const QPointF &offset);

} // namespace Clipboard
} // namespace ecsplan
