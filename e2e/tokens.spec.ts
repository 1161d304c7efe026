// API tokens through the UI (issue 8): an admin creates one on Settings → API tokens, sees its
// secret once, a script uses it (no cookie) to call the API and scrape /api/metrics; the admin
// revokes it, and the script's next call is refused with 401.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Locator } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** Waits until React has hydrated `locator`. */
async function hydrated(locator: Locator) {
  await expect.poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"))), { timeout: 150_000 }).toBe(true);
}

test("an admin creates a token, a script uses it, the admin revokes it and the script is refused", async ({ page, playwright, baseURL }) => {
  const name = `e2e-ci-${Date.now()}`;
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings pages" }).getByRole("link", { name: "API tokens" })).toHaveAttribute("aria-current", "page");

  const create = page.getByRole("button", { name: "Create token" });
  await hydrated(create);
  await create.click();
  await expect(page.getByRole("alert").filter({ hasText: "Give the token a name." })).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("radio", { name: /^Read and scan/ }).check();
  await create.click();

  const shown = page.getByRole("region", { name: `New token ${name}` });
  await expect(shown).toContainText("you will not see it again");
  const secret = (await shown.locator("code").textContent())!.trim();
  expect(secret).toMatch(/^rmp_[A-Za-z0-9_-]{43}$/);
  await expect(shown.getByRole("button", { name: "Copy token" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Read and scan");
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).toContainText("Never");
  await saveScreenshot(page, "settings-tokens-created");
  const audit = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(audit.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);

  // A script: no cookie, only the token.
  const script = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const headers = { authorization: `Bearer ${secret}` };
    expect((await script.get("/api/overview")).status()).toBe(401);
    const overview = await script.get("/api/overview", { headers });
    expect(overview.status()).toBe(200);
    const clusters = ((await overview.json()) as { clusters: { name: string; postureScore: number | null; grade: string | null }[] }).clusters;
    const prod = clusters.find((cluster) => cluster.name === "acme-prod")!;
    expect(prod.postureScore).not.toBeNull();
    // Prometheus scrapes the demo's numbers: the same posture and grade as the overview.
    const metrics = await script.get("/api/metrics", { headers });
    expect(metrics.status()).toBe(200);
    const text = await metrics.text();
    expect(text).toContain(`\nramparts_cluster_posture_score{cluster="acme-prod"} ${prod.postureScore}\n`);
    expect(text).toContain(`\nramparts_cluster_grade{cluster="acme-prod",grade="${prod.grade}"} 1\n`);
    // The page no longer holds the secret once dismissed, and the list never did.
    await page.getByRole("button", { name: "I have copied it" }).click();
    await page.reload();
    await expect(row).not.toContainText("Never");
    expect(await page.content()).not.toContain(secret);

    await hydrated(row.getByRole("button", { name: `Revoke the token ${name}` }));
    await row.getByRole("button", { name: `Revoke the token ${name}` }).click();
    await row.getByRole("button", { name: `Yes, revoke the token ${name}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Token “${name}” revoked` })).toBeVisible();
    await expect(row).toContainText("Revoked");
    await saveScreenshot(page, "settings-tokens-revoked");

    const refused = await script.get("/api/overview", { headers });
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe("This API token is unknown or has been revoked.");
  } finally {
    await script.dispose();
  }
});
