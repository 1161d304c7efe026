// Limits and patterns of a cluster registration, shared by the API (zod schemas) and the form
// (validation as one types). No server code here: client components import it.
import { MAX_KUBECONFIG_BYTES } from "../kube/kubeconfig-limits";

export { MAX_KUBECONFIG_BYTES };

export const ENVIRONMENTS = ["production", "staging", "development", "other"] as const;
export type TEnvironment = (typeof ENVIRONMENTS)[number];

export const CONNECTION_KINDS = ["kubeconfig", "in_cluster", "manifests"] as const;
export type TConnectionKind = (typeof CONNECTION_KINDS)[number];

/** A DNS label, as Kubernetes names namespaces: lowercase letters, digits and '-', 1–63, alphanumeric at both ends. */
export const CLUSTER_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const CLUSTER_NAME_MAX = 63;
export const DESCRIPTION_MAX = 500;
export const CONTEXT_NAME_MAX = 253;
export const MANIFEST_PATH_MAX = 4096;

/** A manifests bundle is scanned in memory, by the worker: 5 MiB covers a large GitOps repository's rendered output. */
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;

/** Request bodies: a kubeconfig as JSON (escaping can double a PEM's line breaks), or a bundle. */
export const MAX_KUBECONFIG_BODY_BYTES = 2 * MAX_KUBECONFIG_BYTES + 16 * 1024;
export const MAX_REGISTRATION_BODY_BYTES = Math.ceil(1.25 * MAX_BUNDLE_BYTES) + 64 * 1024;

export type TNameProblem = "required" | "tooLong" | "pattern";

/** Why a cluster name is refused, or undefined (the form's check; the API's is the zod schema below it). */
export function clusterNameProblem(name: string): TNameProblem | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return "required";
  if (trimmed.length > CLUSTER_NAME_MAX) return "tooLong";
  if (!CLUSTER_NAME_PATTERN.test(trimmed)) return "pattern";
  return undefined;
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
