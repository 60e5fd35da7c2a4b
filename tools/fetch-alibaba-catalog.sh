#!/usr/bin/env bash
# Saves the Alibaba Cloud API responses `ecsplan-cli catalog import` reads, for a list of regions,
# with the `aliyun` CLI and your own credentials (docs/catalog-import.md).
#
#   tools/fetch-alibaba-catalog.sh [-o DIR] [-t "TYPE..."] [-c "CLASS..."] [-n] REGION...
#
#   -o DIR     where to write the responses (default: ./alibaba-catalog)
#   -t TYPES   instance types to price, space-separated (pay-as-you-go per hour and 1-year
#              subscription), e.g. -t "ecs.g8i.large ecs.c8i.xlarge"
#   -c CLASSES Tair (Redis) classes to price (1-year subscription), e.g.
#              -c "redis.master.small.default"
#   -n         print the commands, run nothing
#
# Every file is named after its command, <product>_<Action>[_<Parameter>=<value>]….json, because
# some responses (DescribePrice, DescribeZones) do not repeat what was asked. Its modification
# time is the date the overlay cites, so do not touch the files afterwards.
# Then: ecsplan-cli catalog import DIR -o overlay.json
set -euo pipefail

out=alibaba-catalog
types=""
classes=""
dry=0
usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
while getopts "o:t:c:nh" opt; do
    case "$opt" in
    o) out="$OPTARG" ;;
    t) types="$OPTARG" ;;
    c) classes="$OPTARG" ;;
    n) dry=1 ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -ge 1 ]] || usage

if [[ $dry -eq 0 ]]; then
    command -v aliyun >/dev/null || {
        echo "fetch-alibaba-catalog: the aliyun CLI is not installed (https://github.com/aliyun/aliyun-cli)" >&2
        exit 1
    }
    mkdir -p "$out"
fi

failures=0
# run PRODUCT ACTION [PARAMETER VALUE]...: aliyun PRODUCT ACTION --PARAMETER VALUE... > DIR/name.json
run() {
    local product="$1" action="$2"
    shift 2
    local name="${product}_${action}" args=()
    while [[ $# -ge 2 ]]; do
        name+="_$1=$2"
        args+=("--$1" "$2")
        shift 2
    done
    local file="$out/$name.json"
    if [[ $dry -eq 1 ]]; then
        echo "aliyun $product $action${args[*]:+ ${args[*]}} > '$file'"
        return 0
    fi
    # Only a successful response is kept: an error message is no response to import.
    if aliyun "$product" "$action" "${args[@]}" >"$file.part" 2>"$file.err"; then
        mv "$file.part" "$file"
        rm -f "$file.err"
    else
        echo "fetch-alibaba-catalog: aliyun $product $action ${args[*]} failed:" >&2
        cat "$file.err" >&2
        rm -f "$file.part" "$file.err"
        failures=$((failures + 1))
    fi
}

run ecs DescribeRegions
run ecs DescribeInstanceTypes
for region in "$@"; do
    run ecs DescribeZones RegionId "$region"
    # Every type, so that a type missing from a zone means "not offered" (no --InstanceType).
    run ecs DescribeAvailableResource RegionId "$region" DestinationResource InstanceType \
        IoOptimized optimized
    run r-kvstore DescribeAvailableResource RegionId "$region"
    for type in $types; do
        run ecs DescribePrice RegionId "$region" InstanceType "$type" PriceUnit Hour
        run ecs DescribePrice RegionId "$region" InstanceType "$type" PriceUnit Year Period 1
    done
    for class in $classes; do
        run r-kvstore DescribePrice RegionId "$region" InstanceClass "$class" OrderType BUY \
            ChargeType PrePaid Period 12
    done
done

if [[ $dry -eq 0 ]]; then
    if grep -qs '"NextToken": *"[^"]' "$out/ecs_DescribeInstanceTypes.json"; then
        echo "fetch-alibaba-catalog: DescribeInstanceTypes returned one page only (NextToken set);" \
            "types on later pages keep the built-in figures" >&2
    fi
    echo "Saved in $out. Next: ecsplan-cli catalog import $out -o overlay.json"
fi
[[ $failures -eq 0 ]]
