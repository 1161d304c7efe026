// API error messages in the caller's language (lib/api/route.ts, lib/i18n/messages/<locale>/api.json):
// ?lang=, then the signed-in user's saved choice, then the locale cookie, then Accept-Language. The
// code stays the same in every language; clients that map codes to their own words keep working.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as signIn } from "@/app/api/auth/sign-in/route";
import { GET as getCluster } from "@/app/api/clusters/[id]/route";
import { POST as createCluster } from "@/app/api/clusters/route";
import { GET as getOverview } from "@/app/api/overview/route";
import type { TErrorBody } from "@/lib/api/route";
import { db } from "@/lib/db/client";
import { createUsers, NO_PARAMS, sessionCookie, signInRequest, useTestAuthSecret } from "@/test/sessions";

const SAME_SITE = { host: "ramparts.test", origin: "http://ramparts.test" };
let emails: Awaited<ReturnType<typeof createUsers>>;
let viewer: string;
let admin: string;

beforeAll(async () => {
  useTestAuthSecret();
  emails = await createUsers();
  viewer = await sessionCookie(emails.viewer);
  admin = await sessionCookie(emails.admin);
});

async function error(response: Response): Promise<{ status: number } & TErrorBody["error"]> {
  return { status: response.status, ...((await response.json()) as TErrorBody).error };
}

const clusterRequest = (headers: Record<string, string>, query = "") => new Request(`http://ramparts.test/api/clusters/${randomUUID()}${query}`, { headers });
const clusterParams = { params: Promise.resolve({ id: randomUUID() }) };

describe("API error messages in the caller's language", () => {
  it("401 unauthenticated: French for Accept-Language fr, English when ?lang=en says so", async () => {
    const french = await error(await getOverview(new Request("http://ramparts.test/api/overview", { headers: { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" } }), NO_PARAMS));
    expect(french).toEqual({ status: 401, code: "unauthenticated", message: "Connectez-vous pour utiliser ceci." });
    const english = await error(await getOverview(new Request("http://ramparts.test/api/overview?lang=en", { headers: { "accept-language": "fr" } }), NO_PARAMS));
    expect(english).toEqual({ status: 401, code: "unauthenticated", message: "Sign in to use this." });
  });

  it("404 cluster not found: French with the locale cookie, English without", async () => {
    const french = await error(await getCluster(clusterRequest({ cookie: `${viewer}; ramparts-locale=fr` }), clusterParams));
    expect(french).toEqual({ status: 404, code: "not_found", message: "Ce cluster n'existe pas." });
    const english = await error(await getCluster(clusterRequest({ cookie: viewer }), clusterParams));
    expect(english).toEqual({ status: 404, code: "not_found", message: "No such cluster." });
  });

  it("follows the signed-in user's saved language over the browser's, and ?lang= over both", async () => {
    await db().user.update({ where: { email: emails.viewer }, data: { locale: "fr" } });
    try {
      const saved = await error(await getCluster(clusterRequest({ cookie: `${viewer}; ramparts-locale=en`, "accept-language": "en" }), clusterParams));
      expect(saved.message).toBe("Ce cluster n'existe pas.");
      const asked = await error(await getCluster(clusterRequest({ cookie: viewer }, "?lang=en"), clusterParams));
      expect(asked.message).toBe("No such cluster.");
    } finally {
      await db().user.update({ where: { email: emails.viewer }, data: { locale: null } });
    }
  });

  it("413 body too large: the limit named in French", async () => {
    const body = JSON.stringify({ name: "x".repeat(8 * 1024 * 1024) });
    const request = new Request("http://ramparts.test/api/clusters?lang=fr", {
      method: "POST", headers: { ...SAME_SITE, cookie: admin, "content-type": "application/json" }, body,
    });
    const answer = await error(await createCluster(request, NO_PARAMS));
    expect(answer.status).toBe(413);
    expect(answer.code).toBe("payload_too_large");
    expect(answer.message).toMatch(/^Le corps de la requête dépasse \d+ octets \(.+\), le maximum qu'accepte ce point d'accès\.$/);
  });

  it("a wrong password, in French, without saying which of the two is wrong", async () => {
    const answer = await error(await signIn(signInRequest(emails.viewer, "not the password at all", { "accept-language": "fr" }), NO_PARAMS));
    expect(answer).toEqual({ status: 401, code: "invalid_credentials", message: "L'adresse e-mail ou le mot de passe est incorrect." });
  });
});
