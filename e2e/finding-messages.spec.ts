// Each finding's message is stored as a catalogue text and read in the reader's language: the
// same acme-prod finding says what the check saw in English, then in French once the locale
// cookie asks for it (the header's switch sets that cookie), on the quick-win list and the
// finding page. Read-only on the demo data.
import { expect as baseExpect, test, type APIRequestContext } from "@playwright/test";
import { saveScreenshot } from "./fixtures/screenshots";

const expect = baseExpect.configure({ timeout: 60_000 });

interface TFinding { id: string; checkId: string; quickWin: string; objectName: string; container: string | null; message: string }

async function privilegedFinding(request: APIRequestContext): Promise<{ clusterId: string; finding: TFinding }> {
  const { clusters } = (await (await request.get("/api/clusters")).json()) as { clusters: { id: string; name: string }[] };
  const cluster = clusters.find((item) => item.name === "acme-prod");
  expect(cluster, "the demo's acme-prod cluster").toBeDefined();
  const response = await request.get(`/api/clusters/${cluster!.id}/findings?check=privileged-container&limit=1`);
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: TFinding[] };
  expect(items.length, "acme-prod has a privileged container").toBe(1);
  return { clusterId: cluster!.id, finding: items[0]! };
}

test("a finding's message follows the reader's language", async ({ page, context, request, baseURL }) => {
  const { clusterId, finding } = await privilegedFinding(request);
  const container = finding.container ?? "";
  expect(finding.message).toBe(`Container \`${container}\` runs privileged.`);

  await page.goto(`/findings/${finding.id}`);
  await expect(page.getByText("runs privileged.").first()).toBeVisible();

  await context.addCookies([{ name: "ramparts-locale", value: "fr", url: baseURL! }]);
  await page.goto(`/findings/${finding.id}`);
  const french = page.getByText("s’exécute en mode privilégié.").first();
  await expect(french).toBeVisible();
  // The container's name stays as the cluster wrote it, in code style.
  await expect(french.locator("code", { hasText: container })).toBeVisible();
  await expect(page.getByText("runs privileged.")).toHaveCount(0);
  await saveScreenshot(page, "finding-message-fr");

  await page.goto(`/clusters/${clusterId}/quick-wins/${finding.quickWin}?check=privileged-container`);
  await expect(page.getByText("s’exécute en mode privilégié.").first()).toBeVisible();
  await expect(page.getByText("runs privileged.")).toHaveCount(0);
  await saveScreenshot(page, "quick-win-messages-fr");
  await context.clearCookies({ name: "ramparts-locale" });
});
