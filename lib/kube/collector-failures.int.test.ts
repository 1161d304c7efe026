// What fails a collection as a whole: nothing can be read, and the error says what to do.
// Messages are shown to people and logged, so they never carry the server address or a token.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { collectSnapshot } from "./collector";
import { FAST, fakeServer, kubeConfigOf } from "./collector.testkit";
import { CollectionError } from "./errors";
import { createCertificateAuthority, fakeKubeConfig } from "./fake-api-server";

async function failureOf(promise: Promise<unknown>): Promise<CollectionError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(CollectionError);
  return error as CollectionError;
}

/** A loopback port nobody listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("collectSnapshot failures", () => {
  it("fails as unreachable when nothing listens", async () => {
    const port = await closedPort();
    const error = await failureOf(collectSnapshot(fakeKubeConfig({ server: `https://127.0.0.1:${port}`, token: "t" }), FAST));
    expect(error.kind).toBe("unreachable");
    expect(error.code).toBe("cluster_unavailable");
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/^unreachable: the connection was refused/);
    expect(error.message).not.toContain(String(port));
  });

  it("fails on TLS when the kubeconfig trusts another CA", async () => {
    const server = await fakeServer();
    const otherCa = await createCertificateAuthority("someone-else");
    const error = await failureOf(collectSnapshot(kubeConfigOf(server, { caPem: otherCa.certPem }), FAST));
    expect(error.kind).toBe("tls");
    expect(error.message).toMatch(/^certificate signed by unknown authority: add certificate-authority-data to the kubeconfig/);
    expect(server.requests.total).toBe(0); // refused during the handshake, no request got through
  });

  it("fails on TLS when the kubeconfig has no CA for a self-signed cluster", async () => {
    const server = await fakeServer();
    const error = await failureOf(collectSnapshot(kubeConfigOf(server, { caPem: undefined }), FAST));
    expect(error.kind).toBe("tls");
    expect(error.message).toMatch(/^certificate signed by unknown authority/);
  });

  it("fails as unauthorized when the token is rejected, without echoing it", async () => {
    const server = await fakeServer();
    const wrong = "wrong-token-CANARY-9f3e";
    const error = await failureOf(collectSnapshot(kubeConfigOf(server, { token: wrong }), FAST));
    expect(error.kind).toBe("unauthorized");
    expect(error.message).toMatch(/^401: the token was rejected/);
    expect(`${error.message} ${JSON.stringify(error.details)}`).not.toContain(wrong);
    expect(error.message).not.toContain(server.url);
    expect(server.requests.entries.map((entry) => [entry.path, entry.status])).toEqual([["/version", 401]]); // no retry of a 401
  });

  it("fails as unauthorized when a client certificate comes from a CA the cluster does not trust", async () => {
    const server = await fakeServer();
    const stranger = await (await createCertificateAuthority("stranger")).issue({ commonName: "intruder" });
    const error = await failureOf(collectSnapshot(kubeConfigOf(server, { token: undefined, clientCert: stranger }), FAST));
    expect(error.kind).toBe("unauthorized");
    expect(error.message).toMatch(/^401: the client certificate was rejected/);
  });

  it("fails as unauthorized when the token is revoked in the middle of a collection", async () => {
    const server = await fakeServer();
    const error = await failureOf(collectSnapshot(kubeConfigOf(server), {
      ...FAST,
      concurrency: 1,
      onProgress: () => server.setToken("rotated"), // after the first page, the cluster no longer accepts ours
    }));
    expect(error.kind).toBe("unauthorized");
    expect(server.requests.entries.filter((entry) => entry.status === 401)).toHaveLength(1); // the others stopped
  });
});
