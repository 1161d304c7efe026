import { procMountControl } from "./controls/proc-mount";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

export const procMount = defineContainerCheck(
  {
    id: "proc-mount",
    quickWin: "QW9",
    severity: "medium",
    pss: { level: "baseline", control: "procMount" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: procMountControl.evaluate,
    fail: (container, findings) => text("pssProcMountOutsideUserNamespace", { container: container.name, value: String(findings[0]?.value) }),
    pass: (container) => text("pssMaskedProc", { container: container.name }),
    fix: (container) => ({ containers: [{ container, fragment: { securityContext: { procMount: "Default" } } }] }),
  },
);
