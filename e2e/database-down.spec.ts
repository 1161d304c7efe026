import { expect, test } from "@playwright/test";
import { E2E_DOWN_PORT } from "./fixtures/e2e-env";
import { saveScreenshot } from "./fixtures/screenshots";

const DOWN = `http://127.0.0.1:${E2E_DOWN_PORT}`;

test("with the database down, /api/health answers 503 with a clear reason", async ({ request }) => {
  const response = await request.get(`${DOWN}/api/health`);
  expect(response.status()).toBe(503);
  const body = await response.json();
  expect(body.status).toBe("down");
  expect(body.database).toMatchObject({ reachable: false });
  expect(body.database.error).toMatch(/127\.0\.0\.1:9 could not be reached/);
  expect(JSON.stringify(body)).not.toContain("not-a-real-password");
});

test("with the database down, the overview shows an error state, not a stack trace", async ({ page }) => {
  const response = await page.goto(`${DOWN}/`);
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "The database cannot be reached" });
  await expect(alert.getByRole("heading", { name: "The database cannot be reached" })).toBeVisible();
  await expect(alert).toContainText("127.0.0.1:9 could not be reached");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  // The page guard cannot read the session, so it fails closed: the reason instead of the page
  // (whose widgets would all fail the same way), never the sign-in form.
  await expect(page.getByRole("table", { name: "Ratings in force" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sign in" })).toHaveCount(0);
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/at \S+\.(js|ts):\d+|not-a-real-password|PrismaClient/);
  await saveScreenshot(page, "overview-database-down");
});
