// The JUnit report, for CI test tabs: a testsuite per area, a testcase per check (its failure with
// the masked exchanges, its skip with the reason, its advisories as properties), and a testsuite
// of the security advisories as passing testcases, so a CI shows them without failing the build.
import { formatExchanges } from "#contracts/exchange-format";
import type { Advisory } from "#contracts/check-meta";
import type { Report, ReportCheck } from "./report-schema.ts";

const ADVISORY_SUITE = "Security advisories (not failures)";

/** The report as JUnit XML. */
export function renderJunitReport(report: Report): string {
  const { run } = report;
  const suites = report.areas.map((area) => {
    const checks = report.checks.filter((check) => check.area === area.area);
    const attributes = { name: area.area, tests: checks.length, failures: area.failed, errors: 0, skipped: area.skipped, time: seconds(area.durationMs), timestamp: run.startedAt };
    return element("testsuite", attributes, checks.map(testcase));
  });
  suites.push(advisorySuite(report));
  const totals = { name: `temetro-contract verify: ${run.target.label}`, tests: run.totals.checks, failures: run.totals.failed, errors: report.unhandledErrors.length, skipped: run.totals.skipped, time: seconds(run.durationMs), timestamp: run.startedAt };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element("testsuites", totals, suites)}\n`;
}

function testcase(check: ReportCheck): string {
  const properties = [
    ...(check.operation === null ? [] : [property("operation", `${check.operation.method} ${check.operation.path} (${check.operation.operationId})`)]),
    ...check.decisions.map((decision) => property("decision", `${decision.id} ${decision.title}: ${decision.file}`)),
    ...check.advisories.map((advisory) => property("advisory", `${advisory.id} (${advisory.severity}): ${advisory.text} Fix: ${advisory.fix}`)),
    ...check.leftovers.map((leftover) => property("leftover", leftover)),
  ];
  const children = properties.length > 0 ? [element("properties", {}, properties)] : [];
  if (check.status === "failed") {
    const text = [...check.failures, ...(check.exchanges.length > 0 ? [formatExchanges(check.exchanges).join("\n")] : [])].join("\n\n");
    children.push(element("failure", { message: (check.failures[0] ?? "").split("\n")[0] ?? "", type: "AssertionError" }, [escape(text)]));
  }
  if (check.status === "skipped") children.push(element("skipped", { message: check.skipReason ?? "" }));
  return element("testcase", { classname: check.area, name: `[${check.ruleId}] ${check.title}`, file: check.file, time: seconds(check.durationMs) }, children);
}

/** One passing testcase per advisory and the check that raised it; the run's facts as the suite's properties. */
function advisorySuite(report: Report): string {
  const { run } = report;
  const facts = {
    target: run.target.label,
    "package version": run.versions.package,
    node: run.versions.node,
    capabilities: `mailbox ${yesNo(run.capabilities.mailbox)}, clock ${yesNo(run.capabilities.clock)}, X-Forwarded-For trusted ${yesNo(run.capabilities.forwardedForTrusted)}, safe mode ${yesNo(run.capabilities.safe)}`,
    verdict: run.verdict,
  };
  const found = report.checks.flatMap((check) => check.advisories.map((advisory) => ({ advisory, check })));
  const cases = found.map(({ advisory, check }) => element("testcase", { classname: "ADVISORY", name: `${advisory.id} (${advisory.severity}), found by ${check.ruleId}`, time: seconds(0) }, [
    element("properties", {}, [property("severity", advisory.severity), property("found by", check.ruleId)]),
    element("system-out", {}, [escape(advisoryText(advisory, check))]),
  ]));
  const properties = element("properties", {}, Object.entries(facts).map(([name, value]) => property(name, value)));
  return element("testsuite", { name: ADVISORY_SUITE, tests: cases.length, failures: 0, errors: 0, skipped: 0, time: seconds(0), timestamp: run.startedAt }, [properties, ...cases]);
}

function advisoryText(advisory: Advisory, check: ReportCheck): string {
  return [advisory.text, `Fix: ${advisory.fix}`, `Evidence, from ${check.ruleId}:`, ...formatExchanges(check.exchanges)].join("\n");
}

function property(name: string, value: string): string {
  return element("property", { name, value });
}

function element(name: string, attributes: Record<string, string | number>, children: string[] = []): string {
  const attributeText = Object.entries(attributes).map(([key, value]) => ` ${key}="${escape(String(value))}"`).join("");
  if (children.length === 0) return `<${name}${attributeText}/>`;
  const inline = children.length === 1 && !children[0]?.startsWith("<");
  return inline ? `<${name}${attributeText}>${children[0]}</${name}>` : `<${name}${attributeText}>\n${children.map((child) => indent(child)).join("\n")}\n</${name}>`;
}

/** XML text: markup escaped, and the control characters XML 1.0 cannot carry dropped. */
function escape(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Indents markup lines only: escaped text never holds a raw `<`, and its own lines must stay as they are. */
function indent(text: string): string {
  return text.split("\n").map((line) => (/^\s*</.test(line) ? `  ${line}` : line)).join("\n");
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}
