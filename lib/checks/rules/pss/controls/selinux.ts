import { asRecord, asString, type TRecord } from "../../../access";
import type { TContainer } from "../../../workloads";
import { podSecurityContext, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/** Types a pod may pick (1.31+ adds container_engine_t); "" means "left to the runtime". */
export const SELINUX_ALLOWED_TYPES = new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);

function addViolations(findings: TPssFinding[], options: TRecord | undefined, container?: TContainer): void {
  if (!options) return;
  const type = asString(options.type) ?? "";
  if (!SELINUX_ALLOWED_TYPES.has(type)) findings.push({ container, field: "securityContext.seLinuxOptions.type", value: type });
  for (const key of ["user", "role"] as const) {
    const value = asString(options[key]);
    if (value) findings.push({ container, field: `securityContext.seLinuxOptions.${key}`, value });
  }
}

/** Baseline: seLinuxOptions may set a container type and a level, never a user or a role. */
export const seLinuxOptionsControl: TPssControl = {
  id: "seLinuxOptions",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    addViolations(findings, asRecord(podSecurityContext(pod)?.seLinuxOptions));
    for (const container of pod.containers) addViolations(findings, asRecord(securityContext(container)?.seLinuxOptions), container);
    return findings;
  },
};
