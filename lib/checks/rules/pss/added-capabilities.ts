import { BASELINE_ALLOWED_CAPABILITIES, capabilitiesBaselineControl, capabilityList } from "./controls/capabilities";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

export const addedCapabilities = defineContainerCheck(
  {
    id: "added-capabilities",
    quickWin: "QW3",
    severity: "high",
    cis: "5.2.9",
    pss: { level: "baseline", control: "capabilities_baseline" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: capabilitiesBaselineControl.evaluate,
    fail: (container, findings) =>
      `Container \`${container.name}\` adds capabilit${findings.length > 1 ? "ies" : "y"} ${findings.map((finding) => String(finding.value)).join(", ")} beyond the default set.`,
    pass: (container) => `Container \`${container.name}\` adds no capability beyond the default set.`,
    fix: (container) => {
      const kept = capabilityList(container, "add").filter((capability) => BASELINE_ALLOWED_CAPABILITIES.has(capability));
      return {
        containers: [{ container, fragment: { securityContext: { capabilities: { add: kept.length > 0 ? kept : null } } } }],
        note: text("capabilitySpelling"),
      };
    },
  },
);
