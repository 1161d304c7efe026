import { restrictedVolumesControl } from "./controls/volumes";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { EMPTY_DIR_NOTE, emptyDirFix } from "./volume-fix";

export const restrictedVolumeTypes = definePodCheck(
  {
    id: "restricted-volume-types",
    quickWin: "QW3",
    severity: "medium",
    pss: { level: "restricted", control: "restrictedVolumes" },
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
