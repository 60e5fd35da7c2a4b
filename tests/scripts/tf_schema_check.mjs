// Checks exported Terraform against the aliyun/alicloud provider schema (extracted from the
// provider source; see _meta.notes in the schema file) the way `terraform validate` and the
// provider's own validators would, offline:
//   - unknown resource types, data sources, arguments and blocks (unless the schema marks the
//     resource complete=false), arguments that are computed-only, removed or deprecated;
//   - missing required arguments and blocks, conflicting arguments, exactly_one_of;
//   - literal values: type, enum, int range/enum, length (bytes, as Go counts), pattern (RE2),
//     list min/max items, block min/max items;
//   - references: resources, data sources, variables and locals that are not declared, and
//     attributes a resource type does not have; lifecycle ignore_changes naming no argument.
// Values that are `${var.x}` (or templates made only of variables with defaults and
// `count.index + 1`) are resolved with the variable defaults, as `terraform plan` would with
// no tfvars, so validation of variables cannot hide a bad default.
//
// usage: node tf_schema_check.mjs --schema FILE DIR...
// Prints one line per problem and a summary; exits 1 on any error, 2 on bad usage.
import { parse } from "@cdktf/hcl2json";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const schemaIndex = args.indexOf("--schema");
if (schemaIndex < 0 || schemaIndex + 1 >= args.length) {
  console.error("usage: node tf_schema_check.mjs --schema FILE DIR...");
  process.exit(2);
}
const schemaPath = args[schemaIndex + 1];
const dirs = args.filter((_, i) => i !== schemaIndex && i !== schemaIndex + 1);
if (!existsSync(schemaPath)) {
  console.error(`provider schema not found: ${schemaPath}`);
  process.exit(2);
}
if (dirs.length === 0) {
  console.error("no directories to check");
  process.exit(2);
}
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));

const META_ARGS = new Set(["count", "for_each", "provider", "depends_on"]);
const META_BLOCKS = new Set(["lifecycle", "provisioner", "connection"]);

let errors = 0;
let deprecated = 0;
let notes = 0;
let checkedBlocks = 0;

function tfFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) continue; // modules are not exported
    if (name.endsWith(".tf")) out.push(path);
  }
  return out;
}

// ---- RE2 -> JavaScript -------------------------------------------------------------------
const regexCache = new Map();
function compilePattern(pattern) {
  if (regexCache.has(pattern)) return regexCache.get(pattern);
  let flags = "u";
  let src = pattern;
  const m = /^\(\?([a-zA-Z]+)\)/.exec(src);
  if (m) {
    src = src.slice(m[0].length);
    if (m[1].includes("i")) flags += "i";
    if (m[1].includes("s")) flags += "s";
  }
  src = src
    .replace(/\\p\{Han\}/g, "\\p{Script=Han}")
    .replace(/\\z/g, "$")
    .replace(/\\A/g, "^")
    // RE2 allows escaping any punctuation; JavaScript's unicode mode only syntax characters.
    .replace(/\\([^\w\s^$\\.*+?()[\]{}|\/-])/g, "$1");
  let re = null;
  try {
    re = new RegExp(src, flags);
  } catch {
    re = null;
  }
  regexCache.set(pattern, re);
  return re;
}

// ---- per-directory state -------------------------------------------------------------------
class Directory {
  constructor(dir) {
    this.dir = dir;
    this.variables = new Map(); // name -> default (undefined when none)
    this.locals = new Set();
    this.resources = new Map(); // "type.name" -> type
    this.data = new Map(); // "type.name" -> type
    this.counted = new Set(); // "type.name" of resources with count or for_each
    this.docs = []; // { file, json }
  }
}

function report(kind, where, message) {
  if (kind === "deprecated") deprecated++;
  if (kind === "error" || kind === "deprecated") errors++;
  if (kind === "note") notes++;
  console.log(`${kind}: ${where}: ${message}`);
}

// Resolves a value as far as literals go. Returns { known: bool, value }.
function resolve(value, ctx) {
  if (typeof value !== "string") return { known: true, value };
  const whole = /^\$\{var\.([A-Za-z0-9_-]+)\}$/.exec(value);
  if (whole) {
    const def = ctx.dir.variables.get(whole[1]);
    return def === undefined ? { known: false } : { known: true, value: def };
  }
  let known = true;
  const placeholder = "\u0000";
  let text = value.replace(/\$\$\{/g, placeholder);
  text = text.replace(/\$\{([^}]*)\}/g, (match, expr) => {
    const v = /^\s*var\.([A-Za-z0-9_-]+)\s*$/.exec(expr);
    if (v) {
      const def = ctx.dir.variables.get(v[1]);
      if (typeof def === "string" || typeof def === "number") return String(def);
    }
    if (/^\s*count\.index\s*\+\s*1\s*$/.test(expr) && typeof ctx.count === "number")
      return String(ctx.count);
    known = false;
    return match;
  });
  if (text.includes("%{")) known = false;
  return known ? { known: true, value: text.replace(new RegExp(placeholder, "g"), "${") } : { known: false };
}

function isExpression(value) {
  return typeof value === "string" && /\$\{/.test(value.replace(/\$\$\{/g, ""));
}

function checkLiteral(where, name, spec, raw, ctx) {
  const r = resolve(raw, ctx);
  if (!r.known) return;
  const value = r.value;
  const type = spec.type ?? "";
  if (value === null) return;
  if (type === "number") {
    const n = typeof value === "number" ? value : Number(value);
    if (typeof value === "boolean" || Number.isNaN(n)) {
      report("error", where, `${name}: expected a number, got ${JSON.stringify(value)}`);
      return;
    }
    if (spec.number_kind === "int" && !Number.isInteger(n))
      report("error", where, `${name}: expected an integer, got ${n}`);
    if (spec.int_range) {
      const [lo, hi] = spec.int_range;
      if ((lo !== null && lo !== undefined && n < lo) || (hi !== null && hi !== undefined && n > hi))
        report("error", where, `${name} = ${n} is outside ${lo ?? "-inf"}..${hi ?? "inf"}`);
    }
    if (spec.int_any) {
      const ok = spec.int_any.some(
        (alt) =>
          (alt.int_range && n >= (alt.int_range[0] ?? -Infinity) && n <= (alt.int_range[1] ?? Infinity)) ||
          (alt.int_enum && alt.int_enum.includes(n)),
      );
      if (!ok) report("error", where, `${name} = ${n} is not allowed (${JSON.stringify(spec.int_any)})`);
    }
    if (spec.int_enum && !spec.int_enum.includes(n))
      report("error", where, `${name} = ${n} is not one of ${spec.int_enum.join(", ")}`);
    return;
  }
  if (type === "bool") {
    if (typeof value !== "boolean" && value !== "true" && value !== "false")
      report("error", where, `${name}: expected a bool, got ${JSON.stringify(value)}`);
    return;
  }
  if (type === "string") {
    if (typeof value === "object") {
      report("error", where, `${name}: expected a string, got ${JSON.stringify(value)}`);
      return;
    }
    const text = String(value);
    if (spec.enum) {
      const ok = spec.enum_ignore_case
        ? spec.enum.some((e) => e.toLowerCase() === text.toLowerCase())
        : spec.enum.includes(text);
      if (!ok) report("error", where, `${name} = ${JSON.stringify(text)} is not one of ${spec.enum.join(", ")}`);
    }
    if (spec.len_range) {
      const [lo, hi] = spec.len_range;
      const len = Buffer.byteLength(text, "utf8"); // Go's len(): bytes
      if ((lo !== null && len < lo) || (hi !== null && hi !== undefined && len > hi))
        report("error", where, `${name} ${JSON.stringify(text)} is ${len} bytes, allowed ${lo}..${hi}`);
    }
    if (spec.pattern) {
      const re = compilePattern(spec.pattern);
      if (!re) report("note", where, `${name}: pattern ${spec.pattern} not checkable in JavaScript`);
      else if (!re.test(text))
        report("error", where, `${name} ${JSON.stringify(text)} does not match ${spec.pattern}`);
    }
    return;
  }
  if (type.startsWith("list(") || type.startsWith("set(")) {
    if (!Array.isArray(value)) {
      if (typeof value !== "string") report("error", where, `${name}: expected a list, got ${JSON.stringify(value)}`);
      return;
    }
    if (spec.min_items && value.length < spec.min_items)
      report("error", where, `${name}: ${value.length} items, at least ${spec.min_items} required`);
    if (spec.max_items && value.length > spec.max_items)
      report("error", where, `${name}: ${value.length} items, at most ${spec.max_items} allowed`);
    for (const item of value) {
      const ir = resolve(item, ctx);
      if (!ir.known) continue;
      if (spec.elem_enum) {
        const ok = spec.elem_enum_ignore_case
          ? spec.elem_enum.some((e) => e.toLowerCase() === String(ir.value).toLowerCase())
          : spec.elem_enum.includes(String(ir.value));
        if (!ok) report("error", where, `${name}: item ${JSON.stringify(ir.value)} is not one of ${spec.elem_enum.join(", ")}`);
      }
      if (spec.elem_pattern) {
        const re = compilePattern(spec.elem_pattern);
        if (re && !re.test(String(ir.value)))
          report("error", where, `${name}: item ${JSON.stringify(ir.value)} does not match ${spec.elem_pattern}`);
      }
    }
    return;
  }
  if (type.startsWith("map(")) {
    if (typeof value !== "object" || Array.isArray(value))
      report("error", where, `${name}: expected a map, got ${JSON.stringify(value)}`);
  }
}

function simpleName(n) {
  return /^[a-z0-9_]+$/.test(n);
}

// Checks one block body against a schema node ({arguments, blocks, complete}).
function checkBody(where, body, node, ctx, topLevel) {
  checkedBlocks++;
  const present = new Set();
  const dynamicBlocks = new Set();
  for (const [key, value] of Object.entries(body)) {
    if (topLevel && META_ARGS.has(key)) continue;
    if (topLevel && META_BLOCKS.has(key)) continue;
    if (key === "dynamic") {
      for (const [blockName, instances] of Object.entries(value)) {
        const bs = node.blocks?.[blockName];
        if (!bs) {
          if (node.complete !== false) report("error", where, `dynamic "${blockName}": no such block`);
          continue;
        }
        dynamicBlocks.add(blockName);
        present.add(blockName);
        for (const inst of instances) {
          if (!("for_each" in inst)) report("error", where, `dynamic "${blockName}" without for_each`);
          for (const content of inst.content ?? [])
            checkBody(`${where} > dynamic ${blockName}`, content, bs, { ...ctx, count: undefined }, false);
        }
      }
      continue;
    }
    present.add(key);
    const arg = node.arguments?.[key];
    const blk = node.blocks?.[key];
    if (arg) {
      if (arg.removed) report("error", where, `${key}: removed: ${arg.removed}`);
      else if (arg.deprecated) report("deprecated", where, `${key}: ${arg.deprecated}`);
      if (arg.computed && !arg.optional && !arg.required)
        report("error", where, `${key}: computed-only, cannot be set`);
      checkLiteral(where, key, arg, value, ctx);
      continue;
    }
    if (blk) {
      if (blk.removed) report("error", where, `${key}: removed: ${blk.removed}`);
      else if (blk.deprecated) report("deprecated", where, `${key}: ${blk.deprecated}`);
      if (!Array.isArray(value) || value.some((v) => typeof v !== "object" || v === null || Array.isArray(v))) {
        report("error", where, `${key}: is a block, written as an argument`);
        continue;
      }
      if (blk.max_items && value.length > blk.max_items)
        report("error", where, `${key}: ${value.length} blocks, at most ${blk.max_items} allowed`);
      if (blk.min_items && value.length < blk.min_items && !dynamicBlocks.has(key))
        report("error", where, `${key}: ${value.length} blocks, at least ${blk.min_items} required`);
      value.forEach((v, i) => checkBody(`${where} > ${key}[${i}]`, v, blk, { ...ctx, count: ctx.count }, false));
      continue;
    }
    if (node.complete === false) continue;
    report("error", where, `${key}: unsupported argument or block`);
  }
  for (const [name, arg] of Object.entries(node.arguments ?? {})) {
    if (arg.required && !arg.default_func && !present.has(name))
      report("error", where, `${name}: required argument missing`);
    if (present.has(name)) {
      for (const other of arg.conflicts_with ?? [])
        if (simpleName(other) && present.has(other))
          report("error", where, `${name} conflicts with ${other}`);
    }
  }
  for (const [name, blk] of Object.entries(node.blocks ?? {})) {
    const minItems = blk.min_items ?? 0;
    if ((blk.required || minItems > 0) && !present.has(name))
      report("error", where, `${name}: required block missing`);
  }
  const seenGroups = new Set();
  for (const [name, arg] of Object.entries({ ...(node.arguments ?? {}), ...(node.blocks ?? {}) })) {
    const group = arg.exactly_one_of;
    if (!group || !group.every(simpleName)) continue;
    const id = [...group].sort().join(",");
    if (seenGroups.has(id)) continue;
    seenGroups.add(id);
    const set = group.filter((g) => present.has(g));
    if (set.length !== 1) report("error", where, `exactly one of ${group.join(", ")} must be set (${set.length} are)`);
    void name;
  }
}

function checkLifecycle(where, body, node) {
  for (const lc of body.lifecycle ?? []) {
    for (const entry of lc.ignore_changes ?? []) {
      const m = /^\$\{([a-z0-9_]+)/.exec(entry);
      if (!m) continue;
      const n = m[1];
      if (n === "all") continue;
      if (!node.arguments?.[n] && !node.blocks?.[n])
        report("error", where, `lifecycle.ignore_changes names ${n}, which the resource does not have`);
    }
  }
}

// Collects every ${...} expression and checks the references in it.
function checkReferences(where, value, ctx) {
  if (typeof value === "string") {
    const text = value.replace(/\$\$\{/g, "");
    if (text.includes("${")) checkExpression(where, text, ctx);
    return;
  }
  if (Array.isArray(value)) value.forEach((v) => checkReferences(where, v, ctx));
  else if (value && typeof value === "object") for (const v of Object.values(value)) checkReferences(where, v, ctx);
}

const KNOWN_ATTRS = new Set(["id"]);
function checkExpression(where, expr, ctx) {
  const dir = ctx.dir;
  // strip string literals inside the expression
  const code = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const m of code.matchAll(/(?<![\w.])(data\.)?(alicloud_[a-z0-9_]+)\.([a-z0-9_]+)(\[[^\]]*\])?(?:\.([a-z0-9_]+))?/g)) {
    const isData = !!m[1];
    const type = m[2];
    const name = m[3];
    const indexed = !!m[4];
    const attr = m[5];
    if (!isData && dir.counted.has(`${type}.${name}`) && !indexed && attr)
      report("error", where, `${type}.${name}.${attr}: the resource has count or for_each, so it needs an index or [*]`);
    const table = isData ? dir.data : dir.resources;
    const key = `${type}.${name}`;
    if (!table.has(key)) {
      report("error", where, `reference to undeclared ${isData ? "data source" : "resource"} ${key}`);
      continue;
    }
    if (!attr || KNOWN_ATTRS.has(attr)) continue;
    const node = (isData ? schema.data_sources : schema.resources)[type];
    if (!node || node.complete === false) continue;
    if (!node.arguments?.[attr] && !node.blocks?.[attr])
      report("error", where, `${key}.${attr}: the ${type} has no attribute ${attr}`);
  }
  for (const m of code.matchAll(/(?<![\w.])var\.([A-Za-z0-9_-]+)/g))
    if (!dir.variables.has(m[1])) report("error", where, `reference to undeclared variable ${m[1]}`);
  for (const m of code.matchAll(/(?<![\w.])local\.([A-Za-z0-9_-]+)/g))
    if (!dir.locals.has(m[1])) report("error", where, `reference to undeclared local ${m[1]}`);
}

async function checkDirectory(path) {
  const dir = new Directory(path);
  const files = tfFiles(path);
  if (files.length === 0) {
    report("error", path, "no .tf files");
    return;
  }
  for (const file of files) {
    try {
      dir.docs.push({ file, json: await parse(file, readFileSync(file, "utf8")) });
    } catch (error) {
      report("error", file, `HCL parse error: ${error.message ?? error}`);
    }
  }
  // Declarations first.
  for (const { json } of dir.docs) {
    for (const [name, blocks] of Object.entries(json.variable ?? {})) {
      const v = blocks[0] ?? {};
      dir.variables.set(name, "default" in v ? v.default : undefined);
      if (!("default" in v)) dir.variables.set(name, undefined);
    }
    for (const l of json.locals ?? []) for (const name of Object.keys(l)) dir.locals.add(name);
    for (const [type, byName] of Object.entries(json.resource ?? {}))
      for (const name of Object.keys(byName)) {
        if (dir.resources.has(`${type}.${name}`)) report("error", path, `duplicate resource ${type}.${name}`);
        dir.resources.set(`${type}.${name}`, type);
        if (byName[name].some((b) => "count" in b || "for_each" in b)) dir.counted.add(`${type}.${name}`);
      }
    for (const [type, byName] of Object.entries(json.data ?? {}))
      for (const name of Object.keys(byName)) dir.data.set(`${type}.${name}`, type);
  }
  const providerAliases = new Set();
  for (const { json } of dir.docs)
    for (const p of json.provider?.alicloud ?? []) if (p.alias) providerAliases.add(p.alias);

  for (const { file, json } of dir.docs) {
    const ctx = { dir, count: undefined };
    for (const [key, value] of Object.entries(json)) {
      if (key === "resource" || key === "data") {
        const table = key === "resource" ? schema.resources : schema.data_sources;
        for (const [type, byName] of Object.entries(value)) {
          const node = table[type];
          for (const [name, bodies] of Object.entries(byName)) {
            const where = `${file}: ${key === "data" ? "data." : ""}${type}.${name}`;
            if (!node) {
              report("error", where, `unknown ${key === "data" ? "data source" : "resource type"} ${type}`);
              continue;
            }
            if (node.deprecation_message) report("deprecated", where, node.deprecation_message);
            for (const body of bodies) {
              const count = typeof body.count === "number" ? body.count : undefined;
              const c = { dir, count };
              checkBody(where, body, node, c, true);
              if (key === "resource") checkLifecycle(where, body, node);
              checkReferences(where, body, c);
              const prov = /^\$\{alicloud\.([a-z0-9_]+)\}$/.exec(body.provider ?? "");
              if (body.provider !== undefined && (!prov || !providerAliases.has(prov[1])))
                report("error", where, `provider ${body.provider} is not a declared alicloud alias`);
            }
          }
        }
      } else if (key === "provider") {
        for (const [name, bodies] of Object.entries(value)) {
          if (name !== "alicloud") {
            report("error", `${file}: provider.${name}`, "unknown provider");
            continue;
          }
          for (const body of bodies) {
            const { alias, version, ...rest } = body;
            void alias;
            if (version !== undefined) report("deprecated", `${file}: provider.alicloud`, "version in a provider block");
            checkBody(`${file}: provider.alicloud`, rest, schema.provider, ctx, false);
          }
        }
      } else if (key === "terraform") {
        for (const t of value) {
          for (const b of t.backend ? Object.entries(t.backend) : []) {
            const [type, bodies] = b;
            const node = schema.backends?.[type];
            if (!node) {
              report("error", `${file}: backend.${type}`, "unknown backend");
              continue;
            }
            for (const body of bodies) checkBody(`${file}: backend.${type}`, body, node, ctx, false);
          }
        }
      } else if (key === "output" || key === "locals" || key === "variable") {
        checkReferences(`${file}: ${key}`, value, ctx);
      } else if (key === "module" || key === "moved" || key === "import" || key === "check") {
        report("note", `${file}: ${key}`, "not checked");
      } else {
        report("error", `${file}: ${key}`, "unknown top-level block");
      }
    }
  }
}

for (const d of dirs) await checkDirectory(d);
console.log(`checked ${checkedBlocks} blocks in ${dirs.length} director${dirs.length === 1 ? "y" : "ies"}: ${errors} errors (${deprecated} deprecated), ${notes} notes`);
process.exit(errors === 0 ? 0 : 1);
