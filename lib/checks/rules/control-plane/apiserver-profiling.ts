import { apiServerFlagCheck } from "../../control-plane";
import { text } from "../../text";

export const apiserverProfiling = apiServerFlagCheck({
  id: "apiserver-profiling",
  quickWin: "QW1",
  severity: "low",
  cis: "1.2.15",
  judge(flags) {
    const value = flags.get("profiling");
    const ok = value === "false";
    return {
      ok,
      message: ok ? text("profilingOff") : text("profilingOn", { value: value ?? text("defaultValue", { value: "true" }) }),
      evidence: { "--profiling": value ?? null },
      fix: { profiling: "false" },
    };
  },
});
