// The HTML report as text: self-contained (nothing to load, one script allowed by its hash),
// every recorded text escaped, and the grids and sections a reader needs.
import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { ROLES } from "#openapi";
import { HOSTILE, fixtureReport } from "../../testing/report-fixture.ts";
import { renderHtmlReport } from "./html-report.ts";

const page = renderHtmlReport(fixtureReport());

test("loads nothing: no external URL, and a policy that forbids every source but its own script", () => {
  expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  expect(page).not.toMatch(/@import|url\(/);
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
  const hash = createHash("sha256").update(script).digest("base64");
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}';`);
});

test("escapes what the target and the checks wrote: a hostile body or message stays text", () => {
  expect(page.match(/<script/g)).toHaveLength(1);
  expect(page).not.toContain("<img src=x");
  expect(page).toContain("&lt;/template&gt;&lt;/pre&gt;&lt;script&gt;document.title=\"pwned\"&lt;/script&gt;");
  // Inside attributes quotes are escaped too.
  expect(page).not.toMatch(/<[^>]*="[^"]*"pwned/);
});

test("draws the role grid with the seven roles in the matrix's order, and a cell per role with its outcome", () => {
  const table = /<table class="grid roles"[\s\S]*?<\/table>/.exec(page)?.[0] ?? "";
  const columns = [...table.matchAll(/<th scope="col" class="role-col">([^<]*)<\/th>/g)].map((match) => match[1]);
  expect(columns).toEqual([...ROLES]);
  expect(table).toContain("<code title=\"Delete a patient\">DELETE /api/patients/{fileNumber}</code>");
  expect([...table.matchAll(/<td class="cell (\S+?)(?: refused)?">/g)].map((match) => match[1])).toEqual(["passed", "passed", "failed", "failed", "failed", "failed", "not-run"]);
  expect(page).toContain('data-cell="cell-roles-PATIENTS-ROLES-DELETE-PATIENT-doctor"');
  const doctor = /<template id="cell-roles-PATIENTS-ROLES-DELETE-PATIENT-doctor">([\s\S]*?)<\/template>/.exec(page)?.[1] ?? "";
  expect(doctor).toContain("<dt>Expected</dt><dd>403 You don't have permission to do that.</dd><dt>Observed</dt><dd>204</dd>");
  expect(doctor).toContain('<b class="index">#3</b> <span class="actor">doctor</span> <b class="method">DELETE</b> <code class="path">/api/patients/10001</code>');
  expect(doctor).toContain("deletePatient as the doctor (lacks patient:delete)");
  expect(doctor).not.toContain("as the member");
});

test("draws the isolation grid, the failure with its promise, the advisory with its fix, the skip with its reason", () => {
  expect(page).toMatch(/<table class="grid isolation"[\s\S]*?PATCH \/api\/tasks\/\{id\}[\s\S]*?<span class="observed">404 <small>Task not found.<\/small><\/span>/);
  expect(page).toMatch(/id="failure-PATIENTS-ROLES-DELETE-PATIENT"[\s\S]*?<a href="#op-deletePatient"><code>DELETE \/api\/patients\/\{fileNumber\}<\/code><\/a> Delete a patient/);
  expect(page).toMatch(/ADVISORY-XFF-TRUSTED<\/h3>\n<p>Rate limits are keyed on X-Forwarded-For.<\/p>\n<div class="fix"><h4>Fix<\/h4><p>Overwrite X-Forwarded-For at the proxy.<\/p>/);
  expect(page).toMatch(/<h3>the target has no readable mailbox \(GET \/__dev\/outbox is not served\) <span class="count">1<\/span><\/h3>\n<ul><li><a href="#check-PASSWORD-RESET-EMAIL">/);
  expect(page).toContain('<article class="card operation-card" id="op-deletePatient">');
  expect(page).toContain("user t-owner@example.test: 401");
});
