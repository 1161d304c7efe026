// SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, Azure DevOps): one rule per registered
// check with its words in the reader's language, one result per failing or waived finding,
// pointing at the manifest's file and line. Validated against the official schema in a test.
import { CHECKS } from "../checks/registry";
import type { TSeverity } from "../checks/types";
import type { TRenderContext } from "./render-context";
import { objectLabel } from "./render-context";
import type { TScanReport } from "./scan-report";

const LEVEL: Record<TSeverity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note" };
/** GitHub ranks alerts by this property (0–10): critical ≥ 9, high ≥ 7, medium ≥ 4. */
const SECURITY_SEVERITY: Record<TSeverity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function rule(check: (typeof CHECKS)[number], context: TRenderContext) {
  const quickWin = context.quickWin(check.quickWin);
  const tags = ["security", "kubernetes", check.quickWin];
  if (check.cis) tags.push(`CIS ${check.cis}`);
  if (check.pss) tags.push(`PSS ${check.pss.level}: ${check.pss.control}`);
  return {
    id: check.id,
    name: check.id,
    shortDescription: { text: context.texts.title(check.id) },
    fullDescription: { text: context.texts.why(check.id) },
    help: { text: context.t("sarifHelp", { quickWin: check.quickWin, name: quickWin.name, summary: quickWin.summary }) },
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: {
      severity: check.severity,
      "security-severity": SECURITY_SEVERITY[check.severity],
      quickWin: check.quickWin,
      ...(check.cis ? { cis: check.cis } : {}),
      ...(check.pss ? { pss: `${check.pss.level}:${check.pss.control}` } : {}),
      tags,
    },
  };
}

export function renderSarif(report: TScanReport, context: TRenderContext): string {
  const ruleIndex = new Map(CHECKS.map((check, index) => [check.id, index]));
  // Not-assessable results say nothing about a manifest line; they stay in the JSON and table.
  const results = report.results.filter((result) => result.status === "fail" || result.status === "waived").map((result) => {
    const physical = result.location && result.location.file !== "-"
      ? { physicalLocation: { artifactLocation: { uri: result.location.file }, region: { startLine: result.location.line } } }
      : {};
    return {
      ruleId: result.check,
      ...(ruleIndex.has(result.check) ? { ruleIndex: ruleIndex.get(result.check) } : {}),
      level: LEVEL[result.severity],
      kind: "fail",
      message: { text: context.t("sarifMessage", { title: context.texts.title(result.check), object: objectLabel(result), message: result.message }) },
      locations: [{ ...physical, logicalLocations: [{ fullyQualifiedName: objectLabel(result), kind: "resource" }] }],
      partialFingerprints: { "rampartsFinding/v1": result.fingerprint },
      ...(result.waiver ? { suppressions: [{ kind: result.waiver.source === "annotation" ? "inSource" : "external", justification: result.waiver.reason || context.t("noReasonGiven") }] } : {}),
      properties: { severity: result.severity, quickWin: result.quickWin, ...(result.container ? { container: result.container } : {}) },
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "Ramparts", semanticVersion: context.version, language: context.locale, rules: CHECKS.map((check) => rule(check, context)) } },
      language: context.locale,
      columnKind: "utf16CodeUnits",
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
