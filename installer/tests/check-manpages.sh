#!/usr/bin/env bash
# Keeps the manual pages and the shell completions in step with the executables' --help.
#
#   check-manpages.sh ECSPLAN_CLI ECSPLAN INSTALLER_DIR
#
# For ecsplan-cli: the verbs of "ecsplan-cli --help" are exactly the ".SS ecsplan-cli VERB"
# subsections of man/ecsplan-cli.1, and each subsection's .TP items name exactly the options of
# "ecsplan-cli VERB --help"; the top-level options are the .TP items under OPTIONS. The bash and
# zsh completions have one case branch per verb naming the same options. For ecsplan: the .TP
# items under OPTIONS of man/ecsplan.1 are exactly the options of "ecsplan --help", which is run
# without a display. Both pages carry the version the executables report.
set -uo pipefail

cli=$1 gui=$2 dir=$3
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Options in the first column of --help output ("  -o, --output <dir>   Directory ..."), one a line.
help_options() {
    grep -E '^  -' | sed -E 's/^  //; s/  .*//' | grep -oE '(^|[ ,])--?[A-Za-z?][A-Za-z-]*' \
        | sed -E 's/^[ ,]+//' | sort -u
}

# The .TP item heads of a man page as "SECTION|SUBSECTION-VERB|option" lines.
man_options() {
    awk '
        function clean(s) {
            gsub(/\\f[BIRP]/, "", s); gsub(/\\-/, "-", s); gsub(/\\e/, "\\", s); gsub(/"/, "", s)
            return s
        }
        /^\.SH / { section = clean(substr($0, 5)); verb = ""; next }
        /^\.SS / {
            n = split(clean(substr($0, 5)), w, " ")
            verb = (w[1] == "ecsplan-cli" && n >= 2) ? w[2] : w[1]
            print section "|" verb "|"
            next
        }
        /^\.TP/ { head = 1; next }
        head {
            head = 0
            line = clean($0)
            sub(/^\.[A-Z]+ /, "", line)
            while (match(line, /(^|[ ,])--?[A-Za-z?][A-Za-z-]*/)) {
                option = substr(line, RSTART, RLENGTH); sub(/^[ ,]+/, "", option)
                print section "|" verb "|" option
                line = substr(line, RSTART + RLENGTH)
            }
        }' "$1"
}

# compare WHAT EXPECTED ACTUAL: both newline-separated sets.
compare() {
    local what=$1 expected actual
    expected=$(sort -u <<<"$2" | sed '/^$/d')
    actual=$(sort -u <<<"$3" | sed '/^$/d')
    if [[ "${expected}" != "${actual}" ]]; then
        fail "${what}: missing [$(comm -23 <(echo "${expected}") <(echo "${actual}") | tr '\n' ' ')]" \
            "stale [$(comm -13 <(echo "${expected}") <(echo "${actual}") | tr '\n' ' ')]"
    fi
}

# The lines of a shell case branch "VERB)" up to its ";;".
case_branch() {
    awk -v verb="$2" '
        $0 ~ "^[ \t]*" verb "\\)[ \t]*$" { inside = 1; next }
        inside && /;;/ { exit }
        inside { print }' "$1"
}

options_in() { # stdin: text; prints its -x and --long-name tokens
    grep -oE '(^|[^A-Za-z0-9_-])--?[A-Za-z][A-Za-z-]*' | sed -E 's/^[^-]+//; s/^[^-]//' | sort -u
}

cli_man=${dir}/man/ecsplan-cli.1
gui_man=${dir}/man/ecsplan.1
bash_completion=${dir}/completions/ecsplan-cli.bash
zsh_completion=${dir}/completions/_ecsplan-cli

top_help=$("${cli}" --help) || fail "ecsplan-cli --help exited with $?"
verbs=$(awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }' <<<"${top_help}")
[[ -n "${verbs}" ]] || fail "no verbs found in ecsplan-cli --help"
man_cli=$(man_options "${cli_man}")

compare "ecsplan-cli.1 OPTIONS vs ecsplan-cli --help" "$(help_options <<<"${top_help}")" \
    "$(awk -F'|' '$1 == "OPTIONS" && $3 != "" { print $3 }' <<<"${man_cli}")"
compare "ecsplan-cli.1 COMMANDS subsections vs the verbs of ecsplan-cli --help" "${verbs}" \
    "$(awk -F'|' '$1 == "COMMANDS" && $3 == "" { print $2 }' <<<"${man_cli}")"
compare "bash completion verb list" "${verbs}"$'\n'"help" \
    "$(sed -n 's/^ *local verbs="\(.*\)"/\1/p' "${bash_completion}" | tr ' ' '\n')"
compare "zsh completion verb list" "${verbs}"$'\n'"help" \
    "$(awk '/verbs=\(/ { on = 1; next } on && /^[ \t]*\)[ \t]*$/ { exit } on { print }' "${zsh_completion}" \
        | sed -E "s/^ *'([a-z]+):.*/\1/")"

for verb in ${verbs}; do
    verb_help=$("${cli}" "${verb}" --help) || fail "ecsplan-cli ${verb} --help exited with $?"
    expected=$(help_options <<<"${verb_help}")
    [[ -n "${expected}" ]] || fail "ecsplan-cli ${verb} --help lists no options"
    compare "ecsplan-cli.1 '${verb}' options" "${expected}" \
        "$(awk -F'|' -v v="${verb}" '$1 == "COMMANDS" && $2 == v && $3 != "" { print $3 }' <<<"${man_cli}")"
    compare "bash completion '${verb}' options" "${expected}" \
        "$(case_branch "${bash_completion}" "${verb}" | options_in)"
    # zsh: option specs are the part before "[description]"; positional specs have none.
    compare "zsh completion '${verb}' options" "${expected}" \
        "$(case_branch "${zsh_completion}" "${verb}" | grep '\[' | sed 's/\[.*//' | options_in)"
done

# The GUI, without any display: --help must work (it used to abort in the xcb plugin).
gui_help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "${gui}" --help) \
    || fail "ecsplan --help without a display exited with $?"
compare "ecsplan.1 OPTIONS vs ecsplan --help" "$(help_options <<<"${gui_help}")" \
    "$(man_options "${gui_man}" | awk -F'|' '$1 == "OPTIONS" && $3 != "" { print $3 }')"

# Versions: the .TH footer says "ecsplan X.Y.Z".
cli_version=$("${cli}" --version | awk '{ print $2 }')
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "${gui}" --version | awk '{ print $2 }')
[[ "${cli_version}" == "${gui_version}" ]] || fail "ecsplan-cli says ${cli_version}, ecsplan says ${gui_version}"
for page in "${cli_man}" "${gui_man}"; do
    grep -q "^\.TH .*\"ecsplan ${cli_version}\"" "${page}" \
        || fail "$(basename "${page}"): .TH does not name version ${cli_version}"
done

if ((failures > 0)); then
    echo "${failures} problem(s): update installer/man/*.1 and installer/completions/* to match --help" >&2
    exit 1
fi
echo "man pages and completions match --help of ecsplan-cli ($(wc -w <<<"${verbs}") verbs) and ecsplan"
