#!/usr/bin/env python3
"""End-to-end timing of what a user waits for at the command line.

Generates designs with `ecsplan-cli generate` (1k / 10k / 50k components by default), then runs
each CLI verb on them as a separate process, as CI would, and reports per verb and size the
median wall time, the median CPU time (user + system) and the peak resident memory (max RSS).

    tests/benchmarks/e2e_cli.py --cli build/app/ecsplan-cli [--sizes 1000,10000] [--repeat 3]

Not part of ctest's pass/fail: a benchmark, run by hand or by `./dev.sh bench`. Output is a
Markdown table (paste it into an issue's closing note) and, with --json FILE, the raw figures.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

VERBS = [
    ("validate", ["validate", "{design}"]),
    ("info", ["info", "{design}"]),
    ("check --format json", ["check", "--format", "json", "{design}"]),
    ("report --format json", ["report", "--format", "json", "{design}"]),
    ("export terraform", ["export", "terraform", "{design}", "-o", "{out}"]),
]


def run_once(argv):
    """Runs argv with output discarded; returns (wall s, cpu s, max RSS MiB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, code, err


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="path of ecsplan-cli")
    parser.add_argument("--sizes", default="1000,10000,50000",
                        help="comma-separated component counts (default 1000,10000,50000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per verb and size (median)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="also write the raw figures to this file")
    args = parser.parse_args()

    sizes = [int(s) for s in args.sizes.split(",") if s]
    results = []
    with tempfile.TemporaryDirectory(prefix="ecsplan-e2e-") as tmp:
        for size in sizes:
            design = os.path.join(tmp, f"generated-{size}.ecsplan")
            gen = subprocess.run([args.cli, "generate", "-n", str(size), "--seed", str(args.seed),
                                  "-o", design], capture_output=True, text=True)
            if gen.returncode != 0:
                sys.exit(f"generate {size} failed: {gen.stderr.strip()}")
            entities = gen.stdout.strip().rsplit(" ", 2)[-2]
            megabytes = os.path.getsize(design) / 1e6
            for name, template in VERBS:
                walls, cpus, rss = [], [], []
                for _ in range(args.repeat):
                    out = tempfile.mkdtemp(dir=tmp)
                    argv = [args.cli] + [a.format(design=design, out=out) for a in template]
                    wall, cpu, maxrss, code, err = run_once(argv)
                    # check exits 1 when it finds errors: still a complete run.
                    if code not in (0, 1) or (code == 1 and not name.startswith("check")):
                        sys.exit(f"{name} on {size} exited {code}: {err.strip()[:500]}")
                    walls.append(wall)
                    cpus.append(cpu)
                    rss.append(maxrss)
                results.append({"verb": name, "components": size, "entities": int(entities),
                                "fileMB": round(megabytes, 1),
                                "wallS": round(statistics.median(walls), 3),
                                "cpuS": round(statistics.median(cpus), 3),
                                "maxRssMiB": round(max(rss), 1)})

    print(f"| verb | " + " | ".join(f"{s:,} components" for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for name, _ in VERBS:
        cells = []
        for size in sizes:
            r = next(r for r in results if r["verb"] == name and r["components"] == size)
            cells.append(f"{r['wallS']:.2f} s wall, {r['cpuS']:.2f} s CPU, {r['maxRssMiB']:.0f} MiB")
        print(f"| `{name}` | " + " | ".join(cells) + " |")
    sizes_line = ", ".join(
        f"{r['components']:,} components = {r['entities']:,} entities, {r['fileMB']} MB"
        for r in results if r["verb"] == "validate")
    print(f"\nDesigns: {sizes_line} (seed {args.seed}); median of {args.repeat} runs.")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
