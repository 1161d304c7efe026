// The ratings editor section of Settings: the editor (live score, matrix preview, reason, save)
// and the history of every version (who, when, why, what changed).
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { listClusters } from "@/lib/db/clusters";
import { loadForView } from "@/lib/db/load";
import { ratingsWithHistory } from "@/lib/db/queries/ratings";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { RatingsEditor } from "./ratings-editor";
import { plainRatings, ratingsChanges } from "./ratings-editor-changes";
import { DataTable } from "@/components/ui/data-table";

export async function RatingsEditorSection() {
  await connection();
  const t = await getTranslations();
  const format = await getFormatter();
  const loaded = await loadForView(() => Promise.all([ratingsWithHistory(), listClusters()]));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const [{ current, history }, clusters] = loaded.data;

  return (
    <Card labelledBy="ratings-editor-title">
      <h2 id="ratings-editor-title" className="text-lg font-semibold">{t("ratingsEditor.title")}</h2>
      <p className="mt-1 mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("ratingsEditor.intro")}</p>
      <RatingsEditor saved={plainRatings(current.ratings)} savedVersion={current.id} clusters={clusters.map(({ id, name }) => ({ id, name }))} />

      <h3 id="ratings-history-title" className="mt-8 mb-2 font-semibold">{t("ratingsEditor.historyTitle")}</h3>
      <DataTable
        caption={t("ratingsEditor.historyCaption")}
        labelledBy="ratings-history-title"
        columns={[
          { label: t("ratingsEditor.version") },
          { label: t("ratingsEditor.who") },
          { label: t("ratingsEditor.when") },
          { label: t("ratingsEditor.why") },
          { label: t("ratingsEditor.what") },
        ]}
      >
            {history.map((version, index) => {
              const previous = history[index + 1];
              const changes = previous ? ratingsChanges(previous.ratings, version.ratings) : null;
              return (
                <tr key={version.id} className="align-top">
                  <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap tabular-nums">
                    {version.id}
                    {version.id === current.id ? <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs font-medium text-sky-900 dark:bg-sky-900/60 dark:text-sky-100">{t("ratingsEditor.inForce")}</span> : null}
                  </th>
                  <td className="py-2 pr-4 break-words">{version.author}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="max-w-md py-2 pr-4 break-words whitespace-pre-line">{version.reason}</td>
                  <td className="py-2">
                    {changes === null ? (
                      t("ratingsEditor.first")
                    ) : changes.length === 0 ? (
                      t("ratingsEditor.noChange")
                    ) : (
                      <ul className="space-y-0.5">
                        {changes.map((change) => (
                          <li key={`${change.quickWin}-${change.field}`}>
                            {t(`ratingsEditor.change.${change.field}`, { id: change.quickWin, from: change.from, to: change.to })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
      </DataTable>
    </Card>
  );
}
