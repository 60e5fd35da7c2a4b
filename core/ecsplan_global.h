#pragma once

#include <QCoreApplication>

/** Namespace of everything in ECS Planner's core and widgets libraries. */
namespace ecsplan {

/** Translation context for non-QObject core code: Tr::tr("...") shows up as context "ecsplan". */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecsplan)
};

} // namespace ecsplan
