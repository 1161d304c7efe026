import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/**
 * The frame of a trends widget: title, the period it covers, and its charts — or, with fewer than
 * two scans in the period, a sentence saying there is no trend yet.
 */
export function TrendCard({ id, title, period, scans, empty, children }: {
  id: string;
  title: string;
  period: string;
  scans: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Card labelledBy={id}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">{title}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{period}</p>
      </div>
      {scans < 2 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">{empty}</p>
      ) : (
        <div className="space-y-8">{children}</div>
      )}
    </Card>
  );
}
