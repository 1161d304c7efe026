import { hostNamespaceCheck } from "./host-namespace";
import { WORKLOAD_KINDS } from "./define";

export const hostIpc = hostNamespaceCheck("hostIPC", "IPC namespace", {
  id: "host-ipc",
  title: "Host IPC namespace shared",
  quickWin: "QW3",
  severity: "critical",
  cis: "5.2.4",
  pss: { level: "baseline", control: "hostNamespaces" },
  why: "With the host's IPC namespace a container can read and write the shared memory and message queues of every process on the node.",
  requires: WORKLOAD_KINDS,
});
