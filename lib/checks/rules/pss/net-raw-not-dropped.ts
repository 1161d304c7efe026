import { capabilityList, normalizeCapability } from "./controls/capabilities";
import type { TPssFinding } from "./controls";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { isWindows, type TPod } from "./pod";
import { text } from "../../text";

function grantsNetRaw(capability: string): boolean {
  const name = normalizeCapability(capability);
  return name === "NET_RAW" || name === "ALL";
}

// Loops rather than flatMap/filter/map chains: see TPssControl.
function findings(pod: TPod): TPssFinding[] {
  const findings: TPssFinding[] = [];
  for (const container of pod.containers) {
    let added = false;
    for (const value of capabilityList(container, "add")) {
      if (!grantsNetRaw(value)) continue;
      findings.push({ container, field: "securityContext.capabilities.add", value });
      added = true;
    }
    if (added || capabilityList(container, "drop").some(grantsNetRaw)) continue;
    findings.push({ container, field: "securityContext.capabilities.drop", value: capabilityList(container, "drop") });
  }
  return findings;
}

export const netRawNotDropped = defineContainerCheck(
  {
    id: "net-raw-not-dropped",
    quickWin: "QW9",
    severity: "medium",
    cis: "5.2.8",
    requires: WORKLOAD_KINDS,
  },
  {
    findings,
    // Windows containers have no Linux capabilities (the API rejects them on Windows pods).
    applies: (pod) => !isWindows(pod),
    fail: (container, found) =>
      found.some((finding) => finding.field.endsWith(".add"))
        ? text("pssNetRawAdded", { container: container.name, capabilities: found.map((finding) => String(finding.value)) })
        : text("pssNetRawKept", { container: container.name }),
    pass: (container) => text("pssNoNetRaw", { container: container.name }),
    fix: (container) => {
      const drop = capabilityList(container, "drop");
      const add = capabilityList(container, "add").filter((capability) => !["NET_RAW", "ALL"].includes(normalizeCapability(capability)));
      const dropsEnough = drop.map(normalizeCapability).some((capability) => capability === "ALL" || capability === "NET_RAW");
      return {
        containers: [{
          container,
          fragment: { securityContext: { capabilities: { drop: dropsEnough ? drop : [...drop, "NET_RAW"], add: add.length > 0 ? add : null } } },
        }],
        note: text("netRawDropAll"),
      };
    },
  },
);
