#include "designsession.h"

#include "rules/rulesengine.h"

#include <utility>

namespace ecsplan {

namespace {
/** The document, with its catalog set before the metrics engine connects to it. */
Document &prepared(Document &document, const Catalog &catalog, Model *model)
{
    document.setCatalog(&catalog);
    if (model)
        document.resetModel(std::move(*model));
    return document;
}
} // namespace

DesignSession::DesignSession(const Catalog &catalog)
    : m_catalog(&catalog)
    , m_metrics(&prepared(m_document, catalog, nullptr), &catalog)
{
}

DesignSession::DesignSession(const Catalog &catalog, Model model)
    : m_catalog(&catalog)
    , m_metrics(&prepared(m_document, catalog, &model), &catalog)
{
}

DesignSession::~DesignSession() = default;

RulesEngine &DesignSession::rules()
{
    if (!m_rules)
        m_rules = std::make_unique<RulesEngine>(&m_document, &m_metrics, m_catalog);
    return *m_rules;
}

void DesignSession::flush()
{
    m_metrics.flush();
}

} // namespace ecsplan
