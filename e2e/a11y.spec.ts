// Every page of the dashboard, on the demo data, in light and dark: no serious or critical axe
// violation. One test per page so a report names the page; ids are read from the API.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";

test.setTimeout(180_000);
const expect = baseExpect.configure({ timeout: 60_000 });

interface TIds { cluster: string; quickWin: string; finding: string; scan: string }

async function demoIds(request: APIRequestContext): Promise<TIds> {
  const { clusters } = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const cluster = clusters.find((item) => item.name === "acme-prod")!.id;
  const matrix = (await (await request.get(`/api/clusters/${cluster}/matrix`)).json()) as { scan: { id: string }; priority: { quickWin: string }[] };
  const quickWin = matrix.priority[0]!.quickWin;
  const findings = (await (await request.get(`/api/clusters/${cluster}/findings?quickWin=${quickWin}&limit=1`)).json()) as { items: { id: string }[] };
  return { cluster, quickWin, finding: findings.items[0]!.id, scan: matrix.scan.id };
}

const PAGES: { name: string; path: (ids: TIds) => string }[] = [
  { name: "overview", path: () => "/" },
  { name: "clusters", path: () => "/clusters" },
  { name: "new cluster", path: () => "/clusters/new" },
  { name: "cluster", path: (ids) => `/clusters/${ids.cluster}` },
  { name: "edit cluster", path: (ids) => `/clusters/${ids.cluster}/edit` },
  { name: "scan history", path: (ids) => `/clusters/${ids.cluster}/scans` },
  { name: "quick win", path: (ids) => `/clusters/${ids.cluster}/quick-wins/${ids.quickWin}` },
  { name: "namespace", path: (ids) => `/clusters/${ids.cluster}/namespaces/kube-system` },
  { name: "finding", path: (ids) => `/findings/${ids.finding}` },
  { name: "scan", path: (ids) => `/scans/${ids.scan}` },
  { name: "reports", path: () => "/reports" },
  { name: "settings", path: () => "/settings" },
];

async function seriousViolations(page: Page, scheme: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .map((violation) => `${scheme}: ${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

for (const { name, path } of PAGES) {
  test(`${name}: no serious or critical accessibility violation, light and dark`, async ({ page, request }) => {
    const url = path(await demoIds(request));
    const response = await page.goto(url, { timeout: 120_000 });
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Streamed widgets and client charts: wait until the page has settled and no skeleton is left.
    await page.waitForLoadState("networkidle");
    await expect(page.locator(".animate-pulse")).toHaveCount(0);
    const found: string[] = [];
    const backgrounds: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      found.push(...(await seriousViolations(page, scheme)));
    }
    // The dark audit looked at the dark theme, not the light one twice.
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    expect(found).toEqual([]);
  });
}
