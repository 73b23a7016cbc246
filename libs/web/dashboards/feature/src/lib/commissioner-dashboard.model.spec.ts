import type {
  CommissionerDashboard,
  CommissionerDashboardProvider,
  CommissionerDashboardSummary,
} from '@wres/shared/contracts';
import {
  headlineCounts,
  includesText,
  latenessNote,
  providersView,
  reportStatusTag,
  summaryGroups,
} from './commissioner-dashboard.model';

const SUMMARY: CommissionerDashboardSummary = {
  providers: 6,
  associateProviders: 1,
  scope: {
    inScope: 5,
    exempt: 1,
    exemptSmallProvider: 0,
    exemptProviderKind: 1,
    notDecided: 0,
    presumed: 6,
    confirmed: 0,
  },
  reports: { due: 0, overdue: 1, submittedOnTime: 3, submittedLate: 1, notRequired: 1 },
  lateness: { medianDaysLate: 12, maxDaysLate: 12 },
  assurance: {
    awaitingReview: 2,
    inReview: 1,
    changesRequested: 1,
    resubmitted: 0,
    assured: 0,
    notAssured: 0,
  },
};

const NOT_SUBMITTED = 'Indicator 5 was not submitted: we do not take part in the NHS Staff Survey.';

const CLEARVIEW: CommissionerDashboardProvider = {
  provider: {
    id: 'p-clearview',
    name: 'Clearview Diagnostics Ltd',
    odsCode: 'ND102',
    providerKind: 'independent',
  },
  coordinating: true,
  scope: 'applies',
  scopeStatus: 'presumed',
  explanation: 'Applies (SC13.5.2)',
  status: 'submitted-late',
  dueDate: '2025-05-01',
  firstSubmittedAt: '2025-05-13T10:00:00.000Z',
  daysLate: 12,
  currentVersion: 1,
  reviewState: 'changes-requested',
  indicators: {
    version: 1,
    i2: {
      relativeLikelihood: 1.0577319587628866,
      ci95: { lower: 0.3726913090402103, upper: 3.0019398613549746 },
      significant: false,
      smallNumbers: false,
      trend: 'better',
    },
    i3: {
      relativeLikelihood: 2.9166666666666665,
      ci95: null,
      significant: false,
      smallNumbers: true,
      trend: 'worse',
    },
    i4: { notComputable: true, reason: 'BME staff accessed no training' },
    i5: { notComputable: true, reason: NOT_SUBMITTED },
    i6: {
      whitePercent: 20.31,
      bmePercent: 21.74,
      differencePoints: 1.43,
      significant: true,
      smallNumbers: false,
      trend: 'same',
    },
    i7: { notComputable: true, reason: NOT_SUBMITTED },
    i8: { notComputable: true, reason: NOT_SUBMITTED },
    i9: {
      boardPercentBme: 33.333333333333336,
      workforcePercentBme: 25.53191489361702,
      differencePoints: 7.801418439716315,
      trend: 'not-comparable',
    },
  },
  links: { reports: '', report: '', review: '' },
};

const ELM_STREET: CommissionerDashboardProvider = {
  ...CLEARVIEW,
  provider: { id: 'p-elm', name: 'Elm Street Surgery', odsCode: 'D81001', providerKind: 'primary-care' },
  scope: 'provider-kind-not-covered',
  scopeStatus: 'confirmed',
  status: 'not-required',
  firstSubmittedAt: null,
  daysLate: null,
  currentVersion: 0,
  reviewState: null,
  indicators: null,
};

const DASHBOARD: CommissionerDashboard = {
  contractYear: '2024/25',
  commissioner: { id: 'icb', name: 'NHS Northfield Integrated Care Board', odsCode: 'QD1', kind: 'icb' },
  includes: [
    { id: 'ccg', name: 'NHS Northfield CCG', odsCode: '01D', kind: 'ccg' },
    { id: 'icb', name: 'NHS Northfield Integrated Care Board', odsCode: 'QD1', kind: 'icb' },
  ],
  dueDate: '2025-05-01',
  asOf: '2026-11-23',
  summary: SUMMARY,
  providers: [CLEARVIEW, ELM_STREET],
  exportTables: ['scope', 'reports', 'assurance', 'providers'],
};

describe('the commissioner dashboard as the page shows it', () => {
  it('leads with the counts a commissioner looks for first', () => {
    expect(headlineCounts(SUMMARY).map((card) => [card.label, card.count, card.description])).toEqual([
      ['Providers', 6, 'on contracts it co-ordinates this year'],
      ['In scope', 5, 'must send a WRES annual report'],
      ['Scope presumed', 6, 'awaiting confirmation by the co-ordinating commissioner'],
      ['Submitted', 4, '3 on time, 1 late'],
      ['Overdue', 1, 'past the due date, not yet submitted'],
      ['Assured', 0, 'reports assured after review'],
    ]);
  });

  it('counts scope, reports and assurance, saying how late late reports were and who is not counted', () => {
    const [scope, reports, assurance] = summaryGroups(SUMMARY);
    expect(scope.lines.find((line) => line.label === 'Presumed, awaiting confirmation')?.count).toBe(6);
    expect(scope.note).toBe(
      '1 more provider on contracts where it is only an associate commissioner is listed below but not counted.',
    );
    expect(reports.lines.map((line) => line.count)).toEqual([3, 1, 1, 0, 1]);
    expect(reports.note).toBe('Late reports arrived a median of 12 days late, the latest 12 days late.');
    expect(assurance.lines.reduce((sum, line) => sum + line.count, 0)).toBe(4);
    expect(latenessNote({ medianDaysLate: null, maxDaysLate: null })).toBeNull();
  });

  it('tags each report status in words, colour only reinforcing them', () => {
    expect(reportStatusTag('overdue')).toEqual({ text: 'Overdue', colour: 'red' });
    expect(reportStatusTag('submitted-late')).toEqual({ text: 'Submitted late', colour: 'orange' });
    expect(reportStatusTag('not-required')).toEqual({ text: 'Not required', colour: 'grey' });
  });

  it('gives each provider its scope, status, review and a link to its report', () => {
    const [clearview, elm] = providersView(DASHBOARD).rows;
    expect(clearview).toMatchObject({
      name: 'Clearview Diagnostics Ltd',
      scope: 'In scope',
      scopeStatus: 'Presumed',
      status: { text: 'Submitted late', colour: 'orange' },
      lateness: '12 days late',
      review: 'Changes requested',
      reportLink: ['/reports', 'p-clearview', '2024-25'],
    });
    expect(elm).toMatchObject({
      scope: 'Exempt: provider type not covered',
      scopeStatus: 'Confirmed',
      status: { text: 'Not required', colour: 'grey' },
      lateness: null,
      review: 'Not submitted',
      headline: null,
    });
  });

  it('writes headline relative likelihoods with their interval, significance and trend', () => {
    const [i2, i3] = providersView(DASHBOARD).rows[0].headline ?? [];
    expect(i2).toMatchObject({
      figure: '1.06',
      detail: '95% CI 0.37 to 3.00',
      significance: 'Not statistically significant',
      smallNumbers: false,
      note: null,
    });
    expect(i2.trend?.text).toBe('Better');
    expect(i3).toMatchObject({ figure: '2.92', detail: '95% CI not computable', smallNumbers: true });
    expect(i3.trend?.symbol).toBe('▼');
  });

  it('writes survey and board gaps in points with the groups behind them', () => {
    const headline = providersView(DASHBOARD).rows[0].headline ?? [];
    expect(headline.find((cell) => cell.indicator === 'i6')).toMatchObject({
      figure: '+1.4',
      detail: 'BME 21.7%, White 20.3%',
      significance: 'Statistically significant',
    });
    expect(headline.find((cell) => cell.indicator === 'i9')).toMatchObject({
      figure: '+7.8',
      detail: 'Board 33.3%, workforce 25.5%',
      significance: null,
    });
  });

  it('numbers the reasons figures are not computable once each, under the table', () => {
    const view = providersView(DASHBOARD);
    const headline = view.rows[0].headline ?? [];
    expect(headline.filter((cell) => cell.figure === 'Not computable').map((cell) => cell.note)).toEqual([
      1, 2, 2, 2,
    ]);
    expect(view.notes).toEqual([
      { number: 1, text: 'BME staff accessed no training' },
      { number: 2, text: NOT_SUBMITTED },
    ]);
  });

  it('names the predecessor or successor whose contracts are included', () => {
    expect(includesText(DASHBOARD)).toBe(
      'Includes contracts held by NHS Northfield CCG, its predecessor or successor.',
    );
    expect(includesText({ ...DASHBOARD, includes: [DASHBOARD.commissioner] })).toBeNull();
  });
});
