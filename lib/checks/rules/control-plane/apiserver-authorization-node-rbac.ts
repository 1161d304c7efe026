import { apiServerFlagCheck, flagList } from "../../control-plane";

export const apiserverAuthorizationNodeRbac = apiServerFlagCheck({
  id: "apiserver-authorization-node-rbac",
  title: "API server authorization lacks Node or RBAC",
  quickWin: "QW1",
  severity: "high",
  cis: "1.2.8",
  why:
    "RBAC is what makes roles and bindings mean anything (CIS 1.2.8); the Node authorizer limits each kubelet to the " +
    "objects of its own pods (CIS 1.2.7). Without them a compromised node or a bound user can reach far more.",
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
    const modes = raw === undefined ? ["AlwaysAllow"] : flagList(raw);
    const missing = ["Node", "RBAC"].filter((mode) => !modes.includes(mode));
    // Node must come before RBAC (kubeadm's order); keep other authorizers after them.
    const fixed = ["Node", "RBAC", ...modes.filter((mode) => mode !== "Node" && mode !== "RBAC" && mode !== "AlwaysAllow")];
    return {
      ok: missing.length === 0,
      message: missing.length === 0
        ? "The API server authorizes with Node and RBAC."
        : `The API server authorization mode (${raw ?? "AlwaysAllow (default)"}) lacks ${missing.join(" and ")}.`,
      evidence: { "--authorization-mode": raw ?? null, missing },
      fix: { "authorization-mode": fixed.join(",") },
      note: "Enabling RBAC denies whatever no binding allows: create the bindings users and workloads need first.",
    };
  },
});
