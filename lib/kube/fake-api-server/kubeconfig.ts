// Kubeconfigs for a fake API server, as a person would paste them: the server's address, its CA
// as certificate-authority-data, and a token or a client certificate. The text goes through
// client-node's own kubeconfig loader, so tests and the demo exercise the real parsing path.
import { KubeConfig } from "@kubernetes/client-node";
import { stringify } from "yaml";
import type { TKeyPairPem } from "./tls";

export interface TFakeAccess {
  /** https://127.0.0.1:PORT or http://… (plain HTTP needs insecure-skip-tls-verify in client-node). */
  server: string;
  /** CA to trust; absent = none (the system store), which a self-made CA fails against. */
  caPem?: string;
  token?: string;
  clientCert?: TKeyPairPem;
  /** Names the cluster, user and context (default "fake"). */
  name?: string;
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** The kubeconfig document (kind: Config), ready to be written as YAML. */
export function fakeKubeconfigDocument(access: TFakeAccess): Record<string, unknown> {
  const name = access.name ?? "fake";
  const cluster: Record<string, unknown> = { server: access.server };
  if (access.caPem) cluster["certificate-authority-data"] = base64(access.caPem);
  if (access.server.startsWith("http://")) cluster["insecure-skip-tls-verify"] = true;
  const user: Record<string, unknown> = {};
  if (access.token) user.token = access.token;
  if (access.clientCert) {
    user["client-certificate-data"] = base64(access.clientCert.certPem);
    user["client-key-data"] = base64(access.clientCert.keyPem);
  }
  return {
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name, cluster }],
    users: [{ name, user }],
    contexts: [{ name, context: { cluster: name, user: name } }],
    "current-context": name,
  };
}

export function fakeKubeconfigYaml(access: TFakeAccess): string {
  return stringify(fakeKubeconfigDocument(access));
}

export function fakeKubeConfig(access: TFakeAccess): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(fakeKubeconfigYaml(access));
  return kubeConfig;
}
