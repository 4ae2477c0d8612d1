// The consumer smoke test's steps: what a user does with the installed package, each a check that
// can fail. Every step runs in the consumer project, never in the repository.
import { join } from "node:path";
import { openConsumerPage } from "./browser-page.ts";
import { mustRun, runCommand, tail } from "./run-command.ts";
import { withStandaloneMock } from "./standalone-mock.ts";
import { OTHER_PROFILES } from "../../targets/profile-suites.ts";

export type Step = { name: string; run(): Promise<string> };
export type Consumer = { dir: string; nodes: Array<{ major: number; bin: string }> };

const MIN_DEMO_PATIENTS = 12;

function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The profiles whose whole suite the installed CLI runs against their in-process mocks: every one besides temetro (each needs its library installed). */
const PROFILES_VERIFIED = OTHER_PROFILES;

/** `verify --profile NAME` from the installed package: every check of the profile passes. */
function verifyProfileStep(consumer: Consumer, major: number, bin: string, profile: string): Step {
  return {
    name: `Node ${major}: npx temetro-contract verify --profile ${profile}`,
    async run() {
      const output = await mustRun("npx", ["temetro-contract", "verify", "--profile", profile], { cwd: consumer.dir, pathFirst: [bin] });
      const total = /^Total\s+(\d+)\s+(\d+)/m.exec(output);
      expectThat(total !== null && Number(total[1]) > 0 && total[2] === "0", `the ${profile} profile's checks did not all pass:\n${tail(output)}`);
      return `${total?.[1]} checks passed`;
    },
  };
}

/** The CLI on each Node: help, the SESSION checks against the in-process mock, the fuzz command, and each profile's suite. */
function cliSteps(consumer: Consumer): Step[] {
  return consumer.nodes.flatMap(({ major, bin }) => [
    {
      name: `Node ${major}: npx temetro-contract --help`,
      async run() {
        const output = await mustRun("npx", ["temetro-contract", "--help"], { cwd: consumer.dir, pathFirst: [bin] });
        expectThat(output.includes("temetro-contract verify"), `--help printed no usage:\n${tail(output)}`);
        return (await mustRun("node", ["--version"], { cwd: consumer.dir, pathFirst: [bin] })).trim();
      },
    },
    {
      name: `Node ${major}: npx temetro-contract verify --only SESSION`,
      async run() {
        const output = await mustRun("npx", ["temetro-contract", "verify", "--only", "SESSION"], { cwd: consumer.dir, pathFirst: [bin] });
        const total = /^Total\s+(\d+)\s+(\d+)/m.exec(output);
        expectThat(total !== null && Number(total[1]) > 0 && total[2] === "0", `no passing SESSION checks in the summary:\n${tail(output)}`);
        return `${total?.[1]} checks passed`;
      },
    },
    {
      name: `Node ${major}: npx temetro-contract fuzz`,
      async run() {
        const output = await mustRun("npx", ["temetro-contract", "fuzz"], { cwd: consumer.dir, pathFirst: [bin] });
        const summary = /^(\d+) generated cases over (\d+) operations \((\d+) skipped\), (\d+) failing/m.exec(output);
        expectThat(summary !== null && summary[4] === "0", `the fuzz run ended without a clean summary:\n${tail(output)}`);
        return `${summary?.[1]} cases over ${summary?.[2]} operations, 0 failing`;
      },
    },
    ...PROFILES_VERIFIED.map((profile) => verifyProfileStep(consumer, major, bin, profile)),
  ]);
}

/** What each profile's exports are named, and its signed-out session read: the import step's data. */
const PROFILE_EXPORTS: Record<(typeof OTHER_PROFILES)[number], { mock: string; document: string; sessionPath: string }> = {
  "generic-better-auth": { mock: "createGenericBetterAuthMock", document: "genericBetterAuthDocument", sessionPath: "/api/auth/get-session" },
  "better-auth-saas": { mock: "createBetterAuthSaasMock", document: "betterAuthSaasDocument", sessionPath: "/api/auth/get-session" },
  "authjs-org-saas": { mock: "createAuthjsOrgSaasMock", document: "authjsOrgSaasDocument", sessionPath: "/api/auth/session" },
};

/** A consumer's script: the profile's mock answers its signed-out session read, checked against the profile's spec. */
function profileImport(profile: (typeof OTHER_PROFILES)[number]): string {
  const { mock, document, sessionPath } = PROFILE_EXPORTS[profile];
  return `
import { ${mock} } from "temetro-contract/profiles/${profile}/mock";
import { ${document} } from "temetro-contract/profiles/${profile}/openapi";
const mock = ${mock}({ log: () => {} });
const answer = await mock.fetch(new Request("http://localhost:4000${sessionPath}"));
const checked = ${document}.validateResponse("getSession", answer.status, await answer.json());
console.log(answer.status, checked.ok);`;
}

/** Steps 2–6 of the guides: plain Node, vitest, tsc, one msw, the browser page, a shared mock. */
function guideSteps(consumer: Consumer): Step[] {
  const { dir } = consumer;
  const first = consumer.nodes[0]?.bin ?? "";
  return [
    ...OTHER_PROFILES.map((profile) => ({
      name: `a profile's mock and spec from their exports: temetro-contract/profiles/${profile}/{mock,openapi}`,
      async run() {
        const output = await mustRun("node", ["--input-type=module", "-e", profileImport(profile)], { cwd: dir, pathFirst: [first] });
        expectThat(output.trim().endsWith("200 true"), `the ${profile} mock's signed-out session read was not a conforming 200:\n${tail(output)}`);
        return "signed-out session read: 200, conforms";
      },
    })),
    {
      name: "plain Node ESM: scripts/list-patients.mjs signs in and lists patients",
      async run() {
        const output = await mustRun("node", ["scripts/list-patients.mjs"], { cwd: dir, pathFirst: [first] });
        const count = Number(/^(\d+) patients/m.exec(output)?.[1] ?? "0");
        expectThat(count >= MIN_DEMO_PATIENTS, `expected at least ${MIN_DEMO_PATIENTS} demo patients:\n${tail(output)}`);
        return `${count} patients`;
      },
    },
    {
      name: "vitest in the consumer: test/patients.test.ts",
      async run() {
        const output = await mustRun("npx", ["vitest", "run"], { cwd: dir });
        return /^\s*Tests\s+(.*)$/m.exec(output)?.[1]?.trim() ?? tail(output, 4);
      },
    },
    { name: "tsc --noEmit, strict, nodenext, skipLibCheck off", run: async () => (await mustRun("npx", ["tsc", "-p", "tsconfig.json"], { cwd: dir }), "0 errors") },
    {
      name: "npm ls msw: exactly one msw 3",
      async run() {
        const found: unknown = JSON.parse(await mustRun("npm", ["query", "#msw"], { cwd: dir }));
        const versions = Array.isArray(found) ? found.map((node) => String(Reflect.get(Object(node), "version"))) : [];
        expectThat(versions.length === 1 && versions[0]?.startsWith("3.") === true, `expected one msw 3, found: ${versions.join(", ") || "none"}`);
        return `msw ${versions[0]}`;
      },
    },
    {
      name: "browser: msw init + esbuild bundle of src/main.ts in Chromium",
      async run() {
        await mustRun("npx", ["msw", "init", "public/", "--save"], { cwd: dir });
        await mustRun("npx", ["esbuild", "src/main.ts", "--bundle", "--format=esm", "--outfile=public/main.js"], { cwd: dir });
        const page = await openConsumerPage(join(dir, "public"));
        const names = page.patients.replace(/^200: /, "").split(", ").filter(Boolean);
        expectThat(page.patients.startsWith("200: ") && names.length >= MIN_DEMO_PATIENTS, `the page listed no demo patients: "${page.patients}"`);
        expectThat(page.realtime === "connected", `Socket.io did not connect: "${page.realtime}"`);
        expectThat(page.console.length === 0, `the page printed warnings or errors:\n${page.console.join("\n")}`);
        return `${names.length} patients rendered, Socket.io connected, 0 console warnings`;
      },
    },
    {
      name: "verify --url against a shared standalone mock leaves it as it found it",
      run: () => withStandaloneMock(dir, first, async (url, signInOwner) => {
        const before = await signInOwner();
        const run = await runCommand("npx", ["temetro-contract", "verify", "--url", url, "--only", "SESSION,ACCOUNT"], { cwd: dir, pathFirst: [first] });
        expectThat(run.code === 0, `verify --url exited ${run.code}:\n${tail(run.output)}`);
        const still = await before.stillSignedIn();
        expectThat(still, "the session made before the run no longer works after it");
        await signInOwner();
        return "the demo owner still signs in; the earlier session still works";
      }),
    },
  ];
}

/** Every step, in the order a user meets them. */
export function consumerSteps(consumer: Consumer): Step[] {
  return [...cliSteps(consumer), ...guideSteps(consumer)];
}

/** The file list and size npm pack reported, checked against what a package should hold. */
export function checkTarballContents(files: string[]): string {
  const unwanted = files.filter((file) => /\.test\.|\.test-page\.|^(reference|scripts|contracts|runners|mocks\/(?!README\.md))|\.ts$/.test(file) && !file.endsWith(".d.ts"));
  expectThat(unwanted.length === 0, `the tarball holds files that are not built output, docs or the spec:\n${unwanted.slice(0, 20).join("\n")}`);
  return `${files.length} files`;
}
