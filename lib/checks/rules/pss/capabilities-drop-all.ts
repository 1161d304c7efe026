import { capabilitiesRestrictedControl, capabilityList } from "./controls/capabilities";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";

export const capabilitiesDropAll = defineContainerCheck(
  {
    id: "capabilities-drop-all",
    title: "Capabilities not dropped",
    quickWin: "QW9",
    severity: "medium",
    cis: "5.2.10",
    pss: { level: "restricted", control: "capabilities_restricted" },
    why: "Containers start with a default set of Linux capabilities (NET_RAW, CHOWN, SETUID…) most apps never use; dropping ALL and adding back at most NET_BIND_SERVICE removes that attack surface.",
    requires: WORKLOAD_KINDS,
  },
  {
    findings: capabilitiesRestrictedControl.evaluate,
    fail: (container, findings) => {
      const added = findings.filter((finding) => finding.field.endsWith(".add")).map((finding) => String(finding.value));
      const problems = [
        findings.some((finding) => finding.field.endsWith(".drop")) ? "does not drop ALL capabilities" : "",
        added.length > 0 ? `adds ${added.join(", ")} (only NET_BIND_SERVICE may be added)` : "",
      ].filter(Boolean);
      return `Container \`${container.name}\` ${problems.join(" and ")}.`;
    },
    pass: (container) => `Container \`${container.name}\` drops ALL capabilities.`,
    fix: (container) => {
      const kept = capabilityList(container, "add").filter((capability) => capability === "NET_BIND_SERVICE");
      return {
        containers: [{ container, fragment: { securityContext: { capabilities: { drop: ["ALL"], add: kept.length > 0 ? kept : null } } } }],
        note: "If the app binds a port below 1024 it may keep NET_BIND_SERVICE; every other capability must go.",
      };
    },
  },
);
