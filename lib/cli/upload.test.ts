import { describe, expect, it } from "vitest";
import { snapshotFromText } from "../checks/load";
import { parseUploadUrl, uploadBundle, uploadScan } from "./upload";
import { run } from "./cli.testkit";

const ID = "0b6f3c1e-5a7d-4e2b-9c8f-1d2e3f4a5b6c";

describe("--upload URL", () => {
  it("takes the cluster's page or its API address, with or without a base path", () => {
    expect(parseUploadUrl(`https://ramparts.example/clusters/${ID}`)).toEqual({ base: "https://ramparts.example", clusterId: ID });
    expect(parseUploadUrl(`https://ramparts.example/clusters/${ID}/scans/`)).toEqual({ base: "https://ramparts.example", clusterId: ID });
    expect(parseUploadUrl(`http://10.0.0.5:3000/security/api/clusters/${ID.toUpperCase()}/uploads`)).toEqual({ base: "http://10.0.0.5:3000/security", clusterId: ID });
  });

  it("refuses an address that names no cluster", () => {
    expect(parseUploadUrl("https://ramparts.example/")).toBeNull();
    expect(parseUploadUrl("https://ramparts.example/clusters/prod")).toBeNull();
    expect(parseUploadUrl(`ftp://ramparts.example/clusters/${ID}`)).toBeNull();
    expect(parseUploadUrl("not a url")).toBeNull();
  });

  it("needs a token and a cluster address: usage errors, exit 2, before anything is read", async () => {
    const withoutToken = await run(["scan", "-", "--upload", `https://ramparts.example/clusters/${ID}`]);
    expect(withoutToken.code).toBe(2);
    expect(withoutToken.err).toContain("--upload needs an API token with the scan scope");
    const badUrl = await run(["scan", "-", "--upload", "https://ramparts.example/", "--token", "rmp_x"]);
    expect(badUrl.code).toBe(2);
    expect(badUrl.err).toContain("--upload needs the address of a cluster’s page");
    expect((await run(["scan", "-", "--token", "rmp_x"])).err).toContain("--token is only used with --upload.");
  });
});

describe("the uploaded bundle", () => {
  it("holds every object read, with no Secret value", () => {
    const { snapshot } = snapshotFromText(`apiVersion: v1
kind: Secret
metadata: {name: db, namespace: shop}
data: {password: c3VwZXItc2VjcmV0}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop}
spec: {containers: [{name: c, image: nginx}]}
`);
    const bundle = uploadBundle(snapshot);
    expect(bundle).not.toContain("c3VwZXItc2VjcmV0");
    const parsed = JSON.parse(bundle) as { kind: string; items: { kind: string; metadata: { name: string } }[] };
    expect(parsed.kind).toBe("List");
    expect(parsed.items.map((item) => `${item.kind}/${item.metadata.name}`).sort()).toEqual(["Pod/web", "Secret/db"]);
  });
});

describe("upload answers", () => {
  const target = { base: "https://ramparts.example", clusterId: ID };
  const answering = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  it("turn 401, 403, 404 and other refusals into messages that carry the server's reason, never the token", async () => {
    const refusal = { error: { code: "unauthenticated", message: "This API token is unknown or has been revoked." } };
    const unauthorized = await uploadScan(target, "rmp_secret-value", "{}", answering(401, refusal));
    expect(unauthorized).toEqual({ ok: false, key: "uploadUnauthorized", values: expect.objectContaining({ message: refusal.error.message }) });
    expect(JSON.stringify(unauthorized)).not.toContain("secret-value");
    expect(await uploadScan(target, "t", "{}", answering(403, { error: { code: "forbidden", message: "needs scan" } }))).toMatchObject({ ok: false, key: "uploadForbidden" });
    expect(await uploadScan(target, "t", "{}", answering(404, { error: { code: "not_found", message: "No such cluster." } }))).toMatchObject({ ok: false, key: "uploadNotFound" });
    expect(await uploadScan(target, "t", "{}", answering(409, { error: { code: "conflict", message: "archived" } }))).toMatchObject({ ok: false, key: "uploadRefused", values: { status: "409", message: "archived" } });
  });

  it("ask the server for its message in the CLI's language", async () => {
    const sent: (string | null)[] = [];
    const recording: typeof fetch = async (_url, init) => {
      sent.push(new Headers(init?.headers).get("accept-language"));
      return new Response(JSON.stringify({ error: { code: "not_found", message: "Ce cluster n'existe pas." } }), { status: 404 });
    };
    expect(await uploadScan(target, "t", "{}", recording, "fr")).toMatchObject({ ok: false, key: "uploadNotFound", values: { message: "Ce cluster n'existe pas." } });
    await uploadScan(target, "t", "{}", recording);
    expect(sent).toEqual(["fr", "en"]);
  });

  it("say so when the server cannot be reached", async () => {
    const failing: typeof fetch = async () => {
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    };
    expect(await uploadScan(target, "t", "{}", failing)).toEqual({ ok: false, key: "uploadUnreachable", values: { server: "https://ramparts.example", reason: "ECONNREFUSED" } });
  });
});
