// Secrets never leak (issue #4's acceptance): clusters registered through the API with a token, a
// client certificate and a rejected token, scanned by the worker from the fake API server serving
// lib/kube/fixtures (CANARY values in a Secret, a ConfigMap and a last-applied annotation). Then
// every row of every table (public and pgboss schemas) as text, every log line, and the answer of
// every route that takes a cluster, scan or finding id must hold none of: the server's bearer
// token, the rejected token, a CANARY value, the client key — as text, base64 or hex (bytea).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getCluster } from "@/app/api/clusters/[id]/route";
import { GET as listExceptions } from "@/app/api/clusters/[id]/exceptions/route";
import { GET as listFindings } from "@/app/api/clusters/[id]/findings/route";
import { GET as getMatrix } from "@/app/api/clusters/[id]/matrix/route";
import { GET as getNamespaces } from "@/app/api/clusters/[id]/namespaces/route";
import { POST as triggerScan } from "@/app/api/clusters/[id]/scans/route";
import { POST as testStored } from "@/app/api/clusters/[id]/test/route";
import { GET as getTrends } from "@/app/api/clusters/[id]/trends/route";
import { GET as listClusters, POST as registerCluster } from "@/app/api/clusters/route";
import { GET as getFinding } from "@/app/api/findings/[id]/route";
import { GET as getOverview } from "@/app/api/overview/route";
import { GET as getDiff } from "@/app/api/scans/[id]/diff/route";
import { GET as getScan } from "@/app/api/scans/[id]/route";
import { GET as listScans } from "@/app/api/scans/route";
import { useTestEncryptionKey } from "../../test/clusters";
import { testDatabaseUrl } from "../../test/database";
import { db } from "../db/client";
import { fakeKubeconfigYaml, startFakeApiServer, type TFakeApiServer, type TKeyPairPem } from "../kube/fake-api-server";
import { CANARY_TOKEN } from "../kube/kubeconfig.testkit";
import { stopQueueClient } from "./queue-client";
import { startWorker, type TWorker } from "./worker";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

type THandler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface TAnswer {
  what: string;
  status: number;
  text: string;
}

/** Calls a route handler as Next.js would and keeps its raw answer. */
async function call(handler: THandler, what: string, params: Record<string, string> = {}, init?: RequestInit): Promise<TAnswer> {
  const response = await handler(new Request(new URL(what.replace(/^[A-Z]+ /, ""), "http://ramparts.test"), init), { params: Promise.resolve(params) });
  return { what, status: response.status, text: await response.text() };
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

let server: TFakeApiServer;
let clientCert: TKeyPairPem;
let worker: TWorker;
const logLines: string[] = [];
const answers: TAnswer[] = [];
const clusters: Record<"token" | "cert" | "rejected", string> = { token: "", cert: "", rejected: "" };
const scans: Record<keyof typeof clusters, string> = { token: "", cert: "", rejected: "" };
let kubeconfigs: Record<keyof typeof clusters, string>;

/** Every way a secret could be written down: as is, base64 (kubeconfig fields) and hex (bytea columns as JSON). */
function forms(secret: string): string[] {
  return [secret, Buffer.from(secret).toString("base64"), Buffer.from(secret).toString("hex")];
}

function secrets(): { name: string; value: string }[] {
  // A P-256 PKCS#8 key: the first body line is mostly the same for every such key, the second is
  // this key's own material (a whole line, as a PEM keeps it in text or in JSON).
  const keyLine = clientCert.keyPem.split("\n").filter((line) => line && !line.startsWith("-----"))[1]!;
  return [
    ...forms(server.token).map((value) => ({ name: "the server's bearer token", value })),
    ...forms(CANARY_TOKEN).map((value) => ({ name: "the rejected token", value })),
    ...["CANARY", "canary"].flatMap(forms).map((value) => ({ name: "a CANARY value from the fixtures", value })),
    { name: "the client key (PEM body)", value: keyLine },
    { name: "the client key (PEM body, hex)", value: Buffer.from(keyLine).toString("hex") },
    // The kubeconfig's client-key-data: base64 of the whole PEM, past its header and fixed prefix.
    { name: "the client key (client-key-data)", value: Buffer.from(clientCert.keyPem).toString("base64").slice(128, 200) },
  ];
}

function leaksIn(text: string): string[] {
  return secrets().filter((secret) => text.toLowerCase().includes(secret.value.toLowerCase())).map((secret) => secret.name);
}

async function waitForScans(ids: string[], timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db().scan.findMany({ where: { id: { in: ids } } });
    if (rows.length === ids.length && rows.every((row) => ["succeeded", "partial", "failed"].includes(row.status))) return rows;
    if (Date.now() > until) throw new Error(`scans not finished: ${JSON.stringify(rows.map((row) => [row.id, row.status, row.phase]))}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  useTestEncryptionKey();
  // Whatever reaches the console during the scans counts as a log line too.
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logLines.push(args.map(String).join(" ")));
  }
  // And so does the server log (lib/log: pino lines on stdout).
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (logLines.push(String(chunk)), true));
  await db().cluster.deleteMany();
  server = await startFakeApiServer({ dir: join(import.meta.dirname, "..", "kube", "fixtures") });
  clientCert = await server.mintClientCert({ commonName: "ramparts-reader", organizations: ["ramparts"] });

  kubeconfigs = {
    token: fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: server.token, name: "with-token" }),
    cert: fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, clientCert, name: "with-cert" }),
    rejected: fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: CANARY_TOKEN, name: "rejected" }),
  };
  for (const kind of ["token", "cert", "rejected"] as const) {
    const answer = await call(registerCluster, "POST /api/clusters", {}, json("POST", { name: `leak-${kind}`, environment: "production", connectionKind: "kubeconfig", kubeconfig: kubeconfigs[kind] }));
    expect(answer.status, answer.text).toBe(201);
    answers.push(answer);
    clusters[kind] = (JSON.parse(answer.text) as { cluster: { id: string } }).cluster.id;
  }
  // Only the scans asked for below run: no schedule is due for a day.
  await db().cluster.updateMany({ data: { nextScanAt: new Date(Date.now() + 86_400_000) } });

  worker = await startWorker(testDatabaseUrl(), { concurrency: 2, log: (line) => logLines.push(line) });
  for (const kind of ["token", "cert", "rejected"] as const) {
    const answer = await call(triggerScan, `POST /api/clusters/${clusters[kind]}/scans`, { id: clusters[kind] }, { method: "POST" });
    expect(answer.status, answer.text).toBe(202);
    answers.push(answer);
    scans[kind] = (JSON.parse(answer.text) as { scanId: string }).scanId;
  }
  await waitForScans(Object.values(scans), 60_000);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await stopQueueClient();
  await server?.close();
  vi.restoreAllMocks();
  await db().cluster.deleteMany();
  await db().$disconnect();
});

describe("no credential or secret value anywhere after real scans", () => {
  it("the search finds each secret where it comes from, in every form", async () => {
    expect(leaksIn(kubeconfigs.token)).toContain("the server's bearer token");
    expect(leaksIn(Buffer.from(kubeconfigs.token).toString("hex"))).toContain("the server's bearer token");
    expect(leaksIn(kubeconfigs.rejected)).toContain("the rejected token");
    expect(leaksIn(kubeconfigs.cert)).toContain("the client key (client-key-data)");
    expect(leaksIn(clientCert.keyPem)).toContain("the client key (PEM body)");
    expect(leaksIn(Buffer.from(clientCert.keyPem).toString("hex"))).toContain("the client key (PEM body, hex)");
    const fixture = readFileSync(join(import.meta.dirname, "..", "kube", "fixtures", "config.yaml"), "utf8");
    expect(leaksIn(fixture)).toContain("a CANARY value from the fixtures");
    expect(leaksIn(Buffer.from(fixture).toString("hex"))).toContain("a CANARY value from the fixtures");
  });

  it("scanned the clusters: token and certificate users succeed, the rejected token fails with a message", async () => {
    const rows = await db().scan.findMany({ where: { id: { in: Object.values(scans) } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(["succeeded", "partial"]).toContain(byId.get(scans.token)?.status);
    expect(["succeeded", "partial"]).toContain(byId.get(scans.cert)?.status);
    expect(byId.get(scans.rejected)).toMatchObject({ status: "failed", phase: "collect" });
    expect(byId.get(scans.rejected)?.error).toMatch(/401|reject/i);
    // The fixtures' Secret and ConfigMap were read (by name) and judged.
    expect(await db().finding.count({ where: { scanId: scans.token } })).toBeGreaterThan(0);
    expect(logLines.some((line) => line.includes(scans.rejected) && /failed/.test(line))).toBe(true);
  });

  it("no table of the database holds one, as text, base64 or hex", async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const tables = await client.query<{ schemaname: string; tablename: string }>(
        "SELECT schemaname, tablename FROM pg_tables WHERE schemaname IN ('public', 'pgboss') ORDER BY 1, 2",
      );
      expect(tables.rows.map((row) => `${row.schemaname}.${row.tablename}`)).toEqual(expect.arrayContaining(["public.clusters", "public.findings", "public.scans", "pgboss.job"]));
      let dump = "";
      for (const { schemaname, tablename } of tables.rows) {
        const table = `${client.escapeIdentifier(schemaname)}.${client.escapeIdentifier(tablename)}`;
        const rows = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${table} t`);
        for (const { row } of rows.rows) {
          expect(leaksIn(row), `${schemaname}.${tablename}: ${row.slice(0, 300)}`).toEqual([]);
          dump += `${row}\n`;
        }
      }
      // The dump is the real thing: the clusters, their encrypted credentials, the Secret's name.
      expect(dump).toContain("leak-token");
      expect(dump).toContain('"credentials":"\\\\x');
      expect(dump).toContain("db-credentials");
      expect(leaksIn(dump)).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it("no log line holds one", () => {
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(leaksIn(line), line).toEqual([]);
  });

  it("no API answer about these clusters, their scans or findings holds one", async () => {
    for (const id of Object.values(clusters)) {
      const params = { id };
      answers.push(
        await call(getCluster, `GET /api/clusters/${id}`, params),
        await call(listExceptions, `GET /api/clusters/${id}/exceptions`, params),
        await call(getMatrix, `GET /api/clusters/${id}/matrix`, params),
        await call(getMatrix, `GET /api/clusters/${id}/matrix?ratings=recorded`, params),
        await call(getNamespaces, `GET /api/clusters/${id}/namespaces`, params),
        await call(getTrends, `GET /api/clusters/${id}/trends`, params),
        await call(listScans, `GET /api/scans?clusterId=${id}`),
        // The on-demand connection test explains failures: it must not quote the credential either.
        await call(testStored, `POST /api/clusters/${id}/test`, params, { method: "POST" }),
      );
      for (let cursor: string | null = "", pages = 0; cursor !== null && pages < 20; pages += 1) {
        const page = await call(listFindings, `GET /api/clusters/${id}/findings?limit=200${cursor ? `&cursor=${cursor}` : ""}`, params);
        answers.push(page);
        const body = JSON.parse(page.text) as { items?: { id: string }[]; nextCursor?: string | null };
        for (const item of body.items ?? []) answers.push(await call(getFinding, `GET /api/findings/${item.id}`, { id: item.id }));
        cursor = body.nextCursor ?? null;
      }
    }
    for (const id of Object.values(scans)) {
      answers.push(
        await call(getScan, `GET /api/scans/${id}`, { id }),
        await call(getDiff, `GET /api/scans/${id}/diff?limit=200`, { id }),
        await call(getDiff, `GET /api/scans/${id}/diff?kind=resolved&limit=200`, { id }),
      );
    }
    answers.push(await call(listClusters, "GET /api/clusters?includeArchived=true"), await call(getOverview, "GET /api/overview"));

    expect(answers.filter((answer) => answer.what.startsWith("GET /api/findings/")).length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.status, `${answer.what}: ${answer.text.slice(0, 300)}`).toBeLessThan(300);
      expect(leaksIn(answer.text), answer.what).toEqual([]);
    }
  });
});
