#!/usr/bin/env bash
# Layering guard: core/ (ecsplan_core) must build and run without a display, so it never
# includes Qt Widgets, the Graphics View framework or QCustomPlot, and never links them.
# Exit status 0 when clean, 1 with one line per offence (file:line: text) otherwise.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORE_DIR="${ROOT_DIR}/core"
[[ -d "${CORE_DIR}" ]] || {
    echo "check_layering: no core/ directory under ${ROOT_DIR}" >&2
    exit 1
}

# #include <QtWidgets>, <QtWidgets/...>, <QWidget*>, <QApplication>, <QGraphics*>, <qcustomplot.h>
include_pattern='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]*/)?(QtWidgets|QWidget|QApplication[>"]|QGraphics|qcustomplot)'
# target_link_libraries(... Qt6::Widgets / Qt::Widgets / QCustomPlot...) and find_package of them
link_pattern='(Qt6?::Widgets|QCustomPlot|COMPONENTS[^)]*Widgets)'

status=0
if hits="$(grep -rnIE --include='*.h' --include='*.hpp' --include='*.cpp' --include='*.cc' \
    "${include_pattern}" "${CORE_DIR}")"; then
    echo "check_layering: core/ must not include Qt Widgets, QGraphics* or QCustomPlot:" >&2
    echo "${hits//"${ROOT_DIR}/"/}" >&2
    status=1
fi
if hits="$(grep -rnIE --include='CMakeLists.txt' --include='*.cmake' "${link_pattern}" "${CORE_DIR}" \
    | grep -vE ':[0-9]+:[[:space:]]*#')"; then
    echo "check_layering: core/ CMake must not link Qt Widgets or QCustomPlot:" >&2
    echo "${hits//"${ROOT_DIR}/"/}" >&2
    status=1
fi
[[ ${status} -ne 0 ]] || echo "check_layering: core/ is free of widgets, QGraphics* and QCustomPlot"
exit "${status}"
