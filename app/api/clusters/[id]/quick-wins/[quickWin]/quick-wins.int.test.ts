// The quick win page's check counts and the finding page's remediation, on the hand-computed
// "alpha" cluster (lib/db/queries/seed.testkit.ts seedAlpha): in s2, QW3's privileged-container
// fails on payments/api only (3 pass), QW4's container-missing-memory-limit fails on api and cache.
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { ZFindingDetail, ZFindingPage } from "@/lib/api/schemas/findings";
import { ZQuickWinChecks } from "@/lib/api/schemas/quick-wins";
import { ZMatrix } from "@/lib/api/schemas/scoring";
import { db } from "@/lib/db/client";
import { createException } from "@/lib/db/exceptions";
import { callAs, callError, createTestCluster, daysAgo, alphaForEachTest } from "@/lib/db/queries/seed.testkit";
import { GET as getFinding } from "../../../../findings/[id]/route";
import { GET as listFindings } from "../../findings/route";
import { GET as getMatrix } from "../../matrix/route";
import { GET as getQuickWin } from "./route";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const alpha = alphaForEachTest({ ratings: true });

const quickWinOf = (clusterId: string, quickWin: string) =>
  callAs(ZQuickWinChecks, getQuickWin, `/api/clusters/${clusterId}/quick-wins/${quickWin}`, { id: clusterId, quickWin });

describe("GET /api/clusters/[id]/quick-wins/[quickWin]", () => {
  it("lists every check of the quick win with the current scan's counts, agreeing with the matrix", async () => {
    const qw3 = await quickWinOf(alpha.clusterId, "QW3");
    expect(qw3.scan?.id).toBe(alpha.s2);
    expect(qw3.checks.length).toBeGreaterThan(5);
    expect(qw3.checks[0]).toEqual({
      checkId: "privileged-container", title: expect.any(String), severity: "critical", cis: expect.any(String),
      pss: { level: "baseline", control: "privileged" }, pass: 3, fail: 1, waived: 0, notAssessable: 0,
    });
    // Checks the scan did not run (the tests evaluate two checks) are listed with zero counts.
    expect(qw3.checks.slice(1).every((check) => check.pass + check.fail + check.waived + check.notAssessable === 0)).toBe(true);
    const matrix = await callAs(ZMatrix, getMatrix, `/api/clusters/${alpha.clusterId}/matrix`, { id: alpha.clusterId });
    for (const point of matrix.quickWins) {
      const checks = (await quickWinOf(alpha.clusterId, point.quickWin)).checks;
      expect(checks.reduce((sum, check) => sum + check.fail, 0)).toBe(point.openFindings);
      expect(checks.reduce((sum, check) => sum + check.waived, 0)).toBe(point.waived);
    }
  });

  it("moves a finding from fail to waived as soon as an exception covers it", async () => {
    await createException({
      clusterId: alpha.clusterId, checkId: "privileged-container", scope: "namespace", namespace: "payments",
      reason: "Vendor agent until v2", expiresAt: daysAgo(-30),
    }, "lead");
    const privileged = (await quickWinOf(alpha.clusterId, "QW3")).checks.find((check) => check.checkId === "privileged-container");
    expect(privileged).toMatchObject({ pass: 3, fail: 0, waived: 1 });
  });

  it("answers 404 for an unknown quick win or cluster, and zero counts before any scan", async () => {
    expect(await callError(getQuickWin, `/api/clusters/${alpha.clusterId}/quick-wins/QW10`, { id: alpha.clusterId, quickWin: "QW10" })).toMatchObject({ status: 404, code: "not_found" });
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await callError(getQuickWin, `/api/clusters/${missing}/quick-wins/QW3`, { id: missing, quickWin: "QW3" })).toMatchObject({ status: 404 });
    const fresh = await createTestCluster("fresh");
    const empty = await quickWinOf(fresh, "QW8");
    expect(empty.scan).toBeNull();
    expect(empty.checks.every((check) => check.fail === 0 && check.pass === 0)).toBe(true);
  });
});

describe("GET /api/findings/[id] remediation", () => {
  it("gives the snippet for that very object: YAML that parses and the kubectl command", async () => {
    const page = await callAs(ZFindingPage, listFindings, `/api/clusters/${alpha.clusterId}/findings?check=privileged-container`, { id: alpha.clusterId });
    const finding = page.items[0]!;
    const detail = await callAs(ZFindingDetail, getFinding, `/api/findings/${finding.id}`, { id: finding.id });
    expect(detail.remediation?.type).toBe("patch");
    expect(detail.remediation?.command).toBe("kubectl -n payments patch deployment api --type strategic --patch-file fix.yaml");
    const patch = parse(detail.remediation!.yaml!) as { spec: { template: { spec: { containers: { securityContext: { privileged: boolean } }[] } } } };
    expect(patch.spec.template.spec.containers[0]!.securityContext.privileged).toBe(false);
  });
});

describe("check texts in the reader's language", () => {
  const detailOf = async (check: string, init?: RequestInit, query = "") => {
    const page = await callAs(ZFindingPage, listFindings, `/api/clusters/${alpha.clusterId}/findings?check=${check}`, { id: alpha.clusterId });
    const finding = page.items[0]!;
    return { id: finding.id, detail: await callAs(ZFindingDetail, getFinding, `/api/findings/${finding.id}${query}`, { id: finding.id }, init) };
  };

  it("answers in French to Accept-Language: fr (title, why and the remediation note), in English by default", async () => {
    const english = (await detailOf("container-missing-memory-limit")).detail;
    expect(english.check?.title).toBe("Container without a memory limit");
    expect(english.remediation?.note).toMatch(/^256Mi \(or the request, when larger\) is a starting point/);
    const french = (await detailOf("container-missing-memory-limit", { headers: { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" } })).detail;
    expect(french.check?.title).toBe("Conteneur sans limit mémoire");
    expect(french.check?.why).toMatch(/^Un conteneur sans limit mémoire peut prendre toute la mémoire de son nœud/);
    expect(french.remediation?.note).toMatch(/^256Mi \(ou la request, si elle est plus grande\) est un point de départ/);
    // The YAML and the command are the same in every language.
    expect(french.remediation?.yaml).toBe(english.remediation?.yaml);
    expect(french.remediation?.command).toBe(english.remediation?.command);
  });

  it("lets ?lang= override Accept-Language, and titles the quick win's checks in that language", async () => {
    const { detail } = await detailOf("privileged-container", { headers: { "accept-language": "en" } }, "?lang=fr");
    expect(detail.check?.title).toBe("Conteneur en mode privilégié");
    const qw3 = await callAs(ZQuickWinChecks, getQuickWin, `/api/clusters/${alpha.clusterId}/quick-wins/QW3`, { id: alpha.clusterId, quickWin: "QW3" }, { headers: { "accept-language": "fr" } });
    expect(qw3.checks.find((check) => check.checkId === "privileged-container")?.title).toBe("Conteneur en mode privilégié");
  });

  it("gives each finding's message in the reader's language, in the list and the detail", async () => {
    const list = (query: string) => callAs(ZFindingPage, listFindings, `/api/clusters/${alpha.clusterId}/findings?check=privileged-container${query}`, { id: alpha.clusterId });
    const [english, french] = [(await list("")).items[0]!, (await list("&lang=fr")).items[0]!];
    expect(english.message).toMatch(/^Container `[^`]+` runs privileged\.$/);
    expect(french.message).toMatch(/^Le conteneur `[^`]+` s’exécute en mode privilégié\.$/);
    const { detail } = await detailOf("privileged-container", { headers: { "accept-language": "fr" } });
    expect(detail.message).toBe(french.message);
  });

  it("still shows a message stored before messages were translated (an English sentence) as it was stored", async () => {
    const { id } = await detailOf("privileged-container");
    await db().finding.update({ where: { id }, data: { message: "Container `api` runs privileged (written by an older version)." } });
    const french = await callAs(ZFindingDetail, getFinding, `/api/findings/${id}?lang=fr`, { id });
    expect(french.message).toBe("Container `api` runs privileged (written by an older version).");
  });

  it("still shows a remediation stored before check texts were translated (a plain English note) as it was stored", async () => {
    const { id, detail } = await detailOf("container-missing-memory-limit");
    const stored = await db().finding.findUniqueOrThrow({ where: { id }, select: { remediation: true } });
    await db().finding.update({ where: { id }, data: { remediation: { ...(stored.remediation as object), note: "Set a memory limit (written by an older version)." } } });
    const french = await callAs(ZFindingDetail, getFinding, `/api/findings/${id}`, { id }, { headers: { "accept-language": "fr" } });
    expect(french.remediation?.note).toBe("Set a memory limit (written by an older version).");
    expect(french.remediation?.yaml).toBe(detail.remediation?.yaml);
  });
});
