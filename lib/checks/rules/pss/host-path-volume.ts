import { hostPathVolumesControl } from "./controls/volumes";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { EMPTY_DIR_NOTE, emptyDirFix } from "./volume-fix";

export const hostPathVolume = definePodCheck(
  {
    id: "host-path-volume",
    quickWin: "QW3",
    severity: "critical",
    cis: "5.2.12",
    pss: { level: "baseline", control: "hostPathVolumes" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: hostPathVolumesControl.evaluate,
    fail: (pod, findings) =>
      `${describe(pod)} mounts the node's filesystem through hostPath (${findings.map((finding) => `\`${finding.volume}\` → ${String(finding.value) || "(no path)"}`).join(", ")}).`,
    pass: (pod) => `${describe(pod)} uses no hostPath volume.`,
    fix: (pod, findings) => emptyDirFix(pod, findings.map((finding) => finding.volume ?? ""), EMPTY_DIR_NOTE),
  },
);
