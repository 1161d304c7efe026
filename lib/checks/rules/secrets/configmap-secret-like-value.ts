import { asRecord, asString, kindOf, nameOf } from "../../access";
import { objectRef } from "../../context";
import type { TCheck } from "../../types";
import { configMapKey } from "../../redact";
import { configEntrySecretReason } from "./patterns";
import { text } from "../../text";

export const configmapSecretLikeValue: TCheck = {
  id: "configmap-secret-like-value",
  quickWin: "QW5",
  severity: "high",
  requires: ["ConfigMap"],
  *evaluate(ctx) {
    const configMaps = ctx.objects("ConfigMap").filter((object) => kindOf(object) === "ConfigMap");
    yield* ctx.each(configMaps, objectRef, function* (configMap) {
      const ref = objectRef(configMap);
      const data = asRecord(configMap.data) ?? {};
      // A collected snapshot carries no values, only the verdict the collector reached on each
      // key (lib/checks/redact.ts); a YAML file read directly still has them.
      const verdicts = ctx.snapshot.redactions?.configMaps[configMapKey(configMap)];
      // Keys and reasons only: ConfigMap values are never copied into a result.
      const keys = Object.entries(data).flatMap(([key, value]) => {
        const text = asString(value);
        const reason = verdicts ? verdicts[key] || undefined : text === undefined ? undefined : configEntrySecretReason(key, text);
        return reason ? [{ key, reason }] : [];
      });
      if (keys.length === 0) {
        yield { status: "pass", object: ref, message: text("configMapClean", { name: nameOf(configMap) }), evidence: { keys: Object.keys(data).length } };
        return;
      }
      const patch = { data: Object.fromEntries(keys.map(({ key }) => [key, null])) };
      const namespace = ref.namespace ?? "default";
      yield {
        status: "fail",
        object: ref,
        message: text("configMapSecrets", { name: nameOf(configMap), keys: keys.map(({ key }) => `\`${key}\``) }),
        evidence: { keys },
        remediation: {
          type: "patch",
          target: ref,
          patch,
          note: text("configMapToSecret", {
            command: `kubectl -n ${namespace} create secret generic ${nameOf(configMap)}-secret ${keys.map(({ key }) => (key.includes(".") ? `--from-file=${key}=./${key}` : `--from-literal=${key}='<value>'`)).join(" ")}`,
          }),
        },
      };
    });
  },
};
