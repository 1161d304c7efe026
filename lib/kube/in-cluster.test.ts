import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { RequestOptions } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { inClusterKubeConfig, InClusterUnavailableError } from "./in-cluster";
import { certificatePair } from "./kubeconfig.testkit";

let dir: string;
let caPem: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ramparts-sa-"));
  caPem = Buffer.from((await certificatePair({ commonName: "kubernetes" })).certData, "base64").toString("utf8");
  await writeFile(join(dir, "ca.crt"), caPem);
  await writeFile(join(dir, "token"), "first-token\n");
  await writeFile(join(dir, "namespace"), "ramparts");
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

async function authorizationOf(kubeConfig: ReturnType<typeof inClusterKubeConfig>): Promise<unknown> {
  const options: RequestOptions = { headers: {} };
  await kubeConfig.applyToHTTPSOptions(options);
  return (options.headers as Record<string, unknown>).Authorization;
}

describe("inClusterKubeConfig", () => {
  it("builds the cluster from the pod's environment and service-account files", async () => {
    const kubeConfig = inClusterKubeConfig({ serviceAccountDir: dir, host: "10.96.0.1", port: "443" });
    expect(kubeConfig.getCurrentCluster()).toMatchObject({
      server: "https://10.96.0.1:443",
      caData: Buffer.from(caPem).toString("base64"),
      skipTLSVerify: false,
    });
    expect(inClusterKubeConfig({ serviceAccountDir: dir, host: "fd00::1", port: "6443" }).getCurrentCluster()?.server).toBe("https://[fd00::1]:6443");
    expect(await authorizationOf(kubeConfig)).toBe("Bearer first-token");
  });

  it("re-reads the token file, which the kubelet rotates", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const kubeConfig = inClusterKubeConfig({ serviceAccountDir: dir, host: "10.96.0.1", port: "443" });
    expect(await authorizationOf(kubeConfig)).toBe("Bearer first-token");
    await writeFile(join(dir, "token"), "rotated-token");
    vi.setSystemTime(Date.now() + 61_000);
    expect(await authorizationOf(kubeConfig)).toBe("Bearer rotated-token");
  });

  it("says clearly when Ramparts does not run in a cluster", () => {
    const attempt = (options: Parameters<typeof inClusterKubeConfig>[0]) => () => inClusterKubeConfig({ serviceAccountDir: dir, ...options });
    expect(attempt({ host: "", port: "443" })).toThrow(InClusterUnavailableError);
    expect(attempt({ host: "", port: "443" })).toThrow(/KUBERNETES_SERVICE_HOST is not set.*register the cluster with a kubeconfig/);
    expect(attempt({ host: "10.96.0.1", port: "tcp://10.96.0.1:443" })).toThrow(/KUBERNETES_SERVICE_PORT is not set to a port number/);
    expect(attempt({ host: "10.96.0.1", port: "443", serviceAccountDir: join(dir, "missing") })).toThrow(
      /ca\.crt cannot be read \(ENOENT\); is automountServiceAccountToken disabled/,
    );
  });

  it("refuses an empty token file", async () => {
    const empty = await mkdtemp(join(tmpdir(), "ramparts-sa-empty-"));
    await writeFile(join(empty, "ca.crt"), caPem);
    await writeFile(join(empty, "token"), "");
    expect(() => inClusterKubeConfig({ serviceAccountDir: empty, host: "10.96.0.1", port: "443" })).toThrow(/token is empty/);
    await rm(empty, { recursive: true, force: true });
  });
});
