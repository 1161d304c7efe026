import { apiServerFlagCheck, flagList } from "../../control-plane";
import { text } from "../../text";

export const apiserverAdmissionNodeRestriction = apiServerFlagCheck({
  id: "apiserver-admission-node-restriction",
  quickWin: "QW1",
  severity: "medium",
  cis: "1.2.14",
  judge(flags) {
    const enabled = flagList(flags.get("enable-admission-plugins"));
    const disabled = flagList(flags.get("disable-admission-plugins"));
    const ok = enabled.includes("NodeRestriction") && !disabled.includes("NodeRestriction");
    const fix: Record<string, string> = { "enable-admission-plugins": [...enabled.filter((p) => p !== "NodeRestriction"), "NodeRestriction"].join(",") };
    if (disabled.includes("NodeRestriction")) fix["disable-admission-plugins"] = disabled.filter((plugin) => plugin !== "NodeRestriction").join(",");
    return {
      ok,
      message: text(ok ? "nodeRestrictionOn" : "nodeRestrictionOff"),
      evidence: { "--enable-admission-plugins": flags.get("enable-admission-plugins") ?? null, "--disable-admission-plugins": flags.get("disable-admission-plugins") ?? null },
      fix,
      note: text("nodeRestrictionNeedsNode"),
    };
  },
});
