// The consumer programs (fixtures/*-program.ts) against the generated clients: they must compile
// with `tsc --strict`, then run green against a fresh standalone mock each (demo seed, port 0).
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { startMockServer } from "#mocks/server/start-mock-server";

const run = promisify(execFile);

export type ProgramRun = { program: string; passed: boolean; output: string; ms: number };

/** The programs, each written against one generator's output. */
export const PROGRAMS = ["openapi-fetch-program.ts", "hey-api-program.ts"];

const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    lib: ["es2022", "dom", "dom.iterable"],
    module: "esnext",
    moduleResolution: "bundler",
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: ["node"],
  },
  include: ["*.ts", "generated/**/*.ts"],
};

/** Type-checks the work directory with `tsc --strict`; returns tsc's diagnostics, empty when it compiles. */
export async function typeCheck(root: string, workDir: string): Promise<string> {
  writeFileSync(join(workDir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  try {
    await run(join(root, "node_modules/.bin/tsc"), ["--strict", "-p", join(workDir, "tsconfig.json")], { cwd: workDir, timeout: 120_000 });
    return "";
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return failed.stdout || failed.stderr || failed.message;
  }
}

/** Bundles a program as a consumer's bundler would (the generated code imports `./x.js` for `./x.ts`), then runs it against its own mock. */
export async function runProgram(workDir: string, program: string): Promise<ProgramRun> {
  const outfile = join(workDir, "dist", program.replace(/\.ts$/, ".mjs"));
  await build({ entryPoints: [join(workDir, program)], outfile, bundle: true, platform: "node", format: "esm", target: "node22", logLevel: "silent" });
  const mock = await startMockServer({ port: 0, seed: "demo", log: () => {} });
  const started = performance.now();
  try {
    const { stdout } = await run(process.execPath, [outfile, mock.url], { timeout: 30_000 });
    return { program, passed: true, output: stdout, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { program, passed: false, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` || failed.message, ms: Math.round(performance.now() - started) };
  } finally {
    await mock.close();
  }
}
