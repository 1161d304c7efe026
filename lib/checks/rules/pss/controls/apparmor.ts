import { asRecord, asString, type TRecord } from "../../../access";
import type { TContainer } from "../../../workloads";
import { podSecurityContext, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

export const APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

export function isAllowedAppArmorAnnotation(value: string): boolean {
  return value === "" || value === "runtime/default" || value.startsWith("localhost/");
}

function addFieldViolation(findings: TPssFinding[], context: TRecord | undefined, container?: TContainer): void {
  const profile = asRecord(context?.appArmorProfile);
  if (!profile) return;
  const type = asString(profile.type) ?? "";
  if (type !== "RuntimeDefault" && type !== "Localhost") findings.push({ container, field: "securityContext.appArmorProfile.type", value: type });
}

/**
 * Baseline: no Unconfined (or unknown) AppArmor profile, whether set with the appArmorProfile
 * field (pod or container) or with the older beta annotation (any container name).
 */
export const appArmorControl: TPssControl = {
  id: "appArmorProfile",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    addFieldViolation(findings, podSecurityContext(pod));
    for (const container of pod.containers) addFieldViolation(findings, securityContext(container), container);
    // The string-valued annotations, in order (what stringMap keeps: "__proto__" never has the prefix).
    const annotations = asRecord(pod.meta.annotations);
    if (annotations) {
      for (const [annotation, value] of Object.entries(annotations)) {
        if (typeof value === "string" && annotation.startsWith(APPARMOR_ANNOTATION_PREFIX) && !isAllowedAppArmorAnnotation(value)) {
          findings.push({ annotation, field: `annotations[${annotation}]`, value });
        }
      }
    }
    return findings;
  },
};
