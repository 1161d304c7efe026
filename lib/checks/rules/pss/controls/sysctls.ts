import { asString, isRecord } from "../../../access";
import { podSecurityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/** Namespaced, node-isolated sysctls, as allowed by policy v1.37 (v1.27, v1.29, v1.32, v1.37 additions). */
export const ALLOWED_SYSCTLS = new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
  "net.ipv4.tcp_rmem",
  "net.ipv4.tcp_wmem",
  "net.ipv4.tcp_slow_start_after_idle",
  "net.ipv4.tcp_notsent_lowat",
]);

/** Baseline: spec.securityContext.sysctls may only name the safe set. */
export const sysctlsControl: TPssControl = {
  id: "sysctls",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    const sysctls = podSecurityContext(pod)?.sysctls;
    if (!Array.isArray(sysctls)) return findings;
    for (const sysctl of sysctls) {
      if (!isRecord(sysctl)) continue;
      const value = asString(sysctl.name) ?? "";
      if (!ALLOWED_SYSCTLS.has(value)) findings.push({ field: "securityContext.sysctls[].name", value });
    }
    return findings;
  },
};
