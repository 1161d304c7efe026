import { apiServerFlagCheck } from "../../control-plane";

export const apiserverAnonymousAuth = apiServerFlagCheck({
  id: "apiserver-anonymous-auth",
  title: "API server accepts anonymous requests",
  quickWin: "QW1",
  severity: "medium",
  cis: "1.2.1",
  why:
    "With anonymous authentication on, any network client is a user (system:anonymous): one careless binding to it, " +
    "or a discovery endpoint, is then open to the whole network.",
  judge(flags) {
    const value = flags.get("anonymous-auth");
    if (value === undefined && flags.has("authentication-config")) {
      return {
        ok: false,
        unknown: "Authentication is set by --authentication-config, whose anonymous section is in a file the scan cannot read.",
        message: "",
        evidence: { "--authentication-config": flags.get("authentication-config") },
      };
    }
    const ok = value === "false";
    return {
      ok,
      message: ok ? "The API server rejects anonymous requests." : `The API server accepts anonymous requests (--anonymous-auth=${value ?? "true (default)"}).`,
      evidence: { "--anonymous-auth": value ?? null },
      fix: { "anonymous-auth": "false" },
      note:
        "Probes and load balancers that call /livez, /readyz or /healthz without credentials will then get 401: " +
        "point them at an authenticated endpoint, or use --authentication-config with anonymous access limited to those paths.",
    };
  },
});
