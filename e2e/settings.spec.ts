// Settings against the demo: the exceptions of every cluster by state (with history and Revoke)
// and the scan schedules (changed in place, then put back). Each run creates its own exceptions,
// on an object that does not exist (they waive nothing), so runs do not disturb each other.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type APIRequestContext, type Locator } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

// The dev server compiles a page on its first visit: generous limits (a production server answers at once).
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

interface TCluster { id: string; name: string; schedule: string }

async function demoCluster(request: APIRequestContext, name: string): Promise<TCluster> {
  const body = (await (await request.get("/api/clusters")).json()) as { clusters: TCluster[] };
  const cluster = body.clusters.find((item) => item.name === name);
  expect(cluster, `demo cluster ${name}`).toBeTruthy();
  return cluster!;
}

async function accept(request: APIRequestContext, clusterId: string, objectName: string, days: number, reason: string) {
  const response = await request.post(`/api/clusters/${clusterId}/exceptions`, {
    data: {
      checkId: "privileged-container", scope: "object", namespace: "e2e-settings", objectKind: "Deployment", objectName,
      reason, expiresAt: new Date(Date.now() + days * 24 * 3600_000).toISOString(),
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string };
}

/** Waits until React has hydrated `locator` (a loaded dev server can take a minute; a production server, milliseconds). */
async function hydrated(locator: Locator) {
  await expect.poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"))), { timeout: 150_000 }).toBe(true);
}

/** Revokes what earlier (possibly failed) runs left active: only this spec writes in namespace e2e-settings. */
async function tidy(request: APIRequestContext) {
  for (const name of ["acme-prod", "acme-staging"]) {
    const cluster = await demoCluster(request, name);
    const list = (await (await request.get(`/api/clusters/${cluster.id}/exceptions?state=active`)).json()) as { items: { id: string; namespace: string | null }[] };
    for (const item of list.items.filter((exception) => exception.namespace === "e2e-settings")) await request.delete(`/api/exceptions/${item.id}`);
  }
}

test.beforeAll(async ({ request }, testInfo) => {
  testInfo.setTimeout(180_000);
  await tidy(request);
});
test.afterAll(async ({ request }, testInfo) => {
  testInfo.setTimeout(180_000);
  await tidy(request);
});

test("exceptions of every cluster by state: expiring soon, history, revoke", async ({ page, request }) => {
  const prod = await demoCluster(request, "acme-prod");
  const staging = await demoCluster(request, "acme-staging");
  const run = `run-${Date.now()}`;
  await accept(request, prod.id, `soon-${run}`, 5, `Vendor patch due next week (${run})`);
  await accept(request, staging.id, `later-${run}`, 60, `Legacy batch job, replaced next quarter (${run})`);

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Exceptions" });
  await expect(section).toBeVisible();
  const soon = section.getByRole("listitem").filter({ hasText: `Vendor patch due next week (${run})` });
  const later = section.getByRole("listitem").filter({ hasText: `Legacy batch job, replaced next quarter (${run})` });
  await expect(soon).toContainText("Expiring soon");
  await expect(soon).toContainText(/in [45] days/);
  await expect(soon.getByRole("link", { name: "acme-prod" })).toBeVisible();
  await expect(soon).toContainText(`Deployment e2e-settings/soon-${run}`);
  await expect(later).toContainText("Active");
  await expect(later.getByRole("link", { name: "acme-staging" })).toBeVisible();

  // The filter narrows to one state.
  await hydrated(section.getByRole("button", { name: /^Expiring soon/ }));
  await section.getByRole("button", { name: /^Expiring soon/ }).click();
  await expect(section.getByRole("button", { name: /^Expiring soon/ })).toHaveAttribute("aria-pressed", "true");
  await expect(soon).toBeVisible();
  await expect(later).toHaveCount(0);
  await section.getByRole("button", { name: /^All/ }).click();

  await soon.getByRole("button", { name: "History" }).click();
  await expect(soon.getByText(/Created by /)).toBeVisible({ timeout: 90_000 });
  await saveScreenshot(page, "settings");

  await soon.getByRole("button", { name: /^Revoke the exception/ }).click();
  await soon.getByRole("button", { name: /^Confirm: revoke/ }).click();
  await expect(section.getByRole("status").filter({ hasText: "is revoked" })).toBeVisible();
  const revoked = section.getByRole("region", { name: /^Revoked/ }).getByRole("listitem").filter({ hasText: `Vendor patch due next week (${run})` });
  await expect(revoked).toContainText("Revoked");
  await expect(revoked.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);

});

test("every cluster's schedule in words with its next run, changed in place and put back", async ({ page, request }) => {
  const staging = await demoCluster(request, "acme-staging");
  const original = staging.schedule;
  const changed = original === "30 */6 * * *" ? "15 */6 * * *" : "30 */6 * * *";
  try {
    await page.goto("/settings");
    const table = page.getByRole("table", { name: "Scan schedule of each cluster" });
    for (const name of ["acme-prod", "acme-staging"]) {
      await expect(table.getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
    }
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /acme-staging/ }) });
    await expect(row).toContainText(original);
    await expect(row).toContainText("(UTC)");
    await expect(row.getByRole("link", { name: "Edit acme-staging" })).toHaveAttribute("href", `/clusters/${staging.id}/edit`);

    const input = row.getByRole("textbox", { name: "Cron expression (UTC)" });
    await hydrated(row.getByRole("button", { name: "Change the schedule of acme-staging" }));
    await row.getByRole("button", { name: "Change the schedule of acme-staging" }).click();
    await input.fill("* * * * *");
    await expect(row.getByText("Scans may not run more often than every 5 minutes.")).toBeVisible();
    await expect(row.getByRole("button", { name: "Save" })).toBeDisabled();
    await input.fill(changed);
    await expect(row.getByText(/Next scan:/)).toBeVisible();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 1024, height: 800 });
    await saveScreenshot(page, "settings-dark-1024");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => violation.id)).toEqual([]);
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByRole("status").filter({ hasText: "The schedule of acme-staging is saved." })).toBeVisible();
    await expect(row).toContainText(changed);
  } finally {
    const restored = await request.patch(`/api/clusters/${staging.id}`, { data: { schedule: original } });
    expect(restored.status()).toBe(200);
  }
});
