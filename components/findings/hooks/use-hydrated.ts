"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server HTML, true once React runs in the browser: buttons that only work with
 * JavaScript stay disabled until then instead of ignoring an early click.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
