// A security lead on the demo data: acme-prod's highest-priority quick win, its findings filtered
// through the URL and paged, one finding, its snippet copied, the risk accepted then revoked.
// Assumes only the demo (acme-prod found by name); mutations are undone, so reruns pass.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

// A dev server compiles pages on first visit: be patient with navigations.
const expect = baseExpect.configure({ timeout: 120_000 });
const REASON_PREFIX = "e2e findings spec:";
const PAGE_SIZE = 25;

interface TMatrixJson {
  priority: { quickWin: string }[];
  quickWins: { quickWin: string; openFindings: number; waived: number }[];
}

async function acmeProd(request: APIRequestContext): Promise<string> {
  const { clusters } = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const cluster = clusters.find((item) => item.name === "acme-prod");
  expect(cluster, "the demo's acme-prod cluster").toBeDefined();
  return cluster!.id;
}

async function matrixOf(request: APIRequestContext, clusterId: string): Promise<TMatrixJson> {
  return (await (await request.get(`/api/clusters/${clusterId}/matrix`)).json()) as TMatrixJson;
}

/** Exceptions left by an interrupted earlier run of this spec. */
async function revokeLeftovers(request: APIRequestContext, clusterId: string) {
  const { items } = (await (await request.get(`/api/clusters/${clusterId}/exceptions?state=active`)).json()) as { items: { id: string; reason: string }[] };
  for (const item of items.filter((exception) => exception.reason.startsWith(REASON_PREFIX))) {
    expect((await request.delete(`/api/exceptions/${item.id}`)).ok()).toBe(true);
  }
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

const totalText = (page: Page) => page.getByText(/^\d+ findings?( match| matches)?|^No finding/).first();

test.describe.configure({ mode: "serial", timeout: 600_000 });

test("the highest-priority quick win: rating, checks, findings filtered in the URL and paged", async ({ page, request }) => {
  const clusterId = await acmeProd(request);
  const matrix = await matrixOf(request, clusterId);
  const top = matrix.priority[0]!.quickWin;
  const point = matrix.quickWins.find((item) => item.quickWin === top)!;

  await page.goto(`/clusters/${clusterId}/quick-wins/${top}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(top);
  await expect(page.getByRole("heading", { name: "What it is and why it matters" })).toBeVisible();
  // Same numbers as the matrix API.
  const rating = page.getByRole("region", { name: "Rating and compliance" });
  await expect(rating.getByText("Open findings").locator("xpath=..")).toContainText(String(point.openFindings));
  await expect(rating.getByText("#1", { exact: true })).toBeVisible();
  const checks = page.getByRole("table", { name: /^Checks of/ });
  await expect(checks.getByRole("row").nth(1)).toBeVisible();
  // The checks' fail and waived counts add up to the matrix's open and waived findings.
  const column = async (index: number) => (await checks.locator(`tbody tr td:nth-of-type(${index})`).allTextContents()).reduce((sum, text) => sum + Number(text.replace(/\D/g, "") || 0), 0);
  expect(await column(4)).toBe(point.openFindings);
  expect(await column(5)).toBe(point.waived);

  const findings = page.getByRole("table", { name: /^Findings of/ });
  await expect(findings).toBeVisible();
  const total = Number((await totalText(page).textContent())!.match(/\d+/)![0]);
  await saveScreenshot(page, "quick-win-page");
  expect(await seriousViolations(page)).toEqual([]);

  // Paging: the server gives 25 rows a page, the cursor travels in the URL.
  const next = page.getByRole("navigation", { name: "Pages of findings" }).getByRole("link", { name: "Next page" });
  if (total > PAGE_SIZE) {
    const firstPageIds = await findings.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    await next.click();
    await expect(page).toHaveURL(/cursor=.+&page=2/);
    await expect(page.getByText(`Page 2 of ${Math.ceil(total / PAGE_SIZE)}`, { exact: true })).toBeVisible();
    const secondPageIds = await page.getByRole("table", { name: /^Findings of/ }).getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(secondPageIds.filter((id) => firstPageIds.includes(id))).toEqual([]);
    await page.getByRole("link", { name: "First page" }).click();
    await expect(page).not.toHaveURL(/cursor=/);
  } else {
    await expect(next).toHaveCount(0);
  }

  // Filter by severity through the form: the URL carries it, the rows obey it.
  const severity = (await findings.getByRole("row").nth(1).getByRole("cell").first().textContent())!.trim();
  await page.getByLabel("Severity", { exact: true }).selectOption({ label: severity });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`severity=${severity.toLowerCase()}`));
  await expect(page.getByText(/match(es)? these filters/)).toBeVisible();
  const filtered = page.getByRole("table", { name: /^Findings of/ });
  for (const cell of await filtered.locator("tbody tr td:first-child").allTextContents()) expect(cell.trim()).toBe(severity);
  await expect(page.getByLabel("Severity", { exact: true })).toHaveValue(severity.toLowerCase());
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, "quick-win-filtered");

  // The view is shareable: the same URL in a fresh load gives the same filtered list.
  await page.goto(page.url());
  await expect(page.getByLabel("Severity", { exact: true })).toHaveValue(severity.toLowerCase());
  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/severity=/);
});

test("every finding of a long list is reached once through the pages", async ({ page, request }) => {
  const clusterId = await acmeProd(request);
  const matrix = await matrixOf(request, clusterId);
  const largest = [...matrix.quickWins].sort((a, b) => b.openFindings + b.waived - (a.openFindings + a.waived))[0]!;
  await page.goto(`/clusters/${clusterId}/quick-wins/${largest.quickWin}`);
  const total = Number((await totalText(page).textContent())!.match(/\d+/)![0]);
  const seen = new Set<string>();
  for (let pageNumber = 1; ; pageNumber += 1) {
    const hrefs = await page.getByRole("table", { name: /^Findings of/ }).locator("tbody tr th a").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
    for (const href of hrefs) {
      expect(seen.has(href)).toBe(false);
      seen.add(href);
    }
    const next = page.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page.getByText(new RegExp(`^Page ${pageNumber + 1} of \\d+$`))).toBeVisible();
  }
  expect(seen.size).toBe(total);
});

test("a finding: evidence, why, history, the snippet copied, the risk accepted then revoked", async ({ page, context, request }) => {
  const clusterId = await acmeProd(request);
  await revokeLeftovers(request, clusterId);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const top = (await matrixOf(request, clusterId)).priority[0]!.quickWin;

  await page.goto(`/clusters/${clusterId}/quick-wins/${top}?status=open`);
  const row = page.getByRole("table", { name: /^Findings of/ }).locator("tbody tr").first();
  const title = (await row.locator("th a").textContent())!.trim();
  await row.locator("th a").click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "What was found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why it matters" })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByText("First seen")).toBeVisible();
  const findingUrl = page.url();

  // The snippet, copied as it is shown.
  const fix = page.getByRole("region", { name: "Remediation" });
  const copyYaml = fix.getByRole("button", { name: "Copy YAML" });
  if ((await copyYaml.count()) > 0) {
    await copyYaml.click();
    await expect(fix.getByText("Copied", { exact: true })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe((await fix.locator("#remediation-yaml").textContent())!.trim());
    await fix.getByRole("button", { name: "Copy command" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^kubectl /);
  }
  await saveScreenshot(page, "finding-page");
  expect(await seriousViolations(page)).toEqual([]);

  // Accept the risk: the reason is required, then the finding shows as waived at once.
  const risk = page.getByRole("region", { name: "Status and risk" });
  await risk.getByRole("button", { name: "Accept risk…" }).click();
  const dialog = page.getByRole("dialog", { name: "Accept the risk" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Expires on")).not.toHaveValue("");
  await dialog.getByLabel("Reason").fill("too short");
  await dialog.getByRole("button", { name: "Accept the risk" }).click();
  await expect(dialog.getByText("Give a reason of at least 10 characters.")).toBeVisible();
  await expect(dialog.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Reason").fill(`${REASON_PREFIX} vendor chart, fix scheduled with the platform team.`);
  await saveScreenshot(page, "finding-accept-risk");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Accept the risk" }).click();

  await expect(dialog).toBeHidden();
  await expect(risk.getByText(/^Risk accepted until .+\. The finding now shows as waived\.$/)).toBeVisible();
  await expect(page.getByText("Waived", { exact: true }).first()).toBeVisible();
  await expect(risk.getByText(`${REASON_PREFIX} vendor chart`)).toBeVisible();
  await page.reload();
  await expect(page.getByText("by an exception").first()).toBeVisible();
  await saveScreenshot(page, "finding-waived");

  // Revoke it (with confirmation): open again, and the next run starts from the same state.
  await risk.getByRole("button", { name: "Revoke exception" }).click();
  await risk.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(risk.getByText("Exception revoked.", { exact: false })).toBeVisible();
  await expect(risk.getByRole("button", { name: "Accept risk…" })).toBeVisible();
  expect(page.url()).toBe(findingUrl);
});

test("unknown quick wins and findings are not found", async ({ page, request }) => {
  const clusterId = await acmeProd(request);
  expect((await page.goto(`/clusters/${clusterId}/quick-wins/QW10`))!.status()).toBe(404);
  expect((await page.goto("/findings/not-an-id"))!.status()).toBe(404);
  expect((await page.goto("/findings/00000000-0000-4000-8000-000000000000"))!.status()).toBe(404);
});

test("a finding and its quick win in French: check titles, why and the remediation note", async ({ page, context, request, baseURL }) => {
  const clusterId = await acmeProd(request);
  await context.addCookies([{ name: "ramparts-locale", value: "fr", url: baseURL! }]);
  const { items } = (await (await request.get(`/api/clusters/${clusterId}/findings?check=container-missing-memory-limit&limit=1`)).json()) as { items: { id: string }[] };
  expect(items.length, "acme-prod has a container without a memory limit").toBe(1);

  await page.goto(`/findings/${items[0]!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Conteneur sans limit mémoire" })).toBeVisible();
  await expect(page.getByText(/^Un conteneur sans limit mémoire peut prendre toute la mémoire de son nœud/)).toBeVisible();
  await expect(page.getByText(/256Mi \(ou la request, si elle est plus grande\) est un point de départ/)).toBeVisible();
  await expect(page.getByText("Container without a memory limit")).toHaveCount(0);
  await saveScreenshot(page, "finding-page-fr");

  await page.goto(`/clusters/${clusterId}/quick-wins/QW4`);
  await expect(page.getByText("Conteneur sans request CPU").first()).toBeVisible();
  await expect(page.getByText("Container without a CPU request")).toHaveCount(0);
  await saveScreenshot(page, "quick-win-page-fr");
});
