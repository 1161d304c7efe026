import { describe, expect, it } from "vitest";
import { createLogger } from "./log";

const SECRETS = {
  cookie: "ramparts.session_token=s3ss10n-c00kie-value.signature",
  bearer: "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl",
  password: "correct horse battery staple",
  kubeconfigToken: "kube-sa-token-0123456789abcdef",
  clientSecret: "oidc-client-secret-value",
  key: "cmFtcGFydHMtZTJlLXRlc3Qtb25seS1rZXktMzJieXQ=",
};

function capture(json = true) {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", json, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, text: () => lines.join("") };
}

function expectNoSecret(text: string) {
  for (const [name, secret] of Object.entries(SECRETS)) expect(text, name).not.toContain(secret);
}

describe("the server log", () => {
  it("prints none of a cookie, bearer token, password, kubeconfig or client secret logged in an object", () => {
    const { logger, text } = capture();
    logger.info(
      {
        req: { method: "GET", url: "/api/clusters", headers: { cookie: SECRETS.cookie, authorization: `Bearer ${SECRETS.bearer}`, "user-agent": "test" } },
        body: { email: "a@b.test", password: SECRETS.password },
        cluster: { name: "prod", kubeconfig: `users:\n- user:\n    token: ${SECRETS.kubeconfigToken}\n` },
        sso: { clientSecret: SECRETS.clientSecret },
        deep: { a: { b: { c: { sessionToken: SECRETS.cookie, encryptionKey: SECRETS.key } } } },
      },
      "request",
    );
    const line = text();
    expectNoSecret(line);
    const parsed = JSON.parse(line) as { req: { headers: Record<string, string> }; body: { email: string }; cluster: { name: string } };
    // What is not secret stays readable.
    expect(parsed.body.email).toBe("a@b.test");
    expect(parsed.cluster.name).toBe("prod");
    expect(parsed.req.headers["user-agent"]).toBe("test");
    expect(parsed.req.headers.cookie).toBe("[redacted]");
  });

  it("scrubs errors: their own fields, their cause, and tokens quoted in their message", () => {
    const { logger, text } = capture();
    const cause = Object.assign(new Error("upstream said no"), { headers: { authorization: `Bearer ${SECRETS.bearer}` } });
    const error = Object.assign(new Error(`request failed with Authorization: Bearer ${SECRETS.bearer}`, { cause }), { code: 401, password: SECRETS.password });
    logger.error({ err: error }, "scan failed");
    logger.error(error);
    expectNoSecret(text());
    expect(text()).toContain("request failed with Authorization: Bearer [redacted]");
    expect(text()).toContain("upstream said no");
  });

  it("scrubs the message text itself and the readable (development) lines", () => {
    const { logger, text } = capture(false);
    logger.warn(`retrying with Bearer ${SECRETS.bearer}`);
    logger.info({ headers: new Headers({ cookie: SECRETS.cookie }), password: SECRETS.password }, "hello");
    expectNoSecret(text());
    expect(text()).toMatch(/^\d\d:\d\d:\d\d WARN  retrying with Bearer \[redacted\]\n/);
    expect(text()).toContain("INFO  hello");
  });

  it("writes nothing below the configured level", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "warn", destination: { write: (line: string) => void lines.push(line) } });
    logger.info("not written");
    logger.warn("written");
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(["written"]);
  });
});
