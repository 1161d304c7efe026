import { asBoolean, asRecord, asRecords, asString, type TRecord } from "../../access";
import { memoize1 } from "../../memo";
import { unreadablePodSpec } from "../../pod-spec";
import type { TCheck, TCheckOutcome } from "../../types";
import { POD_BEARING_KINDS, type TContainer } from "../../workloads";
import { moveToFilesPatch, type TMovePlan, type TSecretMount } from "./secret-mount";
import { text } from "../../text";

interface TReferences {
  /** env[].valueFrom.secretKeyRef */
  keyRefs: { variable: string; secretName: string; key: string; optional: boolean }[];
  /** envFrom[].secretRef */
  fromRefs: { secretName: string; optional: boolean }[];
}

function referencesOf(container: TContainer): TReferences {
  const keyRefs: TReferences["keyRefs"] = [];
  for (const entry of asRecords(container.spec.env)) {
    const ref = asRecord(asRecord(entry.valueFrom)?.secretKeyRef);
    const variable = asString(entry.name);
    const secretName = asString(ref?.name);
    const key = asString(ref?.key);
    if (ref && variable && secretName && key) keyRefs.push({ variable, secretName, key, optional: asBoolean(ref.optional) === true });
  }
  const fromRefs = asRecords(container.spec.envFrom).flatMap((entry) => {
    const ref = asRecord(entry.secretRef);
    const secretName = asString(ref?.name);
    return ref && secretName ? [{ secretName, optional: asBoolean(ref.optional) === true }] : [];
  });
  return { keyRefs, fromRefs };
}

function planFor(container: TContainer, refs: TReferences): TMovePlan {
  const mounts = new Map<string, TSecretMount>();
  for (const ref of refs.fromRefs) mounts.set(ref.secretName, { secretName: ref.secretName, optional: ref.optional });
  for (const ref of refs.keyRefs) {
    const mount = mounts.get(ref.secretName) ?? { secretName: ref.secretName, keys: [], optional: ref.optional };
    if (mount.keys && !mount.keys.includes(ref.key)) mount.keys.push(ref.key);
    mount.optional = mount.optional && ref.optional;
    mounts.set(ref.secretName, mount);
  }
  const plan: TMovePlan = {
    mounts: [...mounts.values()],
    deleteEnv: refs.keyRefs.map((ref) => ref.variable),
    fileEnv: refs.keyRefs.map((ref) => ({ variable: ref.variable, secretName: ref.secretName, key: ref.key })),
  };
  // envFrom has no merge key: the patch carries the whole list, minus its secretRef entries.
  if (refs.fromRefs.length > 0) plan.envFrom = asRecords(container.spec.envFrom).filter((entry: TRecord) => !asRecord(entry.secretRef));
  return plan;
}

/** One string per container name (see memo.ts). */
const passMessage = memoize1((name: string) => text("secretEnvNone", { container: name }));

export const secretEnvReference: TCheck = {
  id: "secret-env-reference",
  quickWin: "QW5",
  severity: "medium",
  cis: "5.4.1",
  requires: [...POD_BEARING_KINDS],
  evaluate(ctx) {
    return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
      const outcomes: TCheckOutcome[] = [];
      if (!workload.podSpec) {
        outcomes.push(unreadablePodSpec(workload));
        return outcomes;
      }
      for (const container of ctx.containers(workload)) {
        const refs = referencesOf(container);
        const evidence = {
          list: container.list,
          secretKeyRefs: refs.keyRefs.map((ref) => ({ env: ref.variable, secret: ref.secretName, key: ref.key })),
          envFromSecrets: refs.fromRefs.map((ref) => ref.secretName),
        };
        if (refs.keyRefs.length === 0 && refs.fromRefs.length === 0) {
          outcomes.push({ status: "pass", object: workload.ref, container: container.name, message: passMessage(container.name), evidence });
          continue;
        }
        const secrets = [...new Set([...refs.keyRefs, ...refs.fromRefs].map((ref) => ref.secretName))];
        const { patch, paths } = moveToFilesPatch(workload, container, planFor(container, refs));
        outcomes.push({
          status: "fail",
          object: workload.ref,
          container: container.name,
          message: text("secretEnv", { container: container.name, count: secrets.length, secrets: secrets.map((name) => `\`${name}\``) }),
          evidence,
          remediation: {
            type: "patch",
            target: workload.ref,
            patch,
            note: text("envSecretsToFiles", { mounts: secrets.map((name) => text("secretAtPath", { name, path: paths[name] ?? "" })) }),
          },
        });
      }
      return outcomes;
    });
  },
};
