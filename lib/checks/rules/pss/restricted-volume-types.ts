import { restrictedVolumesControl } from "./controls/volumes";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";
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
      text("pssRestrictedVolumes", { object: describe(pod), volumes: findings.map((finding) => text("namedValue", { name: finding.volume ?? "", value: String(finding.value) })) }),
    pass: (pod) => text("pssAllowedVolumes", { object: describe(pod) }),
    fix: (pod, findings) => emptyDirFix(pod, findings.map((finding) => finding.volume ?? ""), EMPTY_DIR_NOTE),
  },
);
