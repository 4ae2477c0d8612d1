// The JUnit report carries what the summary shows: failures with their exchanges, skips with their
// reason, and the advisories, as properties of their check and as a suite of passing testcases.
import { expect, test } from "vitest";
import { HOSTILE, fixtureReport } from "../testing/report-fixture.ts";
import { renderJunitReport } from "./junit-report.ts";

const xml = renderJunitReport(fixtureReport());

test("writes a testsuite per area with its counts, and a testcase per check", () => {
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="temetro-contract verify: http:\/\/127.0.0.1:4000" tests="6" failures="1" errors="0" skipped="1"/);
  expect(xml).toContain('<testsuite name="PATIENTS" tests="1" failures="1" errors="0" skipped="0"');
  expect(xml).toContain('<testcase classname="SERVICE" name="[SERVICE-HEALTH-OK] checks service-health-ok" file="contracts/suites/x.contract.ts" time="0.012">');
  expect(xml).toContain('<property name="operation" value="GET /health (getHealth)"/>');
});

test("gives a skip its reason and a failure its messages and masked exchanges", () => {
  expect(xml).toContain('<skipped message="the target has no readable mailbox (GET /__dev/outbox is not served)"/>');
  expect(xml).toContain('<failure message="deletePatient as the doctor (lacks patient:delete): expected 204 to be 403" type="AssertionError">');
  expect(xml).toContain("#9 doctor: DELETE /api/patients/10001 → 204 (2 ms)\n   sent headers: cookie: better-auth.session_token=[masked]");
});

test("lists each advisory as a property of its check and as a passing testcase with the fix and the evidence", () => {
  expect(xml).toContain('<property name="advisory" value="ADVISORY-XFF-TRUSTED (high): Rate limits are keyed on X-Forwarded-For. Fix: Overwrite X-Forwarded-For at the proxy."/>');
  const suite = xml.slice(xml.indexOf('<testsuite name="Security advisories (not failures)"'));
  expect(suite).toMatch(/^<testsuite name="Security advisories \(not failures\)" tests="1" failures="0"/);
  expect(suite).toContain('<testcase classname="ADVISORY" name="ADVISORY-XFF-TRUSTED (high), found by RATE-CLIENT-IP-FORWARDED-FOR" time="0.000">');
  expect(suite).toContain("<system-out>Rate limits are keyed on X-Forwarded-For.\nFix: Overwrite X-Forwarded-For at the proxy.\nEvidence, from RATE-CLIENT-IP-FORWARDED-FOR:\nExchanges (1), oldest first:");
  expect(suite).toContain('<property name="capabilities" value="mailbox no, clock yes, X-Forwarded-For trusted yes, safe mode no"/>');
});

test("escapes markup in messages and keeps multi-line text as it was", () => {
  expect(xml).not.toContain("<script>");
  expect(xml).toContain("deletePatient as the member: &lt;/template&gt;&lt;/pre&gt;&lt;script&gt;document.title=&quot;pwned&quot;");
  expect(xml).toContain('<property name="leftover" value="user t-owner@example.test: 401"/>');
});
