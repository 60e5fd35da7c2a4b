#!/usr/bin/env bash
# Takes the AppStream screenshots from the application itself: opens the GUI on sample designs
# under a virtual X server (Xvfb) at 1600x1000 and captures the screen, which the window fills.
#
#   installer/screenshots/take-screenshots.sh [BUILD_DIR]     (default: ./build)
#
# Needs xvfb-run (xvfb), xwd (x11-apps) and convert (imagemagick); optipng if installed.
# A fresh HOME keeps your settings, recent files and autosaves out of the pictures. Commit the
# PNGs; installer/ecsplan.metainfo.xml.in refers to them by name and size.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "${here}/../.." && pwd)
build=${1:-${root}/build}
exe=${build}/app/ecsplan
[[ -x "${exe}" ]] || { echo "no ${exe}: build first (./dev.sh build)" >&2; exit 1; }
for tool in xvfb-run xwd convert; do
    command -v "${tool}" >/dev/null || { echo "${tool} is missing (apt-get install xvfb x11-apps imagemagick)" >&2; exit 1; }
done

shoot() { # shoot SAMPLE-NAME
    local sample=${root}/resources/samples/$1.ecsplan png=${here}/$1.png
    local home
    home=$(mktemp -d)
    HOME=${home} LANG=C.UTF-8 LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
        "$1" -qwindowgeometry 1600x1000+0+0 "$2" &
        pid=$!
        sleep "${SETTLE:-8}"
        xwd -root -silent | convert xwd:- "$3"
        kill "${pid}"
        wait "${pid}" 2>/dev/null || true' _ "${exe}" "${sample}" "${png}"
    rm -rf "${home}"
    if command -v optipng >/dev/null 2>&1; then optipng -quiet -o2 -strip all "${png}"; fi
    echo "${png}: $(identify -format '%wx%h' "${png}"), $(($(stat -c %s "${png}") / 1024)) KiB"
}

shoot three-zone-web
shoot media-company
