// What each engine weighs as a browser bundle: esbuild (platform browser, minified, ESM), raw and
// gzipped. The hand-written mock's browser entry carries msw; the engine's rows are shown with msw's
// worker added (what a tab needs to answer requests) and without it.
//   node scripts/engine-study/bundle-size.ts
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { build } from "esbuild";
import { ENGINE_BUNDLER_ALIAS } from "#mocks/engines/better-auth/index";

const root = join(import.meta.dirname, "../..");

const ENTRIES: ReadonlyArray<{ name: string; source: string }> = [
  { name: "hand-written mock: mocks/browser.ts (createMockWorker, msw included)", source: `export * from "./mocks/browser.ts";` },
  { name: "better-auth engine + provider + generic profile (createGenericBetterAuthMock), msw included", source: `export { createGenericBetterAuthMock } from "./profiles/generic-better-auth/mock/create-generic-better-auth-mock.ts";\nexport { setupWorker } from "msw/browser";\nexport { http } from "msw";` },
  { name: "better-auth engine + provider + generic profile, without msw", source: `export { createGenericBetterAuthMock } from "./profiles/generic-better-auth/mock/create-generic-better-auth-mock.ts";` },
  { name: "msw alone (setupWorker, http)", source: `export { setupWorker } from "msw/browser";\nexport { http } from "msw";` },
];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

console.log("| Browser entry | minified | gzipped |\n|---|---|---|");
for (const entry of ENTRIES) {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: root, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "error",
    alias: { ...ENGINE_BUNDLER_ALIAS },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  console.log(`| ${entry.name} | ${kib(code.byteLength)} | ${kib(gzipSync(code).byteLength)} |`);
}
