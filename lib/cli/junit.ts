// JUnit XML for CI test reports (GitLab, Jenkins, Azure): one testsuite per check, one testcase
// per object it flagged; open findings are failures, waived and not-assessable ones skipped.
// Object names and messages come from the manifests: every string is escaped, and characters
// XML 1.0 cannot carry at all are dropped.
import { CHECKS } from "../checks/registry";
import type { TRenderContext } from "./render-context";
import { objectLabel } from "./render-context";
import type { TScanReport, TScanResult } from "./scan-report";

// The characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xml(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function testcase(result: TScanResult, context: TRenderContext): string {
  const location = result.location ? ` file="${xml(result.location.file)}" line="${result.location.line}"` : "";
  const open = `    <testcase classname="${xml(result.check)}" name="${xml(objectLabel(result))}"${location}`;
  if (result.status === "fail") {
    const body = [result.message, result.location ? `${result.location.file}:${result.location.line}` : ""].filter(Boolean).join("\n");
    return `${open}>\n      <failure type="${result.severity}" message="${xml(result.message)}">${xml(body)}</failure>\n    </testcase>`;
  }
  if (result.status === "waived") return `${open}>\n      <skipped message="${xml(context.t("junitWaived", { reason: result.waiver?.reason || context.t("noReasonGiven") }))}"/>\n    </testcase>`;
  if (result.status === "not_assessable") return `${open}>\n      <skipped message="${xml(context.t("junitNotAssessable", { message: result.message }))}"/>\n    </testcase>`;
  return `${open}/>`;
}

export function renderJunit(report: TScanReport, context: TRenderContext): string {
  const byCheck = new Map<string, TScanResult[]>();
  for (const result of report.results) (byCheck.get(result.check) ?? byCheck.set(result.check, []).get(result.check)!).push(result);
  const totals = { tests: 0, failures: 0, skipped: 0 };
  const suites = CHECKS.map((check) => {
    const results = byCheck.get(check.id) ?? [];
    const failures = results.filter((result) => result.status === "fail").length;
    const skipped = results.filter((result) => result.status === "waived" || result.status === "not_assessable").length;
    // A check that flagged nothing is one passing test, so that suites and their count are stable.
    const cases = results.length > 0
      ? results.map((result) => testcase(result, context))
      : [`    <testcase classname="${xml(check.id)}" name="${xml(context.t("junitNothingFlagged"))}"/>`];
    totals.tests += cases.length;
    totals.failures += failures;
    totals.skipped += skipped;
    const name = context.t("junitSuite", { title: context.texts.title(check.id), check: check.id });
    return [
      `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
      `    <properties><property name="severity" value="${check.severity}"/><property name="quickWin" value="${check.quickWin}"/></properties>`,
      ...cases,
      "  </testsuite>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ramparts" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
