import { formatNumber, formatPercent } from './display.format';
import { ValidationProblem, ValidationReport } from './validation-problem.model';
import {
  BANDS_BY_STAFF_GROUP,
  BoardMembership,
  EthnicityHeadcount,
  Indicator1,
  Indicator9,
  isMissing,
  STAFF_GROUPS,
  StaffGroup,
  Submitted,
  SURVEY_INDICATORS,
  SurveyGroupResult,
  SurveyIndicator,
  WresDocument,
} from './wres-document.model';

export interface ValidationOptions {
  /** The cycle's reporting period end (ISO date); when given, the document must match it. */
  readonly expectedReportingPeriodEnd?: string;
}

/**
 * Published percentages are rounded to 1 dp, so a group figure and the overall figure may each be out by
 * 0.05 points: allow for both before calling an overall figure impossible.
 */
export const PUBLISHED_PERCENT_TOLERANCE = 0.1;

/**
 * Checks a submission against domain.md §6 and lists every problem, not just the first, so a provider can
 * fix them all in one go. Written defensively: a document parsed from JSON may not match its type.
 */
export function validateWresDocument(doc: WresDocument, options: ValidationOptions = {}): ValidationReport {
  const errors: ValidationProblem[] = [];
  const check = new Checker(errors);

  checkReportingPeriod(check, doc.reportingPeriodEnd, options.expectedReportingPeriodEnd);
  if (check.object(doc.selfReportedEthnicity, 'selfReportedEthnicity')) {
    const known = check.count(doc.selfReportedEthnicity.known, 'selfReportedEthnicity.known');
    const total = check.count(doc.selfReportedEthnicity.total, 'selfReportedEthnicity.total');
    check.notMore(known, 'staff of known ethnicity', total, 'all staff', 'selfReportedEthnicity.known');
  }

  submitted(check, doc.indicator1, 'indicator1', (i1) => checkIndicator1(check, i1));
  submitted(check, doc.indicator2, 'indicator2', (i2) => {
    for (const group of ['white', 'bme'] as const) {
      const path = `indicator2.${group}`;
      if (!check.object(i2[group], path)) continue;
      const shortlisted = check.count(i2[group].shortlisted, `${path}.shortlisted`);
      const appointed = check.count(i2[group].appointed, `${path}.appointed`);
      check.notMore(appointed, 'Appointed', shortlisted, 'shortlisted', `${path}.appointed`);
    }
  });
  submitted(check, doc.indicator3, 'indicator3', (i3) => {
    for (const group of ['white', 'bme'] as const) {
      const path = `indicator3.${group}`;
      if (!check.object(i3[group], path)) continue;
      const cases = check.count(i3[group].cases, `${path}.cases`);
      const headcount = check.count(i3[group].headcount, `${path}.headcount`);
      check.notMore(cases, 'Disciplinary cases', headcount, 'headcount', `${path}.cases`);
    }
  });
  submitted(check, doc.indicator4, 'indicator4', (i4) => {
    for (const group of ['white', 'bme'] as const) {
      const path = `indicator4.${group}`;
      if (!check.object(i4[group], path)) continue;
      const accessed = check.count(i4[group].accessed, `${path}.accessed`);
      const headcount = check.count(i4[group].headcount, `${path}.headcount`);
      check.notMore(accessed, 'Staff accessing training', headcount, 'headcount', `${path}.accessed`);
    }
  });
  for (const key of SURVEY_INDICATORS) {
    submitted(check, doc[key], key, (survey) => checkSurvey(check, survey, key));
  }
  submitted(check, doc.indicator9, 'indicator9', (i9) => checkIndicator9(check, i9));

  const warnings = findImplausibleFigures(doc);
  return { valid: errors.length === 0, errors, warnings };
}

/**
 * Warnings, not errors: published aggregates that cannot be right (seed 004 indicator 5's overall 21.1%
 * below both groups; indicator 8's overall n of 2,178 where the groups sum to 2,155) and figures that
 * disagree between sections of the same document.
 */
export function findImplausibleFigures(doc: WresDocument): ValidationProblem[] {
  const warnings: ValidationProblem[] = [];
  for (const key of SURVEY_INDICATORS) {
    const survey = doc[key];
    if (!isUsableObject(survey) || isMissing(survey)) continue;
    warnings.push(...implausibleSurveyOverall(survey, key));
  }
  warnings.push(...inconsistentWorkforce(doc));
  return warnings;
}

function implausibleSurveyOverall(survey: SurveyIndicator, key: string): ValidationProblem[] {
  const published = survey.publishedOverall;
  if (!isUsableObject(published)) return [];
  const warnings: ValidationProblem[] = [];
  const white = surveyPercent(survey.white);
  const bme = surveyPercent(survey.bme);
  const whiteN = survey.white?.respondents;
  const bmeN = survey.bme?.respondents;
  const groupsN = isCountValue(whiteN) && isCountValue(bmeN) ? whiteN + bmeN : undefined;

  if (isCountValue(published.respondents) && groupsN !== undefined && published.respondents !== groupsN) {
    warnings.push({
      path: `${key}.publishedOverall.respondents`,
      message:
        `Published overall respondents (${formatNumber(published.respondents)}) differ from White plus BME ` +
        `respondents (${formatNumber(groupsN)}); the overall figure should cover staff of known ethnicity only`,
    });
  }
  const overall = published.percent;
  if (isPercentValue(overall) && white !== undefined && bme !== undefined) {
    const low = Math.min(white, bme);
    const high = Math.max(white, bme);
    const groups = `White ${formatPercent(white)}, BME ${formatPercent(bme)}`;
    if (overall < low - PUBLISHED_PERCENT_TOLERANCE || overall > high + PUBLISHED_PERCENT_TOLERANCE) {
      warnings.push({
        path: `${key}.publishedOverall.percent`,
        message:
          `Published overall ${formatPercent(overall)} is ${overall < low ? 'below' : 'above'} both groups ` +
          `(${groups}); an overall figure must lie between them`,
      });
    } else if (isCountValue(whiteN) && isCountValue(bmeN) && whiteN + bmeN > 0) {
      const weighted = (white * whiteN + bme * bmeN) / (whiteN + bmeN);
      if (Math.abs(overall - weighted) > PUBLISHED_PERCENT_TOLERANCE) {
        warnings.push({
          path: `${key}.publishedOverall.percent`,
          message:
            `Published overall ${formatPercent(overall)} differs from ${formatPercent(weighted)}, ` +
            `the respondent-weighted figure for ${groups}`,
        });
      }
    }
  }
  return warnings;
}

function inconsistentWorkforce(doc: WresDocument): ValidationProblem[] {
  const warnings: ValidationProblem[] = [];
  const i1 = doc.indicator1;
  if (!isUsableObject(i1) || isMissing(i1) || !Array.isArray(i1.rows)) return warnings;
  const totals = sumHeadcounts(i1.rows);
  if (totals === undefined) return warnings;
  const known = totals.white + totals.bme;
  const self = doc.selfReportedEthnicity;
  if (isUsableObject(self) && isCountValue(self.known) && self.known !== known) {
    warnings.push({
      path: 'selfReportedEthnicity.known',
      message: `Staff of known ethnicity (${formatNumber(self.known)}) differ from the indicator 1 rows (${formatNumber(known)})`,
    });
  }
  if (isUsableObject(self) && isCountValue(self.total) && self.total !== known + totals.unknown) {
    warnings.push({
      path: 'selfReportedEthnicity.total',
      message: `All staff (${formatNumber(self.total)}) differ from the indicator 1 rows (${formatNumber(known + totals.unknown)})`,
    });
  }
  const i9 = doc.indicator9;
  const stated = isUsableObject(i9) && !isMissing(i9) ? i9.statedWorkforce : undefined;
  if (isUsableObject(stated) && (stated.white !== totals.white || stated.bme !== totals.bme)) {
    warnings.push({
      path: 'indicator9.statedWorkforce',
      message:
        `Stated workforce (White ${formatNumber(stated.white)}, BME ${formatNumber(stated.bme)}) differs from ` +
        `indicator 1 (White ${formatNumber(totals.white)}, BME ${formatNumber(totals.bme)}); indicator 1 is used`,
    });
  }
  return warnings;
}

function checkReportingPeriod(check: Checker, value: unknown, expected: string | undefined): void {
  if (!isIsoDate(value)) {
    check.problem('reportingPeriodEnd', 'Reporting period end must be a real date written as YYYY-MM-DD');
  } else if (expected !== undefined && value !== expected) {
    check.problem(
      'reportingPeriodEnd',
      `Reporting period end ${value} does not match the cycle's ${expected}`,
    );
  }
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkIndicator1(check: Checker, i1: Indicator1): void {
  if (!Array.isArray(i1.rows)) {
    check.problem('indicator1.rows', 'Band rows are missing');
    return;
  }
  const seen = new Map<string, number>();
  i1.rows.forEach((row, index) => {
    const path = `indicator1.rows[${index}]`;
    if (!check.object(row, path)) return;
    const bands = bandsFor(row.staffGroup);
    if (bands === undefined) {
      check.problem(`${path}.staffGroup`, `Staff group must be one of ${STAFF_GROUPS.join(', ')}`);
    } else if (!bands.includes(row.band)) {
      check.problem(`${path}.band`, `'${String(row.band)}' is not a band for ${row.staffGroup} staff`);
    } else {
      const key = `${row.staffGroup}/${row.band}`;
      const first = seen.get(key);
      if (first !== undefined) {
        check.problem(
          path,
          `Repeats the ${row.staffGroup} ${row.band} row given at indicator1.rows[${first}]`,
        );
      } else {
        seen.set(key, index);
      }
    }
    check.count(row.white, `${path}.white`);
    check.count(row.bme, `${path}.bme`);
    check.count(row.unknown, `${path}.unknown`);
  });

  const stated = i1.statedTotals;
  if (stated === undefined) return;
  if (!check.object(stated, 'indicator1.statedTotals')) return;
  for (const staffGroup of STAFF_GROUPS) {
    const totals = stated[staffGroup];
    if (totals === undefined) continue;
    const path = `indicator1.statedTotals.${staffGroup}`;
    if (!check.object(totals, path)) continue;
    const sums = sumHeadcounts(i1.rows.filter((row) => isUsableObject(row) && row.staffGroup === staffGroup));
    for (const group of ['white', 'bme', 'unknown'] as const) {
      const total = check.count(totals[group], `${path}.${group}`);
      if (total !== undefined && sums !== undefined && sums[group] !== total) {
        check.problem(
          `${path}.${group}`,
          `${describeStaffGroup(staffGroup)} band rows add up to ${formatNumber(sums[group])} ` +
            `${describeEthnicity(group)} staff but the stated total is ${formatNumber(total)}`,
        );
      }
    }
  }
}

function bandsFor(staffGroup: unknown): readonly string[] | undefined {
  const group = STAFF_GROUPS.find((known) => known === staffGroup);
  return group === undefined ? undefined : BANDS_BY_STAFF_GROUP[group];
}

function checkSurvey(check: Checker, survey: SurveyIndicator, key: string): void {
  for (const group of ['white', 'bme'] as const) {
    const path = `${key}.${group}`;
    const result = survey[group];
    if (!check.object(result, path)) continue;
    const respondents = check.count(result.respondents, `${path}.respondents`);
    const hasCount = result.count !== undefined;
    const hasPercent = result.percent !== undefined;
    if (hasCount === hasPercent) {
      check.problem(
        path,
        'Give either the number of respondents answering or the percentage, not both or neither',
      );
    }
    if (hasCount) {
      const count = check.count(result.count, `${path}.count`);
      check.notMore(count, 'Respondents answering', respondents, 'respondents', `${path}.count`);
    }
    if (hasPercent) check.percent(result.percent, `${path}.percent`);
    if ((hasCount || hasPercent) && respondents === 0) {
      check.problem(`${path}.respondents`, 'Respondents must be more than 0 where a result is given');
    }
  }
  const published = survey.publishedOverall;
  if (published === undefined || !check.object(published, `${key}.publishedOverall`)) return;
  if (published.respondents !== undefined)
    check.count(published.respondents, `${key}.publishedOverall.respondents`);
  if (published.percent !== undefined) check.percent(published.percent, `${key}.publishedOverall.percent`);
}

function checkIndicator9(check: Checker, i9: Indicator9): void {
  const all = boardCounts(check, i9.all, 'indicator9.all');
  for (const subgroup of ['voting', 'executive'] as const) {
    const counts = boardCounts(check, i9[subgroup], `indicator9.${subgroup}`);
    for (const group of ['white', 'bme', 'unknown'] as const) {
      check.notMore(
        counts?.[group],
        `${capitalise(subgroup)} board members (${describeEthnicity(group)})`,
        all?.[group],
        'board members in total',
        `indicator9.${subgroup}.${group}`,
      );
    }
  }
  if (i9.statedWorkforce !== undefined && check.object(i9.statedWorkforce, 'indicator9.statedWorkforce')) {
    check.count(i9.statedWorkforce.white, 'indicator9.statedWorkforce.white');
    check.count(i9.statedWorkforce.bme, 'indicator9.statedWorkforce.bme');
  }
}

function boardCounts(
  check: Checker,
  membership: BoardMembership,
  path: string,
): Partial<Record<keyof BoardMembership, number>> | undefined {
  if (!check.object(membership, path)) return undefined;
  return {
    white: check.count(membership.white, `${path}.white`),
    bme: check.count(membership.bme, `${path}.bme`),
    unknown: check.count(membership.unknown, `${path}.unknown`),
  };
}

function submitted<T extends object>(
  check: Checker,
  indicator: Submitted<T>,
  path: string,
  validate: (indicator: T) => void,
): void {
  if (!check.object(indicator, path)) return;
  if (isMissing(indicator)) {
    if (typeof indicator.missingReason !== 'string' || indicator.missingReason.trim() === '') {
      check.problem(`${path}.missingReason`, 'Say why the indicator is missing');
    }
    return;
  }
  validate(indicator);
}

/** Collects problems; each check returns the value when usable so later comparisons can use it. */
class Checker {
  constructor(private readonly problems: ValidationProblem[]) {}

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(value: unknown, path: string): boolean {
    if (isUsableObject(value)) return true;
    this.problem(path, 'Missing: give the figures or say why they are missing');
    return false;
  }

  count(value: unknown, path: string): number | undefined {
    if (isCountValue(value)) return value;
    this.problem(path, `Must be a whole number of 0 or more (got ${describeValue(value)})`);
    return undefined;
  }

  percent(value: unknown, path: string): number | undefined {
    if (isPercentValue(value)) return value;
    this.problem(path, `Must be a percentage from 0 to 100 (got ${describeValue(value)})`);
    return undefined;
  }

  notMore(
    part: number | undefined,
    partName: string,
    whole: number | undefined,
    wholeName: string,
    path: string,
  ): void {
    if (part !== undefined && whole !== undefined && part > whole) {
      this.problem(
        path,
        `${partName} (${formatNumber(part)}) cannot be more than ${wholeName} (${formatNumber(whole)})`,
      );
    }
  }
}

function surveyPercent(result: SurveyGroupResult | undefined): number | undefined {
  if (!isUsableObject(result) || !isCountValue(result.respondents)) return undefined;
  if (isPercentValue(result.percent)) return result.percent;
  if (isCountValue(result.count) && result.respondents > 0 && result.count <= result.respondents) {
    return (100 * result.count) / result.respondents;
  }
  return undefined;
}

function sumHeadcounts(rows: readonly Partial<EthnicityHeadcount>[]): EthnicityHeadcount | undefined {
  let white = 0;
  let bme = 0;
  let unknown = 0;
  for (const row of rows) {
    if (
      !isUsableObject(row) ||
      !isCountValue(row.white) ||
      !isCountValue(row.bme) ||
      !isCountValue(row.unknown)
    ) {
      return undefined;
    }
    white += row.white;
    bme += row.bme;
    unknown += row.unknown;
  }
  return { white, bme, unknown };
}

export function isCountValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPercentValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}

function isUsableObject<T>(value: T | null | undefined): value is T & object {
  return typeof value === 'object' && value !== null;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value) ?? typeof value;
}

function describeStaffGroup(group: StaffGroup): string {
  return { 'non-clinical': 'Non-clinical', clinical: 'Clinical', medical: 'Medical' }[group];
}

function describeEthnicity(group: 'white' | 'bme' | 'unknown'): string {
  return { white: 'White', bme: 'BME', unknown: 'unknown-ethnicity' }[group];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
