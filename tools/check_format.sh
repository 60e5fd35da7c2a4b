#!/usr/bin/env bash
# Formatting guard: every tracked C++ file must be exactly as .clang-format (Debian's
# clang-format 14) writes it. Exit 0 when clean; 1 listing the files that differ, with the
# command that fixes them. Used by .ci/run; run it before committing.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${ROOT_DIR}"
cf="$(command -v clang-format-14 || command -v clang-format || true)"
[[ -n "${cf}" ]] || {
    echo "check_format: clang-format is not installed (./dev.sh setup installs it)" >&2
    exit 1
}

mapfile -t files < <(git ls-files '*.cpp' '*.h')
# One clang-format run over all files; its diagnostics name each file that would change.
mapfile -t off < <("${cf}" --dry-run "${files[@]}" 2>&1 \
    | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
if ((${#off[@]})); then
    echo "check_format: ${#off[@]} file(s) differ from .clang-format:" >&2
    printf '  %s\n' "${off[@]}" >&2
    echo "fix with: ${cf} -i ${off[*]}" >&2
    exit 1
fi
echo "check_format: ${#files[@]} files formatted as .clang-format says"
