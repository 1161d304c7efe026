// Quick win 2 on the demo: Trivy Operator's reports of acme-prod shown per workload container,
// most critical first, as the current scan stored them (issue 9, "Image vulnerabilities").
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { env } from "../lib/env";
import { test as seeded } from "./fixtures/database";
import { saveScreenshot } from "./fixtures/screenshots";

test("acme-prod's quick win 2 page lists critical and high vulnerabilities per workload, most critical first", async ({ page, request }) => {
  const { clusters } = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const cluster = clusters.find((item) => item.name === "acme-prod");
  expect(cluster, "the demo's acme-prod cluster").toBeDefined();

  await page.goto(`/clusters/${cluster!.id}/quick-wins/QW2`);
  const panel = page.getByRole("region", { name: "Image vulnerabilities" });
  const table = panel.getByRole("table", { name: "Workload containers with critical or high vulnerabilities" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Namespace", "Workload", "Container", "Image", "Critical", "High", "Report updated"]);

  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  const numbers = async (column: number) => (await rows.locator(`td:nth-of-type(${column})`).allTextContents()).map((text) => Number(text.replace(/\D/g, "")));
  // Columns among the td cells (the workload is the row header): critical is the 4th, high the 5th.
  const critical = await numbers(4);
  const high = await numbers(5);
  const pairs = critical.map((value, index) => [value, high[index]!] as const);
  expect(pairs[0]![0], "the demo's promtail and flannel images carry a critical vulnerability").toBeGreaterThan(0);
  const sorted = [...pairs].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  expect(pairs).toEqual(sorted);
  // The flannel DaemonSet's image has a critical CVE in the demo's reports.
  await expect(table.getByRole("row").filter({ hasText: "flannel" }).first()).toBeVisible();
  expect(pairs.every(([critical, high]) => critical + high > 0), "only exposed containers are listed").toBe(true);
  await expect(panel.getByText(/other scanned containers? ha(s|ve) no critical or high vulnerability/)).toBeVisible();
  await expect(panel.getByText("No image scanning detected")).toHaveCount(0);

  await panel.scrollIntoViewIfNeeded();
  await saveScreenshot(page, "quick-win-2-image-vulnerabilities");
  await panel.screenshot({ path: "test-results/screenshots/quick-win-2-image-vulnerabilities-panel.png" });
});

seeded("a cluster whose scan found no image scanning says so on its quick win 2 page, with the way to the finding", async ({ page, seed }) => {
  const clusterId = await seed.cluster({ name: "e2e-no-image-scanning" });
  const scanId = await seed.scan(clusterId, { status: "succeeded", finishedAt: new Date(Date.now() - 3_600_000), results: { QW2: { pass: 3, fail: 1 } }, postureScore: 75, grade: "B" });
  // What the scan pipeline records when image-scanning-not-in-place fails.
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO scan_check_counts (scan_id, check_id, quick_win, pass, fail) VALUES ($1::uuid, 'image-scanning-not-in-place', 'QW2', 0, 1)`,
      [scanId],
    );
  } finally {
    await client.end();
  }

  await page.goto(`/clusters/${clusterId}/quick-wins/QW2`);
  const panel = page.getByRole("region", { name: "Image vulnerabilities" });
  const notice = panel.getByRole("note");
  await expect(notice.getByText("No image scanning detected")).toBeVisible();
  await expect(panel.getByRole("table")).toHaveCount(0);
  await expect(notice.getByRole("link", { name: "Open the finding and its remediation" })).toHaveAttribute("href", /check=image-scanning-not-in-place/);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
    expect(violations.map((violation) => violation.id), scheme).toEqual([]);
  }
  await panel.screenshot({ path: "test-results/screenshots/quick-win-2-no-image-scanning.png" });
});
