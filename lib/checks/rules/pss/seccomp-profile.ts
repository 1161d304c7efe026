import { seccompRestrictedControl } from "./controls/seccomp";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { seccompFix } from "./seccomp-fix";
import { text } from "../../text";

export const seccompProfile = definePodCheck(
  {
    id: "seccomp-profile",
    quickWin: "QW9",
    severity: "medium",
    cis: "5.7.2",
    pss: { level: "restricted", control: "seccompProfile_restricted" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: seccompRestrictedControl.evaluate,
    fail: (pod, findings) => {
      const unset = findings.filter((finding) => finding.value === null).map((finding) => `\`${finding.container?.name ?? ""}\``);
      const bad = findings.filter((finding) => finding.value !== null).map((finding) => `${String(finding.value) || "(no type)"} on ${finding.container ? `container \`${finding.container.name}\`` : "the pod"}`);
      return `${describe(pod)} ${[unset.length > 0 ? `sets no seccomp profile for container${unset.length > 1 ? "s" : ""} ${unset.join(", ")}` : "", bad.length > 0 ? `sets ${bad.join(", ")}` : ""].filter(Boolean).join(" and ")}.`;
    },
    pass: (pod) => `${describe(pod)} runs every container with the RuntimeDefault or a Localhost seccomp profile.`,
    fix: (pod, findings) => seccompFix(pod, findings, text("seccompPodDefault")),
  },
);
