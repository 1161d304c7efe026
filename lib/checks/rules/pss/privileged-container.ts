import { privilegedControl } from "./controls/privileged";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

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
    fail: (container) => text("pssPrivileged", { container: container.name }),
    pass: (container) => text("pssNotPrivileged", { container: container.name }),
    fix: (container) => ({ containers: [{ container, fragment: { securityContext: { privileged: false } } }] }),
  },
);
