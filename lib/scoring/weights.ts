// Severity weights of the scoring model (PRODUCT.md): one home, used by UI, PDF and API alike.
export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type TSeverityLevel = (typeof SEVERITIES)[number];

export const SEVERITY_WEIGHTS: Readonly<Record<TSeverityLevel, number>> = { critical: 10, high: 5, medium: 2, low: 1 };
