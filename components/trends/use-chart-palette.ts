"use client";

import { useSyncExternalStore } from "react";

// SVG fills cannot take Tailwind's dark: variants, so the charts pick their colours from the
// colour scheme here. Okabe–Ito colours: told apart with any colour vision, and the two series of
// a chart also differ by pattern.
export interface TChartPalette {
  primary: string;
  secondary: string;
  grid: string;
  axis: string;
  tooltipBackground: string;
  tooltipBorder: string;
  tooltipText: string;
}

const LIGHT: TChartPalette = {
  primary: "#0072B2",
  secondary: "#D55E00",
  grid: "#e2e8f0",
  axis: "#475569",
  tooltipBackground: "#ffffff",
  tooltipBorder: "#cbd5e1",
  tooltipText: "#0f172a",
};

const DARK: TChartPalette = {
  primary: "#56B4E9",
  secondary: "#E69F00",
  grid: "#334155",
  axis: "#94a3b8",
  tooltipBackground: "#0f172a",
  tooltipBorder: "#475569",
  tooltipText: "#f1f5f9",
};

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

export function useChartPalette(): TChartPalette {
  const dark = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
  return dark ? DARK : LIGHT;
}
