#!/usr/bin/env node
// The temetro-contract command: a thin shim over runners/cli.ts. Installed, it runs as built
// JavaScript (dist/bin/temetro-contract.js); in this repository Node runs the TypeScript directly.
import * as nodeModule from "node:module";

// V8's code cache on disk: from the second run on, this process and the workers verify starts
// (they inherit NODE_COMPILE_CACHE) compile vitest, the mock and the suite from cache, not anew.
// Node 22.0 has no enableCompileCache; it then runs without one.
const cache = nodeModule.enableCompileCache?.();
if (cache?.directory !== undefined) process.env.NODE_COMPILE_CACHE ??= cache.directory;
const { main } = await import("../runners/cli.ts");

process.exitCode = await main(process.argv.slice(2));
