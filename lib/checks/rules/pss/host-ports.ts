import { asBoolean, isRecord } from "../../access";
import { hostPortsControl } from "./controls/host-ports";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

function portsOf(findings: { value: unknown }[]): { containerPort: unknown; hostPort: unknown }[] {
  return findings.map((finding) => (isRecord(finding.value) ? finding.value : {})).map((port) => ({ containerPort: port.containerPort, hostPort: port.hostPort }));
}

export const hostPorts = defineContainerCheck(
  {
    id: "host-ports",
    quickWin: "QW3",
    severity: "medium",
    cis: "5.2.13",
    pss: { level: "baseline", control: "hostPorts" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: hostPortsControl.evaluate,
    fail: (container, findings) =>
      text("pssHostPorts", { container: container.name, count: findings.length, ports: portsOf(findings).map((port) => String(port.hostPort)) }),
    pass: (container) => text("pssNoHostPorts", { container: container.name }),
    fix: (container, findings, pod) => {
      // With hostNetwork the API server sets hostPort = containerPort again: both must go.
      const onHostNetwork = asBoolean(pod.spec.hostNetwork) === true;
      return {
        spec: onHostNetwork ? { hostNetwork: false } : undefined,
        containers: [{ container, fragment: { ports: portsOf(findings).map((port) => ({ containerPort: port.containerPort, hostPort: null })) } }],
        note: text(onHostNetwork ? "hostPortsServiceHostNetwork" : "hostPortsService"),
      };
    },
  },
);
