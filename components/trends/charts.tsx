"use client";

// The trend charts as lazily loaded chunks: Recharts (~135 KB gzip with the trend views) stays out
// of the page's first-load JavaScript (issue #6: < 250 KB a route). They are still rendered on
// the server, so the HTML carries the pictures; the browser fetches the chart code after the page's
// own bundle and hydrates them then.
import dynamic from "next/dynamic";

export const PostureTrendChart = dynamic(() => import("./posture-trend-chart").then((module) => module.PostureTrendChart));
export const ComplianceSmallMultiples = dynamic(() => import("./compliance-small-multiples").then((module) => module.ComplianceSmallMultiples));
export const NewResolvedChart = dynamic(() => import("./new-resolved-chart").then((module) => module.NewResolvedChart));
