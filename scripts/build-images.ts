// Builds temetro-contract/reference:local and temetro-contract/postgres:local from this machine's
// files only (no registry), and prints how long each took and how big it is.
// `node scripts/build-images.ts` reuses an image whose inputs did not change; `--force` rebuilds both.
import { fileURLToPath } from "node:url";
import { ensureImages } from "./images/ensure-images.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const force = process.argv.includes("--force");
const started = performance.now();
try {
  const reports = await ensureImages(root, { force, log: (line) => console.log(line) });
  for (const report of reports) {
    const size = `${(report.sizeBytes / 1_000_000).toFixed(0)} MB`;
    console.log(`${report.tag}: ${report.built ? "built" : "reused"} in ${report.seconds.toFixed(1)} s, ${size}`);
  }
  console.log(`total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
