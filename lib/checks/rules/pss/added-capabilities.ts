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
      text("pssAddedCapabilities", { container: container.name, count: findings.length, capabilities: findings.map((finding) => String(finding.value)) }),
    pass: (container) => text("pssNoAddedCapabilities", { container: container.name }),
    fix: (container) => {
      const kept = capabilityList(container, "add").filter((capability) => BASELINE_ALLOWED_CAPABILITIES.has(capability));
      return {
        containers: [{ container, fragment: { securityContext: { capabilities: { add: kept.length > 0 ? kept : null } } } }],
        note: text("capabilitySpelling"),
      };
    },
  },
);
