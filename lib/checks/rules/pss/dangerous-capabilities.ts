import { capabilityList, normalizeCapability } from "./controls/capabilities";
import type { TPssFinding } from "./controls";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { isWindows, type TPod } from "./pod";
import { text } from "../../text";

/** Capabilities that, added to a container, are known container-escape or node-takeover tools. */
export const DANGEROUS_CAPABILITIES = new Set([
  "ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "SYS_BOOT", "SYS_TIME", "DAC_READ_SEARCH",
  "NET_ADMIN", "BPF", "PERFMON", "MAC_ADMIN", "MAC_OVERRIDE",
]);

// Loops rather than flatMap/filter/map chains: see TPssControl.
function findings(pod: TPod): TPssFinding[] {
  const findings: TPssFinding[] = [];
  for (const container of pod.containers) {
    for (const value of capabilityList(container, "add")) {
      if (DANGEROUS_CAPABILITIES.has(normalizeCapability(value))) findings.push({ container, field: "securityContext.capabilities.add", value });
    }
  }
  return findings;
}

export const dangerousCapabilities = defineContainerCheck(
  {
    id: "dangerous-capabilities",
    quickWin: "QW3",
    severity: "critical",
    cis: "5.2.9",
    requires: WORKLOAD_KINDS,
  },
  {
    findings,
    // Windows containers have no Linux capabilities (the API rejects them on Windows pods).
    applies: (pod) => !isWindows(pod),
    fail: (container, found) => text("pssDangerousCapabilities", { container: container.name, count: found.length, capabilities: found.map((finding) => String(finding.value)) }),
    pass: (container) => text("pssNoDangerousCapabilities", { container: container.name }),
    fix: (container) => {
      const kept = capabilityList(container, "add").filter((capability) => !DANGEROUS_CAPABILITIES.has(normalizeCapability(capability)));
      return {
        containers: [{ container, fragment: { securityContext: { capabilities: { add: kept.length > 0 ? kept : null } } } }],
        note: text("dangerousCapabilitiesNodeAgent"),
      };
    },
  },
);
