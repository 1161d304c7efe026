// Issue 8's user management through the UI: an admin adds an editor, who signs in elsewhere and is
// kept out of the admin pages; the admin finds the creation in the audit log, filtered by action;
// disabling signs the editor out; a reset password is shown once; deleting removes the row.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_USERS } from "./fixtures/e2e-env";
import { saveScreenshot } from "./fixtures/screenshots";

test.setTimeout(180_000);

async function signInFresh(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  return page;
}

test("an admin adds an editor, who cannot reach the admin pages; the audit log shows the creation", async ({ page, browser, baseURL }) => {
  const email = `editor-${randomUUID().slice(0, 8)}@e2e.test`;
  const password = "an editor's long password";

  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Settings pages" });
  await expect(tabs.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Audit log" })).toBeVisible();
  // The signed-in admin is the only admin: their own row cannot be demoted, and says why.
  const me = page.getByRole("row").filter({ hasText: E2E_USERS.admin.email });
  await expect(me.getByText("(you)")).toBeVisible();
  await expect(me.getByRole("button", { name: /^Delete/ })).toHaveCount(0);

  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name (optional)").fill("Eddie Editor");
  await form.getByLabel("Role").selectOption("editor");
  await form.getByLabel("Initial password (optional)").fill(password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toHaveText(`${email} can now sign in as Editor.`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Eddie Editor");
  await expect(row.getByRole("combobox", { name: `Role of ${email}` })).toHaveValue("editor");
  await expect(row).toContainText("Never");
  await saveScreenshot(page, "settings-users");

  // The editor, in a browser of their own.
  const editor = await signInFresh(browser, baseURL!, email, password);
  await editor.goto("/settings");
  await expect(editor.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(editor.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(editor.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  for (const path of ["/settings/users", "/settings/audit"]) {
    await editor.goto(path);
    await expect(editor.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(editor.getByText(/This page needs the admin role/)).toBeVisible();
  }
  await saveScreenshot(editor, "settings-users-as-editor");
  expect((await editor.request.get("/api/users")).status()).toBe(403);

  // The admin finds the creation in the audit log, filtered by action.
  await page.goto("/settings/audit");
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "User created" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=user\.created/);
  const events = page.getByRole("table", { name: "Audit events, newest first" });
  const created = events.getByRole("row").filter({ hasText: email });
  await expect(created).toContainText("User created");
  await expect(created).toContainText(E2E_USERS.admin.email);
  await expect(created).toContainText("role: editor");
  // Every row shown is a creation: the filter holds.
  const actions = await events.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(["User created"]));
  await saveScreenshot(page, "settings-audit-filtered");

  // Disabling signs the editor out at once; their next page sends them to sign-in.
  await page.goto("/settings/users");
  await page.getByRole("button", { name: `Disable ${email} and sign them out everywhere` }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toHaveText(`${email} is disabled and signed out everywhere.`);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Disabled");
  await editor.goto("/settings");
  await expect(editor).toHaveURL(/\/sign-in/);
  await editor.context().close();

  // A reset password is shown once, then the row is deleted after a confirmation.
  await page.getByRole("button", { name: `Let ${email} sign in again` }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toHaveText(`${email} can sign in again.`);
  await page.getByRole("button", { name: `Give ${email} a new generated password` }).click();
  await expect(page.getByText(`Password for ${email}, shown only now`)).toBeVisible();
  const generated = (await page.getByTestId("generated-password").textContent())!.trim();
  expect(generated.length).toBeGreaterThanOrEqual(12);
  const again = await signInFresh(browser, baseURL!, email, generated);
  await expect(again.getByRole("region", { name: "Signed in" })).toContainText(email);
  await again.context().close();
  await page.getByRole("button", { name: "Done, hide it" }).click();
  await expect(page.getByTestId("generated-password")).toHaveCount(0);

  await page.getByRole("button", { name: `Delete ${email}` }).click();
  await page.getByRole("button", { name: `Confirm: delete ${email}. Their past actions stay in the audit log.` }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toHaveText(`${email} is deleted.`);
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
});

test("the audit log shows a hostile email tried at sign-in as plain text", async ({ page, playwright, baseURL }) => {
  const hostile = `<img src=x onerror=alert(1)>${randomUUID().slice(0, 6)}@evil.test`;
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const refused = await anonymous.post("/api/auth/sign-in", { data: { email: hostile, password: "not a real password" }, headers: { origin: baseURL! } });
  expect(refused.status()).toBe(401);
  await anonymous.dispose();

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  await page.goto(`/settings/audit?action=sign_in.failed&actor=${encodeURIComponent(hostile)}`);
  const row = page.getByRole("table", { name: "Audit events, newest first" }).getByRole("row").filter({ hasText: hostile });
  await expect(row).toContainText("Failed sign-in");
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("in French: both pages, the action labels and the form's errors", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "ramparts-locale", value: "fr", url: baseURL! }]);
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "Utilisateurs", level: 1 })).toBeVisible();
  const form = page.getByRole("region", { name: "Ajouter un utilisateur" });
  await form.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await form.getByLabel("Mot de passe initial (facultatif)").fill("court");
  await form.getByRole("button", { name: "Ajouter l’utilisateur" }).click();
  await expect(page.getByRole("status").filter({ hasText: "corrigez" })).toHaveText("L’utilisateur n’a pas été ajouté : corrigez les champs signalés ci-dessous.");
  await expect(form.getByText("Saisissez une adresse e-mail, par exemple nom@exemple.fr.")).toBeVisible();
  await expect(form.getByText("Un mot de passe compte de 12 à 256 caractères.")).toBeVisible();
  await saveScreenshot(page, "settings-users-fr");

  await page.goto("/settings/audit?action=sign_in.succeeded");
  await expect(page.getByRole("heading", { name: "Journal d’audit", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Action")).toHaveValue("sign_in.succeeded");
  await expect(page.getByRole("table").getByRole("cell", { name: "Connexion", exact: true }).first()).toBeVisible();
  await saveScreenshot(page, "settings-audit-fr");
});
