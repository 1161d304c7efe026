// Seeds the API benchmark's fleet with bulk SQL (benchmarks may use pg directly): 50 clusters,
// one scan a day for a year, whole-cluster and per-namespace aggregates for every good scan.
import type pg from "pg";

export const CLUSTERS = 50;
export const DAYS = 365;
const NAMESPACES = ["", "payments", "web", "data", "monitoring", "kube-system"];

export async function seedApiBench(client: pg.Client, versions: { older: number; current: number }): Promise<void> {
  await client.query(`
    INSERT INTO clusters (id, name, environment, connection_kind, updated_at, next_scan_at)
    SELECT gen_random_uuid(), 'bench-' || lpad(i::text, 2, '0'), (ARRAY['production','staging','development','other'])[1 + i % 4]::"Environment",
           'manifests', now(), now() + interval '3 hours'
    FROM generate_series(1, ${CLUSTERS}) AS i`);
  // One scan a day; every 29th failed, every 7th partial. Failed scans have no aggregates. The
  // ratings changed 10 days ago, so the overview re-scores most of its sparkline from aggregates.
  await client.query(`
    INSERT INTO scans (id, cluster_id, status, phase, progress, queued_at, started_at, finished_at, error, posture_score, grade,
                       ratings_version_id, findings_open, findings_new, findings_resolved, evaluations)
    SELECT gen_random_uuid(), c.id,
           (CASE WHEN d % 29 = 3 THEN 'failed' WHEN d % 7 = 0 THEN 'partial' ELSE 'succeeded' END)::"ScanStatus",
           'done', 100, now() - make_interval(days => d, mins => 5), now() - make_interval(days => d, mins => 5), now() - make_interval(days => d),
           CASE WHEN d % 29 = 3 THEN 'connect ECONNREFUSED' END, 70 + (d % 20), 'C', CASE WHEN d < 10 THEN $2::int ELSE $1::int END,
           40, d % 5, d % 3, 5000
    FROM clusters c CROSS JOIN generate_series(0, ${DAYS - 1}) AS d`, [versions.older, versions.current]);
  await client.query(`
    INSERT INTO scan_aggregates (scan_id, namespace, quick_win, pass, fail, waived, not_assessable, weighted_pass, weighted_fail,
                                 weighted_waived, open_critical, open_high, open_medium, open_low)
    SELECT s.id, ns, qw, 100 + h % 50, h % 23, h % 3, h % 2, 3 * (100 + h % 50), 4 * (h % 23), 2 * (h % 3), h % 2, h % 5, h % 7, h % 11
    FROM scans s
    CROSS JOIN unnest($1::text[]) AS ns
    CROSS JOIN unnest(enum_range(NULL::"QuickWin")) AS qw
    CROSS JOIN LATERAL (SELECT abs(hashtext(s.id::text || ns || qw::text)) AS h) AS hashed
    WHERE s.status <> 'failed'`, [NAMESPACES]);
  // Exceptions on a few clusters, with findings in their current scans, so the exception shifts run.
  await client.query(`
    WITH current AS (
      SELECT DISTINCT ON (cluster_id) cluster_id, id FROM scans WHERE status IN ('succeeded', 'partial') ORDER BY cluster_id, finished_at DESC)
    INSERT INTO findings (id, scan_id, cluster_id, fingerprint, check_id, quick_win, severity, namespace, object_kind, object_name, container, message, status, first_seen_at)
    SELECT gen_random_uuid(), cur.id, cur.cluster_id, md5(cur.id::text || i), (ARRAY['privileged-container','run-as-non-root','image-latest-tag'])[1 + i % 3],
           (ARRAY['QW3','QW9','QW2'])[1 + i % 3]::"QuickWin", (ARRAY['critical','high','medium','low'])[1 + i % 4]::"Severity",
           (ARRAY['payments','web','data'])[1 + i % 3], 'Deployment', 'app-' || i, 'main', '"bench"', 'open', now() - interval '30 days'
    FROM current cur CROSS JOIN generate_series(1, 500) AS i`);
  await client.query(`
    INSERT INTO exceptions (id, cluster_id, check_id, scope, namespace, reason, author, expires_at)
    SELECT gen_random_uuid(), c.id, 'privileged-container', 'namespace', 'payments', 'bench', 'bench', now() + interval '30 days'
    FROM (SELECT id FROM clusters ORDER BY name LIMIT 5) AS c`);
  await client.query("ANALYZE");
}

