import { asRecords, asString } from "../../access";
import { memoize1 } from "../../memo";
import { namespaceOrDefault } from "../../namespace-scope";
import { unreadablePodSpec } from "../../pod-spec";
import type { TCheck, TCheckOutcome } from "../../types";
import { POD_BEARING_KINDS } from "../../workloads";
import { literalSecretReason } from "./patterns";
import { moveToFilesPatch } from "./secret-mount";
import { text } from "../../text";

/** One string per container name (see memo.ts). */
const passMessage = memoize1((name: string) => text("secretLiteralNone", { container: name }));

export const secretLiteralEnv: TCheck = {
  id: "secret-literal-env",
  quickWin: "QW5",
  severity: "high",
  requires: [...POD_BEARING_KINDS],
  evaluate(ctx) {
    return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
      const outcomes: TCheckOutcome[] = [];
      const namespace = namespaceOrDefault(workload.object);
      if (!workload.podSpec) {
        outcomes.push(unreadablePodSpec(workload));
        return outcomes;
      }
      for (const container of ctx.containers(workload)) {
        const found = asRecords(container.spec.env).flatMap((entry) => {
          const name = asString(entry.name);
          const value = asString(entry.value);
          if (!name || value === undefined || entry.valueFrom !== undefined) return [];
          const reason = literalSecretReason(name, value);
          return reason ? [{ name, reason }] : [];
        });
        // Names and reasons only: the value itself is never copied into a result.
        const evidence = { list: container.list, variables: found };
        if (found.length === 0) {
          outcomes.push({ status: "pass", object: workload.ref, container: container.name, message: passMessage(container.name), evidence });
          continue;
        }
        const names = found.map((entry) => entry.name);
        const secretName = `${workload.ref.name}-${container.name}-env`.slice(0, 253);
        const { patch, paths } = moveToFilesPatch(workload, container, {
          mounts: [{ secretName, keys: names }],
          deleteEnv: names,
          fileEnv: names.map((variable) => ({ variable, secretName, key: variable })),
        });
        outcomes.push({
          status: "fail",
          object: workload.ref,
          container: container.name,
          message: text("secretLiteral", { container: container.name, count: names.length, names: names.map((name) => `\`${name}\``) }),
          evidence,
          remediation: {
            type: "patch",
            target: workload.ref,
            patch,
            note: text("literalEnvToSecret", {
              command: `kubectl -n ${namespace} create secret generic ${secretName} ${names.map((name) => `--from-literal=${name}='<current value>'`).join(" ")}`,
              path: paths[secretName] ?? "",
            }),
          },
        });
      }
      return outcomes;
    });
  },
};
