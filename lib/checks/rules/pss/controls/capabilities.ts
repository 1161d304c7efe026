// Reading capabilities.add / capabilities.drop, and the two upstream capability controls.
import { asRecord, type TRecord } from "../../../access";
import type { TContainer } from "../../../workloads";
import { isWindows, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/** The container runtime's default set: baseline allows adding these back, nothing else. */
export const BASELINE_ALLOWED_CAPABILITIES = new Set([
  "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
  "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
]);

export function capabilitiesOf(container: TContainer): TRecord | undefined {
  return asRecord(securityContext(container)?.capabilities);
}

export function capabilityList(container: TContainer, which: "add" | "drop"): string[] {
  const items = capabilitiesOf(container)?.[which];
  if (!Array.isArray(items) || items.length === 0) return [];
  // Failing results keep this list as evidence: a copy has its exact size, while filter's
  // result keeps room for 17 entries (~150 bytes more for each of ~26,000 results).
  if (items.every((item) => typeof item === "string")) return items.slice() as string[];
  return items.filter((item): item is string => typeof item === "string");
}

/**
 * Runtimes accept "net_raw" and "CAP_NET_RAW" for NET_RAW. Upstream PSS compares exactly (so
 * "CAP_CHOWN" is not the allowed "CHOWN"); only our extra checks normalise.
 */
export function normalizeCapability(name: string): string {
  const upper = name.toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}

/** Baseline: capabilities.add may only hold the default set, spelled exactly. */
export const capabilitiesBaselineControl: TPssControl = {
  id: "capabilities_baseline",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    for (const container of pod.containers) {
      for (const value of capabilityList(container, "add")) {
        if (!BASELINE_ALLOWED_CAPABILITIES.has(value)) findings.push({ container, field: "securityContext.capabilities.add", value });
      }
    }
    return findings;
  },
};

/** Restricted: drop must include "ALL" and add may only hold NET_BIND_SERVICE (Windows pods exempt, 1.25+). */
export const capabilitiesRestrictedControl: TPssControl = {
  id: "capabilities_restricted",
  level: "restricted",
  evaluate: (pod) => {
    if (isWindows(pod)) return [];
    const findings: TPssFinding[] = [];
    for (const container of pod.containers) {
      const drop = capabilityList(container, "drop");
      if (!drop.includes("ALL")) findings.push({ container, field: "securityContext.capabilities.drop", value: drop });
      for (const capability of capabilityList(container, "add")) {
        if (capability !== "NET_BIND_SERVICE") findings.push({ container, field: "securityContext.capabilities.add", value: capability });
      }
    }
    return findings;
  },
};
