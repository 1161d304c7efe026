import { apiServerFlagCheck, flagList } from "../../control-plane";

export const apiserverAuthorizationAlwaysAllow = apiServerFlagCheck({
  id: "apiserver-authorization-always-allow",
  title: "API server authorizes every request (AlwaysAllow)",
  quickWin: "QW1",
  severity: "critical",
  cis: "1.2.6",
  why: "AlwaysAllow switches authorization off: every authenticated (or anonymous) caller can do anything, and RBAC is ignored.",
  judge(flags) {
    if (flags.has("authorization-config")) {
      return {
        ok: false,
        unknown: "Authorization is set by --authorization-config, a file the scan cannot read.",
        message: "",
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
      message: ok ? `The API server authorizes with ${modes.join(",")}.` : `The API server authorizes every request (--authorization-mode=${raw ?? "AlwaysAllow (default)"}).`,
      evidence: { "--authorization-mode": raw ?? null },
      fix: { "authorization-mode": fixed.join(",") },
      note: "Before switching, make sure every user and workload has the RBAC bindings it needs, or its requests will be denied.",
    };
  },
});
