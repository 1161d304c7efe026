// Reading capabilities.add / capabilities.drop, and the two upstream capability controls.
import { asArray, asRecord, type TRecord } from "../../../access";
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
  return asArray(capabilitiesOf(container)?.[which]).filter((item): item is string => typeof item === "string");
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
  evaluate: (pod) =>
    pod.containers.flatMap((container) =>
      capabilityList(container, "add")
        .filter((capability) => !BASELINE_ALLOWED_CAPABILITIES.has(capability))
        .map((value): TPssFinding => ({ container, field: "securityContext.capabilities.add", value })),
    ),
};

/** Restricted: drop must include "ALL" and add may only hold NET_BIND_SERVICE (Windows pods exempt, 1.25+). */
export const capabilitiesRestrictedControl: TPssControl = {
  id: "capabilities_restricted",
  level: "restricted",
  evaluate: (pod) => {
    if (isWindows(pod)) return [];
    return pod.containers.flatMap((container) => {
      const findings: TPssFinding[] = [];
      const drop = capabilityList(container, "drop");
      if (!drop.includes("ALL")) findings.push({ container, field: "securityContext.capabilities.drop", value: drop });
      for (const capability of capabilityList(container, "add")) {
        if (capability !== "NET_BIND_SERVICE") findings.push({ container, field: "securityContext.capabilities.add", value: capability });
      }
      return findings;
    });
  },
};
