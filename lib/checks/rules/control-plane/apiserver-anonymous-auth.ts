import { apiServerFlagCheck } from "../../control-plane";
import { text } from "../../text";

export const apiserverAnonymousAuth = apiServerFlagCheck({
  id: "apiserver-anonymous-auth",
  quickWin: "QW1",
  severity: "medium",
  cis: "1.2.1",
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
        text("anonymousAuthProbes"),
    };
  },
});
