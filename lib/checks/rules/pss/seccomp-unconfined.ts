import { seccompBaselineControl } from "./controls/seccomp";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { seccompFix } from "./seccomp-fix";

export const seccompUnconfined = definePodCheck(
  {
    id: "seccomp-unconfined",
    title: "Seccomp explicitly disabled",
    quickWin: "QW9",
    severity: "medium",
    cis: "5.7.2",
    pss: { level: "baseline", control: "seccompProfile_baseline" },
    why: "A seccomp profile filters the kernel calls a container may make; Unconfined turns the filter off and reopens kernel attack surface the runtime default closes.",
    requires: WORKLOAD_KINDS,
  },
  {
    findings: seccompBaselineControl.evaluate,
    fail: (pod, findings) =>
      `${describe(pod)} sets seccomp profile ${findings.map((finding) => `${String(finding.value) || "(no type)"} on ${finding.container ? `container \`${finding.container.name}\`` : "the pod"}`).join(", ")}.`,
    pass: (pod) => `${describe(pod)} does not disable seccomp.`,
    fix: (pod, findings) => seccompFix(pod, findings, "RuntimeDefault is the runtime's own profile: it blocks rarely used, dangerous syscalls and almost never breaks an app."),
  },
);
