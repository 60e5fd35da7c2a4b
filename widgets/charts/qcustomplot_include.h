#pragma once

// qcustomplot.h uses Qt's `foreach` in two inline functions, while the project builds with
// QT_NO_FOREACH. Map it to a range-for for the header only; our own code never sees it.
// Include this header, never <qcustomplot.h> directly.
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define ECSPLAN_FOREACH_SHIM
#endif
#include <qcustomplot.h>
#ifdef ECSPLAN_FOREACH_SHIM
#undef foreach
#undef ECSPLAN_FOREACH_SHIM
#endif
