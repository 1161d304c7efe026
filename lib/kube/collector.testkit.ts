// Test material for the collector and the fake API server: servers started per test and closed
// after it, kubeconfigs for them, fast retry settings, and clusters made in memory.
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import type { TKubeObject, TSnapshot } from "../checks/types";
import type { TCollectOptions } from "./collector";
import { fakeKubeConfig, startFakeApiServer, type TFakeAccess, type TFakeApiServer, type TFakeApiServerOptions } from "./fake-api-server";

export const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));

/** Retries in milliseconds, not seconds, and no randomness. */
export const FAST: TCollectOptions = { backoffBaseMs: 5, backoffMaxMs: 40, random: () => 0.5 };

const started: TFakeApiServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

/** A fake API server over lib/kube/fixtures (unless `snapshot` or `dir` says otherwise), closed after the test. */
export async function fakeServer(options: Partial<TFakeApiServerOptions> = {}): Promise<TFakeApiServer> {
  const server = await startFakeApiServer(options.snapshot ? options : { dir: FIXTURES, ...options });
  started.push(server);
  return server;
}

export function kubeConfigOf(server: TFakeApiServer, overrides: Partial<TFakeAccess> = {}) {
  return fakeKubeConfig({ server: server.url, caPem: server.caPem, token: server.token, ...overrides });
}

/** `count` Pods over a few namespaces, plus the namespaces: enough for many pages. */
export function manyPods(count: number): TSnapshot {
  const namespaces = ["alpha", "beta", "gamma"];
  const pods: TKubeObject[] = Array.from({ length: count }, (_, index) => ({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: `pod-${String(index).padStart(5, "0")}`, namespace: namespaces[index % namespaces.length] },
    spec: { containers: [{ name: "app", image: "nginx:1.27" }] },
  }));
  const namespaceObjects = namespaces.map((name): TKubeObject => ({ apiVersion: "v1", kind: "Namespace", metadata: { name } }));
  return { objects: { Pod: pods, Namespace: namespaceObjects }, gaps: [] };
}
