import { apiServerFlagCheck, flagList } from "../../control-plane";
import { text } from "../../text";

export const apiserverAuthorizationNodeRbac = apiServerFlagCheck({
  id: "apiserver-authorization-node-rbac",
  quickWin: "QW1",
  severity: "high",
  cis: "1.2.8",
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
    const modes = raw === undefined ? ["AlwaysAllow"] : flagList(raw);
    const missing = ["Node", "RBAC"].filter((mode) => !modes.includes(mode));
    // Node must come before RBAC (kubeadm's order); keep other authorizers after them.
    const fixed = ["Node", "RBAC", ...modes.filter((mode) => mode !== "Node" && mode !== "RBAC" && mode !== "AlwaysAllow")];
    return {
      ok: missing.length === 0,
      message: missing.length === 0
        ? text("authorizesNodeRbac")
        : text("authorizationLacks", { value: raw ?? text("defaultValue", { value: "AlwaysAllow" }), missing: missing.length === 2 ? text("andList", { first: missing[0]!, second: missing[1]! }) : missing }),
      evidence: { "--authorization-mode": raw ?? null, missing },
      fix: { "authorization-mode": fixed.join(",") },
      note: text("rbacBindingsFirst"),
    };
  },
});
