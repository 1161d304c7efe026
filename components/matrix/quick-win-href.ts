/** The quick win page of a cluster (server and client components both link there). */
export function quickWinHref(clusterId: string, quickWin: string): string {
  return `/clusters/${encodeURIComponent(clusterId)}/quick-wins/${encodeURIComponent(quickWin)}`;
}
