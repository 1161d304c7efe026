import { apiServerFlagCheck } from "../../control-plane";

export const apiserverProfiling = apiServerFlagCheck({
  id: "apiserver-profiling",
  title: "API server profiling endpoint enabled",
  quickWin: "QW1",
  severity: "low",
  cis: "1.2.15",
  why:
    "The /debug/pprof endpoints expose detailed runtime data about the API server and let a caller load it with " +
    "expensive profiles; they are for debugging sessions, not production.",
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
