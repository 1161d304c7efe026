import { privilegedControl } from "./controls/privileged";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";

export const privilegedContainer = defineContainerCheck(
  {
    id: "privileged-container",
    quickWin: "QW3",
    severity: "critical",
    cis: "5.2.2",
    pss: { level: "baseline", control: "privileged" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: privilegedControl.evaluate,
    fail: (container) => `Container \`${container.name}\` runs privileged.`,
    pass: (container) => `Container \`${container.name}\` is not privileged.`,
    fix: (container) => ({ containers: [{ container, fragment: { securityContext: { privileged: false } } }] }),
  },
);
