// Builds the JSON `terraform show -json` prints for a saved plan of a Terraform directory,
// without Terraform (not installable here): every .tf file is parsed with HashiCorp's parser
// (@cdktf/hcl2json, as hcl_parse.mjs does) and the expressions the exporter writes are
// evaluated as `terraform plan` would on an empty state: variables take their defaults, `count`
// expands instances, attributes that reference values only known after apply (ids, computed
// attributes) are left out of planned_values (and listed in after_unknown), and the
// configuration section lists each expression's constant_value or references.
// The expression subset: literals, templates, var./local./count.index, resource and data
// references with [n]/[count.index]/[*], + - == != && || ! ?:, objects, tuples, and the
// functions merge, lookup, tostring. Anything else is an error, never a guess.
//
// usage: node tf_plan_json.mjs DIR > plan.json
import { parse } from "@cdktf/hcl2json";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node tf_plan_json.mjs DIR");
  process.exit(2);
}

class Unknown {
  constructor(refs) {
    this.refs = new Set(refs ?? []);
  }
}
const unknownOf = (...values) => {
  const u = new Unknown();
  for (const v of values) if (v instanceof Unknown) for (const r of v.refs) u.refs.add(r);
  return u;
};
const isUnknown = (v) => v instanceof Unknown;

// --- read the directory -----------------------------------------------------------------------
const config = { variable: {}, locals: {}, provider: {}, resource: {}, data: {} };
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".tf")) continue;
  const parsed = await parse(name, readFileSync(join(dir, name), "utf8"));
  for (const [kind, body] of Object.entries(parsed)) {
    if (kind === "locals") {
      for (const block of body) Object.assign(config.locals, block);
    } else if (kind === "variable") {
      for (const [n, blocks] of Object.entries(body)) config.variable[n] = blocks[0];
    } else if (kind === "provider") {
      for (const [n, blocks] of Object.entries(body))
        for (const b of blocks) config.provider[`${n}.${b.alias}`] = b;
    } else if (kind === "resource" || kind === "data") {
      for (const [type, byName] of Object.entries(body))
        for (const [n, blocks] of Object.entries(byName))
          config[kind][`${type}.${n}`] = { type, name: n, body: blocks[0] };
    }
  }
}

// --- expressions ------------------------------------------------------------------------------
function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '"') {
      // A quoted template: keep its raw text, evaluated as a template.
      let j = i + 1, depth = 0, raw = "";
      while (j < src.length) {
        if (src[j] === "\\") { raw += src[j] + src[j + 1]; j += 2; continue; }
        if (src[j] === "$" && src[j + 1] === "{") { depth++; raw += "${"; j += 2; continue; }
        if (src[j] === "}" && depth > 0) { depth--; raw += "}"; j++; continue; }
        if (src[j] === '"' && depth === 0) break;
        raw += src[j++];
      }
      tokens.push({ t: "str", v: raw });
      i = j + 1;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
      tokens.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
      tokens.push({ t: "id", v: m[0] });
      i += m[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (["==", "!=", ">=", "<=", "&&", "||"].includes(two)) {
      tokens.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/?:()[]{}.,=!<>".includes(c)) {
      tokens.push({ t: "op", v: c });
      i++;
      continue;
    }
    throw new Error(`cannot read expression "${src}" at ${i}`);
  }
  return tokens;
}

function parseExpr(src) {
  const tokens = tokenize(src);
  let p = 0;
  const peek = (v) => tokens[p] && tokens[p].t === "op" && tokens[p].v === v;
  const expect = (v) => {
    if (!peek(v)) throw new Error(`expected "${v}" in "${src}"`);
    p++;
  };
  function conditional() {
    const cond = binary(0);
    if (peek("?")) {
      p++;
      const a = conditional();
      expect(":");
      const b = conditional();
      return { k: "cond", cond, a, b };
    }
    return cond;
  }
  const levels = [["||"], ["&&"], ["==", "!="], [">=", "<=", ">", "<"], ["+", "-"], ["*", "/"]];
  function binary(level) {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    while (tokens[p] && tokens[p].t === "op" && levels[level].includes(tokens[p].v)) {
      const op = tokens[p++].v;
      left = { k: "bin", op, left, right: binary(level + 1) };
    }
    return left;
  }
  function unary() {
    if (peek("!")) { p++; return { k: "not", e: unary() }; }
    if (peek("-")) { p++; return { k: "bin", op: "-", left: { k: "lit", v: 0 }, right: unary() }; }
    return postfix(primary());
  }
  function primary() {
    const tok = tokens[p++];
    if (!tok) throw new Error(`unexpected end of "${src}"`);
    if (tok.t === "num") return { k: "lit", v: tok.v };
    if (tok.t === "str") return { k: "tmpl", v: tok.v };
    if (tok.t === "op" && tok.v === "(") { const e = conditional(); expect(")"); return e; }
    if (tok.t === "op" && tok.v === "[") {
      const items = [];
      while (!peek("]")) { items.push(conditional()); if (peek(",")) p++; }
      p++;
      return { k: "tuple", items };
    }
    if (tok.t === "op" && tok.v === "{") {
      const entries = [];
      while (!peek("}")) {
        const keyTok = tokens[p++];
        const key = keyTok.t === "str" ? keyTok.v : keyTok.v;
        if (peek("=") || peek(":")) p++;
        entries.push([key, conditional()]);
        if (peek(",")) p++;
      }
      p++;
      return { k: "object", entries };
    }
    if (tok.t === "id") {
      if (tok.v === "true" || tok.v === "false") return { k: "lit", v: tok.v === "true" };
      if (tok.v === "null") return { k: "lit", v: null };
      if (peek("(")) {
        p++;
        const args = [];
        while (!peek(")")) { args.push(conditional()); if (peek(",")) p++; }
        p++;
        return { k: "call", fn: tok.v, args };
      }
      return { k: "ref", root: tok.v };
    }
    throw new Error(`unexpected "${tok.v}" in "${src}"`);
  }
  function postfix(e) {
    for (;;) {
      if (peek(".")) {
        p++;
        const tok = tokens[p++];
        e = { k: "attr", e, name: String(tok.v) };
      } else if (peek("[")) {
        p++;
        if (peek("*")) { p++; expect("]"); e = { k: "splat", e }; continue; }
        const index = conditional();
        expect("]");
        e = { k: "index", e, index };
      } else return e;
    }
  }
  const e = conditional();
  if (p !== tokens.length) throw new Error(`trailing input in "${src}"`);
  return e;
}

// Splits a template into literal text and ${...} parts.
function templateParts(raw) {
  const parts = [];
  let i = 0, text = "";
  while (i < raw.length) {
    if (raw[i] === "$" && raw[i + 1] === "$" && raw[i + 2] === "{") { text += "${"; i += 3; continue; }
    if (raw[i] === "%" && raw[i + 1] === "%" && raw[i + 2] === "{") { text += "%{"; i += 3; continue; }
    if (raw[i] === "\\" ) {
      const n = raw[i + 1];
      text += n === "n" ? "\n" : n === "t" ? "\t" : n === "u" ? String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)) : n;
      i += n === "u" ? 6 : 2;
      continue;
    }
    if (raw[i] === "$" && raw[i + 1] === "{") {
      let depth = 1, j = i + 2, inStr = false;
      while (j < raw.length && depth > 0) {
        if (raw[j] === "\\" && inStr) { j += 2; continue; }
        if (raw[j] === '"') inStr = !inStr;
        else if (!inStr && raw[j] === "{") depth++;
        else if (!inStr && raw[j] === "}") depth--;
        j++;
      }
      if (text) parts.push(text);
      text = "";
      parts.push({ expr: raw.slice(i + 2, j - 1) });
      i = j;
      continue;
    }
    text += raw[i++];
  }
  if (text || parts.length === 0) parts.push(text);
  return parts;
}

// --- evaluation -------------------------------------------------------------------------------
const localsDone = {};
const instancesCache = {};

function evalTemplate(raw, ctx) {
  const parts = templateParts(raw);
  if (parts.length === 1 && typeof parts[0] === "object") return evalExpr(parseExpr(parts[0].expr), ctx);
  const values = parts.map((part) => (typeof part === "string" ? part : evalExpr(parseExpr(part.expr), ctx)));
  if (values.some(isUnknown)) return unknownOf(...values);
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join("");
}

// A value from hcl2json: strings are templates, arrays and objects hold more values.
function evalValue(v, ctx) {
  if (typeof v === "string") return evalTemplate(v, ctx);
  if (Array.isArray(v)) {
    const out = v.map((x) => evalValue(x, ctx));
    return out;
  }
  if (v && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = evalValue(x, ctx);
    return out;
  }
  return v;
}

function resourceAttr(kind, address, index, rest, ctx) {
  const res = config[kind][address];
  if (!res) throw new Error(`reference to ${kind} ${address}, which is not declared`);
  ctx.refs.add((kind === "data" ? "data." : "") + address);
  const instances = instancesOf(kind, address);
  return { instances, counted: "count" in res.body, index, rest };
}

function evalExpr(e, ctx) {
  switch (e.k) {
    case "lit": return e.v;
    case "tmpl": return evalTemplate(e.v, ctx);
    case "tuple": return e.items.map((x) => evalExpr(x, ctx));
    case "object": {
      const out = {};
      let unknown = null;
      for (const [k, v] of e.entries) {
        const value = evalExpr(v, ctx);
        if (isUnknown(value)) unknown = unknownOf(unknown ?? new Unknown(), value);
        out[k] = value;
      }
      return out;
    }
    case "not": { const v = evalExpr(e.e, ctx); return isUnknown(v) ? v : !v; }
    case "cond": {
      const c = evalExpr(e.cond, ctx);
      if (isUnknown(c)) return c;
      return evalExpr(c ? e.a : e.b, ctx);
    }
    case "bin": {
      const a = evalExpr(e.left, ctx), b = evalExpr(e.right, ctx);
      if (isUnknown(a) || isUnknown(b)) return unknownOf(a, b);
      switch (e.op) {
        case "+": return a + b;
        case "-": return a - b;
        case "*": return a * b;
        case "/": return a / b;
        case "==": return JSON.stringify(a) === JSON.stringify(b);
        case "!=": return JSON.stringify(a) !== JSON.stringify(b);
        case "&&": return a && b;
        case "||": return a || b;
        case ">=": return a >= b;
        case "<=": return a <= b;
        case ">": return a > b;
        case "<": return a < b;
      }
      throw new Error(`operator ${e.op}`);
    }
    case "call": {
      const args = e.args.map((x) => evalExpr(x, ctx));
      if (e.fn === "merge") {
        if (args.some(isUnknown)) return unknownOf(...args);
        return Object.assign({}, ...args);
      }
      if (e.fn === "lookup") {
        if (isUnknown(args[0]) || isUnknown(args[1])) return unknownOf(...args);
        return args[1] in args[0] ? args[0][args[1]] : args[2];
      }
      if (e.fn === "tostring") return isUnknown(args[0]) ? args[0] : String(args[0]);
      throw new Error(`function ${e.fn}() is not supported`);
    }
    case "splat": {
      const v = evalPath(e.e, ctx);
      return v;
    }
    case "ref":
    case "attr":
    case "index":
      return evalPath(e, ctx);
  }
  throw new Error(`expression kind ${e.k}`);
}

// Traversals: var.x, local.x, count.index, type.name[...].attr..., data.type.name...
function flatten(e, ctx) {
  const steps = [];
  while (e.k === "attr" || e.k === "index" || e.k === "splat") {
    if (e.k === "attr") steps.unshift({ attr: e.name });
    else if (e.k === "index") steps.unshift({ index: evalExpr(e.index, ctx) });
    else steps.unshift({ splat: true });
    e = e.e;
  }
  if (e.k !== "ref") return { base: evalExpr(e, ctx), steps };
  return { root: e.root, steps };
}

function walk(value, steps) {
  for (const s of steps) {
    if (isUnknown(value)) return value;
    if (s.splat) return value; // only on unknown lists here
    const key = s.attr ?? s.index;
    if (isUnknown(key)) return unknownOf(key);
    if (value === null || value === undefined || !(key in Object(value))) return new Unknown();
    value = value[key];
  }
  return value;
}

function evalPath(e, ctx) {
  const { root, base, steps } = flatten(e, ctx);
  if (root === undefined) return walk(base, steps);
  if (root === "var") {
    const name = steps[0].attr;
    ctx.refs.add(`var.${name}`);
    const v = config.variable[name];
    if (!v) throw new Error(`undeclared variable ${name}`);
    if (!("default" in v)) return walk(new Unknown([`var.${name}`]), steps.slice(1));
    return walk(evalValue(v.default, { refs: new Set() }), steps.slice(1));
  }
  if (root === "local") {
    const name = steps[0].attr;
    ctx.refs.add(`local.${name}`);
    if (!(name in localsDone)) localsDone[name] = evalValue(config.locals[name], { refs: new Set() });
    return walk(localsDone[name], steps.slice(1));
  }
  if (root === "count") {
    ctx.refs.add("count.index");
    return ctx.index;
  }
  const data = root === "data";
  const rest = data ? steps : [{ attr: root }, ...steps];
  const address = `${rest[0].attr}.${rest[1].attr}`;
  const kind = data ? "data" : "resource";
  const res = config[kind][address];
  if (!res) throw new Error(`reference to undeclared ${kind} ${address}`);
  const prefix = (data ? "data." : "") + address;
  ctx.refs.add(prefix);
  let tail = rest.slice(2);
  const instances = instancesOf(kind, address);
  let value;
  if ("count" in res.body) {
    const first = tail[0];
    if (first && first.splat) return new Unknown([prefix]);
    if (!first || first.index === undefined) return new Unknown([prefix]);
    if (isUnknown(first.index)) return new Unknown([prefix]);
    value = instances[first.index];
    tail = tail.slice(1);
  } else value = instances[0];
  if (tail[0] && tail[0].attr) ctx.refs.add(`${prefix}.${tail[0].attr}`);
  if (value === undefined) return new Unknown([prefix]);
  const out = walk(value, tail);
  return isUnknown(out) ? unknownOf(out, new Unknown([prefix])) : out;
}

const META = new Set(["provider", "count", "lifecycle", "depends_on", "for_each", "dynamic"]);

// Planned values of every instance of a resource: attributes as evaluated; unknown ones are
// kept as Unknown here and left out when written.
function instancesOf(kind, address) {
  const key = `${kind}.${address}`;
  if (instancesCache[key]) return instancesCache[key];
  if (instancesCache[key] === null) throw new Error(`reference cycle at ${address}`);
  instancesCache[key] = null;
  const res = config[kind][address];
  let count = 1;
  if ("count" in res.body) {
    count = evalValue(res.body.count, { refs: new Set() });
    if (isUnknown(count)) throw new Error(`count of ${address} is unknown at plan time`);
  }
  const out = [];
  for (let i = 0; i < count; i++) {
    const ctx = { refs: new Set(), index: i };
    const values = {};
    for (const [k, v] of Object.entries(res.body)) {
      if (META.has(k)) continue;
      values[k] = evalValue(v, ctx);
    }
    out.push(values);
  }
  instancesCache[key] = out;
  return out;
}

// Known values only; unknown leaves are listed in `unknown` (after_unknown).
function known(v, unknown, key) {
  if (isUnknown(v)) { unknown[key] = true; return undefined; }
  if (Array.isArray(v)) {
    // A list with an unknown element is unknown as a whole.
    if (v.some(isUnknown)) { unknown[key] = true; return undefined; }
    return v.map((x) => known(x, {}, 0));
  }
  if (v && typeof v === "object") {
    const o = {};
    for (const [k, x] of Object.entries(v)) {
      const kv = known(x, unknown, k);
      if (kv !== undefined) o[k] = kv;
    }
    return o;
  }
  return v;
}

// The configuration's view of a body: constant_value or references per attribute, nested
// blocks as lists of such objects; a dynamic block lists the references of its for_each.
function expressions(body) {
  const out = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "dynamic") {
      for (const [name, blocks] of Object.entries(v)) {
        out[name] = blocks.map((block) => {
          const refs = new Set();
          evalValue(block.for_each, { refs, index: 0 });
          const inner = {};
          for (const ck of Object.keys(block.content?.[0] ?? {})) inner[ck] = { references: [...refs] };
          return inner;
        });
      }
      continue;
    }
    if (META.has(k)) continue;
    if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === "object" && !Array.isArray(x))) {
      out[k] = v.map((block) => expressions(block));
      continue;
    }
    const refs = new Set();
    const value = evalValue(v, { refs, index: 0 });
    if (refs.size === 0 && !JSON.stringify(value ?? null).includes("count.index"))
      out[k] = { constant_value: value };
    else out[k] = { references: [...refs] };
  }
  return out;
}

// --- output -----------------------------------------------------------------------------------
const PROVIDER = "registry.terraform.io/aliyun/alicloud";
const resources = [];
const changes = [];
const configResources = [];
for (const kind of ["resource", "data"]) {
  for (const address of Object.keys(config[kind]).sort()) {
    const { type, name, body } = config[kind][address];
    const mode = kind === "resource" ? "managed" : "data";
    const full = (kind === "data" ? "data." : "") + address;
    const providerKey = String(body.provider ?? "alicloud").replace(/^\$\{(.*)\}$/, "$1");
    configResources.push({
      address: full, mode, type, name, provider_config_key: providerKey,
      expressions: expressions(body), schema_version: 0,
    });
    const instances = instancesOf(kind, address);
    instances.forEach((values, i) => {
      const unknown = { id: true };
      const planned = known(values, unknown, "");
      const counted = "count" in body;
      const entry = {
        address: counted ? `${full}[${i}]` : full, mode, type, name,
        provider_name: PROVIDER, schema_version: 0, values: planned, sensitive_values: {},
      };
      if (counted) entry.index = i;
      resources.push(entry);
      if (mode === "managed")
        changes.push({
          address: entry.address, mode, type, name, ...(counted ? { index: i } : {}),
          provider_name: PROVIDER,
          change: { actions: ["create"], before: null, after: planned, after_unknown: unknown },
        });
    });
  }
}
const providerConfig = {};
for (const [key, p] of Object.entries(config.provider))
  providerConfig[key] = {
    name: "alicloud", full_name: PROVIDER, alias: p.alias,
    expressions: { region: { constant_value: p.region } },
  };
const variables = {};
for (const [name, v] of Object.entries(config.variable))
  if ("default" in v) variables[name] = { value: evalValue(v.default, { refs: new Set() }) };

process.stdout.write(JSON.stringify({
  format_version: "1.2",
  terraform_version: "1.9.8",
  variables,
  planned_values: { root_module: { resources } },
  resource_changes: changes,
  configuration: { provider_config: providerConfig, root_module: { resources: configResources } },
}, null, 1) + "\n");
