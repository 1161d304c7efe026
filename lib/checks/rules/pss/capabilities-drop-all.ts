import { capabilitiesRestrictedControl, capabilityList } from "./controls/capabilities";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

export const capabilitiesDropAll = defineContainerCheck(
  {
    id: "capabilities-drop-all",
    quickWin: "QW9",
    severity: "medium",
    cis: "5.2.10",
    pss: { level: "restricted", control: "capabilities_restricted" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: capabilitiesRestrictedControl.evaluate,
    fail: (container, findings) => {
      const added = findings.filter((finding) => finding.field.endsWith(".add")).map((finding) => String(finding.value));
      const missing = findings.some((finding) => finding.field.endsWith(".drop"));
      if (added.length === 0) return text("pssDropAllMissing", { container: container.name });
      return text(missing ? "pssDropAllMissingAndExtra" : "pssDropAllExtra", { container: container.name, capabilities: added });
    },
    pass: (container) => text("pssDropsAll", { container: container.name }),
    fix: (container) => {
      const kept = capabilityList(container, "add").filter((capability) => capability === "NET_BIND_SERVICE");
      return {
        containers: [{ container, fragment: { securityContext: { capabilities: { drop: ["ALL"], add: kept.length > 0 ? kept : null } } } }],
        note: text("dropAllNetBindService"),
      };
    },
  },
);
