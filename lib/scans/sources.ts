// Where a cluster's snapshot comes from, by connection kind. Credentials are decrypted here, in
// the worker, and never leave this module.
import { decryptCredential, clusterCredentialContext } from "../crypto/credentials";
import { problemGap, snapshotFromPaths, snapshotFromText } from "../checks/load";
import { redactSnapshot } from "../checks/redact";
import { text } from "../checks/text";
import type { TSnapshot } from "../checks/types";
import type { KubeConfig } from "@kubernetes/client-node";
import { env } from "../env";
import { collectSnapshot } from "../kube/collector";
import { inClusterKubeConfig } from "../kube/in-cluster";
import { parseKubeconfig, toKubeConfig } from "../kube/kubeconfig";
import type { TSnapshotSource } from "./pipeline";
import { ScanPhaseError } from "./pipeline";

export interface TScanTarget {
  id: string;
  connectionKind: "kubeconfig" | "in_cluster" | "manifests";
  credentials: Uint8Array | null;
  contextName: string | null;
}

/** What a "manifests" cluster stores (encrypted like any credential: bundles may hold Secrets). */
export type TManifestSource = { type: "bundle"; yaml: string } | { type: "path"; path: string };

function manifestsSource(target: TScanTarget): TSnapshotSource {
  return {
    async collect(onProgress) {
      if (!target.credentials) throw new ScanPhaseError("collect", "This manifests cluster has no bundle or folder recorded.", false, text("scanNoManifests"));
      const source = JSON.parse(decryptCredential(target.credentials, clusterCredentialContext(target.id))) as TManifestSource;
      const loaded = source.type === "bundle" ? snapshotFromText(source.yaml, "bundle") : await snapshotFromPaths([source.path]);
      onProgress({ kind: "manifests", objects: loaded.count, done: 1, total: 1 });
      const snapshot: TSnapshot = redactSnapshot(loaded.snapshot);
      snapshot.gaps.push(...loaded.problems.map(problemGap));
      return snapshot;
    },
  };
}

function kubeconfigOf(target: TScanTarget): KubeConfig {
  if (target.connectionKind === "in_cluster") return inClusterKubeConfig();
  if (!target.credentials) throw new ScanPhaseError("collect", "This cluster has no kubeconfig recorded: edit it and paste one.", false, text("scanNoKubeconfig"));
  const parsed = parseKubeconfig(decryptCredential(target.credentials, clusterCredentialContext(target.id)));
  return toKubeConfig(parsed, target.contextName ?? undefined);
}

function liveSource(target: TScanTarget): TSnapshotSource {
  return {
    async collect(onProgress) {
      const { snapshot } = await collectSnapshot(kubeconfigOf(target), {
        onProgress,
        deadlineMs: env().RAMPARTS_SCAN_TIMEOUT_SECONDS * 1_000 * 0.6,
      });
      return snapshot;
    },
  };
}

export function sourceFor(target: TScanTarget): TSnapshotSource {
  return target.connectionKind === "manifests" ? manifestsSource(target) : liveSource(target);
}
