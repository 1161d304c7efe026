// Registering a cluster as a person would: paste a kubeconfig for a fake API server started here,
// test the connection (permission table, over-privilege warning), save, and never see the token again.
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { fakeKubeconfigYaml, startFakeApiServer, type TFakeApiServer } from "../lib/kube/fake-api-server";
import { expect, test } from "./fixtures/database";
import { saveScreenshot } from "./fixtures/screenshots";

const FIXTURES = fileURLToPath(new URL("../lib/kube/fixtures", import.meta.url));
const TOKEN = "CANARY-e2e-7f3a9c.eyJhbGciOiJSUzI1NiJ9.ramparts-e2e-token";

let server: TFakeApiServer;
test.beforeAll(async () => {
  server = await startFakeApiServer({ dir: FIXTURES, token: TOKEN, permissions: "read-only" });
});
test.afterAll(async () => {
  await server.close();
});
test.beforeEach(async ({ seed }) => {
  await seed.reset();
  server.setPermissions("read-only");
});

const kubeconfig = () => fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: TOKEN, name: "acme-prod-reader" });

async function expectNoToken(page: Page) {
  expect(await page.content()).not.toContain(TOKEN);
  expect(await page.content()).not.toContain("CANARY");
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => violation.id);
}

test("add a cluster by pasting a kubeconfig: permission table, warning when it can write, saved, the token never shown again", async ({ page, request }) => {
  await page.goto("/clusters");
  await page.getByRole("link", { name: "Add cluster" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a cluster" })).toBeVisible();

  await page.getByRole("textbox", { name: "Name" }).fill("Acme Prod");
  await expect(page.getByText("Only lowercase letters, digits and “-”")).toBeVisible();
  await page.getByRole("textbox", { name: "Name" }).fill("acme-prod");
  await expect(page.getByText("Only lowercase letters, digits and “-”")).toHaveCount(0);
  await page.getByRole("combobox", { name: "Environment" }).selectOption("production");
  await page.getByRole("textbox", { name: "Description" }).fill("Payments, web and data teams");
  await expect(page.getByText(/every 6 hours.*Next scan:/i)).toBeVisible();

  await page.getByRole("textbox", { name: "Kubeconfig" }).fill(kubeconfig());
  await expect(page.getByText(`Context “acme-prod-reader”: server ${new URL(server.url).host}, bearer token.`)).toBeVisible();

  await page.getByRole("button", { name: "Test connection" }).click();
  const table = page.getByRole("table", { name: "What these credentials may list, per resource type the scanner reads" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(25);
  await expect(table.getByRole("row", { name: /^Secret core Namespaced/ })).toContainText("Allowed");
  await expect(page.getByText("Connected to Kubernetes v1.31.4")).toBeVisible();
  await expect(page.getByText("can list 24 of 24 resource types")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, "cluster-new-tested");

  server.setPermissions("cluster-admin");
  await page.getByRole("button", { name: "Test connection" }).click();
  const warning = page.getByRole("alert").filter({ hasText: "These credentials can write: a scanner needs only get/list/watch" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("link", { name: /ramparts-reader\.yaml/ })).toHaveAttribute("href", "/api/rbac/ramparts-reader.yaml");
  await expect(warning).toContainText("delete secrets");
  await saveScreenshot(page, "cluster-new-over-privileged");
  const reader = await request.get("/api/rbac/ramparts-reader.yaml");
  expect(await reader.text()).toContain("kind: ClusterRole");
  server.setPermissions("read-only");

  await page.getByRole("button", { name: "Add cluster" }).click();
  await expect(page).toHaveURL(/\/clusters\?created=acme-prod$/);
  await expect(page.getByRole("status").filter({ hasText: "Cluster “acme-prod” is registered." })).toBeVisible();
  const clusters = page.getByRole("table", { name: "Registered clusters" });
  await expect(clusters.getByRole("rowheader", { name: /acme-prod/ })).toBeVisible();
  await expectNoToken(page);
  await saveScreenshot(page, "clusters-after-create");

  // The edit page describes the stored connection and offers to replace it; it never shows it.
  await page.getByRole("link", { name: "Edit acme-prod" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit “acme-prod”" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "acme-prod-reader" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "bearer token" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Kubeconfig" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Replace credentials" })).toHaveAttribute("aria-expanded", "false");
  await expectNoToken(page);
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, "cluster-edit");
  await page.getByRole("textbox", { name: "Description" }).fill("Payments and web");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cluster “acme-prod” is saved." })).toBeVisible();

  // Test on demand from the list, in a dialog.
  await page.getByRole("button", { name: "Test the connection to acme-prod" }).click();
  const dialog = page.getByRole("dialog", { name: "Connection test: acme-prod" });
  await expect(dialog.getByRole("table")).toBeVisible();
  await expect(dialog.getByText("can list 24 of 24 resource types")).toBeVisible();
  await saveScreenshot(page, "cluster-test-dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  for (const path of ["/api/clusters?includeArchived=true", (await clusterUrl(page))]) {
    const text = await (await request.get(path)).text();
    expect(text).not.toContain(TOKEN);
    expect(text).toContain("acme-prod");
  }

  // Archive keeps the row (and its history), marked archived.
  await page.getByRole("button", { name: "Archive acme-prod" }).click();
  await page.getByRole("button", { name: /^Confirm: archive acme-prod/ }).click();
  await expect(page.getByText("“acme-prod” is archived")).toBeVisible();
  await expect(clusters.getByRole("rowheader", { name: /acme-prod/ })).toContainText("Archived");
  await expect(page.getByRole("button", { name: "Restore acme-prod" })).toBeVisible();
  await saveScreenshot(page, "clusters-archived");
});

test("a kubeconfig that runs a program is refused next to the field, with the explanation", async ({ page }) => {
  await page.goto("/clusters/new");
  await page.getByRole("textbox", { name: "Name" }).fill("eks-prod");
  const execKubeconfig = kubeconfig().replace(`token: ${TOKEN}`, "exec:\n        apiVersion: client.authentication.k8s.io/v1\n        command: aws");
  expect(execKubeconfig).toContain("exec:");
  await page.getByRole("textbox", { name: "Kubeconfig" }).fill(execKubeconfig);
  await expect(page.getByText(/uses an exec credential plugin, which would run a program on the Ramparts server/).first()).toBeVisible();

  await page.getByRole("button", { name: "Add cluster" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The cluster was not saved" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Kubeconfig" })).toHaveAttribute("aria-invalid", "true");
  await saveScreenshot(page, "cluster-new-exec-refused");
});

test("a wrong token and an unreachable server are explained by the connection test", async ({ page }) => {
  await page.goto("/clusters/new");
  await page.getByRole("textbox", { name: "Kubeconfig" }).fill(kubeconfig().replace(TOKEN, "not-the-right-token"));
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Connection failed: Credentials rejected" })).toContainText("401: the token was rejected");
  await saveScreenshot(page, "cluster-new-401");

  await page.getByRole("textbox", { name: "Kubeconfig" }).fill(fakeKubeconfigYaml({ server: `https://127.0.0.1:${await closedPort()}`, caPem: server.caPem, token: TOKEN }));
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Connection failed: Unreachable" })).toContainText("the connection was refused");
});

test("a manifests cluster from uploaded YAML files: what they hold, then saved", async ({ page }) => {
  await page.goto("/clusters/new");
  await page.getByRole("textbox", { name: "Name" }).fill("gitops-staging");
  await page.getByRole("radio", { name: /^Manifests/ }).check();
  await page.getByLabel("Upload YAML files").setInputFiles([`${FIXTURES}/namespaces.yaml`, `${FIXTURES}/workloads.yaml`]);
  await expect(page.getByRole("textbox", { name: "Or paste the YAML" })).not.toBeEmpty();
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("heading", { name: "What the manifests hold" })).toBeVisible();
  await expect(page.getByText(/^\d+ Kubernetes objects$/)).toBeVisible();
  await saveScreenshot(page, "cluster-new-manifests");
  await page.getByRole("button", { name: "Add cluster" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cluster “gitops-staging” is registered." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Registered clusters" }).getByRole("row", { name: /gitops-staging/ })).toContainText("Manifests");
});

/** A loopback port nobody listens on (taken, then released). Not a fixed one: fetch refuses "bad ports" such as 9. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function clusterUrl(page: Page): Promise<string> {
  const href = await page.getByRole("link", { name: "Edit acme-prod" }).getAttribute("href");
  return `/api/clusters/${href!.split("/")[2]}`;
}

test("the form speaks French to French readers", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/clusters/new");
  await expect(page.getByRole("heading", { level: 1, name: "Ajouter un cluster" })).toBeVisible();
  await expect(page.getByText(/toutes les 6 heures.*Prochaine analyse/i)).toBeVisible();
  await page.getByRole("textbox", { name: "Kubeconfig" }).fill(kubeconfig());
  await page.getByRole("button", { name: "Tester la connexion" }).click();
  await expect(page.getByRole("table", { name: /Ce que ces identifiants peuvent lister/ })).toBeVisible();
  await saveScreenshot(page, "cluster-new-fr");
  await context.close();
});

test("a refused kubeconfig and a failed connection test are explained in French", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/clusters/new");
  const execKubeconfig = kubeconfig().replace(`token: ${TOKEN}`, "exec:\n        apiVersion: client.authentication.k8s.io/v1\n        command: aws");
  await page.getByRole("textbox", { name: "Kubeconfig" }).fill(execKubeconfig);
  await expect(page.getByText(/utilise un plugin d’identifiants exec, qui exécuterait un programme sur le serveur Ramparts/).first()).toBeVisible();
  await expect(page.getByText(/uses an exec credential plugin/)).toHaveCount(0);
  await saveScreenshot(page, "cluster-new-exec-refused-fr");

  await page.getByRole("textbox", { name: "Kubeconfig" }).fill(kubeconfig().replace(TOKEN, "not-the-right-token"));
  await page.getByRole("button", { name: "Tester la connexion" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "401 : le jeton a été refusé" })).toBeVisible();
  await expect(page.getByText(/the token was rejected/)).toHaveCount(0);
  await saveScreenshot(page, "cluster-new-401-fr");
  await context.close();
});
