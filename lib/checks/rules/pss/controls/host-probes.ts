import { asRecord, asString, get } from "../../../access";
import type { TPssControl, TPssFinding } from "./control";

/** Where a host can be named: each probe and each lifecycle handler, over HTTP or TCP. */
export const HOST_FIELDS: readonly (readonly string[])[] = ["livenessProbe", "readinessProbe", "startupProbe"]
  .flatMap((probe) => [[probe, "httpGet"], [probe, "tcpSocket"]])
  .concat(["postStart", "preStop"].flatMap((hook) => [["lifecycle", hook, "httpGet"], ["lifecycle", hook, "tcpSocket"]]));

/** "livenessProbe.httpGet.host"…, for each of HOST_FIELDS. */
const HOST_FIELD_NAMES = HOST_FIELDS.map((path) => `${path.join(".")}.host`);

/**
 * Baseline (1.34+): probes and lifecycle handlers may not name a host, since the kubelet would
 * connect to it from the node's network — any host, localhost included.
 */
export const hostProbesControl: TPssControl = {
  id: "hostProbesAndHostLifecycle",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    for (const container of pod.containers) {
      // Most containers have no probe and no hook: skip the ten paths at once.
      const spec = container.spec;
      if (spec.livenessProbe === undefined && spec.readinessProbe === undefined && spec.startupProbe === undefined && spec.lifecycle === undefined) continue;
      for (let index = 0; index < HOST_FIELDS.length; index += 1) {
        const host = asString(asRecord(get(spec, ...HOST_FIELDS[index]!))?.host);
        if (host) findings.push({ container, field: HOST_FIELD_NAMES[index]!, value: host });
      }
    }
    return findings;
  },
};
