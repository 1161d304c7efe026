import { hostNamespaceCheck } from "./host-namespace";
import { WORKLOAD_KINDS } from "./define";

export const hostPid = hostNamespaceCheck("hostPID", {
  id: "host-pid",
  quickWin: "QW3",
  severity: "critical",
  cis: "5.2.3",
  pss: { level: "baseline", control: "hostNamespaces" },
  requires: WORKLOAD_KINDS,
});
