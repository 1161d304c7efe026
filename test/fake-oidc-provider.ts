// A small OpenID provider of our own, served over real HTTP for the SSO tests (integration and
// end-to-end): discovery document, JWKS, an authorize page listing test users, and a token
// endpoint that checks the client secret, the code, the redirect URI and PKCE, then issues an
// RS256-signed id_token carrying the user's groups. Only what Ramparts' sign-in needs.
import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TFakeIdpUser {
  sub: string;
  email: string;
  name: string;
  groups: string[];
}

export interface TFakeIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  users: Record<string, TFakeIdpUser>;
  /** The approve link of the authorize page for `user`, from the authorize URL Ramparts redirected to. */
  approveUrl(authorizeUrl: string, user: string): string;
  close(): Promise<void>;
}

interface TPendingCode {
  user: TFakeIdpUser;
  redirectUri: string;
  nonce: string | undefined;
  challenge: string | undefined;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const unsigned = `${base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }))}.${base64url(JSON.stringify(claims))}`;
  return `${unsigned}.${base64url(sign("sha256", Buffer.from(unsigned), key))}`;
}

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return new URLSearchParams(text);
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Starts the provider on 127.0.0.1 (`port` 0: any free port). */
export async function startFakeIdp(options: { port?: number; users: Record<string, TFakeIdpUser>; clientId?: string; clientSecret?: string }): Promise<TFakeIdp> {
  const clientId = options.clientId ?? "ramparts-test";
  const clientSecret = options.clientSecret ?? "fake-idp-client-secret";
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomUUID();
  const codes = new Map<string, TPendingCode>();
  let issuer = "";

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => json(response, 500, { error: "server_error", error_description: String(error) }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", issuer);
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      });
    }
    if (url.pathname === "/jwks") return json(response, 200, { keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] });
    if (url.pathname === "/authorize") {
      if (url.searchParams.get("client_id") !== clientId) return json(response, 400, { error: "unauthorized_client" });
      const links = Object.keys(options.users)
        .map((key) => `<li><a href="${escapeHtml(approveUrl(url.href, key))}">Continue as ${escapeHtml(options.users[key]!.email)}</a></li>`)
        .join("");
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><html lang="en"><title>Fake IdP</title><h1>Fake IdP sign-in</h1><ul>${links}</ul></html>`);
      return;
    }
    if (url.pathname === "/approve") {
      const user = options.users[url.searchParams.get("user") ?? ""];
      const redirectUri = url.searchParams.get("redirect_uri");
      if (!user || !redirectUri) return json(response, 400, { error: "invalid_request" });
      const code = randomUUID();
      codes.set(code, { user, redirectUri, nonce: url.searchParams.get("nonce") ?? undefined, challenge: url.searchParams.get("code_challenge") ?? undefined });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      back.searchParams.set("iss", issuer);
      response.writeHead(302, { location: back.href });
      response.end();
      return;
    }
    if (url.pathname === "/token" && request.method === "POST") return token(request, response);
    json(response, 404, { error: "not_found" });
  }

  async function token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = await formBody(request);
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, "base64").toString().split(":").map((part) => decodeURIComponent(part))
      : [form.get("client_id"), form.get("client_secret")];
    if (id !== clientId || secret !== clientSecret) return json(response, 401, { error: "invalid_client" });
    const pending = codes.get(form.get("code") ?? "");
    codes.delete(form.get("code") ?? "");
    if (!pending || form.get("grant_type") !== "authorization_code" || form.get("redirect_uri") !== pending.redirectUri) return json(response, 400, { error: "invalid_grant" });
    const verifier = form.get("code_verifier") ?? "";
    if (pending.challenge && base64url(createHash("sha256").update(verifier).digest()) !== pending.challenge) return json(response, 400, { error: "invalid_grant" });
    const now = Math.floor(Date.now() / 1000);
    const { user } = pending;
    const idToken = signJwt(
      { iss: issuer, sub: user.sub, aud: clientId, iat: now, exp: now + 300, nonce: pending.nonce, email: user.email, email_verified: true, name: user.name, groups: user.groups },
      privateKey,
      kid,
    );
    json(response, 200, { access_token: randomUUID(), token_type: "Bearer", expires_in: 300, id_token: idToken, scope: "openid email profile" });
  }

  function approveUrl(authorizeUrl: string, user: string): string {
    const from = new URL(authorizeUrl);
    const approve = new URL(`${issuer}/approve`);
    for (const name of ["redirect_uri", "state", "nonce", "code_challenge"]) {
      const value = from.searchParams.get(name);
      if (value !== null) approve.searchParams.set(name, value);
    }
    approve.searchParams.set("user", user);
    return approve.href;
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    users: options.users,
    approveUrl,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
