import {
  checklistSettingsFor,
  checklistSettingsProblems,
  defaultChecklistSettings,
} from './checklist-settings';
import { isReviewOverdue, reviewDueBy } from './review-timeliness';

describe('checklist settings', () => {
  it('defaults to 80% green and 60% amber for self-reported ethnicity, and a four-week review', () => {
    expect(defaultChecklistSettings()).toEqual({
      selfReportedEthnicity: { green: 80, amber: 60 },
      significantWorsening: { redFrom: 3 },
      boardGapPoints: 5,
      reviewWithinDays: 28,
      excludedItems: [],
    });
  });

  it('gives a fresh copy each time, so no caller changes another’s', () => {
    const mine = defaultChecklistSettings();
    mine.excludedItems.push('on-time');
    mine.selfReportedEthnicity.green = 99;
    expect(defaultChecklistSettings().excludedItems).toEqual([]);
    expect(defaultChecklistSettings().selfReportedEthnicity.green).toBe(80);
  });

  it('accepts the defaults and a year’s own', () => {
    expect(checklistSettingsProblems(defaultChecklistSettings())).toEqual([]);
    const own = { ...defaultChecklistSettings(), reviewWithinDays: 14, excludedItems: ['year-on-year'] };
    expect(checklistSettingsProblems(own)).toEqual([]);
    expect(checklistSettingsFor(own)).toEqual(own);
  });

  it('lists every problem by path', () => {
    expect(
      checklistSettingsProblems({
        selfReportedEthnicity: { green: 70, amber: 75 },
        significantWorsening: { redFrom: 0 },
        boardGapPoints: 0,
        reviewWithinDays: 2.5,
        excludedItems: ['on-time', 'colour'],
        extra: true,
      }),
    ).toEqual([
      { path: 'selfReportedEthnicity.amber', message: 'selfReportedEthnicity.amber cannot be above green' },
      {
        path: 'significantWorsening.redFrom',
        message: 'significantWorsening.redFrom must be a whole number of at least 1',
      },
      {
        path: 'boardGapPoints',
        message: 'boardGapPoints must be more than 0 and at most 100 percentage points',
      },
      { path: 'reviewWithinDays', message: 'reviewWithinDays must be a whole number of at least 1' },
      {
        path: 'excludedItems[1]',
        message: expect.stringMatching(/^excludedItems\[1\] must be one of indicators-present/),
      },
      { path: 'extra', message: 'extra should not exist' },
    ]);
    expect(
      checklistSettingsProblems({ selfReportedEthnicity: { green: 101, amber: -1 } }).map((p) => p.path),
    ).toEqual([
      'selfReportedEthnicity.green',
      'selfReportedEthnicity.amber',
      'significantWorsening',
      'boardGapPoints',
      'reviewWithinDays',
      'excludedItems',
    ]);
    expect(checklistSettingsProblems(null)).toEqual([
      { path: 'settings', message: 'settings must be an object' },
    ]);
  });

  it('falls back to the defaults for a year without settings or with an unreadable one', () => {
    expect(checklistSettingsFor(null)).toEqual(defaultChecklistSettings());
    expect(checklistSettingsFor({ selfReportedEthnicity: 'high' })).toEqual(defaultChecklistSettings());
  });

  it('drops a repeated excluded item', () => {
    const own = { ...defaultChecklistSettings(), excludedItems: ['on-time', 'on-time'] };
    expect(checklistSettingsFor(own).excludedItems).toEqual(['on-time']);
  });
});

describe('review timeliness', () => {
  it('is due the set number of days after the London day of the submission', () => {
    // 11.30pm on 30 April in London is already 1 May there (BST).
    expect(reviewDueBy(new Date('2019-04-30T23:30:00Z'), 28)).toBe('2019-05-29');
    expect(reviewDueBy(new Date('2019-04-30T10:00:00Z'), 28)).toBe('2019-05-28');
  });

  it('is overdue only while waiting for the commissioner, after the day it was due', () => {
    expect(isReviewOverdue('submitted', '2019-05-28', '2019-05-28')).toBe(false);
    expect(isReviewOverdue('submitted', '2019-05-28', '2019-05-29')).toBe(true);
    expect(isReviewOverdue('in-review', '2019-05-28', '2019-06-29')).toBe(true);
    expect(isReviewOverdue('resubmitted', '2019-05-28', '2019-06-29')).toBe(true);
    for (const state of ['changes-requested', 'assured', 'not-assured'] as const)
      expect(isReviewOverdue(state, '2019-05-28', '2020-01-01')).toBe(false);
  });
});
