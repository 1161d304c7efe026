import type { TCheck } from "../../types";

export const imagesChecks: readonly TCheck[] = [];
