#!/usr/bin/env node
// The temetro-contract command: a thin shim over runners/cli.ts. Installed, it runs as built
// JavaScript (dist/bin/temetro-contract.js); in this repository Node runs the TypeScript directly.
import { main } from "../runners/cli.ts";

process.exitCode = await main(process.argv.slice(2));
