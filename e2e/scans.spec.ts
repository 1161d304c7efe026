// Scan history and scan detail against the demo: acme-prod has four weekly scans (the demo's past
// states) and live ones. Cluster and scan ids are looked up, never hard-coded.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

// The dev server compiles a page on its first visit: generous limits (a production server answers at once).
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

interface TScanItem { id: string; status: string; grade: string | null; counts: { new: number; resolved: number; open: number } }

async function clusterId(request: APIRequestContext, name: string): Promise<string> {
  const body = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const cluster = body.clusters.find((item) => item.name === name);
  expect(cluster, `demo cluster ${name}`).toBeTruthy();
  return cluster!.id;
}

async function scansOf(request: APIRequestContext, id: string): Promise<TScanItem[]> {
  return ((await (await request.get(`/api/scans?clusterId=${id}&limit=200`)).json()) as { items: TScanItem[] }).items;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("the scan history lists the demo's scans, newest first, each linking to its detail", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  const scans = await scansOf(request, id);
  expect(scans.length).toBeGreaterThanOrEqual(4);

  await page.goto(`/clusters/${id}/scans`);
  await expect(page.getByRole("heading", { level: 1, name: "Scans of acme-prod" })).toBeVisible();
  const table = page.getByRole("table", { name: "Scans of acme-prod, newest first" });
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(Math.min(scans.length, 25) + 1);
  // Every row is the API's scan, in the API's order, with its status written out.
  const first = rows.nth(1);
  await expect(first.getByRole("link")).toHaveAttribute("href", `/scans/${scans[0]!.id}`);
  await expect(table.getByText("Demo history").first()).toBeVisible();
  await expect(table.getByText("Succeeded").first()).toBeVisible();
  await saveScreenshot(page, "scans-history");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a scan's detail shows its status, gaps and the diff against the previous scan, new and resolved", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  // A demo weekly scan that changed something against the one before.
  const scan = (await scansOf(request, id)).find((item) => item.status === "succeeded" && item.counts.new > 0 && item.counts.resolved > 0);
  expect(scan, "a demo scan with new and resolved findings").toBeTruthy();
  const diffNew = await (await request.get(`/api/scans/${scan!.id}/diff?kind=new&limit=25`)).json();

  await page.goto(`/scans/${scan!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Scan of / })).toBeVisible();
  await expect(page.getByRole("link", { name: "Scan history" })).toHaveAttribute("href", `/clusters/${id}/scans`);
  await expect(page.getByRole("heading", { name: "Coverage gaps" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "New or resolved findings" });
  await expect(tabs.getByRole("link", { name: `New (${scan!.counts.new})` })).toHaveAttribute("aria-current", "page");

  const newTable = page.getByRole("table", { name: "Findings new in this scan" });
  await expect(newTable.getByRole("row")).toHaveCount(diffNew.items.length + 1);
  const firstNew = diffNew.items[0] as { id: string; objectName: string };
  await expect(newTable.getByRole("row").nth(1)).toContainText(firstNew.objectName);
  await expect(newTable.getByRole("row").nth(1).getByRole("link")).toHaveAttribute("href", `/findings/${firstNew.id}`);
  await saveScreenshot(page, "scan-detail");

  await tabs.getByRole("link", { name: `Resolved (${scan!.counts.resolved})` }).click();
  await expect(page).toHaveURL(/diff=resolved/, { timeout: 90_000 });
  const resolved = page.getByRole("table", { name: "Findings of the previous scan resolved in this one" });
  await expect(resolved.getByRole("row")).toHaveCount(Math.min(scan!.counts.resolved, 25) + 1);
  if (scan!.counts.resolved > 25) {
    await page.getByRole("link", { name: "Next page →" }).click();
    await expect(page).toHaveURL(/cursor=/, { timeout: 90_000 });
    await expect(resolved.getByRole("row")).toHaveCount(Math.min(scan!.counts.resolved - 25, 25) + 1);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test("a partial scan lists its gaps: the resource type it could not read and the checks left not assessable", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  const partial = ((await (await request.get(`/api/scans?clusterId=${id}&status=partial`)).json()) as { items: TScanItem[] }).items[0];
  expect(partial, "the demo's weeks without the VulnerabilityReport CRD").toBeTruthy();
  const detail = (await (await request.get(`/api/scans/${partial!.id}`)).json()) as { coverageGaps: { kind: string; name: string }[] };
  const resource = detail.coverageGaps.find((gap) => gap.kind === "resource")!;

  await page.goto(`/scans/${partial!.id}`);
  await expect(page.getByText("Partial", { exact: true }).first()).toBeVisible();
  const gaps = page.getByRole("table", { name: /^Coverage gaps/ });
  await expect(gaps.getByRole("row")).toHaveCount(detail.coverageGaps.length + 1);
  const row = gaps.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(resource.name) }) });
  await row.getByText(/^\d+ checks?$/).click();
  await expect(row.getByRole("listitem").first()).toBeVisible();
  await saveScreenshot(page, "scan-detail-partial");
});

test("a scan started now shows live progress, then its results", async ({ page, request }) => {
  const id = await clusterId(request, "acme-staging");
  const started = await request.post(`/api/clusters/${id}/scans`);
  expect([200, 202]).toContain(started.status());
  const { scanId } = (await started.json()) as { scanId: string };
  await page.goto(`/scans/${scanId}`);
  // Whatever the moment the page opened, the scan ends as succeeded (or partial) without a reload.
  await expect(page.getByText(/^(Succeeded|Partial)$/).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Changes since the previous scan" })).toBeVisible();
});

test("dark mode and a 1024 px screen keep the scan pages readable", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/clusters/${id}/scans`);
  await expect(page.getByRole("heading", { level: 1, name: "Scans of acme-prod" })).toBeVisible();
  await saveScreenshot(page, "scans-history-dark-1024");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("table").getByRole("row").nth(2).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Scan of / })).toBeVisible();
  await saveScreenshot(page, "scan-detail-dark-1024");
  expect(await seriousViolations(page)).toEqual([]);
});

test("an unknown or malformed scan id is a 404", async ({ page }) => {
  expect((await page.goto("/scans/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  expect((await page.goto("/scans/not-an-id"))?.status()).toBe(404);
});

test("a partial scan's gaps read in French: why each resource type could not be read, and the checks it leaves not assessable", async ({ page, context, request, baseURL }) => {
  const id = await clusterId(request, "acme-prod");
  const partial = ((await (await request.get(`/api/scans?clusterId=${id}&status=partial`)).json()) as { items: TScanItem[] }).items[0];
  expect(partial, "the demo's weeks without the VulnerabilityReport CRD").toBeTruthy();
  const french = (await (await request.get(`/api/scans/${partial!.id}?lang=fr`)).json()) as { coverageGaps: { kind: string; name: string; reason: string }[] };
  const english = (await (await request.get(`/api/scans/${partial!.id}?lang=en`)).json()) as { coverageGaps: { reason: string }[] };
  expect(french.coverageGaps.find((gap) => gap.name === "VulnerabilityReport")?.reason).toBe("non installé : la CRD VulnerabilityReport est absente");
  expect(french.coverageGaps.map((gap) => gap.reason)).not.toEqual(english.coverageGaps.map((gap) => gap.reason));

  await context.addCookies([{ name: "ramparts-locale", value: "fr", url: baseURL! }]);
  await page.goto(`/scans/${partial!.id}`);
  await expect(page.getByText("non installé : la CRD VulnerabilityReport est absente", { exact: true })).toBeVisible();
  await expect(page.getByText("not installed: the VulnerabilityReport CRD is absent")).toHaveCount(0);
  await saveScreenshot(page, "scan-detail-partial-fr");
});
