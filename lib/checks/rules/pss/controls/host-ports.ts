import { asNumber, isRecord } from "../../../access";
import type { TPssControl, TPssFinding } from "./control";

/** Baseline: no container port may set a non-zero hostPort. */
export const hostPortsControl: TPssControl = {
  id: "hostPorts",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    for (const container of pod.containers) {
      const ports = container.spec.ports;
      if (!Array.isArray(ports)) continue;
      for (const port of ports) {
        if (!isRecord(port)) continue;
        const hostPort = asNumber(port.hostPort);
        if (hostPort !== undefined && hostPort !== 0) findings.push({ container, field: "ports[].hostPort", value: { containerPort: port.containerPort, hostPort } });
      }
    }
    return findings;
  },
};
