// Upstream edge semantics of the controls that the conformance fixtures do not pin down, and
// the family's behaviour on malformed input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TRecord } from "../../access";
import { evaluateSnapshot } from "../../engine";
import { evaluatePss } from "../../pss";
import type { TKubeObject } from "../../types";
import { topWorkloads } from "../../workloads";
import { exposedSockets } from "./container-runtime-socket-mount";
import { pssChecks } from "./index";

function pod(spec: TRecord, annotations?: Record<string, string>): TKubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "t", annotations }, spec };
}

function violations(object: TKubeObject) {
  const [workload] = topWorkloads({ objects: { [String(object.kind)]: [object] }, gaps: [] });
  return evaluatePss(workload!);
}

const HARDENED_CONTAINER = { name: "c", image: "i", securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } } };
const HARDENED_POD = { securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } }, containers: [HARDENED_CONTAINER] };

describe("PSS controls beyond the conformance fixtures", () => {
  it("user namespaces relax procMount (baseline), runAsNonRoot and runAsUser, not procMount_restricted", () => {
    const verdict = violations(pod({
      hostUsers: false,
      securityContext: { runAsUser: 0, seccompProfile: { type: "RuntimeDefault" } },
      containers: [{ ...HARDENED_CONTAINER, securityContext: { ...HARDENED_CONTAINER.securityContext, procMount: "Unmasked" } }],
    }));
    expect(verdict.baseline.violations).toEqual([]);
    expect(verdict.restricted.violations).toEqual(["procMount_restricted"]);
  });

  it("Windows pods skip the Linux-only restricted controls but not runAsNonRoot", () => {
    const verdict = violations(pod({ os: { name: "windows" }, containers: [{ name: "c", image: "i" }] }));
    expect(verdict.restricted.violations).toEqual(["runAsNonRoot"]);
  });

  it("a volume naming no source is the API's default emptyDir; a hostPath is a restricted type", () => {
    expect(violations(pod({ ...HARDENED_POD, volumes: [{ name: "bare" }] })).restricted.allowed).toBe(true);
    expect(violations(pod({ ...HARDENED_POD, volumes: [{ name: "img", image: { reference: "r" } }] })).restricted.allowed).toBe(true);
    expect(violations(pod({ ...HARDENED_POD, volumes: [{ name: "h", hostPath: { path: "/" } }] })).restricted.violations)
      .toEqual(["hostPathVolumes", "restrictedVolumes"]);
  });

  it("ephemeral containers are held to the same rules", () => {
    const verdict = violations(pod({ ...HARDENED_POD, ephemeralContainers: [{ name: "debug", image: "busybox", securityContext: { privileged: true } }] }));
    expect(verdict.baseline.violations).toEqual(["privileged"]);
    expect(verdict.restricted.violations).toEqual(["privileged", "allowPrivilegeEscalation", "capabilities_restricted"]);
  });

  it("spells capabilities exactly as upstream does, and allows only NET_BIND_SERVICE at restricted", () => {
    const withAdd = (add: string[]) => pod({ ...HARDENED_POD, containers: [{ ...HARDENED_CONTAINER, securityContext: { ...HARDENED_CONTAINER.securityContext, capabilities: { drop: ["ALL"], add } } }] });
    expect(violations(withAdd(["NET_BIND_SERVICE"])).restricted.allowed).toBe(true);
    expect(violations(withAdd(["CHOWN"])).baseline.allowed).toBe(true);
    expect(violations(withAdd(["CHOWN"])).restricted.violations).toEqual(["capabilities_restricted"]);
    expect(violations(withAdd(["CAP_CHOWN"])).baseline.violations).toEqual(["capabilities_baseline"]);
  });

  it("AppArmor: annotation for any container name and the field; Localhost and runtime/default allowed", () => {
    expect(violations(pod({ containers: [{ name: "c" }] }, { "container.apparmor.security.beta.kubernetes.io/other": "unconfined" })).baseline.violations).toEqual(["appArmorProfile"]);
    expect(violations(pod({ containers: [{ name: "c" }] }, { "container.apparmor.security.beta.kubernetes.io/c": "runtime/default" })).baseline.allowed).toBe(true);
    expect(violations(pod({ securityContext: { appArmorProfile: { type: "Localhost", localhostProfile: "x" } }, containers: [{ name: "c" }] })).baseline.allowed).toBe(true);
    expect(violations(pod({ containers: [{ name: "c", securityContext: { appArmorProfile: { type: "Unconfined" } } }] })).baseline.violations).toEqual(["appArmorProfile"]);
  });

  it("SELinux allows container_engine_t (v1.31+) and a level, never a user or role", () => {
    expect(violations(pod({ securityContext: { seLinuxOptions: { type: "container_engine_t", level: "s0:c1" } }, containers: [{ name: "c" }] })).baseline.allowed).toBe(true);
    expect(violations(pod({ containers: [{ name: "c", securityContext: { seLinuxOptions: { role: "r" } } }] })).baseline.violations).toEqual(["seLinuxOptions"]);
  });

  it("sysctls: the v1.37 additions are safe, anything else is not", () => {
    const withSysctl = (name: string) => pod({ securityContext: { sysctls: [{ name, value: "1" }] }, containers: [{ name: "c" }] });
    for (const name of ["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_rmem", "net.ipv4.ip_local_reserved_ports"]) expect(violations(withSysctl(name)).baseline.allowed).toBe(true);
    expect(violations(withSysctl("net.core.somaxconn")).baseline.violations).toEqual(["sysctls"]);
  });

  it("probes and hooks may name no host at all, startupProbe and preStop included", () => {
    expect(violations(pod({ containers: [{ name: "c", startupProbe: { httpGet: { host: "localhost", port: 80 } } }] })).baseline.violations).toEqual(["hostProbesAndHostLifecycle"]);
    expect(violations(pod({ containers: [{ name: "c", lifecycle: { preStop: { httpGet: { host: "", port: 80 } } } }] })).baseline.allowed).toBe(true);
  });
});

describe("container-runtime-socket-mount", () => {
  it("matches the socket, its directories and their parents, not unrelated paths", () => {
    for (const path of ["/", "/var", "/var/run", "/run/", "/run/containerd", "/var/run/docker.sock", "//run//crio/"]) expect(exposedSockets(path), path).not.toEqual([]);
    for (const path of ["/var/log", "/run/udev", "/var/lib/kubelet", "/var/run/secrets"]) expect(exposedSockets(path), path).toEqual([]);
  });
});

describe("malformed objects", () => {
  it("a controller without a pod spec is not assessable for every check of the family", () => {
    const results = evaluateSnapshot({ objects: { Deployment: [{ kind: "Deployment", metadata: { name: "broken" }, spec: { template: "x" } }] }, gaps: [] }, { checks: pssChecks });
    expect(results).toHaveLength(pssChecks.length);
    expect(results.every((result) => result.status === "not_assessable" && result.object.name === "broken")).toBe(true);
  });

  it("never throws, whatever the pod spec holds", () => {
    const anything = fc.anything({ maxDepth: 4 });
    const spec = fc.record({
      containers: fc.oneof(anything, fc.array(fc.record({ name: fc.oneof(fc.string(), anything), securityContext: anything, ports: anything, livenessProbe: anything, lifecycle: anything }))),
      securityContext: anything,
      volumes: fc.oneof(anything, fc.array(fc.dictionary(fc.constantFrom("name", "hostPath", "nfs", "emptyDir", "configMap"), anything))),
      hostPID: anything,
      hostUsers: anything,
      os: anything,
    }, { requiredKeys: [] });
    fc.assert(fc.property(spec, anything, (podSpec, annotations) => {
      const object = { apiVersion: "v1", kind: "Pod", metadata: { name: "fuzz", annotations }, spec: podSpec } as TKubeObject;
      const results = evaluateSnapshot({ objects: { Pod: [object] }, gaps: [] }, { checks: pssChecks });
      expect(results.some((result) => result.object.kind === "Cluster")).toBe(false);
      violations(object);
    }), { numRuns: 300 });
  });
});
