// The fleet overview against the demo (acme-prod, acme-staging): the page says what the API says.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

// The dev server compiles a page on its first visit: generous limits (a production server answers at once).
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

interface TOverviewBody {
  clusters: { id: string; name: string; grade: string | null; postureScore: number | null; openCritical: number; openHigh: number }[];
  totals: { clusters: number; openCritical: number; openHigh: number };
}

test("the overview lists the demo clusters with the grades and numbers of GET /api/overview", async ({ page, request }) => {
  const overview = (await (await request.get("/api/overview")).json()) as TOverviewBody;
  const demo = overview.clusters.filter((cluster) => ["acme-prod", "acme-staging"].includes(cluster.name));
  expect(demo).toHaveLength(2);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Fleet overview" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add cluster" })).toHaveAttribute("href", "/clusters/new");
  const table = page.getByRole("table", { name: "Registered clusters" });
  for (const cluster of demo) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(cluster.name) }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("link", { name: cluster.name })).toHaveAttribute("href", `/clusters/${cluster.id}`);
    // The grade is a letter, announced as "Grade X".
    await expect(row.getByText(`Grade ${cluster.grade}`, { exact: true })).toBeAttached();
    await expect(row).toContainText(new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(cluster.postureScore!));
    await expect(row).toContainText(`${cluster.openCritical} critical`);
    await expect(row).toContainText(`${cluster.openHigh} high`);
    await expect(row.getByRole("img", { name: new RegExp(`^Posture of ${cluster.name} over its last \\d+ scans`) })).toBeVisible();
    await expect(row.getByText(/ago$/).first()).toBeVisible();
  }
  const totals = page.getByRole("region", { name: "Fleet totals" });
  await expect(totals).toContainText(`${overview.totals.openCritical} critical`);
  await expect(totals).toContainText(`${overview.totals.openHigh} high`);
  await saveScreenshot(page, "overview");
});

test("the fleet table sorts worst grade first, and by name on request", async ({ page }) => {
  await page.goto("/");
  const table = page.getByRole("table", { name: "Registered clusters" });
  const names = () => table.getByRole("rowheader").allInnerTexts();
  // allInnerTexts() does not wait: on a busy machine the rows can stream in after the load event.
  await expect(table.getByRole("rowheader", { name: /^acme-staging/ })).toBeVisible();
  const worstFirst = await names();
  expect(worstFirst.findIndex((name) => name.startsWith("acme-prod"))).toBeLessThan(worstFirst.findIndex((name) => name.startsWith("acme-staging")));
  await table.getByRole("link", { name: /^Cluster/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=asc/, { timeout: 90_000 });
  await expect(table.getByRole("columnheader", { name: /^Cluster/ })).toHaveAttribute("aria-sort", "ascending");
  await table.getByRole("link", { name: /^Cluster/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/, { timeout: 90_000 });
  const descending = await names();
  expect(descending.findIndex((name) => name.startsWith("acme-staging"))).toBeLessThan(descending.findIndex((name) => name.startsWith("acme-prod")));
});

test("the overview has no serious accessibility violation, in light and dark, at 1024 px", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Registered clusters" })).toBeVisible();
  await saveScreenshot(page, "overview-dark-1024");
  for (const scheme of ["dark", "light"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
    expect(serious.map((violation) => `${scheme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
