// Fuzz target: a clipboard fragment (anything another program may put there) read and pasted
// into a sample design as one undo step; undo must give back the design exactly, redo the paste.
#include "fuzzsupport.h"

#include "catalog/catalog.h"
#include "io/clipboard.h"
#include "model/document.h"
#include "sampledesigns.h"

#include <QUndoStack>

using namespace ecsplan;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Clipboard::Fragment fragment;
    QString error;
    if (!Clipboard::fromJson(fuzz::bytes(data, size), &fragment, &error)) {
        if (error.isEmpty())
            fuzz::fail("a refused fragment must say why");
        return 0;
    }
    static const Model sample = test::sampleDesign(QStringLiteral("media-company"));
    Document document;
    document.resetModel(sample);
    const Document::Result pasted = Clipboard::paste(&document, fragment, QPointF(40, 40));
    if (!pasted.ok()) {
        if (document.model().entities() != sample.entities())
            fuzz::fail("a refused paste changed the design");
        return 0;
    }
    // Every pasted entity obeys the model's invariants.
    for (EntityId id : document.model().ids()) {
        const QString problem = document.model().checkEntity(*document.model().find(id));
        if (!problem.isEmpty())
            fuzz::fail("a paste broke an invariant", problem.toUtf8());
    }
    const auto afterPaste = document.model().entities();
    document.undo();
    if (document.model().entities() != sample.entities())
        fuzz::fail("undo of a paste did not restore the design");
    document.redo();
    if (document.model().entities() != afterPaste)
        fuzz::fail("redo of a paste differs from the paste");
    return 0;
}
