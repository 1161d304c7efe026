// What the LimitRanger admission plugin would fill in for a container that sets nothing, per
// namespace. A container covered by such a default passes the resource checks: the admission
// controller writes the value into every pod it admits.
import { asRecord, asRecords, asString, nameOf } from "../../access";
import type { TCheckContext } from "../../context";
import { namespaceOrDefault } from "../../namespace-scope";

export interface TDefaultValue {
  value: unknown;
  limitRange: string;
  /** The LimitRange field the value comes from, after API defaulting (max → default → defaultRequest, min → defaultRequest). */
  field: "default" | "defaultRequest" | "max" | "min";
}

export interface TContainerDefaults {
  limits: Map<string, TDefaultValue>;
  requests: Map<string, TDefaultValue>;
}

function setOnce(target: Map<string, TDefaultValue>, resource: string, value: TDefaultValue): void {
  if (!target.has(resource)) target.set(resource, value);
}

/**
 * Per namespace, the container defaults of its LimitRanges, applying the API server's defaulting
 * of LimitRangeItem (SetDefaults_LimitRangeItem): a missing default limit takes `max`; a missing
 * default request takes the default limit, then `min`. Manifests read from files are not
 * defaulted, objects listed from a cluster already are: both give the same answer.
 */
export function limitRangeDefaults(ctx: TCheckContext): ReadonlyMap<string, TContainerDefaults> {
  return ctx.shared("resources:limit-range-defaults", () => {
    const byNamespace = new Map<string, TContainerDefaults>();
    for (const object of ctx.objects("LimitRange")) {
      const namespace = namespaceOrDefault(object);
      const limitRange = nameOf(object);
      const defaults = byNamespace.get(namespace) ?? { limits: new Map(), requests: new Map() };
      byNamespace.set(namespace, defaults);
      for (const item of asRecords(asRecord(object.spec)?.limits)) {
        if (asString(item.type) !== "Container") continue;
        const read = (field: TDefaultValue["field"]) => Object.entries(asRecord(item[field]) ?? {});
        const limits = new Map<string, TDefaultValue>();
        for (const [resource, value] of read("default")) setOnce(limits, resource, { value, limitRange, field: "default" });
        for (const [resource, value] of read("max")) setOnce(limits, resource, { value, limitRange, field: "max" });
        const requests = new Map<string, TDefaultValue>();
        for (const [resource, value] of read("defaultRequest")) setOnce(requests, resource, { value, limitRange, field: "defaultRequest" });
        for (const [resource, value] of limits) setOnce(requests, resource, value);
        for (const [resource, value] of read("min")) setOnce(requests, resource, { value, limitRange, field: "min" });
        for (const [resource, value] of limits) setOnce(defaults.limits, resource, value);
        for (const [resource, value] of requests) setOnce(defaults.requests, resource, value);
      }
    }
    return byNamespace;
  });
}
