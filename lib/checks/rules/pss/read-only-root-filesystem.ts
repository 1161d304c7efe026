import { asBoolean } from "../../access";
import type { TPssFinding } from "./controls";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { isWindows, securityContext, type TPod } from "./pod";
import { text } from "../../text";

// A loop rather than filter/map: see TPssControl.
function findings(pod: TPod): TPssFinding[] {
  const findings: TPssFinding[] = [];
  for (const container of pod.containers) {
    const value = securityContext(container)?.readOnlyRootFilesystem;
    if (asBoolean(value) !== true) findings.push({ container, field: "securityContext.readOnlyRootFilesystem", value: value ?? null });
  }
  return findings;
}

export const readOnlyRootFilesystem = defineContainerCheck(
  {
    id: "read-only-root-filesystem",
    quickWin: "QW9",
    severity: "low",
    requires: WORKLOAD_KINDS,
  },
  {
    findings,
    // The API rejects readOnlyRootFilesystem on Windows pods.
    applies: (pod) => !isWindows(pod),
    fail: (container) => text("pssWritableRoot", { container: container.name }),
    pass: (container) => text("pssReadOnlyRoot", { container: container.name }),
    fix: (container) => ({
      containers: [{ container, fragment: { securityContext: { readOnlyRootFilesystem: true } } }],
      note: text("readOnlyRootEmptyDir"),
    }),
  },
);
