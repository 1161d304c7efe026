import { windowsHostProcessControl } from "./controls/windows-host-process";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

export const windowsHostProcess = definePodCheck(
  {
    id: "windows-host-process",
    quickWin: "QW3",
    severity: "critical",
    cis: "5.2.11",
    pss: { level: "baseline", control: "windowsHostProcess" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: windowsHostProcessControl.evaluate,
    fail: (pod, findings) =>
      text("pssWindowsHostProcess", { object: describe(pod), targets: findings.map((finding) => (finding.container ? text("targetContainer", { name: finding.container.name }) : text("targetPod"))) }),
    pass: (pod) => text("pssNoWindowsHostProcess", { object: describe(pod) }),
    fix: (pod, findings) => ({
      spec: findings.some((finding) => !finding.container) ? { securityContext: { windowsOptions: { hostProcess: false } } } : undefined,
      containers: findings
        .flatMap((finding) => (finding.container ? [finding.container] : []))
        .map((container) => ({ container, fragment: { securityContext: { windowsOptions: { hostProcess: false } } } })),
      note: text("windowsHostProcessNetwork"),
    }),
  },
);
