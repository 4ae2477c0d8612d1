// The command line's argument errors: each is one readable line on stderr and exit code 2, before
// any target is contacted.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { expect, test } from "vitest";
import { main } from "./cli.ts";

function capture() {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(...argv: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(argv, { out: out.stream, err: err.stream });
  return { code, out: out.text(), err: err.text() };
}

test("prints the usage of every command for --help and exits 0", async () => {
  for (const flag of ["--help", "help", "-h"]) {
    const { code, out } = await run(flag);
    expect(code).toBe(0);
    expect(out).toContain("temetro-contract verify [--url URL]");
    expect(out).toContain("temetro-contract mock [--port 4000]");
  }
});

test("prints the usage and exits 2 when no command is given", async () => {
  const { code, out } = await run();
  expect(code).toBe(2);
  expect(out).toContain("Usage:");
});

test.each([
  [["deploy"], 'Failed to run "deploy": there is no such command.'],
  [["verify", "--colour"], "Failed to read the arguments of `verify`: Unknown option '--colour'."],
  [["verify", "--url"], "Failed to read the arguments of `verify`: Option '--url <value>' argument missing"],
  [["verify", "extra"], "Failed to read the arguments of `verify`:"],
  [["verify", "--reporter", "xml"], 'Failed to read --reporter "xml": use html, json or junit.'],
  [["verify", "--reporter", "junit", "--output", "results.xml"], 'Failed to read --output "results.xml": it names a file, but --output takes a folder'],
  [["verify", "--only", "rate limits"], 'Failed to read --only "rate limits": use rule ids or areas'],
  [["verify", "--skip", "RATE,-X"], 'Failed to read --skip "-X"'],
  [["verify", "--origin", "not a url"], 'Failed to read --origin "not a url": it is not a URL.'],
  [["verify", "--url", "localhost:4000"], 'Failed to read --url "localhost:4000": only http and https are supported.'],
  [["verify", "--url", "ftp://example.test"], "only http and https are supported"],
  [["verify", "--url", "http://localhost:4000/api"], 'Failed to read --url "http://localhost:4000/api": pass the backend\'s origin only (http://localhost:4000)'],
  [["verify", "--concurrency", "0"], 'Failed to read --concurrency "0": use a whole number from 1 to 64'],
  [["verify", "--concurrency", "abc"], 'Failed to read --concurrency "abc"'],
  [["verify", "--shard", "3/2"], 'Failed to read --shard "3/2": the part must be from 1 to 2'],
  [["verify", "--shard", "x"], 'Failed to read --shard "x": use i/n'],
  [["merge-reports"], "Failed to merge reports: none was given."],
  [["merge-reports", "/nonexistent/shard-1"], "Failed to read the report /nonexistent/shard-1: there is no such file."],
  [["merge-reports", "--reporter", "pdf", "a"], 'Failed to read --reporter "pdf": use html, json or junit.'],
  [["mock", "--port", "eighty"], 'Failed to read --port "eighty": use a whole number from 0 to 65535.'],
  [["mock", "--port", "70000"], 'Failed to read --port "70000"'],
  [["mock", "--seed", "full"], 'Failed to read --seed "full": use demo or empty.'],
  [["docs", "--open"], "Failed to read the arguments of `docs`: Unknown option '--open'."],
  [["docs", "--output", "/etc/hostname/api.html"], "Failed to write the API docs to /etc/hostname/api.html:"],
])("refuses %j with exit code 2 and a readable line", async (argv, message) => {
  const { code, err } = await run(...argv);
  expect(code).toBe(2);
  expect(err).toContain(message);
  expect(err).not.toMatch(/\n\s+at /);
});

test("docs writes one HTML file to --output and says where", async () => {
  const dir = mkdtempSync(join(tmpdir(), "temetro-cli-docs-"));
  try {
    const file = join(dir, "nested", "api.html");
    const { code, out } = await run("docs", "--output", file);
    expect(code).toBe(0);
    expect(out).toContain(`Wrote the API reference to ${file}`);
    const html = readFileSync(file, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<code class="path">/api/patients</code>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
