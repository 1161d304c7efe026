import type { TCheck } from "../../types";

export const pssChecks: readonly TCheck[] = [];
