#!/usr/bin/env python3
"""Regenerates tests/data/designs/hostile/*.ecsplan: hostile inputs, small enough to check in.

Each is valid-minimal (make-bad-designs.py) with one hostile change that once crashed, hung or
failed open (issue 14). tst_hostileinput and tests/scripts/hostile.cmake expect a located
refusal for each. The large inputs (90,000-deep nesting, 10,000 disks, a 50 MB description)
are built by tst_hostileinput at run time.
Run from anywhere: python3 tests/data/designs/make-hostile-designs.py
"""
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("bad", HERE / "make-bad-designs.py")
bad = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bad)
entity, variant = bad.entity, bad.variant


def nested(depth, leaf):
    return "[" * depth + json.dumps(leaf) + "]" * depth


def too_many_disks(d):
    # ecs.g7.large takes 8 data disks per instance: a ninth is refused (the catalog's maximum).
    entity(d, 5).update(instanceType="ecs.g7.large")
    for i in range(8):
        d["entities"].append({"id": 100 + i, "kind": "disk", "name": f"extra-{i}", "parent": 2,
                              "geometry": [70.0, 400.0 + i, 160.0, 64.0], "category": "cloud_essd",
                              "performanceLevel": "PL1", "sizeGiB": 100, "attachedTo": 5})


HOSTILE = {
    "id-max-uint32": lambda d: entity(d, 8).update(id=4294967295),
    "id-four-billion": lambda d: entity(d, 8).update(id=4000000000),
    "parent-loop": lambda d: (entity(d, 2).update(parent=2), entity(d, 3).update(parent=2)),
    "rule-protocol-misspelt": lambda d: entity(d, 4)["rules"][0].update(protocol="tpc"),
    "rule-policy-misspelt": lambda d: entity(d, 4)["rules"][0].update(policy="dorp"),
    "rule-unknown-key": lambda d: entity(d, 4)["rules"][0].update(ports_extra="0/65535"),
    "system-disk-level-unknown": lambda d: entity(d, 5).update(systemDiskLevel="PL9"),
    "edition-unknown": lambda d: entity(d, 10).update(edition="Premium"),
    "too-many-disks": too_many_disks,
}

# Raw text: values JSON cannot hold in a Python dict as-is.
RAW = {
    "name-nested-deep": ('"name": "web"', '"name": ' + nested(100, "web")),
    "count-nested-deep": ('"count": 2', '"count": ' + nested(100, 2)),
}

if __name__ == "__main__":
    out = HERE / "hostile"
    out.mkdir(exist_ok=True)
    for name, mutate in HOSTILE.items():
        (out / f"{name}.ecsplan").write_text(variant(mutate), encoding="utf-8")
    base = variant(lambda d: None)
    for name, (old, new) in RAW.items():
        assert base.count(old) == 1, old
        (out / f"{name}.ecsplan").write_text(base.replace(old, new), encoding="utf-8")
