import type { TScanListItem } from "@/lib/api/schemas/scans";

type TStatus = TScanListItem["status"];

const TONE: Record<TStatus, string> = {
  queued: "text-slate-700 dark:text-slate-300",
  running: "text-brand-700 dark:text-sky-300",
  succeeded: "text-slate-800 dark:text-slate-200",
  partial: "text-amber-800 dark:text-amber-300",
  failed: "text-red-800 dark:text-red-300",
};

/** Icons are decorative: the status word is always written next to them. */
function StatusIcon({ status }: { status: TStatus }) {
  const common = { "aria-hidden": true, viewBox: "0 0 20 20", className: `size-4 shrink-0${status === "running" ? " animate-spin motion-reduce:animate-none" : ""}` } as const;
  switch (status) {
    case "queued":
      return <svg {...common}><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16m0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12m-1 2v4.4l3.3 3.3 1.4-1.4L11 9.6V6z" /></svg>;
    case "running":
      return <svg {...common}><path fill="currentColor" d="M10 2a8 8 0 0 1 8 8h-2a6 6 0 0 0-6-6z" /><path fill="currentColor" opacity=".3" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16m0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12" /></svg>;
    case "succeeded":
      return <svg {...common}><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16m3.8 5.3 1.4 1.4L9 14.9 5.3 11.2l1.4-1.4L9 12.1z" /></svg>;
    case "partial":
      return <svg {...common}><path fill="currentColor" d="M10 1.5 19 18H1zM9 7v5h2V7zm0 6.5v2h2v-2z" /></svg>;
    case "failed":
      return <svg {...common}><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16M7.2 5.8 10 8.6l2.8-2.8 1.4 1.4-2.8 2.8 2.8 2.8-1.4 1.4-2.8-2.8-2.8 2.8-1.4-1.4 2.8-2.8-2.8-2.8z" /></svg>;
  }
}

/** A scan status as icon + word; failed and partial stand out (bold, warm colour, distinct icon). */
export function ScanStatusBadge({ status, label }: { status: TStatus; label: string }) {
  const strong = status === "failed" || status === "partial";
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap ${TONE[status]}${strong ? " font-semibold" : ""}`}>
      <StatusIcon status={status} />
      {label}
    </span>
  );
}
