import { apiServerFlagCheck } from "../../control-plane";

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
      message: ok ? "API server profiling is disabled." : `API server profiling is enabled (--profiling=${value ?? "true (default)"}).`,
      evidence: { "--profiling": value ?? null },
      fix: { profiling: "false" },
    };
  },
});
