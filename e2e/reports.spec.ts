// The executive PDF from the Reports page (choose clusters, a period and a language) and from the
// "Export PDF" buttons in the overview's and the cluster page's headers. Demo data only (acme-prod,
// acme-staging), found by name; read-only, so it may run twice. Downloads are read back with
// pdftotext (poppler-utils).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import { E2E_ORGANISATION_SLUG } from "./fixtures/e2e-env";
import { saveScreenshot } from "./fixtures/screenshots";

// The dev server compiles the page and the PDF route on first use; rendering takes a few seconds.
test.setTimeout(240_000);
const SLOW = { timeout: 120_000 };

interface TOverviewBody {
  clusters: { id: string; name: string }[];
  totals: { clusters: number };
}

/** "<organisation>-executive-summary-<UTC date of the server>.pdf" (the run spans at most a day boundary). */
function expectReportFileName(download: Download) {
  const days = [new Date(), new Date(Date.now() - 3600_000)].map((at) => at.toISOString().slice(0, 10));
  expect(days.map((day) => `${E2E_ORGANISATION_SLUG}-executive-summary-${day}.pdf`)).toContain(download.suggestedFilename());
}

/** The downloaded PDF's text (pdftotext, reading order), white space collapsed: a long name may wrap. */
async function textOf(download: Download): Promise<string> {
  const path = (await download.path())!;
  expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Clicks the header's "Export PDF" and waits for the file, checking the progress state on the way. */
async function exportFromHeader(page: Page): Promise<Download> {
  const button = page.getByRole("button", { name: "Export PDF" });
  await expect(button).toBeEnabled(SLOW);
  const downloading = page.waitForEvent("download", SLOW);
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "Preparing the PDF" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Preparing the PDF" })).toBeVisible();
  await expect(button).toBeDisabled();
  const download = await downloading;
  await expect(page.getByText(`Downloaded ${download.suggestedFilename()}.`)).toBeVisible(SLOW);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(button).toBeEnabled();
  return download;
}

test("exports the executive summary of the chosen cluster as a PDF named after the organisation and the date", async ({ page }) => {
  await page.goto("/reports", SLOW);
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible(SLOW);
  await expect(page.getByRole("heading", { name: "Executive summary (PDF)" })).toBeVisible(SLOW);
  // Enabled once the page is interactive.
  await expect(page.getByRole("button", { name: "Export PDF" })).toBeEnabled(SLOW);
  await page.getByRole("checkbox", { name: "acme-prod" }).check();
  await page.getByLabel("Language", { exact: true }).selectOption("fr");
  await saveScreenshot(page, "reports-export-form");

  const downloading = page.waitForEvent("download", SLOW);
  await page.getByRole("button", { name: "Export PDF" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Preparing the PDF" })).toBeVisible();
  const download = await downloading;
  expectReportFileName(download);
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

test("the cluster page's Export PDF downloads that cluster's report, with the period and language chosen behind Report options", async ({ page, request }) => {
  const overview = (await (await request.get("/api/overview")).json()) as TOverviewBody;
  const prod = overview.clusters.find((cluster) => cluster.name === "acme-prod");
  expect(prod, "demo cluster acme-prod").toBeDefined();
  const others = overview.clusters.filter((cluster) => cluster.id !== prod!.id);
  expect(others.length).toBeGreaterThan(0);

  await page.goto(`/clusters/${prod!.id}`, SLOW);
  await expect(page.getByRole("heading", { level: 1, name: "acme-prod" })).toBeVisible(SLOW);
  await expect(page.getByRole("button", { name: "Export PDF" })).toBeEnabled(SLOW);
  await saveScreenshot(page, "cluster-header-export");

  // The options: a disclosure, opened and closed from the keyboard.
  const options = page.getByText("Report options", { exact: true });
  await options.focus();
  await page.keyboard.press("Enter");
  const language = page.getByLabel("Language", { exact: true });
  await expect(language).toBeVisible();
  await expect(page.getByLabel("From", { exact: true })).toBeVisible();
  await expect(page.getByLabel("To", { exact: true })).toBeVisible();
  await language.selectOption("fr");
  await saveScreenshot(page, "cluster-header-export-options");
  await page.keyboard.press("Escape");
  await expect(language).toBeHidden();
  await expect(options).toBeFocused();

  const download = await exportFromHeader(page);
  expectReportFileName(download);
  const text = await textOf(download);
  // In French, about acme-prod alone.
  expect(text).toContain("Synthèse pour la direction");
  expect(text).toContain("1 cluster");
  expect(text).toContain("acme-prod");
  for (const other of others) expect(text, `the report names ${other.name}`).not.toContain(other.name);
  await saveScreenshot(page, "cluster-header-export-done");
});

test("the overview's Export PDF downloads the report of every cluster it lists", async ({ page, request }) => {
  await page.goto("/", SLOW);
  await expect(page.getByRole("heading", { level: 1, name: "Fleet overview" })).toBeVisible(SLOW);
  await expect(page.getByRole("table", { name: "Registered clusters" })).toBeVisible(SLOW);
  await saveScreenshot(page, "overview-header-export");
  const overview = (await (await request.get("/api/overview")).json()) as TOverviewBody;
  expect(overview.clusters.map((cluster) => cluster.name)).toEqual(expect.arrayContaining(["acme-prod", "acme-staging"]));

  const download = await exportFromHeader(page);
  expectReportFileName(download);
  const text = await textOf(download);
  expect(text).toContain(`${overview.totals.clusters} clusters`);
  for (const cluster of overview.clusters) expect(text, `the report names ${cluster.name}`).toContain(cluster.name);
  await page.setViewportSize({ width: 1024, height: 800 });
  await saveScreenshot(page, "overview-header-export-1024");

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => violation.id)).toEqual([]);
});
