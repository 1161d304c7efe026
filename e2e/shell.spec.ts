import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/database";
import { saveScreenshot } from "./fixtures/screenshots";

test.beforeEach(async ({ seed }) => {
  await seed.reset();
});

test("a newcomer sees a helpful empty state and the nine quick wins", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Fleet overview" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No cluster registered yet" })).toBeVisible();
  const quickWins = page.getByRole("table", { name: "Ratings in force" });
  await expect(quickWins.getByRole("row")).toHaveCount(10);
  // Highest priority first: Avoid privileged mode, score 8.
  await expect(quickWins.getByRole("row").nth(1)).toContainText("Avoid privileged mode");
  await expect(quickWins.getByRole("row").nth(1)).toContainText("8");
  await saveScreenshot(page, "overview-empty");
});

test("registered clusters are listed from the database, their names rendered as text", async ({ page, seed }) => {
  await seed.cluster({ name: "acme-prod", environment: "production", description: "Payments and web" });
  await seed.cluster({ name: "<img src=x onerror=alert(1)>", environment: "staging" });
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto("/");
  const table = page.getByRole("table", { name: "Registered clusters" });
  await expect(table.getByRole("rowheader", { name: /acme-prod/ })).toBeVisible();
  await expect(table.getByText("<img src=x onerror=alert(1)>")).toBeVisible();
  await expect(table.getByText("Not scanned yet").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "2 clusters" })).toBeVisible();
  expect(dialogs).toBe(0);
  await saveScreenshot(page, "overview-clusters");
});

test("the navigation reaches every section and marks the current one", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const sections = [["Clusters", "Clusters"], ["Reports", "Reports"], ["Settings", "Settings"], ["Overview", "Fleet overview"]] as const;
  for (const [label, heading] of sections) {
    await nav.getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
    await saveScreenshot(page, `section-${label.toLowerCase()}`);
  }
});

test("pages have no serious or critical accessibility violation", async ({ page }) => {
  for (const path of ["/", "/clusters", "/reports", "/settings"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
    expect(serious.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
  }
});

test("French readers get French", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Vue d’ensemble du parc" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});

test("/api/health reports the database and the migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { state: "up_to_date", pending: [] } });
});
