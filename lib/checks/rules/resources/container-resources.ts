// Shared evaluation of the per-container resource checks (cpu request, memory request, memory
// limit): one resolution of "where does this container's value come from", so the three checks
// agree on what counts as set.
import { asRecord, get, type TRecord } from "../../access";
import type { TCheckContext } from "../../context";
import { memoize1, memoize2 } from "../../memo";
import { namespaceOrDefault } from "../../namespace-scope";
import { text, type TText } from "../../text";
import type { TCheckOutcome } from "../../types";
import { containerLabel, containerListPatch, podSpecPatch, POD_BEARING_KINDS, type TContainer, type TWorkload } from "../../workloads";
import { limitRangeDefaults, type TContainerDefaults } from "./limit-range-defaults";
import { isQuantitySet } from "./quantity";

export type TResourceField = "requests" | "limits";
export type TResourceName = "cpu" | "memory";

export interface TResolved {
  value: unknown;
  /** container: set explicitly; limit: request defaulted from the container's own limit; limitRange: filled in by LimitRanger. */
  source: "container" | "limit" | "limitRange";
  /** The pass result's evidence: the source, then where the value was read. */
  evidence: Record<string, unknown>;
}

/**
 * "resources.requests.cpu"… spelled once: the three checks resolve ~78,000 containers in the
 * large benchmark, and building the key for each (and the evidence by spreading one object
 * into another) showed in its CPU profile.
 */
const RESOURCE_PATHS: Record<TResourceField, Record<TResourceName, string>> = {
  requests: { cpu: "resources.requests.cpu", memory: "resources.requests.memory" },
  limits: { cpu: "resources.limits.cpu", memory: "resources.limits.memory" },
};

export function resolveResource(container: TContainer, field: TResourceField, resource: TResourceName, defaults: TContainerDefaults | undefined): TResolved | undefined {
  const own = get(container.spec, "resources", field, resource);
  if (isQuantitySet(own)) return { value: own, source: "container", evidence: { source: "container", [RESOURCE_PATHS[field][resource]]: own } };
  if (field === "requests") {
    // The API server defaults a missing request to the container's limit (SetDefaults_Pod).
    const limit = get(container.spec, "resources", "limits", resource);
    if (isQuantitySet(limit)) {
      return { value: limit, source: "limit", evidence: { source: "limit", [RESOURCE_PATHS.limits[resource]]: limit, note: "the request defaults to the limit" } };
    }
  }
  const fromRange = defaults?.[field].get(resource);
  if (fromRange && isQuantitySet(fromRange.value)) {
    return {
      value: fromRange.value,
      source: "limitRange",
      evidence: { source: "limitRange", limitRange: fromRange.limitRange, [`spec.limits[type=Container].${fromRange.field}.${resource}`]: fromRange.value },
    };
  }
  return undefined;
}

/** Containers that can carry resources: ephemeral containers cannot (the API forbids it). */
function resourceContainers(ctx: TCheckContext, workload: TWorkload): TContainer[] {
  return ctx.containers(workload).filter((container) => container.list !== "ephemeralContainers");
}

export interface TContainerResourceSpec {
  field: TResourceField;
  resource: TResourceName;
  /** The value the remediation sets, given what the container already has. */
  suggest(container: TContainer, defaults: TContainerDefaults | undefined): string;
  note: TText;
}

export const CONTAINER_RESOURCE_REQUIRES = [...POD_BEARING_KINDS, "LimitRange"];

interface TResourceMessages {
  set(where: TText, value: string): TText;
  setByLimitRange(where: TText, value: string): TText;
  missing(where: TText): TText;
}

/** Messages per resource setting, one text per container label (and value): see memo.ts. */
const messagesByLabel = new Map<string, TResourceMessages>();

/** `what` names the setting for the catalogue: "cpuRequests", "memoryLimits"… */
function messagesFor(what: string): TResourceMessages {
  let messages = messagesByLabel.get(what);
  if (!messages) {
    messages = {
      set: memoize2((container: TText, value: string) => text("resourceSet", { container, what, value })),
      setByLimitRange: memoize2((container: TText, value: string) => text("resourceSetByLimitRange", { container, what, value })),
      missing: memoize1((container: TText) => text("resourceMissing", { container, what })),
    };
    messagesByLabel.set(what, messages);
  }
  return messages;
}

export function evaluateContainerResource(ctx: TCheckContext, spec: TContainerResourceSpec): Iterable<TCheckOutcome> {
  const defaultsByNamespace = limitRangeDefaults(ctx);
  const messages = messagesFor(`${spec.resource}${spec.field === "requests" ? "Requests" : "Limits"}`);
  return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
    const outcomes: TCheckOutcome[] = [];
    const defaults = defaultsByNamespace.get(namespaceOrDefault(workload.object));
    for (const container of resourceContainers(ctx, workload)) {
      const resolved = resolveResource(container, spec.field, spec.resource, defaults);
      // "Init container `x`" or "Container `x`" (ephemeral containers never get here).
      const where = containerLabel(container);
      if (resolved) {
        outcomes.push({
          status: "pass",
          object: workload.ref,
          container: container.name,
          message: (resolved.source === "limitRange" ? messages.setByLimitRange : messages.set)(where, String(resolved.value)),
          evidence: resolved.evidence,
        });
        continue;
      }
      const value = spec.suggest(container, defaults);
      const quantity = spec.resource === "cpu" ? { cpu: value } : { memory: value };
      const fragment: TRecord = { name: container.name, resources: spec.field === "requests" ? { requests: quantity } : { limits: quantity } };
      outcomes.push({
        status: "fail",
        object: workload.ref,
        container: container.name,
        message: messages.missing(where),
        evidence: { [RESOURCE_PATHS[spec.field][spec.resource]]: null, resources: asRecord(container.spec.resources) ?? null, limitRangeDefault: null },
        remediation: {
          type: "patch",
          target: workload.ref,
          patch: podSpecPatch(workload.kind, containerListPatch(container.list, [fragment])),
          note: spec.note,
        },
      });
    }
    return outcomes;
  });
}
