import { windowsHostProcessControl } from "./controls/windows-host-process";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";

export const windowsHostProcess = definePodCheck(
  {
    id: "windows-host-process",
    title: "Windows HostProcess container",
    quickWin: "QW3",
    severity: "critical",
    cis: "5.2.11",
    pss: { level: "baseline", control: "windowsHostProcess" },
    why: "A Windows HostProcess container runs directly on the Windows node with the node's privileges: it is the Windows equivalent of a privileged container.",
    requires: WORKLOAD_KINDS,
  },
  {
    findings: windowsHostProcessControl.evaluate,
    fail: (pod, findings) =>
      `${describe(pod)} runs as a Windows HostProcess (${findings.map((finding) => (finding.container ? `container \`${finding.container.name}\`` : "pod")).join(", ")}).`,
    pass: (pod) => `${describe(pod)} runs no Windows HostProcess container.`,
    fix: (pod, findings) => ({
      spec: findings.some((finding) => !finding.container) ? { securityContext: { windowsOptions: { hostProcess: false } } } : undefined,
      containers: findings
        .flatMap((finding) => (finding.container ? [finding.container] : []))
        .map((container) => ({ container, fragment: { securityContext: { windowsOptions: { hostProcess: false } } } })),
      note: "HostProcess pods also require hostNetwork; once hostProcess is off, drop hostNetwork as well if the workload allows it.",
    }),
  },
);
