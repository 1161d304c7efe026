import { hostPathVolumesControl } from "./controls/volumes";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";
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
      text("pssHostPath", { object: describe(pod), volumes: findings.map((finding) => text("volumeTo", { volume: finding.volume ?? "", path: String(finding.value) || text("noPath") })) }),
    pass: (pod) => text("pssNoHostPath", { object: describe(pod) }),
    fix: (pod, findings) => emptyDirFix(pod, findings.map((finding) => finding.volume ?? ""), EMPTY_DIR_NOTE),
  },
);
