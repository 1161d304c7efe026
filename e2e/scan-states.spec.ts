// Scans that went wrong, and clusters never scanned, on a database of our own (the own-data
// project): the overview shows a failed or partial last scan at a glance, and a cluster page before
// its first scan says so instead of showing zeros.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/database";
import { saveScreenshot } from "./fixtures/screenshots";

test.setTimeout(180_000);

const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms);
const UNREACHABLE = "connect ECONNREFUSED 10.0.0.1:6443";

interface TOverviewCluster {
  id: string; name: string; postureScore: number | null;
  lastScan: { id: string; status: string } | null;
  currentScan: { id: string } | null;
}

async function overviewOf(request: APIRequestContext, name: string): Promise<TOverviewCluster> {
  const { clusters } = (await (await request.get("/api/overview")).json()) as { clusters: TOverviewCluster[] };
  const cluster = clusters.find((item) => item.name === name);
  expect(cluster, `${name} in GET /api/overview`).toBeDefined();
  return cluster!;
}

const rowOf = (page: Page, name: string) =>
  page.getByRole("table", { name: "Registered clusters" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test.beforeEach(async ({ seed }) => {
  await seed.reset();
});

test("the overview shows a failed or a partial last scan at a glance, and which numbers are still shown", async ({ page, request, seed }) => {
  // A good scan two days ago, then a failed one an hour ago: the numbers stay those of the good one.
  const failing = await seed.cluster({ name: "payments-prod", environment: "production" });
  await seed.scan(failing, { status: "succeeded", finishedAt: ago(48 * HOUR), results: { QW3: { pass: 3, fail: 1 } }, postureScore: 75, grade: "C" });
  const failedScan = await seed.scan(failing, { status: "failed", finishedAt: ago(HOUR), error: UNREACHABLE });
  // The last scan could not read everything.
  const partial = await seed.cluster({ name: "batch-staging", environment: "staging" });
  const partialScan = await seed.scan(partial, {
    status: "partial", finishedAt: ago(2 * HOUR), results: { QW3: { pass: 4, fail: 0 }, QW4: { pass: 1, fail: 1 } }, postureScore: 75, grade: "C",
    coverageGaps: [{ kind: "resource", name: "NetworkPolicy", reason: "forbidden: the credentials cannot list NetworkPolicy" }],
  });
  // Its only scan failed: no numbers at all.
  const broken = await seed.cluster({ name: "edge-dev", environment: "development" });
  await seed.scan(broken, { status: "failed", finishedAt: ago(3 * HOUR), error: "401: the token was rejected" });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Fleet overview" })).toBeVisible();

  const failingApi = await overviewOf(request, "payments-prod");
  expect(failingApi.lastScan).toMatchObject({ id: failedScan, status: "failed" });
  expect(failingApi.currentScan).not.toBeNull();
  const failingRow = rowOf(page, "payments-prod");
  await expect(failingRow.getByRole("link", { name: "Failed" })).toHaveAttribute("href", `/scans/${failedScan}`);
  await expect(failingRow.getByText(UNREACHABLE)).toBeVisible();
  await expect(failingRow.getByText(/^Numbers from the last good scan, 2 days ago$/)).toBeVisible();
  await expect(failingRow).toContainText(new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(failingApi.postureScore!));

  const partialApi = await overviewOf(request, "batch-staging");
  expect(partialApi.lastScan).toMatchObject({ id: partialScan, status: "partial" });
  const partialRow = rowOf(page, "batch-staging");
  await expect(partialRow.getByRole("link", { name: "Partial" })).toHaveAttribute("href", `/scans/${partialScan}`);
  await expect(partialRow).toContainText(new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(partialApi.postureScore!));

  const brokenRow = rowOf(page, "edge-dev");
  await expect(brokenRow.getByRole("link", { name: "Failed" })).toBeVisible();
  await expect(brokenRow.getByText("401: the token was rejected")).toBeVisible();
  await expect(brokenRow.getByText("No score")).toBeVisible();
  await expect(brokenRow.getByText(/Numbers from/)).toHaveCount(0);

  // The fleet totals count them too.
  const totals = page.getByRole("region", { name: "Fleet totals" });
  await expect(totals).toContainText("2 failed");
  await expect(totals).toContainText("1 partial");

  await saveScreenshot(page, "overview-failed-partial");
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await saveScreenshot(page, "overview-failed-partial-dark");
  expect(await seriousViolations(page)).toEqual([]);

  // The failed scan's page says what failed, in its own words.
  await failingRow.getByRole("link", { name: "Failed" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Scan of / })).toBeVisible();
  await expect(page.getByRole("main").getByText(UNREACHABLE)).toBeVisible();
});

test("a cluster page before its first scan says so, with no zeros", async ({ page, request, seed }) => {
  const id = await seed.cluster({ name: "fresh-cluster", environment: "staging", description: "Registered a minute ago" });
  const matrix = (await (await request.get(`/api/clusters/${id}/matrix`)).json()) as { scan: unknown; postureScore: number | null };
  expect(matrix).toMatchObject({ scan: null, postureScore: null });

  await page.goto(`/clusters/${id}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "fresh-cluster" })).toBeVisible();
  await expect(main.getByText("Not scored yet")).toBeVisible();
  await expect(main.getByText("The numbers appear once a first scan has succeeded.")).toBeVisible();
  await expect(main.getByRole("heading", { name: "No results yet" })).toBeVisible();
  await expect(main.getByText("never", { exact: true })).toBeVisible();
  await expect(main.getByRole("button", { name: "Scan now" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".animate-pulse")).toHaveCount(0);
  // No number pretending to be a result: no 0 %, no 0 / 100, no grade, no empty matrix of zeros.
  const text = await main.innerText();
  expect(text).not.toMatch(/(^|\D)0\s?%/);
  expect(text).not.toMatch(/\b0 \/ 100\b/);
  expect(text).not.toMatch(/Grade [A-F]\b/);
  await expect(page.locator("svg g[data-quick-win]")).toHaveCount(0);
  await saveScreenshot(page, "cluster-before-first-scan");
  expect(await seriousViolations(page)).toEqual([]);

  // The overview says the same.
  await page.goto("/");
  await expect(rowOf(page, "fresh-cluster").getByText("Not scanned yet")).toBeVisible();
});

test("why a scan failed reads in French on the overview, the cluster page and the scan page", async ({ browser, seed }) => {
  const id = await seed.cluster({ name: "unreachable-fr", environment: "production", description: "" });
  const english = "unreachable: the connection was refused; check the server address and port in the kubeconfig and that the API server is running";
  const scanId = await seed.scan(id, { status: "failed", finishedAt: ago(HOUR), error: english, errorText: { key: "connRefused" } });
  const french = /injoignable : la connexion a été refusée/;
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();

  await page.goto("/");
  await expect(page.getByRole("main").getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^unreachable-fr/ }) })).toContainText(french);
  await saveScreenshot(page, "overview-failed-fr");
  await page.goto(`/clusters/${id}`);
  await expect(page.getByRole("main")).toContainText(french);
  await page.goto(`/scans/${scanId}`);
  await expect(page.getByRole("main")).toContainText(french);
  await expect(page.getByRole("main")).not.toContainText(english);
  await saveScreenshot(page, "scan-failed-fr");

  // The API answers in the language asked for; English by default.
  const api = async (query: string) => ((await (await page.request.get(`/api/scans/${scanId}${query}`)).json()) as { error: string }).error;
  expect(await api("?lang=fr")).toMatch(french);
  expect(await api("?lang=en")).toBe(english);
  await context.close();
});
