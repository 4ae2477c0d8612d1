// Runs the code generators a frontend would point at the bundled spec, each with its default
// options, and reports what each wrote and said.
import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type Generated = {
  generator: string;
  /** Where it wrote, inside the work directory. */
  dir: string;
  files: { path: string; bytes: number }[];
  /** Lines of its output that warn or fail; empty when it said nothing of the kind. */
  warnings: string[];
  ms: number;
};

type Generator = { name: string; dir: string; args: (spec: string, out: string) => string[]; bin: string };

/** The generators, each as its documentation shows it on the command line, with no options of ours. */
export const GENERATORS: Generator[] = [
  { name: "openapi-typescript", bin: "openapi-typescript", dir: "generated/openapi-typescript", args: (spec, out) => [spec, "-o", join(out, "schema.d.ts")] },
  { name: "@hey-api/openapi-ts", bin: "openapi-ts", dir: "generated/hey-api", args: (spec, out) => ["-i", spec, "-o", out] },
];

function listFiles(dir: string, root = dir): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, root) : [{ path: relative(root, path), bytes: statSync(path).size }];
  });
}

const WARNING = /warn|error|fail|❗|⚠|✗/i;

/** Runs every generator on `spec` into `workDir`; throws, naming the generator and its output, when one fails. */
export async function generateClients(root: string, spec: string, workDir: string): Promise<Generated[]> {
  const results: Generated[] = [];
  for (const generator of GENERATORS) {
    const out = join(workDir, generator.dir);
    const started = performance.now();
    let output: string;
    try {
      const { stdout, stderr } = await run(join(root, "node_modules/.bin", generator.bin), generator.args(spec, out), { cwd: workDir, timeout: 60_000 });
      output = `${stdout}\n${stderr}`;
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(`Failed to generate with ${generator.name}: ${failed.stderr || failed.stdout || failed.message}. Run it by hand on openapi/generated/openapi.json to see why.`);
    }
    results.push({
      generator: generator.name,
      dir: generator.dir,
      files: listFiles(out),
      warnings: output.split("\n").filter((line) => WARNING.test(line)).map((line) => line.trim()),
      ms: Math.round(performance.now() - started),
    });
  }
  return results;
}
