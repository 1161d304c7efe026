// Shared evaluation of the per-container resource checks (cpu request, memory request, memory
// limit): one resolution of "where does this container's value come from", so the three checks
// agree on what counts as set.
import { asRecord, get, type TRecord } from "../../access";
import type { TCheckContext } from "../../context";
import { namespaceOrDefault } from "../../namespace-scope";
import type { TCheckOutcome } from "../../types";
import { containersOf, podSpecPatch, POD_BEARING_KINDS, type TContainer, type TWorkload } from "../../workloads";
import { limitRangeDefaults, type TContainerDefaults } from "./limit-range-defaults";
import { isQuantitySet } from "./quantity";

export type TResourceField = "requests" | "limits";
export type TResourceName = "cpu" | "memory";

export interface TResolved {
  value: unknown;
  /** container: set explicitly; limit: request defaulted from the container's own limit; limitRange: filled in by LimitRanger. */
  source: "container" | "limit" | "limitRange";
  evidence: Record<string, unknown>;
}

export function resolveResource(container: TContainer, field: TResourceField, resource: TResourceName, defaults: TContainerDefaults | undefined): TResolved | undefined {
  const own = get(container.spec, "resources", field, resource);
  if (isQuantitySet(own)) return { value: own, source: "container", evidence: { [`resources.${field}.${resource}`]: own } };
  if (field === "requests") {
    // The API server defaults a missing request to the container's limit (SetDefaults_Pod).
    const limit = get(container.spec, "resources", "limits", resource);
    if (isQuantitySet(limit)) return { value: limit, source: "limit", evidence: { [`resources.limits.${resource}`]: limit, note: "the request defaults to the limit" } };
  }
  const fromRange = defaults?.[field].get(resource);
  if (fromRange && isQuantitySet(fromRange.value)) {
    return { value: fromRange.value, source: "limitRange", evidence: { limitRange: fromRange.limitRange, [`spec.limits[type=Container].${fromRange.field}.${resource}`]: fromRange.value } };
  }
  return undefined;
}

/** Containers that can carry resources: ephemeral containers cannot (the API forbids it). */
function resourceContainers(workload: TWorkload): TContainer[] {
  return containersOf(workload.podSpec).filter((container) => container.list !== "ephemeralContainers");
}

export interface TContainerResourceSpec {
  field: TResourceField;
  resource: TResourceName;
  /** Human label: "CPU request", "memory limit". */
  label: string;
  /** The value the remediation sets, given what the container already has. */
  suggest(container: TContainer, defaults: TContainerDefaults | undefined): string;
  note: string;
}

export const CONTAINER_RESOURCE_REQUIRES = [...POD_BEARING_KINDS, "LimitRange"];

export function* evaluateContainerResource(ctx: TCheckContext, spec: TContainerResourceSpec): Generator<TCheckOutcome> {
  const defaultsByNamespace = limitRangeDefaults(ctx);
  yield* ctx.each(ctx.workloads(), (workload) => workload.ref, function* (workload) {
    const defaults = defaultsByNamespace.get(namespaceOrDefault(workload.object));
    for (const container of resourceContainers(workload)) {
      const resolved = resolveResource(container, spec.field, spec.resource, defaults);
      const where = `${container.list === "initContainers" ? "Init container" : "Container"} \`${container.name}\``;
      if (resolved) {
        yield {
          status: "pass",
          object: workload.ref,
          container: container.name,
          message: `${where} has a ${spec.label} (${String(resolved.value)}${resolved.source === "limitRange" ? ", from a LimitRange default" : ""}).`,
          evidence: { source: resolved.source, ...resolved.evidence },
        };
        continue;
      }
      const value = spec.suggest(container, defaults);
      const fragment: TRecord = { name: container.name, resources: { [spec.field]: { [spec.resource]: value } } };
      yield {
        status: "fail",
        object: workload.ref,
        container: container.name,
        message: `${where} has no ${spec.label}.`,
        evidence: { [`resources.${spec.field}.${spec.resource}`]: null, resources: asRecord(container.spec.resources) ?? null, limitRangeDefault: null },
        remediation: {
          type: "patch",
          target: workload.ref,
          patch: podSpecPatch(workload.kind, { [container.list]: [fragment] }),
          note: spec.note,
        },
      };
    }
  });
}
