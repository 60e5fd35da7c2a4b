#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build resources/catalog/catalog.json from the research draft.

Usage:  tools/build_catalog.py [--draft PATH] [--out PATH]
Defaults: --draft /work/shared/reference/alibaba-catalog-draft.json
          --out   resources/catalog/catalog.json (relative to the repository root)

The output is deterministic (same input -> byte-identical output): lists keep a
meaningful order (instance types as in the draft, disks by category/level,
regions as in the draft), object keys are sorted, indent is 1 space.

Transformation rules (what the draft does not say and this script decides):

* Sources.  Every figure object carries "src": {"source", "asOf", "kind",
  "indicative", "note"}.  "source" is either a key of the top-level "sources"
  table (S1..S5, ...) or a free-text citation; the loader resolves keys to the
  citation text.  "asOf" is ISO 8601, possibly reduced to "YYYY" or "YYYY-MM"
  (the date of the revision the figure was read from).  "kind" is one of
  official | official-old | third-party | estimate | field-guide | assumption.
* Generation.  Parsed from the family only for the numbered main series
  (g/c/r, hfc/hfg/hfr, ebmg/ebmc/ebmr, t) followed by digits and an optional
  vendor letter: g7->7, g8i->8, c6r->6, hfc7->7, ebmg7->7, t5->5, t6->6.
  For i3/i4, d2s/d3c, u1 and e the digit is a series index (i4 is the
  Ice Lake/7th-gen-era local-SSD family, i3 Cascade Lake), not the ECS
  generation, so generation is null there (the "cpu" field tells the era).
* Vendor.  intel | amd | arm, from the family suffix (i -> intel, a -> amd,
  y/r -> arm) or, for unsuffixed families, from facts S2 section 2.1.
* Network.  burstGbps null in the draft means "no burst": written as the
  baseline value (the baseline is the maximum).  pps null stays null.
* Disk limits.  MB/s = Gbit/s x 125 (exact, not rounded: 1.5 Gbit/s ->
  187.5 MB/s).  No burst -> burst fields = baseline fields.  Families without
  published limits (t5, t6, d2s) keep nulls.
* Attachable disk categories.  "diskCategories" lists the cloud-disk
  categories a type can use (system and data disks) where the facts restrict
  them: t5 takes only ultra disk and standard SSD (cloud_efficiency,
  cloud_ssd; facts S2 section 2.9, the draft's t5 notes).  null = no published
  restriction (every category the catalog lists).
* Local storage.  "N x S GiB <kind>" is parsed into disks/diskGiB; kind is
  nvme for i3/i4/d3c (S1 lists d3c under NVMe SSD) and hdd for d2s.  HDD
  throughput 190 MB/s per disk is used for both read and write; HDD IOPS are
  not published (null).
* Prices.  Units become hour | month | GiB-hour | GiB-month | GB.  Rows with
  no amount are dropped and the reason kept as "priceNote" (never a 0 price).
  cloud_auto gets the PL1 capacity rows (AutoPL capacity is billed like PL1,
  facts 1.1); provisioned/burst IOPS fees are unknown and noted.
* Latency.  The field guide's table wins where it has a pair (intra-AZ,
  inter-AZ, Beijing-Singapore, Beijing-US West); other pairs come from the
  facts with their kind.  A single published figure gives typical = figure,
  worst = figure x SINGLE_FIGURE_WORST_FACTOR (estimate).  Internet-path RTT
  for pairs without a published internet figure = CEN RTT x INTERNET_FACTOR,
  derived from the field guide's two pairs (typical 110/65=1.69,
  180/135=1.33 -> 1.5; worst 150/75=2.0, 220/145=1.52 -> 1.75).
* Disk latency.  typical/worst = low/high end of the published average
  4K random-write latency (a single figure gives worst = typical).
"""
import argparse
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG_VERSION = "2024-12-31"
CATALOG_AS_OF = "2024-12-31"
INTERNET_FACTOR = {"typical": 1.5, "worst": 1.75}
SINGLE_FIGURE_WORST_FACTOR = 1.2
MAINLAND_PRICE_REGION = "cn-hangzhou"

SOURCES = {
    "S1": ("https://www.alibabacloud.com/help/en/ecs/user-guide/block-storage-performance "
           "(stored copy, search index id 59602664811)", "official", "2025"),
    "S2": ("https://www.alibabacloud.com/help/en/ecs/user-guide/overview-of-instance-families "
           "(stored copy, search index file id 59375700009, ~2025-2026 revision)", "official", "2025"),
    "S3": ("github.com/AlibabaCloudDocs/ecs @322eaab (2021-07 snapshot of Alibaba docs, "
           "'prices for reference only')", "official-old", "2021-07"),
    "S4": ("github.com/cloudpilot-ai/karpenter-provider-alibabacloud @cb536aff "
           "pkg/providers/pricing/initial-on-demand-prices.json (generated 2024-12-31; CNY)",
           "third-party", "2024-12-31"),
    "S5": ("github.com/aliyun/terraform-provider-alicloud @81c43b67", "official", "2026-08-21"),
    "VPC-BILLING": ("https://www.alibabacloud.com/help/en/vpc/vpc-product-billing", "official", "2026-03"),
    "CDT": ("https://www.alibabacloud.com/help/en/cloud-data-transmission/latest/"
            "what-is-cloud-data-transmission-service-cdt", "official", "2025-06-01"),
    "EIP-2021": ("github.com/AlibabaCloudDocs/eip intl.en-US/Pricing/Pay-as-you-go.md "
                 "(2021 reference prices; now billed via CDT tiers)", "official-old", "2021"),
    "NAT-2021": ("github.com/AlibabaCloudDocs/nat intl.en-US/Pricing/Pay-as-you-go.md (2021 reference)",
                 "official-old", "2021"),
    "ALB": ("https://www.alibabacloud.com/help/en/slb/application-load-balancer/product-overview/"
            "alb-billing-rules", "official", "2025"),
    "NLB": ("https://www.alibabacloud.com/help/en/server-load-balancer/latest/nlb-billable-items",
            "official", "2025"),
    "REDIS": ("https://www.alibabacloud.com/help/en/redis/product-overview/cluster-master-replica-instances-1 ; "
              "https://www.alibabacloud.com/help/doc-detail/145231.htm ; terraform-provider-alicloud tests",
              "official", "2025"),
    "FIELD-GUIDE": ("Alibaba ECS Deep Dive: Instance Types, Performance & Optimization Guide "
                    "(third-party field guide, reference/alibaba-ecs-field-guide.txt)", "field-guide", "2026"),
    "ECS-NET-FAQ": ("https://www.alibabacloud.com/help/faq-detail/40637.htm (ECS network FAQ)", "official", "2025"),
    "FACTS": ("ECS Planner research notes, reference/alibaba-facts.md (derived values)", "estimate", "2026"),
}

CPU = {  # facts section 2.1
    "g7": "Intel Xeon Ice Lake 2.7/3.5 GHz", "c7": "Intel Xeon Ice Lake 2.7/3.5 GHz",
    "r7": "Intel Xeon Ice Lake 2.7/3.5 GHz",
    "g8i": "Intel Xeon Emerald/Sapphire Rapids 2.7/3.2 GHz", "c8i": "Intel Xeon Emerald/Sapphire Rapids 2.7/3.2 GHz",
    "r8i": "Intel Xeon Emerald/Sapphire Rapids 2.7/3.2 GHz",
    "g8a": "AMD EPYC Genoa 9T24 2.7/3.7 GHz", "c8a": "AMD EPYC Genoa 9T24 2.7/3.7 GHz",
    "r8a": "AMD EPYC Genoa 9T24 2.7/3.7 GHz",
    "g8y": "Alibaba YiTian 710 2.75 GHz (Arm)", "c8y": "Alibaba YiTian 710 2.75 GHz (Arm)",
    "r8y": "Alibaba YiTian 710 2.75 GHz (Arm)",
    "g6r": "Ampere Altra 2.8 GHz (Arm)", "c6r": "Ampere Altra 2.8 GHz (Arm)",
    "hfc7": "Intel Xeon Cooper Lake 3.3/3.8 GHz", "hfg7": "Intel Xeon Cooper Lake 3.3/3.8 GHz",
    "i4": "Intel Xeon Ice Lake 2.7/3.5 GHz", "i3": "Intel Xeon Cascade Lake 8269CY 2.5/3.2 GHz",
    "d3c": "Intel Xeon Ice Lake 2.9/3.5 GHz", "d2s": "Intel Xeon Skylake 8163 2.5 GHz",
    "t6": "Intel Xeon Cascade Lake 2.5/3.2 GHz", "t5": "Intel Xeon 2.5 GHz",
    "ebmg7": "Intel Xeon Platinum 8369B Ice Lake 2.9/3.5 GHz (bare metal)",
    "u1": "Intel Xeon Platinum (platform varies)", "e": "Intel Xeon Platinum (shared vCPU)",
}
ARM_VENDOR_FAMILIES = {"g8y", "c8y", "r8y", "g6r", "c6r"}
AMD_FAMILIES = {"g8a", "c8a", "r8a"}
GENERATION_RE = re.compile(r"^(?:g|c|r|hfc|hfg|hfr|ebmg|ebmc|ebmr|t)(\d+)[iayre]?$")


def src(key, as_of=None, kind=None, indicative=False, note=None):
    citation, default_kind, default_as_of = SOURCES[key]
    out = {"source": key, "asOf": as_of or default_as_of, "kind": kind or default_kind,
           "indicative": indicative}
    if note:
        out["note"] = note
    return out


def generation(family):
    m = GENERATION_RE.match(family)
    return int(m.group(1)) if m else None


def vendor(family, arch):
    if family in ARM_VENDOR_FAMILIES or arch == "arm64":
        return "arm"
    if family in AMD_FAMILIES:
        return "amd"
    return "intel"


def mbps(gbps):
    return None if gbps is None else gbps * 125


def local_storage(family, ls):
    if ls is None:
        return None
    m = re.match(r"^(\d+) x ([\d,]+) GiB (.*)$", ls["description"])
    if not m:
        raise SystemExit("cannot parse local storage: %r" % ls["description"])
    disks, size = int(m.group(1)), float(m.group(2).replace(",", ""))
    kind = "hdd" if "HDD" in m.group(3) else "nvme"
    out = {"disks": disks, "diskGiB": size, "kind": kind, "description": ls["description"],
           "latency": ls.get("latency") or ("microsecond-level" if kind == "nvme" else "millisecond-level")}
    notes = [ls["note"]] if ls.get("note") else []
    if kind == "hdd":
        per_disk = ls["perDiskMaxThroughputMBps"]
        out["maxReadIops"] = None
        out["readGBps"] = out["writeGBps"] = disks * per_disk / 1000.0
        notes.append("HDD: %g MB/s per disk used for read and write; IOPS not published" % per_disk)
    else:
        out["maxReadIops"] = ls["maxReadIops"]
        out["readGBps"] = ls["maxReadGBps"]
        out["writeGBps"] = ls["maxWriteGBps"]
    out["src"] = src("S1", note="; ".join(notes) if notes else None)
    return out


UNITS = {"per hour": "hour", "per month": "month", "per GiB-hour": "GiB-hour",
         "per GiB-month": "GiB-month", "per GB": "GB"}


# Families whose published data restricts the cloud-disk categories they can attach (see the
# docstring, "Attachable disk categories").
DISK_CATEGORIES = {"t5": ["cloud_efficiency", "cloud_ssd"]}


def instance_type(t):
    fam = t["family"]
    net, disk = t["network"], t["disk"]
    base_iops, base_mbps = disk["baselineIops"], mbps(disk["baselineGbps"])
    burst_iops = disk["burstIops"] if disk["burstIops"] is not None else base_iops
    burst_mbps = mbps(disk["burstGbps"]) if disk["burstGbps"] is not None else base_mbps
    b = t["burstable"]
    out = {
        "id": t["id"], "family": fam, "generation": generation(fam), "arch": t["arch"],
        "vendor": vendor(fam, t["arch"]), "cpu": CPU[fam], "vcpu": t["vcpu"], "memoryGiB": t["memoryGiB"],
        "bareMetal": fam.startswith("ebm"),
        "network": {"baselineGbps": net["baselineGbps"],
                    "burstGbps": net["burstGbps"] if net["burstGbps"] is not None else net["baselineGbps"],
                    "pps": net["pps"], "connections": net["connections"], "nicQueues": net["nicQueues"]},
        "enis": {"max": t["maxEnis"], "privateIpv4PerEni": t["privateIpv4PerEni"], "ipv6PerEni": t["ipv6PerEni"]},
        "disk": {"baselineIops": base_iops, "burstIops": burst_iops, "baselineMBps": base_mbps,
                 "burstMBps": burst_mbps, "maxAttachedDataDisks": disk["maxAttachedDataDisks"]},
        "diskCategories": DISK_CATEGORIES.get(fam),
        "localStorage": local_storage(fam, t["localStorage"]),
        "burstable": None if b is None else {
            "baselinePercentPerVcpu": b["baselineCpuPercentPerVcpu"], "creditsPerHour": b["cpuCreditsPerHour"],
            "maxCredits": b["maxCpuCreditBalance"]},
        "src": src("S2", note=t.get("note")),
        "prices": [],
    }
    for p in t["prices"]:
        assert p["source"].startswith("github.com/cloudpilot-ai"), p
        out["prices"].append({"region": p["region"], "billing": p["billing"], "currency": p["currency"],
                              "unit": UNITS[p["unit"]], "amount": p["amount"],
                              "src": src("S4", as_of=p["asOf"], indicative=True)})
    return out


def range_ms(text):
    nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", text.split("(")[0])]
    return nums[0], nums[-1]


def linear(formula):
    """'min(1800 + 50*GiB, 50000)' -> {base, perGiB, max}."""
    m = re.match(r"^min\((\d+(?:\.\d+)?) \+ (\d+(?:\.\d+)?)\*GiB, (\d+)\)$", formula)
    if not m:
        raise SystemExit("cannot parse formula %r" % formula)
    return {"base": float(m.group(1)), "perGiB": float(m.group(2)), "max": float(m.group(3))}


def disk_category(d):
    cat, level = d["category"], d["performanceLevel"] or ""
    if level == "AutoPL":
        level = ""
    out = {"category": cat, "level": level, "minGiB": d["capacityGiB"][0], "maxGiB": d["capacityGiB"][1],
           "formulaText": "IOPS: %s; throughput MB/s: %s" % (d["iopsFormula"], d["throughputFormulaMBps"]),
           "retired": cat == "cloud", "previousGeneration": cat in ("cloud_ssd", "cloud_efficiency", "cloud"),
           "autoPL": None, "prices": []}
    typical, worst = range_ms(d["latencyMs"])
    out["latencyMs"] = {"typical": typical, "worst": worst}
    notes = [d["note"]] if d.get("note") else []
    if cat == "cloud":
        out["iops"] = out["throughputMBps"] = None
        out["formulaText"] = "retired basic disk: a few hundred IOPS, 30-40 MB/s (no formula published)"
    elif cat == "cloud_auto":
        out["iops"] = {"base": 1800.0, "perGiB": 50.0, "max": 50000.0}
        out["throughputMBps"] = {"base": 120.0, "perGiB": 0.5, "max": 350.0}
        out["formulaText"] = "IOPS: %s; throughput MB/s: %s" % (d["iopsFormula"], d["throughputFormulaMBps"])
        out["autoPL"] = {"baselineFloorIops": 3000.0, "baselineFloorMBps": 125.0,
                         "provisionedIopsPerGiB": 1000.0, "maxProvisionedIops": 50000.0,
                         "minGiBForProvisioning": 4, "mbpsPerProvisionedIops": 16.0 / 1024.0,
                         "burstIopsPerGiB": 1000.0, "burstMaxIops": 1000000.0, "burstMaxMBps": 4096.0}
    else:
        out["iops"] = linear(d["iopsFormula"])
        out["throughputMBps"] = linear(d["throughputFormulaMBps"])
    if len(set(out["latencyMs"].values())) == 1:
        notes.append("published figure is the average single-path 4K random-write latency; no tail latency "
                     "published, worst = typical")
    out["src"] = src("S1", note="; ".join(notes) if notes else None)
    for p in d.get("prices") or []:
        if p.get("amount") is None:
            out["priceNote"] = p.get("note")
            continue
        derived = p.get("derived", False)
        out["prices"].append({
            "region": p["region"], "billing": p["billing"], "currency": p["currency"], "unit": UNITS[p["unit"]],
            "amount": p["amount"],
            "src": src("S3", kind="estimate" if derived else None, indicative=True,
                       note=("derived: PL1 price x SCU offset factor (PL2 2, PL3 4; "
                             "https://www.alibabacloud.com/help/en/scu/latest/ebs)") if derived else
                       "Elastic Block Storage devices.md, China (Hangzhou)")})
    if not out["prices"] and "priceNote" not in out:
        out["priceNote"] = "retired: no longer sold, no price" if cat == "cloud" else "price not found in sources"
    return out


def autopl_prices(pl1):
    rows = []
    for p in pl1["prices"]:
        q = json.loads(json.dumps(p))
        q["src"]["note"] = ("capacity component only: AutoPL capacity is billed like ESSD PL1 of the same size; "
                            "provisioned-IOPS and burst fees not included (unit prices not found)")
        rows.append(q)
    return rows


def region(r):
    return {"id": r["id"], "name": r["name"], "area": r["area"], "mainland": r["mainlandChina"],
            "zones": sorted(r["zones"] or []),
            "src": src("S3", note=("zones observed in terraform-provider-alicloud tests/docs; not authoritative"
                                   if r["zones"] else "zone list unknown: query DescribeZones"))}


EGRESS = [  # (regions, USD/GB, EIP config USD/h, note) - facts section 4, EIP 2021 table
    (["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-shenzhen",
      "cn-heyuan", "cn-chengdu"], 0.125, 0.0031, None),
    (["cn-qingdao"], 0.113, 0.0031, None),
    (["cn-hongkong"], 0.156, 0.0088, "BGP; BGP Pro 0.452 USD/GB"),
    (["ap-southeast-1"], 0.117, 0.0063, None),
    (["ap-northeast-1"], 0.120, 0.0047, None),
    (["us-east-1", "us-west-1"], 0.078, 0.0047, None),
    (["eu-central-1", "eu-west-1"], 0.070, 0.006, None),
    (["me-east-1"], 0.153, 0.009, None),
    (["ap-southeast-2"], 0.130, 0.006, None),
    (["ap-southeast-3"], 0.125, 0.003, None),
    (["ap-southeast-5", "ap-south-1"], 0.117, 0.006, None),
]

AREA_KEYS = {"ChineseMainland": "Chinese mainland", "AsiaPacific": "Asia Pacific", "Europe": "Europe",
             "NorthAmerica": "North America", "SouthAmerica": "South America", "MiddleEast": "Middle East"}


def transfer(t):
    rows = []
    for regions, usd, cfg, note in EGRESS:
        for r in regions:
            n = note
            if r == "cn-hangzhou":
                n = "ECS public IP pay-by-traffic example (S3 Public bandwidth.md, 2021): 0.123 USD/GB"
            rows.append({"region": r, "usdPerGB": usd, "eipConfigUsdPerHour": cfg,
                         "src": src("EIP-2021", indicative=True, note=n)})
    rows.sort(key=lambda x: x["region"])
    pairs = []
    for key, usd in t["interRegionPerGB_GoldTier"]["pairsUsdPerGB"].items():
        a, b = key.split("-")
        pairs.append({"a": AREA_KEYS[a], "b": AREA_KEYS[b], "usdPerGB": usd})
    return {
        "intraRegion": {"usdPerGB": 0.0, "appliesTo": t["intraRegionPrivate"]["appliesTo"],
                        "src": src("VPC-BILLING", note="also https://www.alibabacloud.com/help/doc-detail/25411.htm: "
                                   "'Alibaba Cloud does not charge any fee on intranet traffic'")},
        "internetIngressUsdPerGB": 0.0,
        "internetEgress": rows,
        "internetEgressFallback": {"rule": "Chinese-mainland regions without their own row use the %s row"
                                   % MAINLAND_PRICE_REGION, "region": MAINLAND_PRICE_REGION},
        "cdtFreeQuota": {"totalGBPerMonth": 220, "mainlandGBPerMonth": 20, "outsideMainlandGBPerMonth": 200,
                         "effectiveFrom": "2025-06-01",
                         "src": src("CDT", note="tiered per-region pricing beyond the free quota")},
        "interRegion": {"tier": "Gold", "pairs": pairs,
                        "src": src("VPC-BILLING", indicative=True,
                                   note="CEN / VPC peering pay-by-data-transfer, charged on egress, symmetric; "
                                        "partial table (pairs not listed are unknown); Platinum tier not captured")},
    }


def lat(typical, worst, s):
    return {"typicalMs": typical, "worstMs": worst, "src": s}


def latency(l):
    fg = lambda note: src("FIELD-GUIDE", indicative=True, note=note)  # noqa: E731
    pairs = {}
    for p in l["interRegionRttMs"]:
        kind = "estimate" if p["kind"].startswith("estimate") else "third-party"
        note = p["kind"]
        s = {"source": p.get("source") or "FACTS", "asOf": "2017" if "2017" in note else "2026", "kind": kind,
             "indicative": True, "note": note}
        worst = round(p["rttMs"] * SINGLE_FIGURE_WORST_FACTOR, 1)
        if p["a"] == "cn-beijing" and p["b"] == "cn-shanghai":
            worst = 50.0
            s["note"] += "; worst = 50 ms (upper end quoted by zestb.com)"
        else:
            s["note"] += "; worst = typical x %g (estimate)" % SINGLE_FIGURE_WORST_FACTOR
        pairs[tuple(sorted((p["a"], p["b"])))] = {"cen": lat(float(p["rttMs"]), worst, s), "internet": None}
    pairs[("ap-southeast-1", "cn-beijing")] = {
        "cen": lat(65.0, 75.0, fg("section 2.3.1, private backbone (CEN)")),
        "internet": lat(110.0, 150.0, fg("section 2.3.1, public internet, 'highly jittery'"))}
    pairs[("cn-beijing", "us-west-1")] = {
        "cen": lat(135.0, 145.0, fg("section 2.3.1, private backbone (CEN), 'Beijing to US-West'")),
        "internet": lat(180.0, 220.0, fg("section 2.3.1, public internet, '220+ ms, high packet loss'"))}
    inter = [dict(a=k[0], b=k[1], **v) for k, v in sorted(pairs.items())]
    return {
        "sameZone": lat(0.10, 0.15, fg("section 2.3.1 intra-AZ ~0.10-0.15 ms RTT; consistent with the official "
                                       "one-way p99 < 180 us (ECS network FAQ 40637)")),
        "crossZone": lat(0.5, 1.2, fg("section 2.3.1 inter-AZ ~0.5-1.2 ms RTT; the facts cite a third-party "
                                      "1-3 ms (blog.27nk.com); Alibaba publishes no figure")),
        "internetFactor": dict(INTERNET_FACTOR, src=src(
            "FACTS", kind="estimate", note="internet RTT = CEN RTT x factor for pairs without a published internet "
            "figure; derived from the field guide's Beijing-Singapore and Beijing-US West rows")),
        "interRegion": inter,
        "note": l["note"],
    }


def modifiers(m):
    sub = m["subscription"]
    tair = "https://www.alibabacloud.com/help/en/redis/product-overview/notice-on-price-reduction-for-apsaradb-for-redis-subscription-instances"
    return {
        "spot": {"maxDiscount": m["spot"]["maxDiscountVsPayg"], "confidence": "medium",
                 "src": {"source": m["spot"]["source"], "asOf": "2025", "kind": "official", "indicative": True,
                         "note": m["spot"]["note"]}},
        "subscription": [
            {"years": 1, "discount": sub["oneYearDiscount"], "confidence": "medium", "assumption": False,
             "src": src("S3", note="ECS DescribePrice example: 15% discount on a 1-year subscription")},
            {"years": 2, "discount": sub["twoYearDiscount"], "confidence": "low", "assumption": True,
             "src": {"source": tair, "asOf": "2025", "kind": "assumption", "indicative": True,
                     "note": "Tair 'original discount' schedule applied to ECS (assumption)"}},
            {"years": 3, "discount": sub["threeYearDiscount"], "confidence": "low", "assumption": True,
             "src": {"source": tair, "asOf": "2025", "kind": "assumption", "indicative": True,
                     "note": "Tair 'original discount' schedule applied to ECS (assumption); newer mainland "
                             "promotions are deeper (Tair 32%/43%/59% for 1/2/3 y)"}},
        ],
        "savingsPlan": {"exampleDiscount": 0.545, "confidence": "low", "types": m["savingsPlan"]["types"],
                        "terms": m["savingsPlan"]["terms"], "paymentOptions": m["savingsPlan"]["paymentOptions"],
                        "src": src("S3", indicative=True, note=m["savingsPlan"]["example"])},
        "exchangeRate": {"cnyPerUsd": 7.2, "assumption": True,
                         "src": src("FACTS", kind="assumption", note="assumed conversion used in the facts "
                                    "(section 3.1); S4 prices are CNY, other prices USD")},
    }


def services(o, snapshot):
    def item(service, name, unit, amount, s, scope="all", note=None, currency="USD"):
        r = {"service": service, "item": name, "unit": unit, "currency": currency, "amount": amount,
             "scope": scope, "assumption": False, "src": s}
        if note:
            r["note"] = note
        return r
    nat, alb, nlb = o["natGateway"], o["alb"], o["nlb"]
    rows = [
        item("nat", "instance", "hour", nat["instanceUsdPerHour"]["chineseMainland"], src("NAT-2021", indicative=True),
             scope="mainland"),
        item("nat", "instance", "hour", nat["instanceUsdPerHour"]["hongKongAndInternational"],
             src("NAT-2021", indicative=True), scope="international"),
        item("nat", "CU", "hour", nat["cuUsdPerHour"]["chineseMainland"], src("NAT-2021", indicative=True),
             scope="mainland", note="1 CU = max(1,000 new conn/s, 10,000 concurrent conns, 1 GB processed/h)"),
        item("nat", "CU", "hour", nat["cuUsdPerHour"]["hongKongAndInternational"], src("NAT-2021", indicative=True),
             scope="international", note="1 CU = max(1,000 new conn/s, 10,000 concurrent conns, 1 GB processed/h)"),
        item("alb", "Basic", "hour", alb["instanceUsdPerHour"]["Basic"], src("ALB", indicative=True)),
        item("alb", "Standard", "hour", alb["instanceUsdPerHour"]["Standard"], src("ALB", indicative=True)),
        item("alb", "StandardWithWAF", "hour", alb["instanceUsdPerHour"]["StandardWithWAF"], src("ALB", indicative=True)),
        item("alb", "LCU", "hour", None, src("ALB"), note="LCU = max(25 new conn/s, 3,000 concurrent/min, 1 GB/h, "
             "1,000 rule evaluations/s); LCU unit price not captured - user must supply"),
        item("nlb", "instance", "hour", nlb["instanceUsdPerHour"], src("NLB", indicative=True)),
        item("nlb", "LCU", "hour", None, src("NLB"), note="TCP LCU = 800 new conn/s ...; LCU unit price not "
             "captured - user must supply"),
        item("clb", "instance", "hour", None, src("S5"), note="PayBySpec (default) or PayByCLCU; prices not captured"),
        item("snapshot", "standard", "GB-month", snapshot["standardSnapshotUSDPerGBMonth"],
             {"source": "https://www.alibabacloud.com/help/en/ecs/snapshots-1", "asOf": "2025", "kind": "official",
              "indicative": True, "note": "billing example, China (Hangzhou)"}, scope="mainland"),
        item("oss", "StandardLRS", "GB-month", o["oss"]["standardLrsUsdPerGBMonthIndicative"],
             {"source": "https://www.alibabacloud.com/help/doc-detail/56159.htm", "asOf": "2025", "kind": "estimate",
              "indicative": True, "note": o["oss"]["derivation"]}, scope="mainland"),
    ]
    redis = []
    for c in o["redis"]["classes"]:
        r = {"class": c["class"], "memoryGB": c.get("memoryGB"), "shards": c.get("shards"),
             "bandwidthMBps": c.get("bandwidthMBps"), "qps": c.get("qps"), "price": None,
             "note": "; ".join(x for x in [c.get("note"), c.get("confidence") and "confidence: " + c["confidence"],
                                           "price not found in sources - user must supply"] if x),
             "src": src("REDIS")}
        redis.append(r)
    return rows, redis


NOTES = [
    {"id": "cross-zone-traffic", "topic": "Cross-zone traffic charges",
     "fieldGuide": "Traffic between availability zones of one region is charged per GB (section 8.4).",
     "facts": "Private/VPC traffic within a region, including cross-zone, is free (VPC billing; "
              "'Alibaba Cloud does not charge any fee on intranet traffic').",
     "winner": "facts", "resolution": "Cross-zone traffic is priced at 0 USD/GB."},
    {"id": "essd-latency", "topic": "ESSD latency per performance level",
     "fieldGuide": "Real-world latency PL0 1.5-2.5 ms, PL1 0.7-1.2 ms, PL2 0.3-0.6 ms, PL3 0.08-0.15 ms (section 4.1).",
     "facts": "Average 4K random-write latency PL0 0.3-0.5 ms, PL1/PL2/PL3 0.2 ms (block storage performance page).",
     "winner": "facts", "resolution": "Disk latencies use the official figures."},
    {"id": "block-storage-latency", "topic": "Block storage latency floor",
     "fieldGuide": "X-Dragon drops block storage latency to sub-100 microseconds (section 2.2.3).",
     "facts": "Cloud disks: ESSD 0.2 ms average; only local NVMe disks are microsecond-level.",
     "winner": "facts", "resolution": "Cloud disks are never modelled below 0.2 ms."},
    {"id": "arm-family-names", "topic": "Arm instance family names",
     "fieldGuide": "Arm families are g8r/c8r; 'r' stands for Alibaba's ARM processors (section 3.4).",
     "facts": "Arm families are g8y/c8y/r8y (YiTian 710) and g6r/c6r (Ampere Altra); r8* families are memory-optimised.",
     "winner": "facts", "resolution": "The catalog lists g8y/c8y/r8y and g6r/c6r as Arm; there is no g8r/c8r."},
    {"id": "cross-zone-latency", "topic": "Cross-zone round-trip time",
     "fieldGuide": "Inter-AZ RTT ~0.5-1.2 ms (section 2.3.1).",
     "facts": "Third-party blog: 1-3 ms; Alibaba publishes no figure (only 'low-latency links').",
     "winner": "fieldGuide", "resolution": "Neither source is official; the field guide's range is used and marked."},
    {"id": "beijing-singapore-latency", "topic": "Beijing-Singapore round-trip time",
     "fieldGuide": "Private backbone (CEN) 65-75 ms; public internet 110-150 ms (section 2.3.1).",
     "facts": "Third-party statement '100 ms+' (path not stated).",
     "winner": "fieldGuide", "resolution": "Neither source is official; the field guide's figures are used and marked. "
                                         "The third-party '100 ms+' matches its internet figure."},
    {"id": "essd-iops-formula", "topic": "ESSD IOPS formula",
     "fieldGuide": "One formula for every level: min(1800 + 50 x capacity in GB, max IOPS of the level) (section 4.2).",
     "facts": "PL0 is min(1,800 + 12 x GiB, 10,000); PL1-PL3 are min(1,800 + 50 x GiB, 50,000 / 100,000 / 1,000,000) "
              "(block storage performance page).",
     "winner": "facts", "resolution": "Each level uses its official formula; the guide's single formula overstates "
                                     "PL0 (e.g. 100 GiB: 3,000 IOPS, not 6,800)."},
]


def build(draft):
    disks = [disk_category(d) for d in draft["diskCategories"]]
    pl1 = next(d for d in disks if d["category"] == "cloud_essd" and d["level"] == "PL1")
    for d in disks:
        if d["category"] == "cloud_auto":
            d["prices"] = autopl_prices(pl1)
            d["priceNote"] = ("provisioned-IOPS fee (per IOPS-hour) and burst fee (per 10,000 burst I/O) not found; "
                              "only the PL1-equivalent capacity price is known")
    svc, redis = services(draft["otherServices"], draft["snapshot"])
    return {
        "schemaVersion": 1,
        "catalogVersion": CATALOG_VERSION,
        "asOf": CATALOG_AS_OF,
        "generatedBy": "tools/build_catalog.py from reference/alibaba-catalog-draft.json (%s)" % draft["schemaVersion"],
        "disclaimer": draft["generated"],
        "sources": {k: {"citation": v[0], "kind": v[1], "asOf": v[2]} for k, v in SOURCES.items()},
        "conventions": {"monthHours": draft["conventions"]["monthHours"], "diskMBpsPerGbps": 125,
                        "effectiveDiskPerformance": draft["conventions"]["effectiveDiskPerformance"],
                        "mainlandPriceRegion": MAINLAND_PRICE_REGION,
                        "mainlandPriceRule": "Chinese-mainland regions without their own price row use the %s row "
                                             "(S4 shows identical prices in cn-hangzhou, cn-beijing and cn-shanghai)"
                                             % MAINLAND_PRICE_REGION,
                        "asOfFormat": "ISO 8601 date, possibly reduced to YYYY or YYYY-MM"},
        "instanceTypes": [instance_type(t) for t in draft["instanceTypes"]],
        "diskCategories": disks,
        "regions": [region(r) for r in draft["regions"]],
        "availability": {},
        "transfer": transfer(draft["transfer"]),
        "latency": latency(draft["latency"]),
        "pricingModifiers": modifiers(draft["pricingModifiers"]),
        "services": svc,
        "redisClasses": redis,
        "notes": NOTES,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draft", default="/work/shared/reference/alibaba-catalog-draft.json")
    ap.add_argument("--out", default=os.path.join(REPO, "resources", "catalog", "catalog.json"))
    args = ap.parse_args()
    with open(args.draft, encoding="utf-8") as f:
        draft = json.load(f)
    catalog = build(draft)
    if len(catalog["instanceTypes"]) != 219:
        sys.exit("expected 219 instance types, got %d" % len(catalog["instanceTypes"]))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print("wrote %s: %d instance types, %d disk categories, %d regions"
          % (args.out, len(catalog["instanceTypes"]), len(catalog["diskCategories"]), len(catalog["regions"])))


if __name__ == "__main__":
    main()
