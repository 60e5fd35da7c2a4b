#!/usr/bin/env bash
# Renders the hicolor PNG sizes of the application icon from ecsplan.svg (run after editing the
# SVG; the PNGs are committed so that building needs no SVG renderer). Needs rsvg-convert
# (Debian: librsvg2-bin) and optipng if installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "${size}" -h "${size}" ecsplan.svg -o "hicolor/${size}x${size}/ecsplan.png"
    if command -v optipng >/dev/null 2>&1; then optipng -quiet -o5 -strip all "hicolor/${size}x${size}/ecsplan.png"; fi
done
