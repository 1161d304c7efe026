import type { TCheck } from "../../types";

export const networkChecks: readonly TCheck[] = [];
