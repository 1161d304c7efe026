// Sign-in, sign-out and roles in the browser. These tests start anonymous (the project's default
// signed-in state is dropped) and sign in through the form.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "./fixtures/e2e-env";
import { saveScreenshot } from "./fixtures/screenshots";

test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, who: keyof typeof E2E_USERS, next = "/") {
  await page.goto(`/sign-in${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`);
  await page.getByLabel("Email").fill(E2E_USERS[who].email);
  await page.getByLabel("Password").fill(E2E_USERS[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
}

test("an anonymous visitor is sent to the sign-in page from every page, and the API answers 401", async ({ page, request }) => {
  const id = randomUUID();
  const pages = ["/", "/clusters", "/clusters/new", "/reports", "/settings", "/settings/users", "/settings/audit", `/clusters/${id}`, `/clusters/${id}/edit`, `/clusters/${id}/scans`,
    `/clusters/${id}/quick-wins/QW1`, `/clusters/${id}/namespaces/default`, `/scans/${id}`, `/findings/${id}`, "/clusters?sort=name"];
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`);
  }
  const api = await request.get("/api/clusters");
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe("unauthenticated");

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toHaveCount(0);
});

test("a wrong password says so without saying which field, then the right one opens the page asked for", async ({ page }) => {
  await page.goto("/sign-in?next=%2Freports");
  await page.getByLabel("Email").fill(E2E_USERS.admin.email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "wrong" })).toHaveText("The email or the password is wrong.");
  await saveScreenshot(page, "sign-in-wrong-password");
  // An unknown email gets the very same answer (no account enumeration).
  await page.getByLabel("Email").fill("nobody@e2e.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "wrong" })).toHaveText("The email or the password is wrong.");

  await page.getByLabel("Email").fill(E2E_USERS.admin.email);
  await page.getByLabel("Password").fill(E2E_USERS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  const user = page.getByRole("region", { name: "Signed in" });
  await expect(user).toContainText(E2E_USERS.admin.email);
  await expect(user).toContainText("Role: admin");
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === "ramparts.session_token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("repeated wrong passwords are throttled: the form says how long to wait", async ({ page }) => {
  // A throw-away email: the account counter blocks it for 15 minutes. The address counter (20 a
  // window, shared by every spec from 127.0.0.1) takes six of these attempts.
  const email = `throttled-${randomUUID()}@e2e.test`;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the right password");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const answered = page.waitForResponse((response) => response.url().endsWith("/api/auth/sign-in"));
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await answered).status()).toBe(401);
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText("Too many sign-in attempts for this account or from this address. Try again in 15 minutes.");
  await saveScreenshot(page, "sign-in-throttled");
});

test("signing out ends the session: the pages send back to sign-in", async ({ page }) => {
  await signIn(page, "editor", "/clusters");
  await expect(page).toHaveURL(/\/clusters$/);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/clusters");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclusters$/);
});

test("signing out everywhere ends the sessions of the other browsers too", async ({ page, browser }) => {
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await signIn(otherPage, "editor");
  await signIn(page, "editor");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await otherPage.goto("/reports");
  await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Freports$/);
  await other.close();
});

test("a viewer sees no Scan now, no cluster registration or edit, and is told when a page is not for them", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add cluster" })).toHaveCount(0);
  const { clusters } = (await (await page.request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const prod = clusters.find((cluster) => cluster.name === "acme-prod")!;
  await page.goto(`/clusters/${prod.id}`);
  await expect(page.getByRole("heading", { name: "acme-prod", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Scan now" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit cluster" })).toHaveCount(0);
  await saveScreenshot(page, "cluster-as-viewer");
  // The server refuses what the page hides.
  const scan = await page.request.post(`/api/clusters/${prod.id}/scans`);
  expect(scan.status()).toBe(403);
  expect((await scan.json()).error.code).toBe("forbidden");

  await page.goto("/clusters/new");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("This page needs the admin role; your account is a viewer.")).toBeVisible();
});
