// The cover and the one-page summary: what an executive reads first.
import { View } from "@react-pdf/renderer";
import type { TReportFormat } from "./format";
import { clip } from "./format";
import type { TReportTranslator } from "./i18n";
import type { TReportModel } from "./model";
import { Footer, type TPageNumber } from "./footer";
import { Bullet, GradeBox, Heading, ReportPage, Span, Table, Txt } from "./pdf-kit";
import { BRAND, MUTED, styles } from "./styles";

const LISTED_CLUSTER_NAMES = 30;

export interface TPageProps {
  model: TReportModel;
  tr: TReportTranslator;
  format: TReportFormat;
  /** The page's number and the page count, when known before layout (document.tsx). */
  numbering?: TPageNumber;
}

export function CoverPage({ model, tr: { t }, format, numbering }: TPageProps) {
  const names = model.clusters.map((cluster) => clip(cluster.name, 60));
  const listed = names.slice(0, LISTED_CLUSTER_NAMES).join(", ") + (names.length > LISTED_CLUSTER_NAMES ? `, ${t("cluster.more", { count: names.length - LISTED_CLUSTER_NAMES })}` : "");
  const row = (label: string, value: string, detail?: string) => (
    <View style={{ flexDirection: "row", marginBottom: 10 }} wrap={false}>
      <Txt style={{ width: 130, color: MUTED }}>{label}</Txt>
      <View style={{ flex: 1 }}>
        <Txt style={{ fontFamily: "Helvetica-Bold", fontSize: 11 }}>{value}</Txt>
        {detail ? <Txt style={{ marginTop: 2 }}>{detail}</Txt> : null}
      </View>
    </View>
  );
  return (
    <ReportPage wrap={false}>
      <View style={{ marginTop: -42, marginHorizontal: -42, marginBottom: 48, paddingHorizontal: 42, paddingTop: 120, paddingBottom: 36, backgroundColor: BRAND }}>
        <Txt style={{ color: "#c7d2fe", fontSize: 10, fontFamily: "Helvetica-Bold", textTransform: "uppercase" }}>{t("cover.eyebrow")}</Txt>
        <Txt style={{ color: "#ffffff", fontSize: 28, fontFamily: "Helvetica-Bold", marginTop: 8 }}>{t("cover.title")}</Txt>
        <Txt style={{ color: "#ffffff", fontSize: 14, marginTop: 10 }}>{t("cover.preparedFor", { organisation: clip(model.organisation, 120) })}</Txt>
      </View>
      {row(t("cover.period"), t("cover.periodValue", { from: format.date(model.period.from), to: format.date(model.period.to) }))}
      {row(t("cover.clusters"), t("cover.clusterCount", { count: model.clusters.length }), model.clusters.length ? listed : t("cover.noClusters"))}
      {row(t("cover.generated"), format.dateTime(model.generatedAt))}
      <Txt style={{ marginTop: 24, fontSize: 8.5, color: MUTED, maxWidth: 420 }}>{t("cover.note")}</Txt>
      <Footer model={model} t={t} numbering={numbering} />
    </ReportPage>
  );
}

function changeSentence({ model, tr: { t }, format }: TPageProps): string {
  const { fleet } = model;
  if (fleet.change === null || fleet.start === null) return t("summary.changeNone");
  const values = { points: format.points(Math.abs(fleet.change)).replace(/^[+-]/, ""), from: format.posture(fleet.start.posture), grade: fleet.start.grade ?? "–" };
  if (Math.round(fleet.change * 10) === 0) return t("summary.changeFlat", values);
  return fleet.change > 0 ? t("summary.changeUp", values) : t("summary.changeDown", values);
}

/**
 * The summary's texts that hold cluster names have at most two lines (the never-scanned list one)
 * and cut names at 30 characters: the page then fits one A4 page whatever the fleet (fit.test.tsx
 * lays it out at its longest, in both languages), so it is laid out without page breaking and
 * every page's number is known before layout (document.tsx). Longer texts end with an ellipsis.
 */
const NAMES_LINES = { maxLines: 2, textOverflow: "ellipsis" } as const;
/** Cluster names on the summary are cut at this length (their own pages print them whole). */
const SUMMARY_NAME = 30;

export function SummaryPage(props: TPageProps & { wrap?: boolean }) {
  const { model, tr, format, numbering, wrap = false } = props;
  const { t } = tr;
  const { fleet } = model;
  return (
    <ReportPage wrap={wrap}>
      <Heading level={1}>{t("summary.title")}</Heading>
      <View style={[styles.box, { flexDirection: "row", alignItems: "center" }]} wrap={false}>
        <GradeBox grade={fleet.grade} size={54} />
        <View style={{ marginLeft: 14, flex: 1 }}>
          <Txt style={{ color: MUTED, fontSize: 8 }}>{t("summary.fleetPosture")}</Txt>
          {fleet.posture === null ? (
            <Txt style={{ fontFamily: "Helvetica-Bold", fontSize: 11, marginTop: 2 }}>{t("summary.noScore")}</Txt>
          ) : (
            <>
              <Txt style={{ fontSize: 18, fontFamily: "Helvetica-Bold" }}>{[format.posture(fleet.posture), " ", <Span key="of" style={{ fontSize: 10, fontFamily: "Helvetica", color: MUTED }}>{t("outOf100")}</Span>]}</Txt>
              <Txt style={{ marginTop: 2 }}>{changeSentence(props)}</Txt>
            </>
          )}
          <Txt style={{ marginTop: 3, color: MUTED, ...NAMES_LINES }}>
            {t("summary.fleetLine", { scanned: format.integer(fleet.scanned), clusters: format.integer(fleet.clusters), open: format.integer(fleet.openFindings), critical: format.integer(fleet.openCritical), high: format.integer(fleet.openHigh) })}
          </Txt>
          {fleet.neverScanned.length ? <Txt style={{ marginTop: 2, color: MUTED, ...NAMES_LINES, maxLines: 1 }}>{t("summary.neverScanned", { names: fleet.neverScanned.map((name) => clip(name, SUMMARY_NAME)).join(", ") })}</Txt> : null}
        </View>
      </View>

      <Heading level={2}>{t("summary.risksTitle")}</Heading>
      {fleet.risks.length === 0 ? <Txt>{t("summary.noRisks")}</Txt> : fleet.risks.map((risk, index) => (
        <View key={risk.quickWin} style={{ flexDirection: "row", marginBottom: 5 }} wrap={false}>
          <Txt style={{ width: 14, fontFamily: "Helvetica-Bold" }}>{`${index + 1}.`}</Txt>
          <View style={{ flex: 1 }}>
            <Txt style={styles.bold}>{`${risk.quickWin} · ${tr.quickWinName(risk.quickWin)}`}</Txt>
            <Txt style={NAMES_LINES}>{t("summary.riskLine", { open: format.integer(risk.openFindings), clusters: risk.clusters, cluster: clip(risk.worst?.cluster ?? "–", SUMMARY_NAME), compliance: risk.worst ? format.percent(risk.worst.compliance) : "–" })}</Txt>
            <Txt style={styles.small}>{tr.quickWinSummary(risk.quickWin)}</Txt>
          </View>
        </View>
      ))}

      <Heading level={2}>{t("summary.actionsTitle")}</Heading>
      {fleet.actions.length === 0 ? <Txt>{t("summary.noActions")}</Txt> : (
        <>
          <Txt style={[styles.small, { marginBottom: 4 }]}>{t("summary.actionsIntro")}</Txt>
          <Table
            rows={fleet.actions.map((action, index) => ({ action, index }))}
            columns={[
              { title: "#", width: 16, bold: true, render: ({ index }) => String(index + 1) },
              { title: t("summary.action"), width: 262, render: ({ action }) => (
                <View>
                  <Txt style={styles.bold}>{`${action.quickWin} · ${tr.quickWinName(action.quickWin)}`}</Txt>
                  <Txt style={[styles.small, NAMES_LINES]}>{t("summary.actionWhere", { open: format.integer(action.openFindings), count: action.clusters.length, names: action.clusters.slice(0, 6).map((name) => clip(name, SUMMARY_NAME)).join(", ") + (action.clusters.length > 6 ? `, ${t("cluster.more", { count: action.clusters.length - 6 })}` : "") })}</Txt>
                </View>
              ) },
              { title: t("summary.effort"), width: 52, render: ({ action }) => t("summary.outOf5", { value: action.complexity }) },
              { title: t("summary.expectedGain"), width: 135, render: ({ action }) => (
                <View>
                  <Txt style={{ fontSize: 8 }}>{t("summary.outOf5", { value: action.gain })}</Txt>
                  {action.expectedPoints !== null ? <Txt style={styles.small}>{t("summary.posturePoints", { points: format.points(action.expectedPoints) })}</Txt> : null}
                </View>
              ) },
              { title: t("summary.score"), width: 46, align: "right", bold: true, render: ({ action }) => String(action.score) },
            ]}
          />
        </>
      )}

      <Heading level={2}>{t("summary.improvedTitle")}</Heading>
      <Bullet><Txt>{t("summary.resolvedLine", { resolved: format.integer(fleet.improved.resolved), new: format.integer(fleet.improved.new) })}</Txt></Bullet>
      {fleet.improved.clusters.map((entry) => (
        <Bullet key={`c-${entry.name}`}>
          <Txt style={NAMES_LINES}>{t("summary.clusterImproved", { name: clip(entry.name, SUMMARY_NAME), from: format.posture(entry.from), to: format.posture(entry.to), gradeFrom: entry.gradeFrom ?? "–", gradeTo: entry.gradeTo ?? "–" })}</Txt>
        </Bullet>
      ))}
      {fleet.improved.quickWins.map((entry) => (
        <Bullet key={`q-${entry.quickWin}`}>
          <Txt>{t("summary.quickWinImproved", { name: `${entry.quickWin} · ${tr.quickWinName(entry.quickWin)}`, points: format.integer(Math.round(entry.delta * 100)) })}</Txt>
        </Bullet>
      ))}
      {fleet.improved.clusters.length === 0 && fleet.improved.quickWins.length === 0 ? <Bullet><Txt>{t("summary.nothingImproved")}</Txt></Bullet> : null}
      <Footer model={model} t={t} numbering={numbering} />
    </ReportPage>
  );
}
