// The consumer smoke test (`npm run test:consumer`): packs this repository, installs the tarball into
// a new project outside it, writes the README's guides there exactly as written, and runs what a user
// runs, on Node 22 and Node 24 from the npm `node` package. Prints a line per step and
// "N passed, N failed"; exits 1 when a step failed.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTarballContents, consumerSteps } from "./consumer-steps.ts";
import type { Consumer } from "./consumer-steps.ts";
import { createConsumerProject, installNode, packPackage } from "./consumer-project.ts";
import { readmeFiles } from "./readme-files.ts";
import { mustRun } from "./run-command.ts";

const repo = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "temetro-consumer-"));
const keep = process.argv.includes("--keep");
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

let passed = 0;
let failed = 0;
async function step(name: string, run: () => Promise<string>): Promise<void> {
  const since = Date.now();
  try {
    const detail = await run();
    passed += 1;
    console.log(`✓ ${name} (${seconds(since)})${detail === "" ? "" : `: ${detail}`}`);
  } catch (error) {
    failed += 1;
    console.log(`✗ ${name} (${seconds(since)})\n${(error instanceof Error ? error.message : String(error)).replace(/^/gm, "    ")}`);
  }
}

try {
  console.log(`Consumer project in ${work}`);
  let tarball = "";
  await step("npm pack: built files, docs and the spec only", async () => {
    tarball = await packPackage(repo, work);
    const listing = (await mustRun("tar", ["tzf", tarball], { cwd: work })).trim().split("\n").map((line) => line.replace(/^package\//, ""));
    return `${checkTarballContents(listing)}, ${(readFileSync(tarball).length / 1024).toFixed(0)} KiB packed`;
  });
  const consumer: Consumer = { dir: join(work, "clinic-frontend"), nodes: [] };
  await step("npm install the tarball + the guides' tools into a project outside the repo", async () => {
    await createConsumerProject(consumer.dir, { repo, tarball, files: readmeFiles(readFileSync(join(repo, "README.md"), "utf8")) });
    for (const major of [22, 24]) consumer.nodes.push({ major, bin: await installNode(major, work) });
    return consumer.nodes.map(({ major }) => `node@${major}`).join(", ");
  });
  if (failed === 0) for (const { name, run } of consumerSteps(consumer)) await step(name, run);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
console.log(`\nconsumer smoke test: ${passed} passed, ${failed} failed (${seconds(started)})`);
process.exitCode = failed === 0 ? 0 : 1;
