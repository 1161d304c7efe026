// The appendix: the method, the ratings in force, the glossary and the check references.
import { View } from "@react-pdf/renderer";
import type { TPageProps } from "./cover-summary";
import { clip } from "./format";
import { Footer } from "./footer";
import { Bullet, ColumnTable, Heading, ReportPage, Span, Table, Txt } from "./pdf-kit";
import type { TReportModel } from "./model";
import { styles } from "./styles";

/** Check reference rows per page (one line each, 7 pt). */
const CHECKS_PER_PAGE = 60;

/** The appendix's pages: the method on one, then the check references. */
export function appendixPageCount(model: Pick<TReportModel, "appendix">): number {
  return 1 + Math.ceil(model.appendix.checks.length / CHECKS_PER_PAGE);
}

function chunks<TItem>(items: readonly TItem[], size: number): TItem[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

const GLOSSARY = ["quickWin", "finding", "compliance", "posture", "exception", "gap", "quadrants"] as const;

/**
 * The method page holds catalogue text and ratings whose author and reason are clipped: it fits
 * one page whatever the data (fit.test.tsx lays it out with page breaking, at the longest, in
 * both languages), so it is laid out without.
 */
export function MethodPage({ model, tr, format, numbering, wrap = false }: TPageProps & { wrap?: boolean }) {
  const { t } = tr;
  const { appendix } = model;
  return (
    <ReportPage wrap={wrap}>
      <Heading level={1}>{t("appendix.title")}</Heading>
      <Heading level={2}>{t("appendix.formulaTitle")}</Heading>
      {(["formulaScore", "formulaCompliance", "formulaPosture", "formulaPriority", "formulaRisk", "formulaExpected"] as const).map((key) => (
        <Bullet key={key}><Txt>{t(`appendix.${key}`)}</Txt></Bullet>
      ))}
      <View style={{ flexDirection: "row" }} wrap={false}>
        <View style={{ width: 200 }}>
          <Heading level={3}>{t("appendix.gradesTitle")}</Heading>
          {appendix.grades.map(({ grade, floor }, index) => (
            <Txt key={grade}>{floor === null ? t("appendix.gradeBelow", { grade, ceiling: appendix.grades[index - 1]?.floor ?? 0 }) : t("appendix.gradeFrom", { grade, floor })}</Txt>
          ))}
        </View>
        <View style={{ flex: 1 }}>
          <Heading level={3}>{t("appendix.weightsTitle")}</Heading>
          {appendix.severityWeights.map(({ severity, weight }) => <Txt key={severity}>{t("appendix.weight", { severity: t(`severity.${severity}`), weight })}</Txt>)}
        </View>
      </View>

      <Heading level={2}>{t("appendix.ratingsTitle")}</Heading>
      <Txt style={{ marginBottom: 4 }}>
        {t("appendix.ratingsIntro", { version: appendix.ratings.versionId, author: clip(appendix.ratings.author, 60), date: format.date(appendix.ratings.since), reason: clip(appendix.ratings.reason, 200), versions: appendix.ratings.versions })}
      </Txt>
      <Table
        rows={appendix.ratings.quickWins}
        columns={[
          { title: t("appendix.quickWin"), width: 270, render: (row) => `${row.quickWin} · ${tr.quickWinName(row.quickWin)}` },
          { title: t("appendix.complexity"), width: 58, align: "right", render: (row) => String(row.complexity) },
          { title: t("appendix.gain"), width: 40, align: "right", render: (row) => String(row.gain) },
          { title: t("appendix.score"), width: 40, align: "right", bold: true, render: (row) => String(row.score) },
          { title: t("appendix.lastChanged"), width: 103, align: "right", render: (row) => format.date(row.lastChanged) },
        ]}
      />

      <Heading level={2}>{t("appendix.glossaryTitle")}</Heading>
      {GLOSSARY.map((key) => (
        <Txt key={key} style={{ marginBottom: 3 }}>{[<Span key="term" style={styles.bold}>{t("appendix.glossaryTerm", { term: t(`appendix.glossary.${key}.term`) })}</Span>, t(`appendix.glossary.${key}.definition`)]}</Txt>
      ))}
      <Footer model={model} t={t} numbering={numbering} />
    </ReportPage>
  );
}

/** The method page, then the check references. `numbering` is the first page's. */
export function AppendixPages({ model, tr, format, numbering }: TPageProps) {
  const { t } = tr;
  const { appendix } = model;
  const numberOf = (index: number) => (numbering ? { page: numbering.page + index, pages: numbering.pages } : undefined);
  return (
    <>
      <MethodPage model={model} tr={tr} format={format} numbering={numberOf(0)} />
      {chunks(appendix.checks, CHECKS_PER_PAGE).map((rows, index) => (
        <ReportPage key={`checks-${index}`} wrap={false}>
          {index === 0 ? (
            <>
              <Heading level={2}>{t("appendix.checksTitle")}</Heading>
              <Txt style={[styles.small, { marginBottom: 4 }]}>{t("appendix.checksIntro")}</Txt>
            </>
          ) : null}
          <ColumnTable
            columns={[
              { title: t("appendix.checkId"), width: 250 },
              { title: t("appendix.quickWin"), width: 80 },
              { title: t("appendix.cis"), width: 80 },
              { title: t("appendix.severity"), width: 101 },
            ]}
            rows={rows.map((row) => [row.id, row.quickWin, row.cis ?? t("appendix.noCis"), t(`severity.${row.severity}`)])}
          />
          <Footer model={model} t={t} numbering={numberOf(index + 1)} />
        </ReportPage>
      ))}
    </>
  );
}
