// The ratings editor as an admin uses it: a changed gain updates the score and the preview at
// once, Save needs a reason, and the cluster page then places the bubble and orders "do next"
// with the new ratings. The ratings in force before the run are put back at the end (a new
// version, as every change is), so the spec can run again.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

test.setTimeout(400_000);
const SLOW = { timeout: 150_000 };

type TRatings = Record<string, { complexity: number; gain: number }>;

async function ratingsInForce(request: APIRequestContext): Promise<TRatings> {
  const body = (await (await request.get("/api/ratings")).json()) as { current: { ratings: Record<string, { complexity: number; gain: number; score: number }> } };
  return Object.fromEntries(Object.entries(body.current.ratings).map(([id, { complexity, gain }]) => [id, { complexity, gain }]));
}

async function clusterIdOf(request: APIRequestContext, name: string): Promise<string> {
  const body = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  return body.clusters.find((cluster) => cluster.name === name)!.id;
}

test("a changed gain updates the score live, is saved with a reason, moves the bubble and reorders the list", async ({ page, request }) => {
  const original = await ratingsInForce(request);
  const clusterId = await clusterIdOf(request, "acme-prod");
  const { complexity } = original.QW4!;
  const gain = original.QW4!.gain === 5 ? 4 : 5;
  const score = 2 * gain - complexity;
  try {
    await page.goto("/settings", SLOW);
    const gainOfQW4 = page.getByRole("combobox", { name: /^Gain of QW4/ });
    await expect(gainOfQW4).toBeVisible(SLOW);
    await expect(page.locator("svg g[data-quick-win]")).toHaveCount(9, SLOW); // hydrated: the preview chart is drawn
    const row = page.locator('tbody tr[data-quick-win="QW4"]');
    await expect(page.getByText(/Posture with these ratings/)).toBeVisible(SLOW); // the preview has acme-prod's numbers

    await gainOfQW4.selectOption(String(gain));
    await expect(row.locator("td[data-score]")).toHaveAttribute("data-score", String(score));
    await expect(row.locator("td[data-score]")).toContainText(`was ${2 * original.QW4!.gain - complexity}`);
    await expect(page.locator('svg g[data-quick-win="QW4"]')).toHaveAttribute("data-gain", String(gain));
    await expect(page.getByText("1 change from version")).toBeVisible();
    if (score >= 9) await expect(page.getByRole("list", { name: "Do next, with these ratings" }).locator("li").first()).toHaveAttribute("data-quick-win", "QW4");
    await saveScreenshot(page, "settings-ratings-editor");
    const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
    expect(violations.map((violation) => violation.id)).toEqual([]);

    // A reason is required.
    await page.getByRole("button", { name: "Save the ratings" }).click();
    await expect(page.getByText("Say why the ratings change")).toBeVisible();
    await expect(page.getByRole("textbox", { name: /Why are the ratings changing/ })).toBeFocused();

    await page.getByRole("textbox", { name: /Why are the ratings changing/ }).fill("e2e: resource limits matter more after an outage");
    await page.getByRole("button", { name: "Save the ratings" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Saved as version \d+/ })).toBeVisible(SLOW);
    const history = page.getByRole("table", { name: "Change history" });
    await expect(history.locator("tbody tr").first()).toContainText("e2e: resource limits matter more after an outage", SLOW);
    await expect(history.locator("tbody tr").first()).toContainText(`QW4: gain ${original.QW4!.gain} → ${gain}`);

    // "Reset to defaults" fills the form without saving.
    await page.getByRole("button", { name: "Reset to defaults" }).click();
    await expect(gainOfQW4).toHaveValue("3");

    // The cluster page, with today's ratings, shows the new placement and order.
    await page.goto(`/clusters/${clusterId}`, SLOW);
    const bubble = page.locator('svg g[data-quick-win="QW4"]');
    await expect(bubble).toHaveAttribute("data-gain", String(gain), SLOW);
    const matrix = (await (await request.get(`/api/clusters/${clusterId}/matrix`)).json()) as { priority: { quickWin: string }[] };
    const listed = page.getByRole("list", { name: "Quick wins to do next, in order" }).locator("li");
    await expect(listed.first()).toHaveAttribute("data-quick-win", matrix.priority[0]!.quickWin);
    if (score >= 9) expect(matrix.priority[0]!.quickWin).toBe("QW4");
    // Higher gain is higher on the chart: QW4 now sits above QW6 (gain 3 by default).
    const [own, reference] = await Promise.all([bubble.boundingBox(), page.locator('svg g[data-quick-win="QW6"]').boundingBox()]);
    if (gain > original.QW6!.gain) expect(own!.y).toBeLessThan(reference!.y);
  } finally {
    const restored = await request.put("/api/ratings", { data: { ratings: original, reason: "e2e: put back the ratings in force before the ratings spec" } });
    expect(restored.status()).toBe(200);
  }
});

test("the ratings editor in dark mode and a 1024 px wide window", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto("/settings", SLOW);
  await expect(page.locator("svg g[data-quick-win]")).toHaveCount(9, SLOW);
  await expect(page.getByText(/Posture with these ratings/)).toBeVisible(SLOW); // the preview has acme-prod's numbers
  await saveScreenshot(page, "settings-ratings-editor-dark-1024");
});
