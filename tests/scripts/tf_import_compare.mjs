// Compares a design with the design imported from the plan JSON of its Terraform export
// (tf_import.cmake): exits non-zero, printing every difference, unless the regions, zones and
// components are the same with the same attributes, and the links the export encodes came back.
// What the export does not write is not compared (docs/import.md, "Round trip"): geometry,
// notes, endpoints, a link's traffic figures, targetIops, drainHandler, replicationFactor,
// links it writes no trace of.
// usage: node tf_import_compare.mjs ORIGINAL.ecsplan IMPORTED.ecsplan
import { readFileSync } from "node:fs";

const [original, imported] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, "utf8")));
const NOT_EXPORTED = new Set(["id", "geometry", "notes", "targetIops", "drainHandler", "replicationFactor"]);
const problems = [];

function view(design) {
  const byId = new Map(design.entities.map((e) => [e.id, e]));
  const label = (id) => (id === null || id === undefined ? null : `${byId.get(id)?.kind}:${byId.get(id)?.name}`);
  const components = new Map();
  const links = new Set();
  for (const e of design.entities) {
    if (e.kind === "link") {
      links.add(`${label(e.from)} -> ${label(e.to)}`);
      continue;
    }
    if (e.kind === "endpoint") continue;
    const out = {};
    for (const [k, v] of Object.entries(e)) {
      if (NOT_EXPORTED.has(k)) continue;
      if (["parent", "attachedTo", "readReplicaOf"].includes(k)) out[k] = label(v);
      else if (k === "zones" || k === "securityGroups") out[k] = v.map(label); // order matters: the first group takes link rules
      else out[k] = v;
    }
    components.set(`${e.kind}:${e.name}`, out);
  }
  return { components, links, byId, design };
}

const a = view(original), b = view(imported);
for (const [key, want] of a.components) {
  const got = b.components.get(key);
  if (!got) { problems.push(`missing ${key}`); continue; }
  for (const k of new Set([...Object.keys(want), ...Object.keys(got)])) {
    if (JSON.stringify(want[k]) !== JSON.stringify(got[k]))
      problems.push(`${key}.${k}: expected ${JSON.stringify(want[k])}, imported ${JSON.stringify(got[k])}`);
  }
}
for (const key of b.components.keys()) if (!a.components.has(key)) problems.push(`unexpected ${key}`);

// Links: every imported one is inferred and carries no traffic; the load balancer -> backend
// links are exactly the design's; every compute -> cache link of the design came back.
for (const e of imported.entities.filter((x) => x.kind === "link")) {
  if (e.inferred !== true) problems.push(`link #${e.id} is not marked inferred`);
  if (e.gbPerMonth !== 0 || e.requestsPerSecond !== 0) problems.push(`link #${e.id} carries traffic figures`);
}
const kindOf = (label) => label.split(":")[0];
const lbLinks = (set) => [...set].filter((l) => kindOf(l) === "loadBalancer" && /(instanceGroup|scalingGroup):/.test(l.split(" -> ")[1])).sort();
if (JSON.stringify(lbLinks(a.links)) !== JSON.stringify(lbLinks(b.links)))
  problems.push(`load balancer links: expected ${JSON.stringify(lbLinks(a.links))}, imported ${JSON.stringify(lbLinks(b.links))}`);
for (const l of a.links)
  if (l.split(" -> ")[1].startsWith("cache:") && /^(instanceGroup|scalingGroup):/.test(l) && !b.links.has(l))
    problems.push(`missing link ${l}`);
if (original.design.title !== imported.design.title)
  problems.push(`title: expected ${original.design.title}, imported ${imported.design.title}`);

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`${a.components.size} components, ${lbLinks(b.links).length} load balancer links: same`);
