// A kubeconfig for one of the project's own fake API servers (demo and tests).
import type { TFakeApiServer } from "../kube/fake-api-server";

export function kubeconfigFor(server: Pick<TFakeApiServer, "url" | "caPem" | "token">, name: string): string {
  const cluster: Record<string, unknown> = { server: server.url };
  if (server.caPem) cluster["certificate-authority-data"] = Buffer.from(server.caPem).toString("base64");
  else cluster["insecure-skip-tls-verify"] = true;
  return JSON.stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name, cluster }],
    users: [{ name: `${name}-reader`, user: { token: server.token } }],
    contexts: [{ name, context: { cluster: name, user: `${name}-reader` } }],
    "current-context": name,
  });
}
