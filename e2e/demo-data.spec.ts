// The e2e run's demo data and worker (e2e/global-setup.ts): acme-prod with its four weekly
// history scans and a live one, acme-staging, and a worker that really scans the demo's fake API
// servers when asked.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures/database";
import { saveScreenshot } from "./fixtures/screenshots";

interface TOverviewCluster { id: string; name: string; grade: string | null; postureScore: number | null; sparkline: unknown[] }

async function overviewCluster(request: APIRequestContext, name: string): Promise<TOverviewCluster> {
  const response = await request.get("/api/overview");
  expect(response.status()).toBe(200);
  const { clusters } = (await response.json()) as { clusters: TOverviewCluster[] };
  const cluster = clusters.find((entry) => entry.name === name);
  expect(cluster, `${name} is in GET /api/overview`).toBeDefined();
  return cluster!;
}

test("the demo's clusters are there, scanned, with acme-prod's weekly history", async ({ page, request }) => {
  const prod = await overviewCluster(request, "acme-prod");
  expect(prod.grade).toMatch(/^[A-F]$/);
  // Four weekly states scanned as history, plus the worker's live scan at start.
  expect(prod.sparkline.length).toBeGreaterThanOrEqual(5);
  const scans = await (await request.get(`/api/scans?clusterId=${prod.id}&limit=50`)).json() as { items: { demo: boolean; status: string }[] };
  expect(scans.items.filter((scan) => scan.demo)).toHaveLength(4);
  expect(scans.items.some((scan) => !scan.demo && scan.status === "succeeded")).toBe(true);
  expect((await overviewCluster(request, "acme-staging")).grade).toMatch(/^[A-F]$/);

  await page.goto("/");
  const table = page.getByRole("table", { name: "Registered clusters" });
  await expect(table.getByRole("rowheader", { name: /acme-prod/ })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /acme-staging/ })).toBeVisible();
  await saveScreenshot(page, "overview-demo");
});

test("the overview shows acme-prod's grade", async ({ page, request }) => {
  const prod = await overviewCluster(request, "acme-prod");
  await page.goto("/");
  const row = page.getByRole("table", { name: "Registered clusters" }).getByRole("row", { name: /acme-prod/ });
  // The grade is a letter badge announced as "Grade X" (the posture score follows it).
  await expect(row.getByText(`Grade ${prod.grade}`, { exact: true })).toBeVisible();
});

test("Scan now, through the API, is run by the worker against the demo's fake API server", async ({ request }) => {
  test.setTimeout(120_000);
  const staging = await overviewCluster(request, "acme-staging");
  const trigger = await request.post(`/api/clusters/${staging.id}/scans`);
  expect(trigger.status()).toBe(202);
  const { scanId } = (await trigger.json()) as { scanId: string; joined: boolean };

  let status = "queued";
  let scan: { status: string; phase: string | null; error: string | null; objectCounts: Record<string, number>; evaluations: number } | undefined;
  await expect.poll(async () => {
    scan = await (await request.get(`/api/scans/${scanId}`)).json();
    status = scan!.status;
    return ["succeeded", "partial", "failed"].includes(status);
  }, { timeout: 100_000, intervals: [500, 1000] }).toBe(true);
  expect(scan!.error).toBeNull();
  expect(status).toBe("succeeded");
  // Collected from the fake API server: the staging state's objects, evaluated by the checks.
  expect(scan!.objectCounts.Deployment ?? 0).toBeGreaterThan(0);
  expect(scan!.evaluations).toBeGreaterThan(0);
});
