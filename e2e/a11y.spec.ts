// Every page of the dashboard (e2e/fixtures/pages.ts), on the demo data, in light and dark: no
// serious or critical axe violation. One test per page so a report names the page.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { demoIds, MAIN_PAGES } from "./fixtures/pages";

test.setTimeout(180_000);
const expect = baseExpect.configure({ timeout: 60_000 });

async function seriousViolations(page: Page, scheme: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .map((violation) => `${scheme}: ${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

for (const { name, path } of MAIN_PAGES) {
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
