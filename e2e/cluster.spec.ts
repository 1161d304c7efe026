// The cluster page as a security lead uses it: the matrix (chart and table agree with the API),
// the keyboard path into a quick win, and "Scan now" with live progress. Demo data only
// (acme-prod, acme-staging), found by name; tolerant of being run twice.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

// The dev server compiles a page on first visit; a production server answers at once.
test.setTimeout(400_000);
const SLOW = { timeout: 150_000 };

interface TMatrixJson {
  quickWins: { quickWin: string; complexity: number; gain: number; score: number; quadrant: string; compliance: number | null; openFindings: number }[];
  priority: { quickWin: string }[];
  postureScore: number | null;
}

const QUADRANTS: Record<string, string> = { quick_wins: "Quick wins", major_projects: "Major projects", fill_ins: "Fill-ins", thankless: "Thankless tasks" };

async function clusterIdOf(request: APIRequestContext, name: string): Promise<string> {
  const body = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const cluster = body.clusters.find((item) => item.name === name);
  expect(cluster, `demo cluster ${name}`).toBeDefined();
  return cluster!.id;
}

async function matrixOf(request: APIRequestContext, id: string): Promise<TMatrixJson> {
  return (await (await request.get(`/api/clusters/${id}/matrix`)).json()) as TMatrixJson;
}

const bubbles = (page: Page) => page.locator("svg g[role=link][data-quick-win]");

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("the matrix: nine bubbles, a table with the API's numbers, Tab in priority order, Enter opens the quick win", async ({ page, request }) => {
  const id = await clusterIdOf(request, "acme-prod");
  await page.goto(`/clusters/${id}`, SLOW);
  await expect(page.getByRole("heading", { level: 1, name: "acme-prod" })).toBeVisible(SLOW);
  await expect(page.getByRole("heading", { name: "Prioritisation matrix" })).toBeVisible(SLOW);
  await expect(bubbles(page)).toHaveCount(9, SLOW);
  await expect(page.getByText("Placed and scored with today's ratings")).toBeVisible();
  const matrix = await matrixOf(request, id);

  // The bubbles' order (their Tab order) is the "do next" order.
  const order = await bubbles(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-quick-win")));
  expect(order.slice(0, matrix.priority.length)).toEqual(matrix.priority.map((item) => item.quickWin));

  // The "do next" list, in the API's order.
  const listed = await page.getByRole("list", { name: "Quick wins to do next, in order" }).locator("li").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-quick-win")));
  expect(listed).toEqual(matrix.priority.map((item) => item.quickWin));
  await saveScreenshot(page, "cluster-page");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Table" }).click();
  const table = page.getByRole("table", { name: /The nine quick wins on the matrix/ });
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(9);
  for (const point of matrix.quickWins) {
    const cells = await table.locator(`tbody tr[data-quick-win="${point.quickWin}"]`).locator("th, td").allInnerTexts();
    const compliance = point.compliance === null ? "not assessed" : `${Math.floor(point.compliance * 100 + 1e-9)}%`;
    expect(cells.slice(1).map((cell) => cell.replace(/\s/g, ""))).toEqual(
      [point.complexity, point.gain, point.score, QUADRANTS[point.quadrant]!, compliance, point.openFindings].map((value) => String(value).replace(/\s/g, "")),
    );
  }
  await saveScreenshot(page, "cluster-matrix-table");

  // Keyboard: back to the chart; focus shows the details; Tab follows the priority order; Enter opens.
  await page.getByRole("button", { name: "Chart" }).click();
  const [first, second] = matrix.priority;
  await page.locator(`svg g[data-quick-win="${first!.quickWin}"]`).focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(`svg g[data-quick-win="${second!.quickWin}"]`)).toBeFocused();
  const tooltip = page.locator("div[aria-hidden=true]").filter({ hasText: "Open findings" });
  await expect(tooltip).toContainText(second!.quickWin);
  await page.keyboard.press("Shift+Tab");
  await expect(page.locator(`svg g[data-quick-win="${first!.quickWin}"]`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/clusters/${id}/quick-wins/${first!.quickWin}$`), SLOW);
});

test("the ratings choice lives in the URL and the page says which ratings it shows", async ({ page, request }) => {
  const id = await clusterIdOf(request, "acme-prod");
  await page.goto(`/clusters/${id}`, SLOW);
  await page.getByRole("navigation", { name: "Ratings" }).getByRole("link", { name: "Recorded with each scan" }).click();
  await expect(page).toHaveURL(/\?ratings=recorded$/, SLOW);
  await expect(page.getByText("Placed and scored with the ratings recorded with the scan")).toBeVisible(SLOW);
  await expect(page.getByRole("link", { name: "Recorded with each scan" })).toHaveAttribute("aria-current", "true");
});

test("Scan now shows the scan's progress and ends with the result", async ({ page, request }) => {
  const id = await clusterIdOf(request, "acme-staging");
  await page.goto(`/clusters/${id}`, SLOW);
  const button = page.getByRole("button", { name: "Scan now" });
  await expect(button).toBeEnabled(SLOW);
  await expect(bubbles(page)).toHaveCount(9, SLOW); // hydrated: the chart renders in the browser only
  const progress = page.waitForSelector("[role=progressbar]", SLOW);
  await button.click();
  await progress;
  await expect(page.getByRole("status").filter({ hasText: /Scan finished: succeeded/ })).toBeVisible(SLOW);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Scan now" })).toBeEnabled();
});

test("dark mode and a 1024 px wide window", async ({ page, request }) => {
  const id = await clusterIdOf(request, "acme-prod");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/clusters/${id}`, SLOW);
  await expect(bubbles(page)).toHaveCount(9, SLOW);
  await saveScreenshot(page, "cluster-page-dark");
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
  await expect(bubbles(page)).toHaveCount(9);
  await saveScreenshot(page, "cluster-page-1024");
});

test("an unknown cluster is a 404", async ({ page }) => {
  const response = await page.goto("/clusters/00000000-0000-4000-8000-000000000000", SLOW);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible(SLOW);
});
