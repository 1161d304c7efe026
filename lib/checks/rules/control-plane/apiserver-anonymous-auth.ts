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
        unknown: text("authenticationConfigUnread"),
        message: text("authenticationConfigUnread"),
        evidence: { "--authentication-config": flags.get("authentication-config") },
      };
    }
    const ok = value === "false";
    return {
      ok,
      message: ok ? text("anonymousRejected") : text("anonymousAccepted", { value: value ?? text("defaultValue", { value: "true" }) }),
      evidence: { "--anonymous-auth": value ?? null },
      fix: { "anonymous-auth": "false" },
      note:
        text("anonymousAuthProbes"),
    };
  },
});
