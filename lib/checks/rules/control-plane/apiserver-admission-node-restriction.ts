import { apiServerFlagCheck, flagList } from "../../control-plane";

export const apiserverAdmissionNodeRestriction = apiServerFlagCheck({
  id: "apiserver-admission-node-restriction",
  title: "API server lacks the NodeRestriction admission plugin",
  quickWin: "QW1",
  severity: "medium",
  cis: "1.2.14",
  why:
    "NodeRestriction stops a kubelet from modifying other nodes or pods it does not run, and from labelling itself " +
    "to attract sensitive workloads: without it one compromised node can reach the whole cluster.",
  judge(flags) {
    const enabled = flagList(flags.get("enable-admission-plugins"));
    const disabled = flagList(flags.get("disable-admission-plugins"));
    const ok = enabled.includes("NodeRestriction") && !disabled.includes("NodeRestriction");
    const fix: Record<string, string> = { "enable-admission-plugins": [...enabled.filter((p) => p !== "NodeRestriction"), "NodeRestriction"].join(",") };
    if (disabled.includes("NodeRestriction")) fix["disable-admission-plugins"] = disabled.filter((plugin) => plugin !== "NodeRestriction").join(",");
    return {
      ok,
      message: ok ? "NodeRestriction admission is enabled." : "The API server does not enable the NodeRestriction admission plugin.",
      evidence: { "--enable-admission-plugins": flags.get("enable-admission-plugins") ?? null, "--disable-admission-plugins": flags.get("disable-admission-plugins") ?? null },
      fix,
      note: "NodeRestriction needs --authorization-mode to include Node.",
    };
  },
});
