import { hostNamespaceCheck } from "./host-namespace";
import { WORKLOAD_KINDS } from "./define";

export const hostPid = hostNamespaceCheck("hostPID", "process namespace", {
  id: "host-pid",
  title: "Host PID namespace shared",
  quickWin: "QW3",
  severity: "critical",
  cis: "5.2.3",
  pss: { level: "baseline", control: "hostNamespaces" },
  why: "With the host's PID namespace a container sees every process on the node, can read their environment and, if it runs as root, can signal or trace them.",
  requires: WORKLOAD_KINDS,
});
