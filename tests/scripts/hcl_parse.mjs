// Parses every .tf file under the given directories with HashiCorp's HCL parser (through
// @cdktf/hcl2json) and exits non-zero on the first directory with a parse error.
// usage: node hcl_parse.mjs DIR...
import { parse } from "@cdktf/hcl2json";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function tfFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tfFiles(path));
    else if (name.endsWith(".tf")) out.push(path);
  }
  return out;
}

let parsed = 0;
let failed = 0;
for (const dir of process.argv.slice(2)) {
  const files = tfFiles(dir);
  if (files.length === 0) {
    console.error(`no .tf files in ${dir}`);
    failed++;
  }
  for (const file of files) {
    try {
      await parse(file, readFileSync(file, "utf8"));
      parsed++;
    } catch (error) {
      failed++;
      console.error(`${file}: ${error.message ?? error}`);
    }
  }
}
console.log(`${parsed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
