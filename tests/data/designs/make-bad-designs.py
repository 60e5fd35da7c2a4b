#!/usr/bin/env python3
"""Regenerates tests/data/designs/valid-minimal.ecsplan, bad/*.ecsplan and undeployable/*.ecsplan.

Each bad file is valid-minimal with exactly one problem, so the loader's message for it is
predictable; tst_designfile and tests/scripts/cli.cmake list the message expected per file.
Run from anywhere: python3 tests/data/designs/make-bad-designs.py
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

BASE = {
    "format": "ecsplan",
    "schemaVersion": 1,
    "catalogVersion": "",
    "design": {"title": "Minimal", "description": "", "currency": "CNY", "cnyPerUsd": 7.2,
               "priceSheet": "", "mutedRules": []},
    "entities": [
        {"id": 1, "kind": "region", "name": "Hangzhou", "geometry": [0.0, 0.0, 1400.0, 700.0],
         "code": "cn-hangzhou", "cidr": "10.0.0.0/16"},
        {"id": 2, "kind": "zone", "name": "Zone H", "parent": 1, "geometry": [40.0, 120.0, 620.0, 540.0],
         "code": "cn-hangzhou-h", "cidr": "10.0.1.0/24"},
        {"id": 3, "kind": "zone", "name": "Zone I", "parent": 1, "geometry": [700.0, 120.0, 620.0, 540.0],
         "code": "cn-hangzhou-i", "cidr": "10.0.2.0/24"},
        {"id": 4, "kind": "securityGroup", "name": "web-sg", "parent": 1,
         "geometry": [840.0, 28.0, 160.0, 64.0],
         "rules": [{"direction": "ingress", "protocol": "tcp", "ports": "443/443", "cidr": "0.0.0.0/0",
                    "policy": "accept", "priority": 1, "description": "HTTPS"}]},
        {"id": 5, "kind": "instanceGroup", "name": "web", "parent": 2, "geometry": [70.0, 170.0, 160.0, 64.0],
         "instanceType": "ecs.g8i.large", "count": 2, "billing": "payAsYouGo", "securityGroups": [4]},
        {"id": 6, "kind": "disk", "name": "web-data", "parent": 2, "geometry": [70.0, 280.0, 160.0, 64.0],
         "category": "cloud_essd", "performanceLevel": "PL1", "sizeGiB": 200, "attachedTo": 5},
        {"id": 7, "kind": "cache", "name": "cache", "parent": 2, "geometry": [270.0, 170.0, 160.0, 64.0],
         "engine": "redis", "billing": "payAsYouGo"},
        {"id": 8, "kind": "endpoint", "name": "Users", "geometry": [-260.0, 318.0, 150.0, 64.0],
         "endpointKind": "internetUsers"},
        {"id": 9, "kind": "link", "name": "Users → web", "from": 8, "to": 5, "gbPerMonth": 100.0,
         "requestsPerSecond": 50.0, "readFraction": 0.9, "path": "auto"},
        {"id": 10, "kind": "loadBalancer", "name": "alb", "parent": 1, "geometry": [40.0, 28.0, 160.0, 64.0],
         "lbKind": "alb", "zones": [2, 3]},
    ],
}


def entity(doc, eid):
    return next(e for e in doc["entities"] if e["id"] == eid)


def variant(mutate):
    doc = copy.deepcopy(BASE)
    mutate(doc)
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


BAD = {
    "wrong-format": lambda d: d.update(format="drawio"),
    "newer-schema": lambda d: d.update(schemaVersion=99),
    "schema-not-a-number": lambda d: d.update(schemaVersion="1"),
    "unknown-top-level-key": lambda d: d.update(layers=[]),
    "catalog-version-wrong-type": lambda d: d.update(catalogVersion=5),
    "muted-rule-reason-wrong-type": lambda d: d["design"]["mutedRules"].append(
        {"rule": "ECS007", "entity": 5, "reason": 5}),
    "entities-missing": lambda d: d.pop("entities"),
    "unknown-instance-type": lambda d: entity(d, 5).update(instanceType="ecs.g99x.large"),
    "dangling-link-end": lambda d: entity(d, 9).update(to=99),
    "dangling-attachment": lambda d: entity(d, 6).update(attachedTo=42),
    "dangling-muted-rule": lambda d: d["design"]["mutedRules"].append(
        {"rule": "ECS007", "entity": 77, "reason": "accepted"}),
    "negative-disk-size": lambda d: entity(d, 6).update(sizeGiB=-100),
    "count-out-of-range": lambda d: entity(d, 5).update(count=5000),
    "read-fraction-out-of-range": lambda d: entity(d, 9).update(readFraction=1.5),
    "negative-exchange-rate": lambda d: d["design"].update(cnyPerUsd=-7.2),
    "count-wrong-type": lambda d: entity(d, 5).update(count="three"),
    "geometry-wrong-type": lambda d: entity(d, 2).update(geometry="40,120,620,540"),
    "billing-unknown-code": lambda d: entity(d, 5).update(billing="monthly"),
    "rule-bad-ports": lambda d: entity(d, 4)["rules"][0].update(ports="22-22"),
    "duplicate-id": lambda d: entity(d, 7).update(id=6),
    "duplicate-name": lambda d: entity(d, 3).update(name="Zone H"),
    "unknown-entity-key": lambda d: entity(d, 5).update(colour="blue"),
    "unknown-kind": lambda d: entity(d, 7).update(kind="database"),
    "instance-outside-zone": lambda d: entity(d, 5).update(parent=1),
    "zone-of-other-kind": lambda d: entity(d, 10).update(zones=[2, 7]),
    # Invariants the model keeps (core/validation/README.md): min <= desired <= max, CIDR blocks.
    "scaling-min-above-desired": lambda d: d["entities"].append(scaling_group(3, 2, 6)),
    "scaling-desired-above-max": lambda d: d["entities"].append(scaling_group(1, 7, 6)),
    "cidr-not-a-block": lambda d: entity(d, 2).update(cidr="hello/99"),
    "cidr-host-bits": lambda d: entity(d, 2).update(cidr="10.0.1.5/24"),
    "cidr-public-vpc": lambda d: entity(d, 1).update(cidr="8.8.0.0/16"),
    "cidr-vswitch-too-small": lambda d: entity(d, 3).update(cidr="10.0.2.0/30"),
}

# Valid designs Alibaba Cloud would refuse to deploy: `ecsplan-cli export terraform` exits 1 with
# the lines of undeployable/<name>.expected (tests/scripts/export_refusal.cmake).
UNDEPLOYABLE = {
    "alb-one-zone": lambda d: entity(d, 10).update(zones=[2]),
    "redis7-classic-class": lambda d: entity(d, 7).update(
        instanceClass="redis.master.large.default", engineVersion="7.0"),
    "zone-of-other-region": lambda d: entity(d, 3).update(code="cn-shanghai-b"),
    "vswitch-outside-vpc": lambda d: entity(d, 2).update(cidr="10.9.1.0/24"),
    "t5-with-essd": lambda d: entity(d, 5).update(instanceType="ecs.t5-c1m2.large"),
    "pl2-below-461": lambda d: entity(d, 6).update(performanceLevel="PL2"),
    "duplicate-region-id": lambda d: d["entities"].append(
        {"id": 11, "kind": "region", "name": "Hangzhou again", "geometry": [0.0, 800.0, 1400.0, 700.0],
         "code": "cn-hangzhou", "cidr": "10.1.0.0/16"}),
}


def scaling_group(min_size, desired, max_size):
    return {"id": 11, "kind": "scalingGroup", "name": "asg", "parent": 1,
            "geometry": [240.0, 28.0, 160.0, 64.0], "instanceType": "ecs.g8i.large",
            "minSize": min_size, "desiredSize": desired, "maxSize": max_size, "zones": [2, 3]}

if __name__ == "__main__":
    (HERE / "valid-minimal.ecsplan").write_text(variant(lambda d: None), encoding="utf-8")
    bad = HERE / "bad"
    bad.mkdir(exist_ok=True)
    for name, mutate in BAD.items():
        (bad / f"{name}.ecsplan").write_text(variant(mutate), encoding="utf-8")
    (bad / "not-json.ecsplan").write_text('{"format": "ecsplan", "schemaVersion": 1,\n  "entities": [\n',
                                          encoding="utf-8")
    (bad / "empty.ecsplan").write_text("", encoding="utf-8")
    undeployable = HERE / "undeployable"
    undeployable.mkdir(exist_ok=True)
    for name, mutate in UNDEPLOYABLE.items():
        (undeployable / f"{name}.ecsplan").write_text(variant(mutate), encoding="utf-8")
