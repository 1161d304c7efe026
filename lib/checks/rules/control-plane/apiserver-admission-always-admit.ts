import { apiServerFlagCheck, flagList } from "../../control-plane";
import { text } from "../../text";

export const apiserverAdmissionAlwaysAdmit = apiServerFlagCheck({
  id: "apiserver-admission-always-admit",
  quickWin: "QW1",
  severity: "high",
  cis: "1.2.10",
  judge(flags) {
    const enabled = flagList(flags.get("enable-admission-plugins"));
    const ok = !enabled.includes("AlwaysAdmit");
    return {
      ok,
      message: text(ok ? "alwaysAdmitOff" : "alwaysAdmitOn"),
      evidence: { "--enable-admission-plugins": flags.get("enable-admission-plugins") ?? null },
      fix: { "enable-admission-plugins": enabled.filter((plugin) => plugin !== "AlwaysAdmit").join(",") },
    };
  },
});
