import { createServer as createHttpServer, type IncomingHttpHeaders } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKubeClients, isRequestTimeout } from "./client";
import { parseKubeconfig, toKubeConfig } from "./kubeconfig";
import { CANARY_TOKEN, kubeconfig, yamlOf } from "./kubeconfig.testkit";

const servers: Server[] = [];
const sockets = new Set<Socket>();
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.on("connection", (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return `http://127.0.0.1:${address.port}`;
}

/** Plain HTTP needs insecure-skip-tls-verify with client-node; loopback only. */
function clientsFor(server: string, options: Parameters<typeof createKubeClients>[1]) {
  const parsed = parseKubeconfig(yamlOf(kubeconfig({ cluster: { server, "insecure-skip-tls-verify": true } })));
  return createKubeClients(toKubeConfig(parsed), options);
}

let silent: string;
let silentConnections = 0;
let answering: string;
const seen: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  // Accepts every connection and never says a word: the hung API server a timeout exists for.
  silent = await listen(createServer(() => void silentConnections++));
  answering = await listen(
    createHttpServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ major: "1", minor: "31", gitVersion: "v1.31.2", platform: "linux/amd64" }));
    }),
  );
});

async function elapsed(run: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  try {
    await run();
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe("createKubeClients", () => {
  it("aborts a request to a server that never answers, after the per-request timeout", async () => {
    const clients = clientsFor(silent, { requestTimeoutMs: 300 });
    for (const call of [() => clients.version.getCode(), () => clients.core.listPodForAllNamespaces({ limit: 500 })]) {
      const { ms, error } = await elapsed(call);
      expect(error).toBeInstanceOf(Error);
      expect(isRequestTimeout(error)).toBe(true);
      expect(ms).toBeGreaterThanOrEqual(250);
      expect(ms).toBeLessThan(3_000);
    }
    expect(silentConnections).toBeGreaterThanOrEqual(1);
  });

  it("starts each request's timeout when the request starts, not when the clients were made", async () => {
    const clients = clientsFor(answering, { requestTimeoutMs: 200 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(clients.version.getCode()).resolves.toMatchObject({ gitVersion: "v1.31.2" });
    await expect(clients.version.getCode()).resolves.toMatchObject({ major: "1" });
  });

  it("stops every request when the overall signal fires", async () => {
    const controller = new AbortController();
    const clients = clientsFor(silent, { requestTimeoutMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const { ms, error } = await elapsed(() => clients.rbac.listClusterRole({}));
    expect(isRequestTimeout(error)).toBe(true);
    expect(ms).toBeLessThan(3_000);
  });

  it("sends the kubeconfig's token and identifies itself", async () => {
    seen.length = 0;
    await clientsFor(answering, {}).version.getCode();
    expect(seen[0]?.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
    expect(seen[0]?.["user-agent"]).toBe("ramparts");
  });

  it("tells a timeout from other failures", () => {
    expect(isRequestTimeout(new DOMException("The operation was aborted due to timeout", "TimeoutError"))).toBe(true);
    expect(isRequestTimeout(new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }))).toBe(false);
    expect(isRequestTimeout("nope")).toBe(false);
  });
});
