#!/usr/bin/env node
// The temetro-contract command: a thin shim over runners/cli.ts (Node >= 22.18 runs TypeScript directly).
import { main } from "../runners/cli.ts";

process.exitCode = await main(process.argv.slice(2));
