// The fleet matrix and trend page, and one page per cluster.
import { View } from "@react-pdf/renderer";
import { BandLegend, ComplianceBlock, MatrixChart, NewResolvedBars, TrendChart } from "./charts";
import type { TPageProps } from "./cover-summary";
import { fitsOnePage } from "./fit";
import { clip } from "./format";
import { Footer } from "./footer";
import type { TClusterSection } from "./model";
import { GradeBox, Heading, ReportPage, Span, Table, Txt } from "./pdf-kit";
import { CONTENT_WIDTH, MUTED, NEW_COLOUR, styles } from "./styles";

export function ChartsPage({ model, tr: { t }, format, numbering }: TPageProps) {
  return (
    <ReportPage wrap={false}>
      <Heading level={1}>{t("charts.title")}</Heading>
      <Heading level={2}>{t("charts.matrixTitle")}</Heading>
      <Txt style={[styles.small, { marginBottom: 6 }]}>{t("charts.matrixIntro")}</Txt>
      <MatrixChart bubbles={model.fleet.matrix} width={CONTENT_WIDTH} height={330} t={t} format={format} />
      <BandLegend t={t} />
      <Heading level={2}>{t("charts.trendTitle")}</Heading>
      <Txt style={[styles.small, { marginBottom: 6 }]}>{t("charts.trendIntro")}</Txt>
      {model.fleet.trend.length === 0
        ? <Txt>{t("charts.trendEmpty")}</Txt>
        : <TrendChart vertices={model.fleet.trend} background={model.fleet.clusterTrends.length > 1 ? model.fleet.clusterTrends : []} from={model.period.from} to={model.period.to} width={CONTENT_WIDTH} height={190} format={format} />}
      <Footer model={model} t={t} numbering={numbering} />
    </ReportPage>
  );
}

function ClusterHeader({ cluster, tr: { t }, format }: { cluster: TClusterSection } & Omit<TPageProps, "model" | "numbering">) {
  return (
    <View style={{ flexDirection: "row", alignItems: "flex-start", marginBottom: 8 }} wrap={false}>
      <View style={{ flex: 1, paddingRight: 12 }}>
        <Txt style={styles.eyebrow}>{cluster.environment ? `${t("cluster.eyebrow")} · ${t(`environment.${cluster.environment}`)}` : t("cluster.eyebrow")}</Txt>
        <Txt style={{ fontSize: 16, fontFamily: "Helvetica-Bold" }}>{clip(cluster.name, 120)}</Txt>
        {cluster.scan?.finishedAt ? (
          <Txt style={[styles.small, { marginTop: 2 }]}>{t("cluster.currentScan", { date: format.dateTime(cluster.scan.finishedAt), status: t(`scanStatus.${cluster.scan.status as "succeeded"}`) })}</Txt>
        ) : null}
        {cluster.lastAttempt && (cluster.lastAttempt.status === "failed" || !cluster.scan) ? (
          <Txt style={[styles.small, { marginTop: 1 }]}>{t("cluster.lastAttempt", { status: t(`scanStatus.${cluster.lastAttempt.status as "failed"}`), date: format.dateTime(cluster.lastAttempt.at) })}</Txt>
        ) : null}
      </View>
      {cluster.scan ? (
        <View style={{ flexDirection: "row", alignItems: "center" }}>
          <GradeBox grade={cluster.grade} size={40} />
          <View style={{ marginLeft: 8 }}>
            <Txt style={{ fontSize: 7.5, color: MUTED }}>{t("postureLabel")}</Txt>
            <Txt style={{ fontSize: 16, fontFamily: "Helvetica-Bold" }}>{cluster.posture === null ? t("notAvailable") : format.posture(cluster.posture)}</Txt>
            <Txt style={{ fontSize: 7.5, color: MUTED }}>{t("outOf100")}</Txt>
          </View>
        </View>
      ) : null}
    </View>
  );
}

function Exceptions({ cluster, tr: { t }, format }: { cluster: TClusterSection } & Omit<TPageProps, "model" | "numbering">) {
  return (
    <>
      <Heading level={3}>{t("cluster.exceptionsTitle")}</Heading>
      {cluster.exceptions.total === 0 ? <Txt style={styles.muted}>{t("cluster.exceptionsNone")}</Txt> : (
        <>
          <Table
            fontSize={7.5}
            rows={cluster.exceptions.items}
            columns={[
              { title: t("cluster.check"), width: 105, render: (row) => clip(row.checkId, 60) },
              { title: t("cluster.scope"), width: 115, render: (row) => row.target ? clip(row.target, 120) : t("cluster.wholeCluster") },
              { title: t("cluster.owner"), width: 70, render: (row) => clip(row.owner, 40) },
              { title: t("cluster.reason"), width: 160, render: (row) => clip(row.reason, 220) },
              { title: t("cluster.expires"), width: 61, render: (row) => <Txt style={row.expiringSoon ? styles.bold : undefined}>{row.expiringSoon ? `${format.date(row.expiresAt)} ${t("cluster.expiringSoon")}` : format.date(row.expiresAt)}</Txt> },
            ]}
          />
          {cluster.exceptions.total > cluster.exceptions.items.length ? <Txt style={styles.small}>{t("cluster.more", { count: cluster.exceptions.total - cluster.exceptions.items.length })}</Txt> : null}
        </>
      )}
    </>
  );
}

export function ClusterPage({ cluster, model, tr, format, numbering, wrap = !fitsOnePage(cluster) }: { cluster: TClusterSection; wrap?: boolean } & TPageProps) {
  const { t } = tr;
  const shared = { cluster, tr, format };
  if (!cluster.scan) {
    return (
      <ReportPage wrap={wrap}>
        <ClusterHeader {...shared} />
        <View style={[styles.box, { borderLeftWidth: 3, borderLeftColor: NEW_COLOUR }]} wrap={false}>
          <Txt style={{ fontSize: 12, fontFamily: "Helvetica-Bold", marginBottom: 3 }}>{t("cluster.noScan")}</Txt>
          <Txt>{t("cluster.noScanBody")}</Txt>
          {cluster.lastAttempt?.error ? <Txt style={[styles.small, { marginTop: 4 }]}>{t("cluster.lastError", { error: clip(cluster.lastAttempt.error, 300) })}</Txt> : null}
        </View>
        <Exceptions {...shared} />
        <Footer model={model} t={t} numbering={numbering} />
      </ReportPage>
    );
  }
  const { period } = cluster;
  const changeKey = period.change === null ? null : Math.round(period.change * 10) === 0 ? "cluster.periodChangeFlat" : period.change > 0 ? "cluster.periodChangeUp" : "cluster.periodChangeDown";
  return (
    <ReportPage wrap={wrap}>
      <ClusterHeader {...shared} />
      <View style={{ flexDirection: "row" }} wrap={false}>
        <View style={{ width: 300, paddingRight: 14 }}>
          <Heading level={3}>{t("cluster.complianceTitle")}</Heading>
          <ComplianceBlock
            labelWidth={190}
            barWidth={60}
            rows={cluster.quickWins.map((row) => ({
              label: `${row.quickWin} · ${clip(tr.quickWinName(row.quickWin), 40)}`,
              compliance: row.compliance,
              value: row.compliance === null ? t("cluster.notAssessed") : format.percent(row.compliance),
            }))}
          />
        </View>
        <View style={{ flex: 1 }}>
          <Heading level={3}>{t("cluster.periodTitle")}</Heading>
          <NewResolvedBars created={period.new} resolved={period.resolved} width={200} newLabel={t("cluster.newFindings")} resolvedLabel={t("cluster.resolvedFindings")} format={format} />
          <Txt style={styles.small}>{t("cluster.periodScans", { count: period.scans })}</Txt>
          {changeKey ? <Txt style={styles.small}>{t(changeKey, { points: format.points(Math.abs(period.change!)).replace(/^[+-]/, "") })}</Txt> : null}
          {cluster.lastScanCounts ? <Txt style={styles.small}>{t("cluster.lastScanCounts", { new: format.integer(cluster.lastScanCounts.new), resolved: format.integer(cluster.lastScanCounts.resolved) })}</Txt> : null}
          {period.trend.length > 0 ? (
            <View style={{ marginTop: 4 }}>
              <Txt style={[styles.small, { marginBottom: 1 }]}>{t("charts.clusterTrend")}</Txt>
              <TrendChart vertices={period.trend} from={model.period.from} to={model.period.to} width={200} height={74} format={format} compact />
            </View>
          ) : null}
        </View>
      </View>

      <Heading level={3}>{t("cluster.doNextTitle")}</Heading>
      {cluster.priority.length === 0 ? <Txt style={styles.muted}>{t("cluster.doNextEmpty")}</Txt> : (
        <Txt>{cluster.priority.flatMap((item, index) => [
          `${index + 1}. `,
          <Span key={item.quickWin} style={styles.bold}>{`${item.quickWin} · ${tr.quickWinName(item.quickWin)}`}</Span>,
          ` (${t("cluster.doNextItem", { score: item.score, open: format.integer(item.openFindings), compliance: format.percent(item.compliance) })})${index < cluster.priority.length - 1 ? "\n" : ""}`,
        ])}</Txt>
      )}

      <Heading level={3}>{t("cluster.namespacesTitle")}</Heading>
      {cluster.namespaces.worst.length === 0 ? <Txt style={styles.muted}>{t("cluster.namespacesEmpty")}</Txt> : (
        <>
          <Table
            rows={cluster.namespaces.worst}
            columns={[
              { title: t("cluster.namespace"), width: 300, render: (row) => clip(row.namespace, 120) },
              { title: t("gradeLabel"), width: 50, align: "center", bold: true, render: (row) => row.grade ?? "–" },
              { title: t("postureLabel"), width: 70, align: "right", render: (row) => format.posture(row.posture) },
              { title: t("cluster.openFindings"), width: 91, align: "right", render: (row) => format.integer(row.openFindings) },
            ]}
          />
          <Txt style={styles.small}>{t("cluster.namespacesShown", { shown: cluster.namespaces.worst.length, total: cluster.namespaces.total })}</Txt>
        </>
      )}

      <Heading level={3}>{t("cluster.gapsTitle")}</Heading>
      {cluster.gaps.total === 0 ? <Txt style={styles.muted}>{t("cluster.gapsNone")}</Txt> : (
        <>
          <Txt style={[styles.small, { marginBottom: 2 }]}>{t("cluster.gapsIntro")}</Txt>
          <Txt style={{ fontSize: 7.5 }}>{cluster.gaps.items.flatMap((gap, index) => [
            <Span key={`k${index}`} style={{ color: MUTED }}>{`${gap.kind === "resource" ? t("cluster.gapResource") : t("cluster.gapCheck")} `}</Span>,
            <Span key={`n${index}`} style={styles.bold}>{clip(gap.name, 60)}</Span>,
            `: ${clip(gap.reason, 220)}${gap.count !== null ? ` (${t("cluster.gapCount", { count: gap.count })})` : ""}${index < cluster.gaps.items.length - 1 ? "\n" : ""}`,
          ])}</Txt>
          {cluster.gaps.total > cluster.gaps.items.length ? <Txt style={styles.small}>{t("cluster.more", { count: cluster.gaps.total - cluster.gaps.items.length })}</Txt> : null}
        </>
      )}

      <Exceptions {...shared} />
      <Footer model={model} t={t} numbering={numbering} />
    </ReportPage>
  );
}
