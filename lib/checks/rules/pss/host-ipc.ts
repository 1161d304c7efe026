import { hostNamespaceCheck } from "./host-namespace";
import { WORKLOAD_KINDS } from "./define";

export const hostIpc = hostNamespaceCheck("hostIPC", {
  id: "host-ipc",
  quickWin: "QW3",
  severity: "critical",
  cis: "5.2.4",
  pss: { level: "baseline", control: "hostNamespaces" },
  requires: WORKLOAD_KINDS,
});
