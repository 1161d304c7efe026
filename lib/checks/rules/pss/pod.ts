// The pod as the Pod Security Standards see it: its metadata, its spec and its containers in
// upstream visiting order (init, regular, ephemeral). Shared by the controls, the checks and
// evaluatePss so that every reader agrees on what "the pod" is.
import { asBoolean, asRecord, asString, get, type TRecord } from "../../access";
import type { TObjectRef } from "../../types";
import { containersOf, podSpecPath, type TContainer, type TWorkload } from "../../workloads";

export interface TPod {
  kind: string;
  ref: TObjectRef;
  meta: TRecord;
  spec: TRecord;
  containers: readonly TContainer[];
  /** "spec.template.spec" etc.: where the pod spec sits, for evidence paths. */
  specPath: string;
  /**
   * "Deployment `shop/web`", built once: thirteen checks start a message with it for every
   * workload, and each built its own chain of concatenations (41 MB more held by the large
   * benchmark's results).
   */
  description: string;
}

/**
 * Throws when the object carries no pod spec: the caller turns that into "not assessable".
 * `containers` lets an evaluation pass the list it already holds (TCheckContext.containers).
 */
export function podOf(workload: TWorkload, containers?: readonly TContainer[]): TPod {
  const specPath = podSpecPath(workload.kind).join(".");
  if (!workload.podSpec) throw new Error(`${workload.kind} \`${workload.ref.name}\` has no pod spec at ${specPath}`);
  return {
    kind: workload.kind,
    ref: workload.ref,
    meta: workload.podMetadata,
    spec: workload.podSpec,
    containers: containers ?? containersOf(workload.podSpec),
    specPath,
    description: `${workload.kind} \`${workload.ref.namespace ? `${workload.ref.namespace}/` : ""}${workload.ref.name}\``,
  };
}

export function podSecurityContext(pod: TPod): TRecord | undefined {
  return asRecord(pod.spec.securityContext);
}

export function securityContext(container: TContainer): TRecord | undefined {
  return asRecord(container.spec.securityContext);
}

/** Pod OS "windows": Linux-only fields are rejected by the API, so restricted skips them (1.25+). */
export function isWindows(pod: TPod): boolean {
  return asString(get(pod.spec, "os", "name")) === "windows";
}

/** hostUsers: false (user namespaces): upstream relaxes procMount, runAsNonRoot, runAsUser (1.35+). */
export function inUserNamespace(pod: TPod): boolean {
  return asBoolean(pod.spec.hostUsers) === false;
}

/** "spec.template.spec.containers[web]": a readable path for evidence. */
export function containerPath(pod: TPod, container: TContainer): string {
  return `${pod.specPath}.${container.list}[${container.name}]`;
}
