#pragma once

#include "ids.h"
#include "properties.h"

namespace ecsplan {

/**
 * What an edit changed, emitted by Document::changed after the model was updated (and, for
 * AboutToBeRemoved, before). Consumers test `type` and the `properties` bits so that, for
 * instance, a geometry-only change costs the metrics engine nothing (Tiled's change events).
 */
struct ChangeEvent
{
    enum class Type {
        Reset, ///< everything may have changed (load, new document): rebuild
        Added, ///< `ids` were inserted
        AboutToBeRemoved, ///< `ids` are still in the model and will be removed next
        Removed, ///< `ids` are gone
        Changed, ///< `properties` of `ids` changed
        SettingsChanged, ///< the design settings (currency, rates, muted rules ...) changed
    };

    Type type = Type::Reset;
    EntityIds ids;
    PropertyMask properties = 0;

    bool touches(Property p) const { return properties & bit(p); }
    /** True when only presentation (name, notes, geometry) changed. */
    bool isPresentationOnly() const
    {
        return type == Type::Changed && (properties & ~PresentationProperties) == 0;
    }
};

} // namespace ecsplan
