import { apiServerFlagCheck } from "../../control-plane";
import { text } from "../../text";

export const apiserverAuditLog = apiServerFlagCheck({
  id: "apiserver-audit-log",
  quickWin: "QW1",
  severity: "medium",
  cis: "1.2.16",
  judge(flags) {
    const policy = flags.get("audit-policy-file");
    const path = flags.get("audit-log-path");
    const webhook = flags.get("audit-webhook-config-file");
    // No policy file means no event is recorded, whatever the backends.
    const ok = !!policy && (!!path || !!webhook);
    const fix: Record<string, string> = {};
    if (!policy) fix["audit-policy-file"] = "/etc/kubernetes/audit-policy.yaml";
    if (!path && !webhook) fix["audit-log-path"] = "/var/log/kubernetes/audit/audit.log";
    return {
      ok,
      message: text(ok ? "auditLogOn" : "auditLogOff"),
      evidence: { "--audit-policy-file": policy ?? null, "--audit-log-path": path ?? null, "--audit-webhook-config-file": webhook ?? null },
      fix,
      note:
        text("auditLogPolicy"),
    };
  },
});
