import { apiServerFlagCheck, flagList } from "../../control-plane";
import { text } from "../../text";

export const apiserverAuthorizationAlwaysAllow = apiServerFlagCheck({
  id: "apiserver-authorization-always-allow",
  quickWin: "QW1",
  severity: "critical",
  cis: "1.2.6",
  judge(flags) {
    if (flags.has("authorization-config")) {
      return {
        ok: false,
        unknown: text("authorizationConfigUnread"),
        message: text("authorizationConfigUnread"),
        evidence: { "--authorization-config": flags.get("authorization-config") },
      };
    }
    const raw = flags.get("authorization-mode");
    // Unset, the API server defaults to AlwaysAllow.
    const modes = raw === undefined ? ["AlwaysAllow"] : flagList(raw);
    const ok = !modes.includes("AlwaysAllow");
    const fixed = modes.filter((mode) => mode !== "AlwaysAllow");
    for (const needed of ["Node", "RBAC"]) if (!fixed.includes(needed)) fixed.push(needed);
    return {
      ok,
      message: ok ? text("authorizesWith", { modes: modes.join(",") }) : text("authorizesEverything", { value: raw ?? text("defaultValue", { value: "AlwaysAllow" }) }),
      evidence: { "--authorization-mode": raw ?? null },
      fix: { "authorization-mode": fixed.join(",") },
      note: text("alwaysAllowBindingsFirst"),
    };
  },
});
