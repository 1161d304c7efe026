import { asString } from "../../access";
import { hostPathOf, volumesOf } from "./controls/volumes";
import type { TPssFinding } from "./controls";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import type { TPod } from "./pod";
import { emptyDirFix } from "./volume-fix";
import { text } from "../../text";

/** Where Docker, containerd, CRI-O, cri-dockerd, k3s and Podman put their API sockets. */
const RUNTIME_SOCKETS = [
  "/var/run/docker.sock", "/run/docker.sock",
  "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
  "/var/run/crio/crio.sock", "/run/crio/crio.sock",
  "/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock",
  "/run/k3s/containerd/containerd.sock", "/var/run/dockershim.sock",
  "/run/podman/podman.sock", "/var/run/podman/podman.sock",
];

function normalize(path: string): string {
  const collapsed = path.replace(/\/+/g, "/").replace(/\/$/, "");
  return collapsed === "" ? "/" : collapsed;
}

/**
 * The socket itself, or any directory above it (`/`, `/run`, `/var/run`, `/run/containerd`):
 * all of them hand the container the runtime's API. Read-only mounts do not help — connecting
 * to a Unix socket is allowed on a read-only filesystem.
 */
export function exposedSockets(path: string): string[] {
  const mounted = normalize(path);
  return RUNTIME_SOCKETS.filter((socket) => socket === mounted || mounted === "/" || socket.startsWith(`${mounted}/`));
}

function findings(pod: TPod): TPssFinding[] {
  return volumesOf(pod).flatMap((volume): TPssFinding[] => {
    const path = hostPathOf(volume);
    if (!path) return [];
    const sockets = exposedSockets(path);
    return sockets.length > 0 ? [{ volume: asString(volume.name) ?? "", field: "hostPath.path", value: path }] : [];
  });
}

export const containerRuntimeSocketMount = definePodCheck(
  {
    id: "container-runtime-socket-mount",
    quickWin: "QW3",
    severity: "critical",
    cis: "5.2.12",
    requires: WORKLOAD_KINDS,
  },
  {
    findings,
    fail: (pod, found) =>
      text("pssRuntimeSocket", { object: describe(pod), volumes: found.map((finding) => text("volumePath", { volume: finding.volume ?? "", path: String(finding.value) })) }),
    pass: (pod) => text("pssNoRuntimeSocket", { object: describe(pod) }),
    fix: (pod, found) =>
      emptyDirFix(
        pod,
        found.map((finding) => finding.volume ?? ""),
        text("runtimeSocketEmptyDir"),
      ),
  },
);
