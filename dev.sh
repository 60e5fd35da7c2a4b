#!/usr/bin/env bash
# ECS Planner developer entry point. One command per job; every command that needs the
# toolchain runs `setup` first, which is a fast no-op when nothing is missing.
#
#   ./dev.sh setup           install missing Debian 12 packages (apt) and tests/scripts npm tools
#   ./dev.sh build           setup + configure ./build (Ninja, RelWithDebInfo) + build
#   ./dev.sh run [FILE]      setup + build + open the GUI (default: the bundled sample design)
#   ./dev.sh test            setup + build + ctest, headless
#   ./dev.sh bench [ARGS]    setup + build + run every Google Benchmark program (ARGS passed on)
#   ./dev.sh package         setup + build + cpack (.deb, -dbgsym .ddeb, .tar.gz) into ./build/packages
#   ./dev.sh asan [REGEX]    setup + the whole suite (or the tests matching REGEX) under
#                            AddressSanitizer + UndefinedBehaviorSanitizer in ./build-asan
#
# Environment: CI=true turns on -DECSPLAN_WERROR=ON; ECSPLAN_BUILD_DIR (default ./build);
# ECSPLAN_ASAN_BUILD_DIR (default ./build-asan);
# ECSPLAN_JOBS (default: nproc); ECSPLAN_SKIP_SETUP=1 skips the package check;
# ECSPLAN_CMAKE_ARGS="-DECSPLAN_BUILD_GUI=OFF ..." adds configure options (and forces a reconfigure).
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_DIR="${ECSPLAN_BUILD_DIR:-${ROOT_DIR}/build}"
JOBS="${ECSPLAN_JOBS:-$(nproc 2>/dev/null || echo 2)}"
DEFAULT_SAMPLE="${ROOT_DIR}/resources/samples/three-zone-web.ecsplan"

# Debian 12 (bookworm) package names, checked with apt-cache. libqt6gui6 carries the xcb and
# offscreen platform plugins; qt6-qpa-plugins the others (vnc, eglfs...).
APT_PACKAGES=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-translations-l10n libqt6gui6 qt6-qpa-plugins
    libqcustomplot-dev libqcustomplot2.1-qt6 nlohmann-json3-dev libsimdjson-dev libgl1-mesa-dev libbenchmark-dev
    xvfb xauth poppler-utils fonts-noto-cjk clang-format-14
    nodejs npm
    golang-go golang-github-hashicorp-hcl-v2-dev # terraform fmt -check of the export (tests/scripts/tffmt)
    dpkg-dev file lintian desktop-file-utils appstream libxml2-utils shared-mime-info # packaging test (installer/)
)

if [[ -t 2 ]]; then
    C_SAY=$'\033[1;34m' C_WARN=$'\033[1;33m' C_ERR=$'\033[1;31m' C_OFF=$'\033[0m'
else
    C_SAY='' C_WARN='' C_ERR='' C_OFF=''
fi
say() { printf '%s==>%s %s\n' "${C_SAY}" "${C_OFF}" "$*"; }
warn() { printf '%swarning:%s %s\n' "${C_WARN}" "${C_OFF}" "$*" >&2; }
die() {
    printf '%serror:%s %s\n' "${C_ERR}" "${C_OFF}" "$*" >&2
    exit 1
}

usage() {
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# Prints the packages of APT_PACKAGES that are not installed, one per line.
missing_packages() {
    local installed
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${APT_PACKAGES[@]}" 2>/dev/null \
        | awk '$2 == "ii" { print $1 }' || true)"
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        if grep -qx -- "${pkg}" <<<"${installed}"; then
            continue
        fi
        # NodeSource's nodejs bundles npm and conflicts with Debian's npm package: a working
        # command is what we need, whichever package provides it.
        case "${pkg}" in
        nodejs) command -v node >/dev/null 2>&1 && continue ;;
        npm) command -v npm >/dev/null 2>&1 && continue ;;
        esac
        echo "${pkg}"
    done
}

as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*' (not root and no sudo). Install the packages above by hand, or set ECSPLAN_SKIP_SETUP=1."
    fi
}

setup_apt() {
    command -v dpkg-query >/dev/null 2>&1 || {
        warn "dpkg-query not found: not a Debian system, skipping package check (see README for the package list)"
        return 0
    }
    local missing
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    say "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    mapfile -t missing < <(missing_packages)
    [[ ${#missing[@]} -eq 0 ]] || die "still missing after apt-get install: ${missing[*]}"
}

# Node tools for the scripted tests (HCL parser, SARIF validator). Skipped when our stamp in
# node_modules is newer than package.json and package-lock.json, so re-runs work offline.
setup_npm() {
    local dir="${ROOT_DIR}/tests/scripts"
    [[ -f "${dir}/package.json" ]] || return 0
    local stamp="${dir}/node_modules/.dev-sh-stamp"
    if [[ -f "${stamp}" && "${stamp}" -nt "${dir}/package.json" ]] \
        && { [[ ! -f "${dir}/package-lock.json" ]] || [[ ! "${dir}/package-lock.json" -nt "${stamp}" ]]; }; then
        return 0
    fi
    command -v npm >/dev/null 2>&1 || die "npm not found; run ./dev.sh setup as root"
    local npm_cmd=(install)
    [[ -f "${dir}/package-lock.json" ]] && npm_cmd=(ci)
    say "npm ${npm_cmd[*]} in tests/scripts"
    if ! (cd "${dir}" && npm "${npm_cmd[@]}" --no-audit --no-fund --prefer-offline); then
        if [[ -d "${dir}/node_modules" ]]; then
            warn "npm ${npm_cmd[*]} failed (offline?); keeping the existing tests/scripts/node_modules"
        else
            die "npm ${npm_cmd[*]} failed in tests/scripts and there is no node_modules to fall back on"
        fi
        return 0
    fi
    mkdir -p "${dir}/node_modules" && touch "${stamp}"
}

cmd_setup() {
    if [[ "${ECSPLAN_SKIP_SETUP:-0}" == 1 ]]; then
        return 0
    fi
    setup_apt
    setup_npm
}

cache_value() { # cache_value VAR -> value in CMakeCache.txt, empty if absent
    sed -n "s/^$1:[A-Z]*=//p" "${BUILD_DIR}/CMakeCache.txt" 2>/dev/null | head -n1
}

cmd_configure() {
    local werror=OFF
    [[ "${CI:-}" == true ]] && werror=ON
    if [[ -f "${BUILD_DIR}/CMakeCache.txt" ]]; then
        local generator
        generator="$(cache_value CMAKE_GENERATOR)"
        [[ "${generator}" == Ninja ]] \
            || die "${BUILD_DIR} was configured with '${generator}', not Ninja; remove it (rm -rf '${BUILD_DIR}') and retry"
        if [[ -z "${ECSPLAN_CMAKE_ARGS:-}" && "$(cache_value ECSPLAN_WERROR)" == "${werror}" \
            && -f "${BUILD_DIR}/build.ninja" ]]; then
            return 0 # ninja re-runs CMake by itself when a CMakeLists.txt changes
        fi
    fi
    local extra=()
    read -ra extra <<<"${ECSPLAN_CMAKE_ARGS:-}"
    say "Configuring ${BUILD_DIR} (Ninja, RelWithDebInfo, ECSPLAN_WERROR=${werror}${extra[*]:+ ${extra[*]}})"
    cmake -S "${ROOT_DIR}" -B "${BUILD_DIR}" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECSPLAN_WERROR="${werror}" "${extra[@]}" \
        || die "CMake could not configure ${BUILD_DIR}; the first CMake Error above names the file and line"
}

cmd_build() {
    cmd_setup
    cmd_configure
    say "Building (-j${JOBS})"
    cmake --build "${BUILD_DIR}" -j "${JOBS}" || die "build failed; the first error above is the one to fix"
}

cmd_run() {
    local file="${1:-}"
    if [[ -n "${file}" ]]; then
        [[ -f "${file}" ]] || die "no such design file: ${file}"
        file="$(cd "$(dirname "${file}")" && pwd)/$(basename "${file}")"
    elif [[ -f "${DEFAULT_SAMPLE}" ]]; then
        file="${DEFAULT_SAMPLE}"
    else
        warn "bundled sample ${DEFAULT_SAMPLE#"${ROOT_DIR}"/} is not there yet; opening an empty design"
    fi
    cmd_build
    local exe="${BUILD_DIR}/app/ecsplan"
    [[ -x "${exe}" ]] || die "the GUI executable ${exe} was not built (app/ has no GUI target yet, or ECSPLAN_BUILD_GUI=OFF)"
    local args=()
    [[ -n "${file}" ]] && args+=("${file}")
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        command -v xvfb-run >/dev/null 2>&1 || die "no \$DISPLAY and xvfb-run is missing; run ./dev.sh setup"
        say "No \$DISPLAY: running the GUI under xvfb-run (a virtual X server; nothing will appear on screen)"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "${exe}" "${args[@]}"
    fi
    say "Launching ${exe#"${ROOT_DIR}"/} ${file:+${file#"${ROOT_DIR}"/}}"
    exec "${exe}" "${args[@]}"
}

cmd_test() {
    cmd_build
    export QT_QPA_PLATFORM=offscreen
    say "Running ctest (headless, QT_QPA_PLATFORM=offscreen)"
    if ! ctest --test-dir "${BUILD_DIR}" --output-on-failure -j2; then
        die "tests failed"
    fi
}

cmd_bench() {
    cmd_build
    local dir="${BUILD_DIR}/tests/benchmarks"
    local benches=()
    if [[ -d "${dir}" ]]; then
        mapfile -t benches < <(find "${dir}" -maxdepth 1 -type f -name 'bench_*' -perm -u+x | sort)
    fi
    if [[ ${#benches[@]} -eq 0 ]]; then
        warn "no benchmark programs in ${dir} (tests/benchmarks/bench_*.cpp); nothing to run"
        return 0
    fi
    export QT_QPA_PLATFORM=offscreen
    local bench failed=0
    for bench in "${benches[@]}"; do
        say "$(basename "${bench}")"
        "${bench}" "$@" || {
            warn "$(basename "${bench}") exited with status $?"
            failed=1
        }
    done
    [[ ${failed} -eq 0 ]] || die "at least one benchmark failed"
}

cmd_package() {
    cmd_build
    say "Packaging (DEB + dbgsym, TGZ) into ${BUILD_DIR}/packages"
    (cd "${BUILD_DIR}" && cpack -G "DEB;TGZ" -B "${BUILD_DIR}/packages") || die "cpack failed"
    find "${BUILD_DIR}/packages" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.ddeb' -o -name '*.tar.gz' \) -print
}

# The sanitizer build (docs/hardening.md): GCC's ASan + UBSan on every target, Q_ASSERTs on (a
# Debug build) at -O1 so the suite stays affordable, no benchmarks. The CTest environment
# (cmake/EcsplanSanitizers.cmake) makes every report abort the test that triggered it.
cmd_asan() {
    cmd_setup
    local dir="${ECSPLAN_ASAN_BUILD_DIR:-${ROOT_DIR}/build-asan}"
    if [[ ! -f "${dir}/build.ninja" ]]; then
        say "Configuring ${dir} (Ninja, Debug at -O1, ECSPLAN_SANITIZE=address;undefined)"
        cmake -S "${ROOT_DIR}" -B "${dir}" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
            -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DECSPLAN_SANITIZE="address;undefined" \
            -DECSPLAN_BUILD_BENCHMARKS=OFF -DECSPLAN_WERROR=OFF \
            || die "CMake could not configure ${dir}"
    fi
    say "Building the sanitizer build (-j${JOBS})"
    cmake --build "${dir}" -j "${JOBS}" || die "sanitizer build failed"
    export QT_QPA_PLATFORM=offscreen
    local filter=()
    [[ $# -gt 0 ]] && filter=(-R "$1")
    say "Running ctest under ASan + UBSan${1:+ (tests matching $1)}"
    local start=${SECONDS}
    if ! ctest --test-dir "${dir}" --output-on-failure -j2 "${filter[@]}"; then
        die "tests failed under the sanitizers (the first report above names the line)"
    fi
    say "Sanitizer suite green in $((SECONDS - start)) s"
}

main() {
    local cmd="${1:-help}"
    [[ $# -gt 0 ]] && shift
    case "${cmd}" in
    setup) cmd_setup && say "Setup complete: all packages present" ;;
    build) cmd_build ;;
    run) cmd_run "$@" ;;
    test) cmd_test ;;
    bench) cmd_bench "$@" ;;
    package) cmd_package ;;
    asan) cmd_asan "$@" ;;
    help | -h | --help) usage ;;
    *)
        usage >&2
        die "unknown command '${cmd}'"
        ;;
    esac
}

main "$@"
