// Names, namespaces, labels and annotations come from clusters, not from us: the e2e-only cluster
// of e2e/fixtures/untrusted-strings (registered and scanned by e2e/global-setup.ts) carries
// `<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, `javascript:alert(1)` and a
// 300-character value in all of them. Every page that shows them must show them as text: no
// dialog opens, the HTML never holds them as markup, no link points at `javascript:`, and the
// long value wraps instead of widening the page.
import type { APIRequestContext, Page } from "@playwright/test";
import { UNTRUSTED_CLUSTER_NAME, UNTRUSTED_STRINGS as S } from "./fixtures/e2e-env";
import { expect, test } from "./fixtures/database";
import { saveScreenshot } from "./fixtures/screenshots";

interface TFinding { id: string; scanId: string; checkId: string; namespace: string | null; objectKind: string; objectName: string; container: string | null }

let dialogs: string[] = [];
test.beforeEach(({ page }) => {
  dialogs = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
});
test.afterEach(() => {
  expect(dialogs, "no dialog may open: an untrusted string ran as code").toEqual([]);
});

async function clusterId(request: APIRequestContext): Promise<string> {
  const { clusters } = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const cluster = clusters.find((entry) => entry.name === UNTRUSTED_CLUSTER_NAME);
  expect(cluster, "the untrusted-strings cluster is registered (e2e/global-setup.ts)").toBeDefined();
  return cluster!.id;
}

async function findings(request: APIRequestContext, id: string): Promise<TFinding[]> {
  const response = await request.get(`/api/clusters/${id}/findings?limit=200`);
  expect(response.status()).toBe(200);
  const page = (await response.json()) as { items: TFinding[]; total: number };
  expect(page.total).toBeGreaterThan(0);
  return page.items;
}

function finding(all: TFinding[], match: Partial<TFinding>): TFinding {
  const found = all.find((item) => Object.entries(match).every(([key, value]) => item[key as keyof TFinding] === value));
  expect(found, `a finding ${JSON.stringify(match)}`).toBeDefined();
  return found!;
}

/** Visits `path` and checks what holds on every page whatever it shows. */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBe(200);
  const html = await response!.text();
  for (const markup of [S.script, S.img]) expect(html, `${path}: the HTML holds ${markup} as markup`).not.toContain(markup);
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]')).toHaveCount(0);
  // Had a string been parsed as markup, these elements would exist: an <img src=x> and a <script>
  // whose whole text is alert(1). (Next.js's own scripts carry the strings as JSON data: not those.)
  await expect(page.locator('img[src="x"], img[onerror]')).toHaveCount(0);
  expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((script) => script.textContent?.trim() === "alert(1)").length)).toBe(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path}: the page is wider than the window (a long value does not wrap)`).toBeLessThanOrEqual(0);
}

test("overview: the cluster's name is text", async ({ page, request }) => {
  await clusterId(request);
  await visit(page, "/");
  await expect(page.getByText(UNTRUSTED_CLUSTER_NAME).first()).toBeVisible();
  await saveScreenshot(page, "untrusted-overview");
});

test("clusters list: the name and the description are text", async ({ page, request }) => {
  await clusterId(request);
  await visit(page, "/clusters");
  const row = page.getByRole("row", { name: /untrusted-strings/ });
  for (const text of [S.script, S.img, S.javascriptUrl, S.long]) await expect(row.getByText(text).first()).toBeVisible();
  await saveScreenshot(page, "untrusted-clusters");
});

test("cluster page: namespaces and object names are text", async ({ page, request }) => {
  const id = await clusterId(request);
  await visit(page, `/clusters/${id}`);
  await expect(page.getByText(UNTRUSTED_CLUSTER_NAME).first()).toBeVisible();
  // The two namespaces (heatmap rows).
  await expect(page.getByText(S.script, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(S.img, { exact: true }).first()).toBeVisible();
  await saveScreenshot(page, "untrusted-cluster");
});

test("finding page: object, namespace and container names are text", async ({ page, request }) => {
  const id = await clusterId(request);
  const privileged = finding(await findings(request, id), { checkId: "privileged-container", objectName: S.img, namespace: S.script });
  expect(privileged.container).toBe(S.javascriptUrl);
  await visit(page, `/findings/${privileged.id}`);
  const main = page.getByRole("main");
  for (const text of [S.img, S.script, S.javascriptUrl]) await expect(main.getByText(text).first()).toBeVisible();
  await saveScreenshot(page, "untrusted-finding");
});

test("finding page: a 300-character object name is text and wraps", async ({ page, request }) => {
  const id = await clusterId(request);
  const long = finding(await findings(request, id), { checkId: "privileged-container", objectName: S.long });
  await visit(page, `/findings/${long.id}`);
  await expect(page.getByRole("main").getByText(S.long).first()).toBeVisible();
  await saveScreenshot(page, "untrusted-finding-long");
});

test("namespace page: a namespace named like markup, and its objects, are text", async ({ page, request }) => {
  const id = await clusterId(request);
  await visit(page, `/clusters/${id}/namespaces/${encodeURIComponent(S.script)}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(S.script);
  for (const text of [S.img, S.javascriptUrl]) await expect(page.getByRole("main").getByText(text).first()).toBeVisible();
  await saveScreenshot(page, "untrusted-namespace");
  await visit(page, `/clusters/${id}/namespaces/${encodeURIComponent(S.img)}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(S.img);
  await expect(page.getByRole("main").getByText(S.long).first()).toBeVisible();
});

test("quick-win page: the privileged workloads are listed as text", async ({ page, request }) => {
  const id = await clusterId(request);
  await visit(page, `/clusters/${id}/quick-wins/QW3`);
  // The namespace filter lists them too, inside a closed <select>: look in the findings table.
  const table = page.getByRole("table", { name: /^Findings of/ });
  for (const text of [S.img, S.javascriptUrl, S.long]) await expect(table.getByText(text).first()).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Namespace" }).getByRole("option", { name: S.script })).toHaveCount(1);
  // The 300-character name wraps inside its column: Status and First seen stay in view.
  const [scroller] = await table.locator("xpath=..").evaluateAll((nodes) => nodes.map((node) => node.scrollWidth - node.clientWidth));
  expect(scroller, "the findings table scrolls sideways: a long name widened it").toBeLessThanOrEqual(0);
  await saveScreenshot(page, "untrusted-quick-win");
});

// The cluster's scans all read the same fixture: the first has nothing to compare with and the
// later ones change nothing, so the scan page shows the hostile cluster name, not objects.
test("scan page: the cluster's name is text in the breadcrumb and the subtitle", async ({ page, request }) => {
  const id = await clusterId(request);
  const scanId = (await findings(request, id))[0]!.scanId;
  await visit(page, `/scans/${scanId}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link", { name: UNTRUSTED_CLUSTER_NAME })).toHaveAttribute("href", `/clusters/${id}`);
  await expect(main.getByText(`${UNTRUSTED_CLUSTER_NAME} ·`)).toBeVisible();
  await expect(main.getByRole("heading", { level: 1, name: /^Scan of / })).toBeVisible();
  await saveScreenshot(page, "untrusted-scan");
});
