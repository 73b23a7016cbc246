import { computeIndicators, SEED_004_2017_18, SEED_004_2018_19 } from '@wres/domain/wres';
import type { WresDocument } from '@wres/domain/wres';
import type { ChecklistAssessment, SubmissionDetails } from '@wres/shared/contracts';
import { defaultChecklistSettings } from './checklist-settings';
import {
  assuranceChecklist,
  boardSignOffFinding,
  ChecklistLinkCheck,
  ChecklistQuestion,
  indicatorList,
  indicatorsPresentFinding,
  linkFinding,
  onTimeFinding,
  overallRating,
  readableIndicators,
  selfReportedEthnicityFinding,
  significantGaps,
  significantWorsenings,
  validationWarningsFinding,
  yearOnYearFinding,
} from './checklist.rules';

const DETAILS: SubmissionDetails = {
  publishedReportUrl: 'https://trust.example.nhs.uk/wres-2019.pdf',
  actionPlanUrl: 'https://trust.example.nhs.uk/wres-action-plan',
  boardSignOff: { name: 'Pat Morgan', role: 'Chair', date: '2019-04-10' },
  lead: { name: 'Haseeb Ahmad', contact: 'wres@example.nhs.uk' },
  accuracyDeclaration: true,
};

const COMPUTED = computeIndicators(SEED_004_2018_19);
const THIS_YEAR = COMPUTED.indicators;
const LAST_YEAR = computeIndicators(SEED_004_2017_18).indicators;

function check(overrides: Partial<ChecklistLinkCheck> = {}): ChecklistLinkCheck {
  return {
    outcome: 'reachable',
    returnsDocument: true,
    contentType: 'application/pdf',
    explanation: 'Reachable: 200 OK, a PDF document.',
    checkedAt: '2019-04-15T09:00:00Z',
    ...overrides,
  };
}

function question(overrides: Partial<ChecklistQuestion> = {}): ChecklistQuestion {
  return {
    version: {
      document: SEED_004_2018_19,
      details: DETAILS,
      indicators: THIS_YEAR,
      warnings: COMPUTED.warnings,
      submittedAt: '2019-04-12T10:00:00Z',
    },
    firstSubmission: { late: false, lateReason: null, submittedAt: '2019-04-12T10:00:00Z' },
    lastYear: { contractYear: '2017/18', indicators: LAST_YEAR },
    linkChecks: { 'published-report': check(), 'action-plan': check({ contentType: 'text/html' }) },
    dueDate: '2019-05-01',
    settings: defaultChecklistSettings(),
    humanRatings: {},
    ...overrides,
  };
}

const assessment = (
  rating: ChecklistAssessment['rating'],
  note: string | null = null,
): ChecklistAssessment => ({
  rating,
  note,
  by: 'Catherine Bull',
  organisationName: 'NHS Northfield CCG',
  at: '2019-04-20T09:00:00Z',
});

describe('indicatorList', () => {
  it('writes one, two and many indicators as a person would', () => {
    expect(indicatorList([5])).toBe('indicator 5');
    expect(indicatorList([5, 6])).toBe('indicators 5 and 6');
    expect(indicatorList([5, 6, 8])).toBe('indicators 5, 6 and 8');
  });
});

describe('every indicator given or explained', () => {
  it('is green when all nine are given', () => {
    expect(indicatorsPresentFinding(SEED_004_2018_19)).toEqual({
      rating: 'green',
      reason: 'All nine indicators are given.',
    });
  });

  it('is amber when some are explained, listing each reason to weigh', () => {
    const finding = indicatorsPresentFinding({
      ...SEED_004_2018_19,
      indicator5: { missingReason: 'Too few respondents' },
      indicator6: { missingReason: ' Too few respondents ' },
    });
    expect(finding.rating).toBe('amber');
    expect(finding.reason).toBe('Indicators 5 and 6 not given, with a reason: check each reason holds.');
    expect(finding.guidance).toEqual([
      'Indicator 5: Too few respondents',
      'Indicator 6: Too few respondents',
    ]);
  });

  it('is red when one is neither given nor explained', () => {
    const { indicator3: _dropped, ...rest } = SEED_004_2018_19;
    const blankReason = { ...rest, indicator4: { missingReason: '  ' } } as unknown as WresDocument;
    expect(indicatorsPresentFinding(blankReason)).toEqual({
      rating: 'red',
      reason: 'Indicators 3 and 4: neither given nor explained.',
    });
  });
});

describe('links', () => {
  it('is green for a published report that returned a document, naming its type without parameters', () => {
    const finding = linkFinding(
      'the published report',
      DETAILS.publishedReportUrl,
      check({ contentType: 'application/pdf; charset=binary' }),
      true,
    );
    expect(finding).toEqual({
      rating: 'green',
      reason: 'Reachable and returned a document (application/pdf) when checked on 15 April 2019.',
    });
  });

  it('is amber for a published report that was reachable but no document', () => {
    const finding = linkFinding(
      'the published report',
      DETAILS.publishedReportUrl,
      check({ returnsDocument: false, explanation: 'The page was empty.' }),
      true,
    );
    expect(finding.rating).toBe('amber');
    expect(finding.reason).toContain('did not return a document. The page was empty.');
  });

  it('needs only a reachable action plan', () => {
    expect(
      linkFinding('the action plan', DETAILS.actionPlanUrl, check({ returnsDocument: false }), false),
    ).toEqual({ rating: 'green', reason: 'Reachable when checked on 15 April 2019.' });
  });

  it('says "not checked yet" and rates nothing when there is no check', () => {
    expect(linkFinding('the action plan', DETAILS.actionPlanUrl, null, false)).toEqual({
      rating: null,
      reason: 'Not checked yet: the address is checked soon after submission.',
    });
  });

  it('is red without an address, whether or not it was checked', () => {
    const red = { rating: 'red', reason: 'The report gives no web address for the action plan.' };
    expect(linkFinding('the action plan', undefined, null, false)).toEqual(red);
    expect(linkFinding('the action plan', '  ', null, false)).toEqual(red);
    expect(
      linkFinding(
        'the action plan',
        'https://x.test',
        check({ outcome: 'missing', returnsDocument: false }),
        false,
      ),
    ).toEqual(red);
  });

  it('is amber for a failure that may pass and red for one that will not', () => {
    for (const outcome of ['timeout', 'network-error', 'too-large'] as const)
      expect(
        linkFinding('the action plan', 'https://x.test', check({ outcome, returnsDocument: false }), false)
          .rating,
      ).toBe('amber');
    for (const outcome of [
      'not-found',
      'http-error',
      'too-many-redirects',
      'refused-address',
      'invalid-url',
    ] as const)
      expect(
        linkFinding(
          'the published report',
          'https://x.test',
          check({ outcome, returnsDocument: false }),
          true,
        ),
      ).toMatchObject({
        rating: 'red',
        reason: expect.stringMatching(/^Not reachable when checked on 15 April 2019/),
      });
  });
});

describe('board sign-off', () => {
  const finding = (details: SubmissionDetails, submittedAt = '2019-04-12T10:00:00Z') =>
    boardSignOffFinding(details, '2019-03-31', submittedAt);

  it('is green when named, with a role, and dated between the period end and the submission', () => {
    expect(finding(DETAILS)).toEqual({
      rating: 'green',
      reason: 'Signed off by Pat Morgan, Chair on 10 April 2019.',
    });
    // The day of submission itself is in time, in London's calendar.
    expect(
      finding({ ...DETAILS, boardSignOff: { ...DETAILS.boardSignOff, date: '2019-04-12' } }).rating,
    ).toBe('green');
  });

  it('is red with no one named or no date', () => {
    expect(finding({ ...DETAILS, boardSignOff: { date: '2019-04-10' } }).rating).toBe('red');
    expect(finding({ ...DETAILS, boardSignOff: { name: 'Pat Morgan', role: 'Chair' } })).toEqual({
      rating: 'red',
      reason: 'The board sign-off is not dated.',
    });
    expect(finding({ ...DETAILS, boardSignOff: { name: 'P', role: 'C', date: '2019-02-30' } }).rating).toBe(
      'red',
    );
    expect(finding({ ...DETAILS, boardSignOff: undefined }).rating).toBe('red');
  });

  it('is amber when dated after the submission or before the period ended', () => {
    const after = finding({ ...DETAILS, boardSignOff: { ...DETAILS.boardSignOff, date: '2019-04-13' } });
    expect(after.rating).toBe('amber');
    expect(after.reason).toContain('after the report was submitted on 12 April 2019');
    const before = finding({ ...DETAILS, boardSignOff: { ...DETAILS.boardSignOff, date: '2019-03-30' } });
    expect(before.rating).toBe('amber');
    expect(before.reason).toContain('before the period it reports on ended (31 March 2019)');
  });
});

describe('self-reported ethnicity', () => {
  const thresholds = defaultChecklistSettings().selfReportedEthnicity;
  const at = (known: number, total = 1000) =>
    selfReportedEthnicityFinding(
      { ...SEED_004_2018_19, selfReportedEthnicity: { known, total } },
      thresholds,
    );

  it('rates seed 004’s 97.6% green, with the counts', () => {
    expect(selfReportedEthnicityFinding(SEED_004_2018_19, thresholds)).toEqual({
      rating: 'green',
      reason:
        '97.6% of staff (5,178 of 5,307) self-reported their ethnicity; green from 80%, amber from 60%.',
    });
  });

  it('is green from 80%, amber from 60% up to 80%, red below 60%', () => {
    expect(at(800).rating).toBe('green');
    expect(at(799).rating).toBe('amber');
    expect(at(600).rating).toBe('amber');
    expect(at(599).rating).toBe('red');
    expect(at(0).rating).toBe('red');
  });

  it('follows the year’s thresholds', () => {
    const strict = { green: 95, amber: 90 };
    const finding = (known: number) =>
      selfReportedEthnicityFinding(
        { ...SEED_004_2018_19, selfReportedEthnicity: { known, total: 100 } },
        strict,
      );
    expect(finding(95).rating).toBe('green');
    expect(finding(94).rating).toBe('amber');
    expect(finding(89).reason).toContain('green from 95%, amber from 90%');
    expect(finding(89).rating).toBe('red');
  });

  it('is red when the counts are missing or impossible', () => {
    expect(at(0, 0).rating).toBe('red');
    expect(at(1001).rating).toBe('red');
    const missing = { ...SEED_004_2018_19, selfReportedEthnicity: undefined } as unknown as WresDocument;
    expect(selfReportedEthnicityFinding(missing, thresholds)).toMatchObject({ rating: 'red' });
  });
});

describe('on time', () => {
  it('is green when the first version came by the deadline', () => {
    expect(
      onTimeFinding({ late: false, lateReason: null, submittedAt: '2019-04-30T22:30:00Z' }, '2019-05-01'),
    ).toEqual({
      rating: 'green',
      // 11.30pm in London on 30 April: the London day, not the UTC one.
      reason: 'First submitted on 30 April 2019, by the deadline of 1 May 2019.',
    });
    expect(
      onTimeFinding({ late: false, lateReason: null, submittedAt: '2019-04-30T10:00:00Z' }, null).reason,
    ).toBe('First submitted on 30 April 2019; the year has no deadline.');
  });

  it('is amber when late with a reason and red when late without one', () => {
    const late = { late: true, submittedAt: '2019-06-02T10:00:00Z' };
    expect(onTimeFinding({ ...late, lateReason: 'Board moved' }, '2019-05-01')).toEqual({
      rating: 'amber',
      reason:
        'First submitted on 2 June 2019, after the deadline of 1 May 2019, with a reason: “Board moved”',
    });
    expect(onTimeFinding({ ...late, lateReason: ' ' }, '2019-05-01')).toEqual({
      rating: 'red',
      reason: 'First submitted on 2 June 2019, after the deadline of 1 May 2019, with no reason given.',
    });
  });
});

describe('validation warnings', () => {
  it('is green without warnings and amber with them, listing each', () => {
    expect(validationWarningsFinding([]).rating).toBe('green');
    const warnings = computeIndicators(SEED_004_2018_19).warnings;
    expect(warnings.length).toBeGreaterThan(0);
    const finding = validationWarningsFinding(warnings);
    expect(finding.rating).toBe('amber');
    expect(finding.guidance).toEqual(warnings.map((w) => w.message));
    expect(validationWarningsFinding([{ path: 'x', message: 'One' }]).reason).toBe(
      '1 warning when this version was submitted: check the figures named.',
    );
  });
});

describe('significant gaps', () => {
  it('names seed 004’s significant gaps where BME staff fare worse, in the template’s words', () => {
    const gaps = significantGaps(THIS_YEAR, 5);
    expect(gaps[0]).toBe(
      'Indicator 2: White people were 1.97 times as likely as BME people to be appointed if shortlisted.',
    );
    // Indicator 3 (RL 1.35) is not significant; indicator 4's RL of 1.09 is significant and BME worse.
    expect(gaps.some((gap) => gap.startsWith('Indicator 3'))).toBe(false);
    expect(gaps.some((gap) => gap.startsWith('Indicator 4'))).toBe(true);
    // Indicators 7 and 8: fewer BME staff see equal opportunities; more report discrimination.
    expect(gaps.find((gap) => gap.startsWith('Indicator 7'))).toContain('(−15.4 points)');
    expect(gaps.find((gap) => gap.startsWith('Indicator 8'))).toContain('(+6.5 points)');
    // Indicator 5: 24.0% against 23.1% is not significant.
    expect(gaps.some((gap) => gap.startsWith('Indicator 5'))).toBe(false);
    // Indicator 9: the board at 7.1% BME against 22.6% in the workforce, and the others.
    expect(gaps.filter((gap) => gap.startsWith('Indicator 9'))).toHaveLength(3);
  });

  it('leaves out the board where it is within the year’s points', () => {
    expect(significantGaps(THIS_YEAR, 30).some((gap) => gap.startsWith('Indicator 9'))).toBe(false);
  });

  it('does not count a significant gap in BME staff’s favour', () => {
    const favourable = computeIndicators({
      ...SEED_004_2018_19,
      indicator2: {
        white: { shortlisted: 2000, appointed: 100 },
        bme: { shortlisted: 2000, appointed: 300 },
      },
    }).indicators;
    expect(significantGaps(favourable, 5).some((gap) => gap.startsWith('Indicator 2'))).toBe(false);
  });
});

describe('significant worsening since last year', () => {
  it('finds seed 004’s indicator 2 rising from 1.33 to 1.97, and the executive board gap widening', () => {
    const found = significantWorsenings(LAST_YEAR, THIS_YEAR, 5);
    expect(found).toContain('Indicator 2: relative likelihood 1.33 last year, 1.97 this year.');
    expect(found).toContain(
      'Indicator 9 (executive board members): gap −1.8 points last year, −22.6 points this year.',
    );
    // Indicator 3 improved (1.92 to 1.35).
    expect(found.some((line) => line.startsWith('Indicator 3'))).toBe(false);
  });

  it('does not count a worse figure that is not significant', () => {
    // The same year against itself changes nothing.
    expect(significantWorsenings(THIS_YEAR, THIS_YEAR, 5)).toEqual([]);
  });

  it('rates none green, some amber and from the year’s count red', () => {
    const settings = defaultChecklistSettings();
    const lastYear = { contractYear: '2017/18', indicators: LAST_YEAR };
    expect(
      yearOnYearFinding({ contractYear: '2017/18', indicators: THIS_YEAR }, THIS_YEAR, settings),
    ).toEqual({
      rating: 'green',
      reason: 'No indicator is significantly worse than in 2017/18.',
    });
    const found = significantWorsenings(LAST_YEAR, THIS_YEAR, settings.boardGapPoints).length;
    const red = yearOnYearFinding(lastYear, THIS_YEAR, {
      ...settings,
      significantWorsening: { redFrom: found },
    });
    expect(red.rating).toBe('red');
    expect(red.guidance).toHaveLength(found);
    const amber = yearOnYearFinding(lastYear, THIS_YEAR, {
      ...settings,
      significantWorsening: { redFrom: found + 1 },
    });
    expect(amber.rating).toBe('amber');
    expect(amber.reason).toMatch(/^\d indicators are significantly worse than in 2017\/18/);
  });

  it('rates nothing without last year’s report', () => {
    expect(yearOnYearFinding(null, THIS_YEAR, defaultChecklistSettings())).toEqual({
      rating: null,
      reason: 'No report from last year to compare with.',
    });
  });
});

describe('overall rating', () => {
  it('takes the worst rated item and counts the unrated', () => {
    expect(overallRating([{ rating: 'green' }, { rating: 'amber' }, { rating: null }])).toEqual({
      rating: 'amber',
      reason: 'Amber: 1 amber, 1 green; 1 not rated yet.',
      unrated: 1,
    });
    expect(overallRating([{ rating: 'green' }, { rating: 'red' }, { rating: 'amber' }]).rating).toBe('red');
    expect(overallRating([{ rating: 'green' }, { rating: 'green' }])).toEqual({
      rating: 'green',
      reason: 'Green: 2 green.',
      unrated: 0,
    });
  });

  it('rates nothing when nothing is rated', () => {
    expect(overallRating([{ rating: null }, { rating: null }])).toEqual({
      rating: null,
      reason: 'Nothing can be rated yet; 2 not rated yet.',
      unrated: 2,
    });
  });
});

describe('assuranceChecklist', () => {
  it('lists the automatic items, then the human ones, each with a rating and a reason', () => {
    const { items, overall } = assuranceChecklist(question());
    expect(items.map((item) => [item.id, item.kind])).toEqual([
      ['indicators-present', 'automatic'],
      ['published-report-link', 'automatic'],
      ['action-plan-link', 'automatic'],
      ['board-sign-off', 'automatic'],
      ['self-reported-ethnicity', 'automatic'],
      ['on-time', 'automatic'],
      ['validation-warnings', 'automatic'],
      ['year-on-year', 'automatic'],
      ['narrative-addresses-gaps', 'human'],
      ['actions-owned-and-dated', 'human'],
    ]);
    expect(items.find((item) => item.id === 'self-reported-ethnicity')?.label).toBe(
      'Staff who self-reported their ethnicity',
    );
    // Seed 004 warns about its published overall figures; indicators 2, 4 and 8 and the executive board
    // worsened from 2017/18, which is red from three.
    expect(items.find((item) => item.id === 'validation-warnings')?.rating).toBe('amber');
    expect(items.find((item) => item.id === 'year-on-year')).toMatchObject({
      rating: 'red',
      reason:
        '4 indicators are significantly worse than in 2017/18: does the narrative say why and what will change?',
    });
    expect(overall).toEqual({
      rating: 'red',
      reason: 'Red: 1 red, 1 amber, 6 green; 2 not rated yet.',
      unrated: 2,
    });
  });

  it('prefills the narrative item with the gaps to address and the actions item with the plan', () => {
    const { items } = assuranceChecklist(question());
    const narrative = items.find((item) => item.id === 'narrative-addresses-gaps');
    expect(narrative).toMatchObject({ rating: null, reason: 'Not assessed yet.' });
    expect(narrative?.guidance[0]).toMatch(/^Indicator 2: White people were 1.97 times/);
    expect(items.find((item) => item.id === 'actions-owned-and-dated')?.guidance).toEqual([
      'The action plan: https://trust.example.nhs.uk/wres-action-plan',
    ]);
  });

  it('adds the action plan the portal holds, with how many actions are complete and overdue', () => {
    const { items } = assuranceChecklist({
      ...question(),
      actionPlan: { total: 4, complete: 1, overdue: 2 },
    });
    expect(items.find((item) => item.id === 'actions-owned-and-dated')?.guidance).toEqual([
      'The action plan: https://trust.example.nhs.uk/wres-action-plan',
      'The action plan in the portal has 4 actions, each with an owner and a due date: 1 complete, 2 overdue.',
    ]);
  });

  it('rates human items as the commissioner did, and shows a CSU proposal beside', () => {
    const proposal = { ...assessment('amber'), by: 'Chidi Okafor', organisationName: 'Central Demo CSU' };
    const { items, overall } = assuranceChecklist(
      question({
        humanRatings: {
          'narrative-addresses-gaps': {
            assessment: assessment('red', 'Indicator 8 is not mentioned'),
            proposal,
          },
          'actions-owned-and-dated': { assessment: null, proposal },
        },
      }),
    );
    const narrative = items.find((item) => item.id === 'narrative-addresses-gaps');
    expect(narrative).toMatchObject({ rating: 'red', reason: 'Indicator 8 is not mentioned', proposal });
    expect(items.find((item) => item.id === 'actions-owned-and-dated')).toMatchObject({
      rating: null,
      reason: 'Not assessed yet; Central Demo CSU proposes amber.',
    });
    expect(overall.rating).toBe('red');

    const noted = assuranceChecklist(
      question({
        humanRatings: { 'actions-owned-and-dated': { assessment: assessment('green'), proposal: null } },
      }),
    ).items.find((item) => item.id === 'actions-owned-and-dated');
    expect(noted?.reason).toBe('Rated green by Catherine Bull on 20 April 2019.');
  });

  it('leaves out the items the year excludes, from the list and the overall rating', () => {
    const settings = {
      ...defaultChecklistSettings(),
      excludedItems: ['validation-warnings', 'year-on-year'] as const,
    };
    const { items, overall } = assuranceChecklist(
      question({ settings: { ...settings, excludedItems: [...settings.excludedItems] } }),
    );
    expect(items.map((item) => item.id)).not.toContain('validation-warnings');
    expect(items).toHaveLength(8);
    expect(overall).toEqual({ rating: 'green', reason: 'Green: 6 green; 2 not rated yet.', unrated: 2 });
  });

  it('rates the links "not checked yet" before the link checker has been', () => {
    const { items } = assuranceChecklist(
      question({ linkChecks: { 'published-report': null, 'action-plan': null } }),
    );
    expect(items.filter((item) => item.reason.startsWith('Not checked yet')).map((item) => item.id)).toEqual([
      'published-report-link',
      'action-plan-link',
    ]);
  });

  it('works out a checklist for a version stored without indicators or counts, rather than failing', () => {
    const { items, overall } = assuranceChecklist(
      question({
        version: {
          document: {} as WresDocument,
          details: {},
          indicators: {} as never,
          warnings: [],
          submittedAt: '2019-04-12T10:00:00Z',
        },
        lastYear: { contractYear: '2017/18', indicators: { i2: 'broken' } as never },
      }),
    );
    expect(items.find((item) => item.id === 'indicators-present')?.rating).toBe('red');
    expect(items.find((item) => item.id === 'self-reported-ethnicity')?.rating).toBe('red');
    expect(items.find((item) => item.id === 'year-on-year')).toMatchObject({
      rating: null,
      reason: 'No indicator can be compared with 2017/18.',
    });
    expect(overall.rating).toBe('red');
  });
});

describe('readableIndicators', () => {
  it('keeps results that are there and marks the rest not computable', () => {
    const read = readableIndicators({ i2: THIS_YEAR.i2, i9: { all: {} } });
    expect(read.i2).toBe(THIS_YEAR.i2);
    expect(read.i3).toEqual({ notComputable: true, reason: 'Not recorded for this version' });
    expect(read.i9).toEqual({ notComputable: true, reason: 'Not recorded for this version' });
    expect(readableIndicators(null).i5).toMatchObject({ notComputable: true });
  });
});
