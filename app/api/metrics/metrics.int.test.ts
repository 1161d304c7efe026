// A Prometheus scrape of /api/metrics with a read token: every cluster's posture and grade are the
// ones /api/overview shows, open findings the ones the matrix counts, last scans as recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOverview } from "@/lib/api/schemas/overview";
import { ZMatrix } from "@/lib/api/schemas/scoring";
import { createApiToken } from "@/lib/db/api-tokens";
import { db } from "@/lib/db/client";
import { call, callAs, createTestCluster, seedAlpha, type TAlpha } from "@/lib/db/queries/seed.testkit";
import { createUsers, sessionCookie, useTestAuthSecret } from "@/test/sessions";
import { GET as getOverview } from "../overview/route";
import { GET as getMatrix } from "../clusters/[id]/matrix/route";
import { GET as getMetrics } from "./route";

let alpha: TAlpha;
let secret: string;
let emails: Awaited<ReturnType<typeof createUsers>>;

beforeAll(async () => {
  useTestAuthSecret();
  await db().cluster.deleteMany();
  emails = await createUsers();
  alpha = await seedAlpha();
  await createTestCluster("beta-never-scanned");
  secret = (await createApiToken({ name: "prometheus", scope: "read", createdById: "test", createdBy: "test" })).secret;
});

afterAll(async () => {
  await db().$disconnect();
});

const bearer = (): RequestInit => ({ headers: { authorization: `Bearer ${secret}` } });

/** The samples of a Prometheus text exposition: "name{a="x",b="y"}" → value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

async function scrape(init: RequestInit) {
  const response = await getMetrics(new Request("http://ramparts.test/api/metrics", init), { params: Promise.resolve({}) });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

describe("GET /api/metrics", () => {
  it("gives each cluster's posture and grade as /api/overview does", async () => {
    const { status, type, text } = await scrape(bearer());
    expect(status).toBe(200);
    expect(type).toContain("text/plain");
    const values = samples(text);
    const overview = await callAs(ZOverview, getOverview, "/api/overview", {}, bearer());
    expect(values.get("ramparts_clusters")).toBe(overview.clusters.length);
    for (const cluster of overview.clusters) {
      expect(values.get(`ramparts_cluster_info{cluster="${cluster.name}",cluster_id="${cluster.id}",environment="${cluster.environment}"}`)).toBe(1);
      expect(values.get(`ramparts_cluster_posture_score{cluster="${cluster.name}"}`), cluster.name).toBe(cluster.postureScore ?? undefined);
      for (const grade of ["A", "B", "C", "D", "F"]) {
        const expected = cluster.grade === null ? undefined : grade === cluster.grade ? 1 : 0;
        expect(values.get(`ramparts_cluster_grade{cluster="${cluster.name}",grade="${grade}"}`), `${cluster.name} ${grade}`).toBe(expected);
      }
    }
    // The hand-computed alpha numbers (lib/db/queries/seed.testkit.ts).
    expect(values.get('ramparts_cluster_posture_score{cluster="alpha"}')).toBe(65.63);
    expect(values.get('ramparts_cluster_grade{cluster="alpha",grade="D"}')).toBe(1);
  });

  it("counts open findings by quick win and severity as the matrix does, and describes the last scans", async () => {
    const values = samples((await scrape(bearer())).text);
    const matrix = await callAs(ZMatrix, getMatrix, `/api/clusters/${alpha.clusterId}/matrix`, { id: alpha.clusterId }, bearer());
    for (const point of matrix.quickWins) {
      const open = ["critical", "high", "medium", "low"].reduce((sum, severity) => sum + values.get(`ramparts_cluster_open_findings{cluster="alpha",quick_win="${point.quickWin}",severity="${severity}"}`)!, 0);
      expect(open, point.quickWin).toBe(point.openFindings);
    }
    expect(values.get('ramparts_cluster_open_findings{cluster="alpha",quick_win="QW3",severity="critical"}')).toBe(1);

    // The newest scan to end is the failed one (30 s run); the last successful one is s2.
    expect(values.get('ramparts_cluster_last_scan_outcome{cluster="alpha",outcome="failed"}')).toBe(1);
    expect(values.get('ramparts_cluster_last_scan_outcome{cluster="alpha",outcome="succeeded"}')).toBe(0);
    expect(values.get('ramparts_cluster_last_scan_duration_seconds{cluster="alpha"}')).toBe(30);
    const s2 = await db().scan.findUniqueOrThrow({ where: { id: alpha.s2 } });
    expect(values.get('ramparts_cluster_last_successful_scan_timestamp_seconds{cluster="alpha"}')).toBe(s2.finishedAt!.getTime() / 1000);

    // A cluster never scanned has its info and nothing it does not know.
    expect([...values.keys()].filter((key) => key.includes('cluster="beta-never-scanned"') && !key.startsWith("ramparts_cluster_info"))).toEqual([]);
  });

  it("includes the process metrics, once", async () => {
    const first = await scrape(bearer());
    const second = await scrape(bearer());
    expect(first.text).toContain("process_cpu_user_seconds_total");
    expect(second.text).toContain("nodejs_heap_size_total_bytes");
    expect(second.text.match(/^# TYPE process_cpu_user_seconds_total /gm)).toHaveLength(1);
  });

  it("answers a signed-in admin, and refuses a viewer and anonymous callers", async () => {
    expect((await scrape({ headers: { cookie: await sessionCookie(emails.admin) } })).status).toBe(200);
    expect((await scrape({ headers: { cookie: await sessionCookie(emails.viewer) } })).status).toBe(403);
    expect((await call(getMetrics, "/api/metrics")).status).toBe(401);
  });
});
