// `npm run test:generators`: the spec as a frontend consumes it. In a fresh directory under the
// system's temp dir, openapi-typescript (+ openapi-fetch) and @hey-api/openapi-ts generate clients
// from openapi/generated/openapi.json with their default options; the checked-in programs in
// fixtures/ must compile against them with `tsc --strict` and run green against the standalone
// mock. Prints what each generator wrote and warned, and exits 1 on any failure.
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROGRAMS, runProgram, typeCheck } from "./check-programs.ts";
import { generateClients } from "./generate-clients.ts";

const root = join(import.meta.dirname, "../..");
const fixtures = join(import.meta.dirname, "fixtures");
const keep = process.argv.includes("--keep");
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const workDir = mkdtempSync(join(tmpdir(), "temetro-generators-"));
let failed = false;
try {
  // The generated code and the programs resolve openapi-fetch, @types/node… as an app would: from node_modules.
  symlinkSync(join(root, "node_modules"), join(workDir, "node_modules"), "dir");
  const spec = join(workDir, "openapi.json");
  copyFileSync(join(root, "openapi/generated/openapi.json"), spec);
  for (const file of ["consumer-kit.ts", ...PROGRAMS]) copyFileSync(join(fixtures, file), join(workDir, file));

  for (const result of await generateClients(root, spec, workDir)) {
    const bytes = result.files.reduce((sum, file) => sum + file.bytes, 0);
    console.log(`${result.generator}: ${result.files.length} files, ${Math.round(bytes / 1024)} KiB in ${result.dir}/ (${seconds(result.ms)})`);
    for (const file of result.files) console.log(`  ${file.path} (${file.bytes} bytes)`);
    console.log(result.warnings.length === 0 ? "  no warnings" : result.warnings.map((line) => `  warning: ${line}`).join("\n"));
  }

  const tscStarted = performance.now();
  const diagnostics = await typeCheck(root, workDir);
  if (diagnostics !== "") {
    failed = true;
    console.log(`✗ tsc --strict: the programs do not compile against the generated clients:\n${diagnostics}`);
  } else console.log(`✓ tsc --strict: ${PROGRAMS.join(", ")} compile against the generated clients (${seconds(performance.now() - tscStarted)})`);

  for (const program of PROGRAMS) {
    const outcome = await runProgram(workDir, program);
    failed ||= !outcome.passed;
    console.log(`${outcome.passed ? "✓" : "✗"} ${program} against the mock (${seconds(outcome.ms)}):\n${outcome.output.trimEnd().replace(/^/gm, "  ")}`);
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  if (keep) console.log(`Kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

console.log(`${failed ? "Failed" : "Passed"}: consumer generation test in ${seconds(performance.now() - started)}.`);
process.exitCode = failed ? 1 : 0;
