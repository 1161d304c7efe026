// Issue 8's scripted check of response headers: every main page and API answer carries the
// security headers (lib/security/headers.ts, applied by proxy.ts), signed in and anonymous; and
// every main page runs in Chromium under its Content-Security-Policy without one violation, so a
// policy that breaks the app fails here.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { E2E_USERS } from "./fixtures/e2e-env";
import { demoIds, MAIN_PAGES, type TDemoIds } from "./fixtures/pages";

test.setTimeout(180_000);

const ANONYMOUS = { cookies: [], origins: [] };

function directives(csp: string | undefined): Map<string, string[]> {
  expect(csp, "content-security-policy").toBeTruthy();
  return new Map(csp!.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

function expectCommonHeaders(response: APIResponse, label: string, https = false): void {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["cross-origin-opener-policy"], label).toBe("same-origin");
  for (const feature of ["camera", "microphone", "geolocation"]) expect(headers["permissions-policy"], label).toContain(`${feature}=()`);
  expect(headers["x-powered-by"], label).toBeUndefined();
  if (https) expect(headers["strict-transport-security"], label).toMatch(/^max-age=\d{7,}/);
  else expect(headers["strict-transport-security"], label).toBeUndefined();
}

/** A page's policy: scripts by nonce only, and that nonce is the one on every script of the HTML. */
async function expectPageHeaders(response: APIResponse, label: string, https = false): Promise<string> {
  expectCommonHeaders(response, label, https);
  const policy = directives(response.headers()["content-security-policy"]);
  const script = policy.get("script-src") ?? [];
  const nonce = script.map((source) => /^'nonce-(.+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, `${label}: script-src nonce`).toBeTruthy();
  expect(script, label).toContain("'strict-dynamic'");
  expect(script.join(" "), label).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(policy.get("style-src-elem")?.join(" "), label).not.toContain("unsafe-inline");
  expect(policy.get("default-src"), label).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), label).toEqual(["'none'"]);
  expect(policy.get("base-uri"), label).toEqual(["'none'"]);
  expect(policy.get("object-src"), label).toEqual(["'none'"]);
  expect(policy.get("form-action"), label).toEqual(["'self'"]);
  expect(policy.get("connect-src"), label).toEqual(["'self'"]);
  expect(policy.get("img-src"), label).toEqual(["'self'", "data:"]);
  if (response.status() === 200) {
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, `${label}: scripts in the HTML`).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, label).toContain(`nonce="${nonce}"`);
  }
  return nonce!;
}

function expectApiHeaders(response: APIResponse, label: string, https = false): void {
  expectCommonHeaders(response, label, https);
  expect(response.headers()["content-security-policy"], label).toBe("default-src 'none'; frame-ancestors 'none'");
}

function apiPaths(ids: TDemoIds): string[] {
  return [
    "/api/health", "/api/openapi.json", "/api/overview", "/api/clusters", `/api/clusters/${ids.cluster}`,
    `/api/clusters/${ids.cluster}/matrix`, `/api/clusters/${ids.cluster}/trends`, `/api/clusters/${ids.cluster}/namespaces`,
    `/api/clusters/${ids.cluster}/quick-wins/${ids.quickWin}`,
    `/api/clusters/${ids.cluster}/findings?quickWin=${ids.quickWin}&limit=5`, `/api/findings/${ids.finding}`,
    `/api/scans/${ids.scan}`, "/api/scans", "/api/ratings", "/api/rbac/ramparts-reader.yaml",
  ];
}

test("signed in: every main page has a nonce policy of its own, every API answer the closed one", async ({ request }) => {
  const ids = await demoIds(request);
  const nonces = new Set<string>();
  for (const { name, path } of MAIN_PAGES) {
    const response = await request.get(path(ids), { maxRedirects: 0 });
    expect(response.status(), name).toBe(200);
    nonces.add(await expectPageHeaders(response, name));
  }
  // A fresh nonce for every response: one that repeats could be learnt and reused.
  nonces.add(await expectPageHeaders(await request.get("/"), "overview again"));
  expect(nonces.size).toBe(MAIN_PAGES.length + 1);

  for (const path of apiPaths(ids)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectApiHeaders(response, path);
  }
  // Errors carry them too: an unknown page, an unknown cluster, a refused cross-site mutation.
  await expectPageHeaders(await request.get("/no-such-page"), "404 page");
  const missing = await request.get("/api/clusters/00000000-0000-4000-8000-000000000000");
  expect(missing.status()).toBe(404);
  expectApiHeaders(missing, "404 api");
  const crossSite = await request.post("/api/auth/sign-out", { headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expectApiHeaders(crossSite, "403 cross-site");
});

test("over HTTPS (behind a TLS proxy) pages and API answers add HSTS", async ({ request }) => {
  const https = { "x-forwarded-proto": "https" };
  await expectPageHeaders(await request.get("/settings", { headers: https }), "settings over https", true);
  expectApiHeaders(await request.get("/api/clusters", { headers: https }), "api over https", true);
});

test.describe("anonymous", () => {
  test.use({ storageState: ANONYMOUS });

  test("the sign-in page, the redirect to it, and the API's 401 carry the headers", async ({ request }) => {
    const signIn = await request.get("/sign-in");
    expect(signIn.status()).toBe(200);
    await expectPageHeaders(signIn, "sign-in");
    const redirect = await request.get("/clusters", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    await expectPageHeaders(redirect, "redirect to sign-in");
    for (const path of ["/api/clusters", "/api/overview", "/api/reports/executive.pdf"]) {
      const refused = await request.get(path);
      expect(refused.status(), path).toBe(401);
      expectApiHeaders(refused, path);
    }
    const wrong = await request.post("/api/auth/sign-in", { data: { email: E2E_USERS.viewer.email, password: "not the password" } });
    expect(wrong.status()).toBe(401);
    expectApiHeaders(wrong, "failed sign-in");
    const health = await request.get("/api/health");
    expectApiHeaders(health, "health");
  });

  test("signing in through the form runs under the policy without a violation", async ({ page }) => {
    const violations = watchPolicyViolations(page);
    await page.goto("/sign-in?next=%2Freports");
    await page.getByLabel("Email").fill(E2E_USERS.viewer.email);
    await page.getByLabel("Password").fill(E2E_USERS.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/reports$/);
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });
});

/**
 * Everything Chromium says against the page's policies: CSP violations as the page's own
 * `securitypolicyviolation` events (recorded from before the first script runs) and as "Refused to…"
 * console messages, and Permissions-Policy header errors (an unknown feature in the header). Each call returns what was seen since the
 * last one; read it before leaving a page (the page's own record goes with it).
 */
function watchPolicyViolations(page: Page): () => Promise<string[]> {
  const messages: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy|Permissions-Policy/i.test(text)) messages.push(`console: ${text}`);
  });
  void page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __policyViolations: string[] }).__policyViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return async () => [
    ...messages.splice(0),
    ...(await page.evaluate(() => (window as unknown as { __policyViolations?: string[] }).__policyViolations?.splice(0) ?? [])),
  ];
}

test("every main page loads, hydrates and navigates under its policy without a violation", async ({ page, request }) => {
  const ids = await demoIds(request);
  const violations = watchPolicyViolations(page);
  const found: string[] = [];
  for (const { name, path } of MAIN_PAGES) {
    const response = await page.goto(path(ids), { timeout: 120_000 });
    expect(response?.status(), name).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    // Client components rendered (the skeletons are gone): the nonce'd scripts ran.
    await expect(page.locator(".animate-pulse")).toHaveCount(0, { timeout: 60_000 });
    found.push(...(await violations()).map((violation) => `${name}: ${violation}`));
  }
  // Client-side navigation (RSC requests, code loaded by the trusted scripts) from the overview.
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await page.waitForLoadState("networkidle");
  found.push(...(await violations()).map((violation) => `navigation: ${violation}`));
  expect(found).toEqual([]);
});

test("the violation watch itself sees a blocked load", async ({ page }) => {
  // Without this, a watch that never hears anything would pass every page.
  const violations = watchPolicyViolations(page);
  await page.goto("/settings");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "https://tracker.example/pixel.png";
    document.body.append(image);
    const style = document.createElement("style");
    style.textContent = "body { outline: 1px solid red }";
    document.head.append(style);
  });
  const seen: string[] = [];
  await expect.poll(async () => { seen.push(...(await violations())); return seen.join("\n"); }).toMatch(/img-src blocked https:\/\/tracker\.example/);
  await expect.poll(async () => { seen.push(...(await violations())); return seen.join("\n"); }).toMatch(/style-src-elem blocked inline/);
  // Chromium also says it on the console ("Refused to…", or "… violates the following Content Security Policy directive").
  expect(seen.filter((line) => line.startsWith("console: ")).join("\n")).toMatch(/Content Security Policy/);
});
