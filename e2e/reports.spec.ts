// The Reports page: choose clusters, a period and a language, and download the executive PDF.
// Demo data only (acme-prod, acme-staging), found by name; read-only, so it may run twice.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

// The dev server compiles the page and the PDF route on first use; rendering takes a few seconds.
test.setTimeout(240_000);
const SLOW = { timeout: 120_000 };

test("exports the executive summary of the chosen cluster as a PDF named after the organisation and the date", async ({ page }) => {
  await page.goto("/reports", SLOW);
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible(SLOW);
  await expect(page.getByRole("heading", { name: "Executive summary (PDF)" })).toBeVisible(SLOW);
  // Enabled once the page is interactive.
  await expect(page.getByRole("button", { name: "Export PDF" })).toBeEnabled(SLOW);
  await page.getByRole("checkbox", { name: "acme-prod" }).check();
  await page.getByLabel("Language").selectOption("fr");
  await saveScreenshot(page, "reports-export-form");

  const downloading = page.waitForEvent("download", SLOW);
  await page.getByRole("button", { name: "Export PDF" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Preparing the PDF" })).toBeVisible();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+-executive-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await download.path();
  const head = (await import("node:fs")).readFileSync(path!).subarray(0, 5).toString("latin1");
  expect(head).toBe("%PDF-");
  await expect(page.getByText(`Downloaded ${download.suggestedFilename()}.`)).toBeVisible();
  await saveScreenshot(page, "reports-export-done");

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => violation.id)).toEqual([]);
});

test("refuses a period that ends before it starts", async ({ page }) => {
  await page.goto("/reports", SLOW);
  await expect(page.getByRole("button", { name: "Export PDF" })).toBeEnabled(SLOW);
  await page.getByLabel("From", { exact: true }).fill("2026-11-20");
  await page.getByLabel("To", { exact: true }).fill("2026-11-01");
  await expect(page.getByText("The start date is after the end date.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export PDF" })).toBeDisabled();
  await page.emulateMedia({ colorScheme: "dark" });
  await saveScreenshot(page, "reports-export-reversed-dark");
});
