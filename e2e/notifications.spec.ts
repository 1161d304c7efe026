// Issue 9's webhooks through the UI: an admin adds an endpoint pointing at a receiver this spec
// starts, keeps the generated secret, presses Send test and sees it delivered; the receiver got a
// signed `test` event. The endpoint is deleted through the UI at the end.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { verifySignature } from "../lib/notifications/signature";
import { startReceiver, type TReceiver } from "../test/webhook-receiver";
import { saveScreenshot } from "./fixtures/screenshots";

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

let receiver: TReceiver;
test.beforeAll(async () => {
  receiver = await startReceiver();
});
test.afterAll(async () => {
  await receiver.close();
});

async function hydrated(locator: Locator) {
  await expect.poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"))), { timeout: 150_000 }).toBe(true);
}

/** Serious or critical axe violations in light and dark (a11y.spec.ts sees this page empty; here it is filled). */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    found.push(...results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => `${scheme}: ${violation.id}`));
  }
  await page.emulateMedia({ colorScheme: "light" });
  return found;
}

test("an admin adds a webhook, sends a test and sees it delivered, signed", async ({ page }) => {
  const name = `e2e hook ${Date.now().toString(36)}`;
  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings pages" }).getByRole("link", { name: "Notifications" })).toHaveAttribute("aria-current", "page");
  const add = page.getByRole("button", { name: "Add endpoint" });
  await hydrated(add);
  await add.click();

  const form = page.getByRole("form", { name: "New notification endpoint" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Format").selectOption("slack");
  // A Slack-like URL: its path holds a token, which the page must never show again.
  await form.getByLabel("URL", { exact: true }).fill(`${receiver.url}/services/T0E2E/B0E2E/E2ETOKENPATH`);
  await expect(form.getByRole("checkbox", { name: /New critical or high findings/ })).toBeChecked();
  await saveScreenshot(page, "settings-notifications-form");
  expect(await violations(page)).toEqual([]);
  await form.getByRole("button", { name: "Add endpoint" }).click();

  await expect(page.getByRole("status").filter({ hasText: `Endpoint “${name}” added.` })).toBeVisible();
  const secret = await page.getByLabel("Secret", { exact: true }).inputValue();
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

  const card = page.getByRole("article", { name });
  const masked = `${new URL(receiver.url).origin}/hook/services/T…/…`;
  await expect(card).toContainText(masked);
  await expect(page.locator("body")).not.toContainText("E2ETOKENPATH");
  await card.getByRole("button", { name: "Send test" }).click();
  await expect(card.getByRole("status")).toHaveText("Test delivered: the receiver answered HTTP 200.");
  await expect(card.getByRole("table", { name: `Latest deliveries to ${name}` }).getByRole("row").nth(1)).toContainText("Delivered");

  const request = receiver.received.at(-1)!;
  expect(request.path).toBe("/hook/services/T0E2E/B0E2E/E2ETOKENPATH");
  expect(request.headers["x-ramparts-event"]).toBe("test");
  expect(verifySignature(request.body, secret, request.headers["x-ramparts-signature"] as string)).toBe(true);
  expect(JSON.parse(request.body)).toMatchObject({ text: expect.stringContaining("Test notification from Ramparts") });
  await page.getByRole("button", { name: "I have copied it" }).click();
  await saveScreenshot(page, "settings-notifications");
  expect(await violations(page)).toEqual([]);

  // A receiver that refuses: the person sees why, at once (no retry for a test).
  receiver.answer(403);
  await card.getByRole("button", { name: "Send test" }).click();
  await expect(card.getByRole("status")).toHaveText("Test not delivered: The receiver answered HTTP 403.");

  // A French reader reads why that delivery failed in French, on the page and from the API.
  const french = await page.context().browser()!.newContext({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });
  const frenchPage = await french.newPage();
  await frenchPage.goto("/settings/notifications");
  await expect(frenchPage.getByRole("article", { name })).toContainText("Le destinataire a répondu HTTP 403.");
  await expect(frenchPage.getByRole("article", { name })).not.toContainText("The receiver answered");
  await saveScreenshot(frenchPage, "settings-notifications-failed-fr");
  await french.close();

  // Edit in place: disable it, keep the secret and the URL (the field starts empty, the masked URL as its hint).
  await card.getByRole("button", { name: `Edit endpoint ${name}` }).click();
  const edit = page.getByRole("form", { name: `Edit endpoint ${name}` });
  await expect(edit.getByRole("radio", { name: "Keep the current secret" })).toBeChecked();
  const urlField = edit.getByLabel("URL", { exact: true });
  await expect(urlField).toHaveValue("");
  await expect(urlField).toHaveAttribute("placeholder", masked);
  await expect(edit).toContainText(`Leave empty to keep the current URL (${masked})`);
  await saveScreenshot(page, "settings-notifications-edit");
  expect(await violations(page)).toEqual([]);
  // Nowhere in what reached the browser (the HTML and React's payload included).
  expect(await page.content()).not.toContain("E2ETOKENPATH");
  await edit.getByRole("checkbox", { name: "Enabled" }).uncheck();
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Endpoint “${name}” saved.` })).toBeVisible();
  await expect(card).toContainText("Slack-compatible · Disabled");
  await expect(card).toContainText(masked);
  receiver.answer(200);
  await card.getByRole("button", { name: "Send test" }).click();
  await expect(card.getByRole("status")).toHaveText("Test delivered: the receiver answered HTTP 200.");
  expect(receiver.received.at(-1)!.path).toBe("/hook/services/T0E2E/B0E2E/E2ETOKENPATH");

  await card.getByRole("button", { name: `Delete endpoint ${name}` }).click();
  await page.getByRole("group", { name: `Delete endpoint ${name}` }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Endpoint “${name}” deleted.` })).toBeVisible();
  await expect(page.getByRole("article", { name })).toHaveCount(0);
});
