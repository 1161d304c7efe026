import { asNumber, asRecords } from "../../../access";
import type { TPssControl, TPssFinding } from "./control";

/** Baseline: no container port may set a non-zero hostPort. */
export const hostPortsControl: TPssControl = {
  id: "hostPorts",
  level: "baseline",
  evaluate: (pod) =>
    pod.containers.flatMap((container) =>
      asRecords(container.spec.ports).flatMap((port): TPssFinding[] => {
        const hostPort = asNumber(port.hostPort);
        return hostPort !== undefined && hostPort !== 0
          ? [{ container, field: "ports[].hostPort", value: { containerPort: port.containerPort, hostPort } }]
          : [];
      }),
    ),
};
