import { useTranslations } from "next-intl";

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** The check's evidence (JSON from the cluster) as a definition list; every value is text. */
export function EvidenceList({ evidence }: { evidence: Record<string, unknown> }) {
  const t = useTranslations("finding.details");
  const entries = Object.entries(evidence);
  if (entries.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("noEvidence")}</p>;
  return (
    <dl className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-700">
      {entries.map(([key, value]) => (
        <div key={key} className="grid gap-1 px-3 py-2 md:grid-cols-2 md:gap-4">
          <dt className="font-mono text-xs break-all text-slate-700 dark:text-slate-300">{key}</dt>
          <dd className="min-w-0">
            {isScalar(value) ? (
              <span className="font-mono text-xs break-all whitespace-pre-wrap">{String(value)}</span>
            ) : (
              <pre tabIndex={0} className="max-h-64 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-950">{JSON.stringify(value, null, 2)}</pre>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
