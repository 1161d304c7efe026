// Trends, the namespace heatmap and the namespace drilldown, on the demo data (acme-prod: four
// weekly scans and live ones, several namespaces). Read-only: safe to run twice.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

// Generous: against `next dev` a page compiles on first visit and streams its widgets one by one.
test.setTimeout(180_000);
const expect = baseExpect.configure({ timeout: 30_000 });

/** Opens a page without waiting for every streamed widget (the assertions wait for what they need). */
async function open(page: Page, path: string) {
  return page.goto(path, { waitUntil: "commit", timeout: 120_000 });
}

/** The charts draw only in the browser: once a line is there, the page's client components are live. */
async function waitForCharts(page: Page) {
  await expect(page.locator(".recharts-line-curve").first()).toBeVisible({ timeout: 90_000 });
}

async function clusterId(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get("/api/clusters");
  const { clusters } = (await response.json()) as { clusters: { id: string; name: string }[] };
  const cluster = clusters.find((candidate) => candidate.name === name);
  if (!cluster) throw new Error(`The demo cluster ${name} is not registered.`);
  return cluster.id;
}

async function namespacesOf(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/clusters/${id}/namespaces`);
  return ((await response.json()) as { namespaces: { namespace: string; postureScore: number | null; openFindings: number }[] }).namespaces;
}

async function seriousViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

const heatmapOf = (page: Page) => page.getByRole("table", { name: /Compliance per namespace and quick win/ });
const rowNames = async (page: Page) => heatmapOf(page).locator("tbody th[scope=row]").allInnerTexts();

test("the trends show posture on grade bands, nine compliance charts and new vs resolved, each with its data table", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  await open(page, `/clusters/${id}`);
  const trends = page.getByRole("region", { name: "Trends" });
  await expect(trends.getByRole("heading", { level: 2, name: "Trends" })).toBeVisible({ timeout: 90_000 });
  await expect(trends.getByText(/Last 90 days · \d+ scans/)).toBeVisible();
  await expect(trends.getByText("Posture and grades use today's ratings (version")).toBeVisible();

  const posture = trends.getByRole("region", { name: "Posture" });
  await expect(posture.getByRole("img", { name: /^Posture of the cluster over \d+ scans: .* \(grade [A-F]\) on .*/ })).toBeVisible();
  await expect(posture.locator(".recharts-line-curve")).toBeVisible();
  await posture.getByText("Show data").click();
  const postureTable = posture.getByRole("table", { name: "Posture of the cluster per scan" });
  await expect(postureTable).toBeVisible();
  // Four weekly scans and at least one live one, plus the header row.
  expect(await postureTable.getByRole("row").count()).toBeGreaterThanOrEqual(6);
  await expect(postureTable.getByRole("row").nth(1)).toContainText(/\d+(\.\d)?\s*[A-F]/);

  const compliance = trends.getByRole("region", { name: "Compliance per quick win" });
  await expect(compliance.getByRole("listitem")).toHaveCount(9);
  await expect(compliance.getByRole("heading", { level: 4, name: /Avoid privileged mode/ })).toBeVisible();
  await expect(compliance.getByRole("img", { name: /^QW8 Define NetworkPolicies: compliance \d+\s?% on .*, \d+\s?% on .*/ })).toBeVisible();
  await compliance.getByText("Show data").click();
  const complianceTable = compliance.getByRole("table", { name: "Compliance of the cluster per quick win and scan" });
  await expect(complianceTable.getByRole("columnheader")).toHaveCount(10);

  const changes = trends.getByRole("region", { name: "New and resolved findings per scan" });
  await expect(changes.getByRole("img", { name: /new and \d+ resolved findings/ })).toBeVisible();
  await expect(changes.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await changes.getByText("Show data").click();
  await expect(changes.getByRole("table", { name: "New and resolved findings per scan" }).getByRole("columnheader", { name: "Resolved" })).toBeVisible();

  expect(await seriousViolations(page, "section[aria-labelledby=trends-title]")).toEqual([]);
  await trends.scrollIntoViewIfNeeded();
  await saveScreenshot(page, "cluster-trends");

  // Each scan's own ratings: the note says so.
  await open(page, `/clusters/${id}?ratings=recorded`);
  await expect(page.getByText(/Posture and grades use the ratings each scan recorded \(versions? [\d, and]+\)/)).toBeVisible({ timeout: 90_000 });
});

test("the namespace heatmap sorts by any column, filters by name and links to the drilldown", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  const namespaces = await namespacesOf(request, id);
  expect(namespaces.length).toBeGreaterThan(2);
  await open(page, `/clusters/${id}`);
  const heatmap = heatmapOf(page);
  await expect(heatmap).toBeVisible({ timeout: 90_000 });
  await waitForCharts(page);
  const section = page.getByRole("region", { name: "Namespaces" });
  await expect(section.getByText(`Showing ${namespaces.length} of ${namespaces.length} namespaces`)).toBeVisible();
  expect(await rowNames(page)).toEqual(namespaces.map((row) => row.namespace).sort());
  await expect(heatmap.getByRole("columnheader", { name: /Namespace/ })).toHaveAttribute("aria-sort", "ascending");
  // Every row has nine cells coloured by compliance, with the value written.
  await expect(heatmap.locator("tbody tr").first().locator("td")).toHaveCount(11);
  await expect(heatmap.getByText(/^\d+\s?%$/).first()).toBeVisible();

  // Posture: worst first, nothing assessable last.
  await heatmap.getByRole("button", { name: "Posture" }).click();
  await expect(heatmap.getByRole("columnheader", { name: /Posture/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(heatmap.getByRole("columnheader", { name: /Namespace/ })).not.toHaveAttribute("aria-sort", /.+/);
  const byPosture = [...namespaces].sort((a, b) => (a.postureScore ?? Infinity) - (b.postureScore ?? Infinity) || a.namespace.localeCompare(b.namespace));
  expect(await rowNames(page)).toEqual(byPosture.map((row) => row.namespace));
  await heatmap.getByRole("button", { name: "Posture" }).click();
  await expect(heatmap.getByRole("columnheader", { name: /Posture/ })).toHaveAttribute("aria-sort", "descending");

  // Open findings: most first.
  await heatmap.getByRole("button", { name: "Open" }).click();
  const byFindings = [...namespaces].sort((a, b) => b.openFindings - a.openFindings || a.namespace.localeCompare(b.namespace));
  expect(await rowNames(page)).toEqual(byFindings.map((row) => row.namespace));

  // A quick-win column.
  await heatmap.getByRole("button", { name: /QW7: Least-privilege RBAC/ }).click();
  await expect(heatmap.getByRole("columnheader", { name: /QW7/ })).toHaveAttribute("aria-sort", "ascending");

  await page.getByRole("searchbox", { name: "Filter by name" }).fill("MONITOR");
  await expect.poll(() => rowNames(page)).toEqual(["monitoring"]);
  await expect(section.getByText(`Showing 1 of 1 matching (${namespaces.length} namespaces in all)`)).toBeVisible();
  await page.getByRole("searchbox", { name: "Filter by name" }).fill("no-such-namespace");
  await expect(section.getByText("No namespace name contains “no-such-namespace”.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Filter by name" }).fill("");
  await expect.poll(() => rowNames(page).then((rows) => rows.length)).toBe(namespaces.length);

  expect(await seriousViolations(page, "section[aria-labelledby=namespaces-title]")).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, "namespace-heatmap");

  await heatmap.getByRole("link", { name: "kube-system" }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${id}/namespaces/kube-system$`), { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1, name: "kube-system" })).toBeVisible({ timeout: 90_000 });
});

test("the namespace drilldown shows compliance, trend, findings grouped by check and exceptions", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  await open(page, `/clusters/${id}/namespaces/kube-system`);
  await expect(page.getByRole("heading", { level: 1, name: "kube-system" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText("In cluster acme-prod")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to acme-prod" })).toHaveAttribute("href", `/clusters/${id}`);

  const compliance = page.getByRole("table", { name: "Compliance of namespace kube-system per quick win" });
  await expect(compliance.getByRole("row")).toHaveCount(10);
  await expect(compliance.getByRole("link", { name: /QW7 Least-privilege RBAC/ })).toHaveAttribute("href", `/clusters/${id}/quick-wins/QW7`);

  const trend = page.getByRole("region", { name: "Trend" });
  await expect(trend.getByRole("img", { name: /^Posture of namespace kube-system over \d+ scans/ })).toBeVisible({ timeout: 90_000 });

  const findings = page.getByRole("region", { name: "Findings by check" });
  await expect(findings.getByText(/^\d+ findings in \d+ checks, current scan\./)).toBeVisible({ timeout: 90_000 });
  const groups = findings.locator("details");
  expect(await groups.count()).toBeGreaterThan(1);
  // Worst first: the first group's severity is at least as high as the last one's.
  await expect(groups.first().locator("summary")).toContainText(/Critical|High/);
  const firstObject = groups.first().getByRole("table").getByRole("link").first();
  await expect(firstObject).toHaveAttribute("href", /^\/findings\/[0-9a-f-]{36}$/);
  // A folded group opens.
  const last = groups.last();
  await last.locator("summary").click();
  await expect(last.getByRole("table")).toBeVisible();

  await expect(page.getByRole("region", { name: "Exceptions" })).toBeVisible({ timeout: 90_000 });
  expect(await seriousViolations(page, "main")).toEqual([]);
  await saveScreenshot(page, "namespace-drilldown");
});

test("an unknown namespace says it is not in the current scan; an unknown cluster is a 404", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  await open(page, `/clusters/${id}/namespaces/${encodeURIComponent("<b>gone</b>")}`);
  await expect(page.getByRole("heading", { level: 1, name: "<b>gone</b>" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("heading", { name: "Not found in the current scan" })).toBeVisible();
  await expect(page.getByText("The current scan of acme-prod has no namespace “<b>gone</b>”.")).toBeVisible();

  const response = await page.goto("/clusters/00000000-0000-4000-8000-000000000000/namespaces/web");
  expect(response?.status()).toBe(404);
});

test("dark mode and a 1024 px window", async ({ page, request }) => {
  const id = await clusterId(request, "acme-prod");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1024, height: 800 });
  await open(page, `/clusters/${id}`);
  await expect(heatmapOf(page)).toBeVisible({ timeout: 90_000 });
  await waitForCharts(page);
  // The heatmap scrolls inside its card rather than widening the page.
  for (const title of ["trends-title", "namespaces-title"]) {
    const box = await page.locator(`section[aria-labelledby=${title}]`).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
  }
  expect(await seriousViolations(page, "section[aria-labelledby=namespaces-title]")).toEqual([]);
  await saveScreenshot(page, "cluster-insights-dark-1024");
  await open(page, `/clusters/${id}/namespaces/monitoring`);
  await expect(page.getByRole("region", { name: "Findings by check" })).toBeVisible({ timeout: 90_000 });
  await saveScreenshot(page, "namespace-drilldown-dark-1024");
});
