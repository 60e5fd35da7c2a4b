#!/usr/bin/env bash
# The packaging test (CTest installer.package): packages the current build with CPack and checks
# what a user and Debian's tools would see.
#
#   check-package.sh BUILD_DIR SOURCE_DIR WORK_DIR
#
#  1. cpack -G "DEB;TGZ" into WORK_DIR (stripped executables, symbols in the -dbgsym .ddeb)
#  2. the .deb is under 20 MB, its executables are stripped, the .ddeb holds their debug info
#  3. lintian on the .deb and the .ddeb: no error and no warning (informational tags are printed,
#     not counted)
#  4. desktop-file-validate, appstreamcli validate --no-net, xmllint and update-mime-database
#  5. the .desktop MimeType, the MIME package's type and glob, and the metainfo's mediatype agree;
#     every sample design is recognised by the glob and the magic
#  6. the version is the same in CMake, the Debian changelog and the metainfo's newest release
#  7. the .deb unpacked into a temporary root and the .tar.gz unpacked elsewhere: both
#     executables run from there on a sample (info, report, check, export terraform,
#     --export-report, --help and --version without a display), and the packaged Depends are
#     installed here
set -uo pipefail

build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$3
sample=${source}/resources/samples/three-zone-web.ecsplan
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
step() { printf '\n== %s\n' "$*"; }
need() {
    local tool
    for tool in "$@"; do
        command -v "${tool}" >/dev/null 2>&1 \
            || { echo "FAIL: ${tool} is not installed (./dev.sh setup installs it)" >&2; exit 1; }
    done
}
need cpack lintian desktop-file-validate appstreamcli xmllint update-mime-database dpkg-deb \
    dpkg-shlibdeps file readelf tar

rm -rf "${work}"
mkdir -p "${work}"
work=$(cd "${work}" && pwd)

step "cpack (DEB, TGZ) from ${build}"
start=${SECONDS}
if ! cpack --config "${build}/CPackConfig.cmake" -G "DEB;TGZ" -B "${work}/out" >"${work}/cpack.log" 2>&1; then
    cat "${work}/cpack.log"
    echo "FAIL: cpack failed" >&2
    exit 1
fi
echo "cpack took $((SECONDS - start)) s"
deb=$(find "${work}/out" -maxdepth 1 -name 'ecsplan_*.deb' | head -n1)
ddeb=$(find "${work}/out" -maxdepth 1 -name 'ecsplan-dbgsym_*.ddeb' | head -n1)
tgz=$(find "${work}/out" -maxdepth 1 -name 'ecsplan-*.tar.gz' | head -n1)
[[ -f "${deb}" && -f "${ddeb}" && -f "${tgz}" ]] || {
    ls -l "${work}/out"
    echo "FAIL: expected ecsplan_*.deb, ecsplan-dbgsym_*.ddeb and ecsplan-*.tar.gz" >&2
    exit 1
}
ls -l "${deb}" "${ddeb}" "${tgz}"

step "size and stripping"
size=$(stat -c %s "${deb}")
((size < 20 * 1024 * 1024)) || fail "$(basename "${deb}") is ${size} bytes, over 20 MB"
root=${work}/root
dbg=${work}/dbgsym
dpkg-deb -x "${deb}" "${root}"
dpkg-deb -x "${ddeb}" "${dbg}"
for exe in ecsplan ecsplan-cli; do
    bin=${root}/usr/bin/${exe}
    [[ -x "${bin}" ]] || { fail "usr/bin/${exe} missing from the .deb"; continue; }
    readelf -S "${bin}" | grep -q '\.debug_info' && fail "usr/bin/${exe} still has debug info"
    readelf -S "${bin}" | grep -q '\.symtab' && fail "usr/bin/${exe} is not stripped (.symtab)"
    build_id=$(readelf -n "${bin}" | sed -n 's/.*Build ID: *//p')
    debug=${dbg}/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug
    if [[ -z "${build_id}" ]]; then
        fail "usr/bin/${exe} has no build id"
    elif [[ ! -f "${debug}" ]]; then
        fail "the dbgsym package has no ${debug#"${dbg}"} for ${exe}"
    elif ! readelf -S "${debug}" 2>/dev/null | grep -q '\.debug_info'; then
        fail "${debug#"${dbg}"} holds no debug info"
    fi
done
echo ".deb $((size / 1024)) KiB, .ddeb $(($(stat -c %s "${ddeb}") / 1024)) KiB, .tar.gz $(($(stat -c %s "${tgz}") / 1024)) KiB"
dpkg-deb -f "${deb}" Package Version Architecture Maintainer Depends Recommends Section

step "lintian"
# --fail-on error,warning: informational and pedantic tags are shown but do not fail the test.
lintian --fail-on error,warning --display-info "${deb}" "${ddeb}" >"${work}/lintian.log" 2>&1
lintian_status=$?
cat "${work}/lintian.log"
lintian_tags=$(grep -cE '^[EW]: ' "${work}/lintian.log")
echo "lintian: ${lintian_tags} error/warning tag(s), exit status ${lintian_status}"
((lintian_status == 0 && lintian_tags == 0)) || fail "lintian reports errors or warnings for the .deb or the .ddeb"
# The .ddeb's md5sums name every file it ships (CMake 3.25 wrote staging paths; see
# installer/cpack-fix-dbgsym.cmake), relative to the package root.
(cd "${dbg}" && dpkg-deb -I "${ddeb}" md5sums | md5sum --check --quiet) \
    || fail "the .ddeb's md5sums do not match its files"

step "desktop-file-validate, appstreamcli, xmllint, update-mime-database"
desktop=${root}/usr/share/applications/ecsplan.desktop
metainfo=$(find "${root}/usr/share/metainfo" -name '*.metainfo.xml' | head -n1)
mime=${root}/usr/share/mime/packages/ecsplan.xml
desktop-file-validate "${desktop}" || fail "desktop-file-validate ${desktop#"${root}"}"
[[ -f "${metainfo}" ]] || fail "no metainfo in usr/share/metainfo"
appstreamcli validate --no-net "${metainfo}" || fail "appstreamcli validate ${metainfo#"${root}"}"
xmllint --noout "${mime}" || fail "xmllint ${mime#"${root}"}"
mimedb=${work}/mime
mkdir -p "${mimedb}/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "${mime}" "${mimedb}/packages/"
mime_errors=$(XDG_DATA_HOME=${work} update-mime-database "${mimedb}" 2>&1)
[[ -z "${mime_errors}" ]] || fail "update-mime-database: ${mime_errors}"

# Every screenshot the metainfo names is a PNG in installer/screenshots/ of the size it states.
shots=$(xmllint --xpath '//screenshot/image' "${metainfo}" | sed 's/<image/\n<image/g' | sed -n 's/.*width="\([0-9]*\)" height="\([0-9]*\)">\([^<]*\)<.*/\1 \2 \3/p')
[[ -n "${shots}" ]] || fail "the metainfo names no screenshot"
while read -r width height url; do
    png=${source}/installer/screenshots/${url##*/}
    if [[ ! -f "${png}" ]]; then
        fail "screenshot ${url} has no ${png#"${source}/"}"
        continue
    fi
    # PNG IHDR: width and height are big-endian 32-bit integers at offsets 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "${png}" | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [[ "${dims}" == "${width} ${height}" ]] || fail "${png##*/} is ${dims/ /x}, the metainfo says ${width}x${height}"
done <<<"${shots}"

step "MIME type: desktop entry, MIME package and metainfo agree"
desktop_types=$(sed -n 's/^MimeType=//p' "${desktop}" | tr ';' '\n' | sed '/^$/d')
mime_type=$(xmllint --xpath 'string(//*[local-name()="mime-type"]/@type)' "${mime}")
mime_glob=$(xmllint --xpath 'string(//*[local-name()="glob"]/@pattern)' "${mime}")
meta_type=$(xmllint --xpath 'string(//provides/mediatype)' "${metainfo}")
echo "desktop MimeType=${desktop_types}; MIME ${mime_type} glob ${mime_glob}; metainfo ${meta_type}"
[[ "${desktop_types}" == "application/x-ecsplan" ]] || fail "desktop MimeType is '${desktop_types}'"
[[ "${mime_type}" == "${desktop_types}" ]] || fail "MIME package type '${mime_type}' != desktop '${desktop_types}'"
[[ "${meta_type}" == "${mime_type}" ]] || fail "metainfo mediatype '${meta_type}' != '${mime_type}'"
[[ "${mime_glob}" == "*.ecsplan" ]] || fail "MIME glob is '${mime_glob}', designs are *.ecsplan"
grep -qxF "50:${mime_type}:${mime_glob}" "${mimedb}/globs2" \
    || fail "update-mime-database did not register ${mime_glob} for ${mime_type}"
magic_values=$(xmllint --xpath '//*[local-name()="match"]/@value' "${mime}" | sed -E 's/^ *value="//; s/"$//; s/&quot;/"/g')
magic_range=$(xmllint --xpath 'string(//*[local-name()="match"][1]/@offset)' "${mime}")
for design in "${source}"/resources/samples/*.ecsplan; do
    # shellcheck disable=SC2053
    [[ "$(basename "${design}")" == ${mime_glob} ]] || fail "${design} does not match ${mime_glob}"
    head=$(head -c "$((${magic_range#*:} + 32))" "${design}")
    found=0
    while IFS= read -r value; do
        [[ "${head}" == *"${value}"* ]] && found=1
    done <<<"${magic_values}"
    ((found)) || fail "$(basename "${design}"): no MIME magic (${magic_values}) in its first bytes"
done

step "versions"
version=$(dpkg-deb -f "${deb}" Version)
cmake_version=$(sed -n 's/^CPACK_PACKAGE_VERSION:STRING=//p;s/^CMAKE_PROJECT_VERSION:STATIC=//p' "${build}/CMakeCache.txt" | head -n1)
changelog_version=$(zcat "${root}/usr/share/doc/ecsplan/changelog.gz" | head -n1 | sed -E 's/^ecsplan \(([^)]*)\).*/\1/')
meta_version=$(xmllint --xpath 'string(//releases/release[1]/@version)' "${metainfo}")
echo "package ${version}, CMake ${cmake_version}, changelog ${changelog_version}, metainfo ${meta_version}"
for v in "${cmake_version}" "${changelog_version}" "${meta_version}"; do
    [[ "${v}" == "${version}" ]] || fail "version ${v} differs from the package's ${version}"
done

step "dependencies are installed here"
depends=$(dpkg-deb -f "${deb}" Depends)
echo "Depends: ${depends}"
for dep in libqt6widgets6 libqt6gui6 libqt6core6 libqt6svg6 libqcustomplot2.1-qt6 libc6; do
    grep -qE "(^|, )${dep}( |,|$)" <<<"${depends}" || fail "Depends lacks ${dep}"
done
while IFS= read -r dep; do
    name=${dep%% *}
    dpkg-query -W -f='${db:Status-Abbrev}' "${name}" 2>/dev/null | grep -q '^ii' \
        || fail "dependency ${name} is not installed on this machine"
done < <(tr ',' '\n' <<<"${depends}" | sed -E 's/^ +//; s/ *\|.*//')

smoke() { # smoke LABEL BIN_DIR
    local label=$1 bin=$2 out=${work}/smoke-$1
    mkdir -p "${out}"
    echo "-- ${label}: ${bin}"
    local -a headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANG=C.UTF-8 LC_ALL=C.UTF-8)
    "${headless[@]}" "${bin}/ecsplan-cli" --version | grep -qx "ecsplan-cli ${version}" \
        || fail "${label}: ecsplan-cli --version"
    "${headless[@]}" "${bin}/ecsplan-cli" info "${sample}" | grep -q '^Title: *Three-zone web tier' \
        || fail "${label}: ecsplan-cli info"
    "${headless[@]}" "${bin}/ecsplan-cli" report --format csv "${sample}" >"${out}/report.csv" \
        || fail "${label}: ecsplan-cli report exited $?"
    [[ $(wc -l <"${out}/report.csv") -gt 5 ]] || fail "${label}: the CSV report has $(wc -l <"${out}/report.csv") lines"
    "${headless[@]}" "${bin}/ecsplan-cli" check --format sarif --fail-on advice "${sample}" >"${out}/check.sarif"
    local status=$?
    ((status <= 1)) || fail "${label}: ecsplan-cli check exited ${status}"
    grep -q '"version": "2.1.0"' "${out}/check.sarif" || fail "${label}: ecsplan-cli check wrote no SARIF 2.1.0"
    "${headless[@]}" "${bin}/ecsplan-cli" export terraform "${sample}" -o "${out}/tf" >/dev/null 2>&1 \
        || fail "${label}: ecsplan-cli export terraform exited $?"
    for tf in versions.tf providers.tf compute.tf; do
        [[ -s "${out}/tf/${tf}" ]] || fail "${label}: export terraform wrote no ${tf}"
    done
    "${headless[@]}" "${bin}/ecsplan" --version | grep -qx "ecsplan ${version}" \
        || fail "${label}: ecsplan --version without a display"
    "${headless[@]}" "${bin}/ecsplan" --help | grep -q -- '--export-report' \
        || fail "${label}: ecsplan --help without a display"
    "${headless[@]}" "${bin}/ecsplan" --export-report "${sample}" -o "${out}/report.pdf" \
        || fail "${label}: ecsplan --export-report exited $?"
    [[ "$(head -c 5 "${out}/report.pdf" 2>/dev/null)" == "%PDF-" ]] || fail "${label}: report.pdf is not a PDF"
    [[ $(stat -c %s "${out}/report.pdf" 2>/dev/null || echo 0) -gt 10000 ]] \
        || fail "${label}: report.pdf is only $(stat -c %s "${out}/report.pdf" 2>/dev/null || echo 0) bytes"
    for exe in ecsplan ecsplan-cli; do
        readelf -d "${bin}/${exe}" | grep -E 'R(UN)?PATH' | grep -v '\$ORIGIN' \
            && fail "${label}: ${exe} has a search path outside its own folder"
    done
}

step "smoke test: the .deb unpacked into a temporary root"
smoke deb "${root}/usr/bin"

step "smoke test: the .tar.gz unpacked and moved elsewhere (relocatable)"
mkdir -p "${work}/tgz"
tar -xzf "${tgz}" -C "${work}/tgz"
top=$(find "${work}/tgz" -mindepth 1 -maxdepth 1 -type d | head -n1)
mv "${top}" "${work}/tgz/moved"
smoke tgz "${work}/tgz/moved/bin"
for f in share/applications/ecsplan.desktop share/man/man1/ecsplan-cli.1.gz share/doc/ecsplan/copyright; do
    [[ -f "${work}/tgz/moved/${f}" ]] || fail "the tarball lacks ${f}"
done

echo
if ((failures > 0)); then
    echo "${failures} packaging problem(s); the packages and unpacked trees are in ${work}" >&2
    exit 1
fi
# Keep the packages, drop the ~400 MB of staging and unpacked debug symbols.
rm -rf "${work}/out/_CPack_Packages" "${dbg}" "${work}/tgz" "${work}/mime"
echo "packaging OK: $(basename "${deb}") $((size / 1024)) KiB, lintian clean, validators pass, smoke tests pass"
