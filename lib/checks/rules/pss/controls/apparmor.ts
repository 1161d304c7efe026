import { asRecord, asString, stringMap, type TRecord } from "../../../access";
import type { TContainer } from "../../../workloads";
import { podSecurityContext, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

export const APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

export function isAllowedAppArmorAnnotation(value: string): boolean {
  return value === "" || value === "runtime/default" || value.startsWith("localhost/");
}

function fieldViolation(context: TRecord | undefined, container?: TContainer): TPssFinding[] {
  const profile = asRecord(context?.appArmorProfile);
  if (!profile) return [];
  const type = asString(profile.type) ?? "";
  return type === "RuntimeDefault" || type === "Localhost" ? [] : [{ container, field: "securityContext.appArmorProfile.type", value: type }];
}

/**
 * Baseline: no Unconfined (or unknown) AppArmor profile, whether set with the appArmorProfile
 * field (pod or container) or with the older beta annotation (any container name).
 */
export const appArmorControl: TPssControl = {
  id: "appArmorProfile",
  level: "baseline",
  evaluate: (pod) => [
    ...fieldViolation(podSecurityContext(pod)),
    ...pod.containers.flatMap((container) => fieldViolation(securityContext(container), container)),
    ...Object.entries(stringMap(pod.meta.annotations))
      .filter(([key, value]) => key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !isAllowedAppArmorAnnotation(value))
      .map(([annotation, value]): TPssFinding => ({ annotation, field: `annotations[${annotation}]`, value })),
  ],
};
