import { restrictedVolumesControl } from "./controls/volumes";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { EMPTY_DIR_NOTE, emptyDirFix } from "./volume-fix";

export const restrictedVolumeTypes = definePodCheck(
  {
    id: "restricted-volume-types",
    title: "Volume type outside the restricted set",
    quickWin: "QW3",
    severity: "medium",
    pss: { level: "restricted", control: "restrictedVolumes" },
    why: "Volumes that mount node paths or network storage directly (hostPath, NFS, iSCSI, gitRepo…) bypass the PersistentVolume layer where administrators control who gets which storage.",
    requires: WORKLOAD_KINDS,
  },
  {
    findings: restrictedVolumesControl.evaluate,
    fail: (pod, findings) =>
      `${describe(pod)} uses restricted volume types (${findings.map((finding) => `\`${finding.volume}\`: ${String(finding.value)}`).join(", ")}).`,
    pass: (pod) => `${describe(pod)} only uses volume types allowed by the restricted standard.`,
    fix: (pod, findings) => emptyDirFix(pod, findings.map((finding) => finding.volume ?? ""), EMPTY_DIR_NOTE),
  },
);
