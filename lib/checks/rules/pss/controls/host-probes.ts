import { asRecord, asString, get } from "../../../access";
import type { TPssControl, TPssFinding } from "./control";

/** Where a host can be named: each probe and each lifecycle handler, over HTTP or TCP. */
export const HOST_FIELDS: readonly (readonly string[])[] = ["livenessProbe", "readinessProbe", "startupProbe"]
  .flatMap((probe) => [[probe, "httpGet"], [probe, "tcpSocket"]])
  .concat(["postStart", "preStop"].flatMap((hook) => [["lifecycle", hook, "httpGet"], ["lifecycle", hook, "tcpSocket"]]));

/**
 * Baseline (1.34+): probes and lifecycle handlers may not name a host, since the kubelet would
 * connect to it from the node's network — any host, localhost included.
 */
export const hostProbesControl: TPssControl = {
  id: "hostProbesAndHostLifecycle",
  level: "baseline",
  evaluate: (pod) =>
    pod.containers.flatMap((container) =>
      HOST_FIELDS.flatMap((path): TPssFinding[] => {
        const host = asString(asRecord(get(container.spec, ...path))?.host);
        return host ? [{ container, field: `${path.join(".")}.host`, value: host }] : [];
      }),
    ),
};
