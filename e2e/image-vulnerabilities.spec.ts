// Quick win 2 on the demo: Trivy Operator's reports of acme-prod shown per workload container,
// most critical first, as the current scan stored them (issue 9, "Image vulnerabilities").
import { expect, test } from "@playwright/test";
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
