import { checklistSettingsProblems, defaultChecklistSettings } from '@wres/domain/assurance';
import { CHECKLIST_ITEMS } from '@wres/shared/contracts';
import type { ChecklistSettingsForYear } from '@wres/shared/contracts';
import {
  AMBER_FIELD,
  BOARD_GAP_FIELD,
  CHECKLIST_SETTINGS_FIELD_ORDER,
  ChecklistSettingsInput,
  EXCLUDABLE_ITEMS,
  EXCLUDED_FIELD,
  GREEN_FIELD,
  RED_FROM_FIELD,
  REVIEW_WITHIN_FIELD,
  checklistSettingsInput,
  checklistSettingsRows,
  excludedItemFieldId,
  numberTyped,
  readChecklistSettings,
  savedNotice,
  settingsMessageInWords,
  settingsProblemsToErrors,
  settingsSourceInWords,
  withItemExcluded,
} from './checklist-settings-form.model';

const DEFAULTS_INPUT: ChecklistSettingsInput = {
  green: '80',
  amber: '60',
  redFrom: '3',
  boardGapPoints: '5',
  reviewWithinDays: '28',
  excludedItems: [],
};

const record = (overrides: Partial<ChecklistSettingsForYear> = {}): ChecklistSettingsForYear => ({
  contractYear: '2019/20',
  settings: defaultChecklistSettings(),
  isDefault: true,
  updatedAt: null,
  ...overrides,
});

describe('the checklist settings form', () => {
  it('fills the form from a year’s settings and reads it back unchanged', () => {
    expect(checklistSettingsInput(defaultChecklistSettings())).toEqual(DEFAULTS_INPUT);
    expect(readChecklistSettings(DEFAULTS_INPUT)).toEqual({
      settings: defaultChecklistSettings(),
      errors: {},
    });
  });

  it('reads decimals, a percentage written with its sign, and keeps ticked items in the checklist’s order', () => {
    const { settings, errors } = readChecklistSettings({
      green: ' 85.5% ',
      amber: '60 %',
      redFrom: '2',
      boardGapPoints: '7.5',
      reviewWithinDays: '42',
      excludedItems: ['actions-owned-and-dated', 'on-time'],
    });
    expect(errors).toEqual({});
    expect(settings).toEqual({
      selfReportedEthnicity: { green: 85.5, amber: 60 },
      significantWorsening: { redFrom: 2 },
      boardGapPoints: 7.5,
      reviewWithinDays: 42,
      excludedItems: ['on-time', 'actions-owned-and-dated'],
    });
    expect(checklistSettingsProblems(settings)).toEqual([]);
  });

  it.each([
    ['80', true, 80],
    ['80%', true, 80],
    ['.5', false, 0.5],
    ['-1', false, -1],
    ['80%', false, null],
    ['eighty', true, null],
    ['1e2', false, null],
    ['1,000', false, null],
    ['', false, null],
  ])('reads %p (percentage: %p) as %p', (text, percent, expected) => {
    expect(numberTyped(text, percent)).toBe(expected);
  });

  it('names every blank field and every one that is not a number, and sends nothing', () => {
    expect(
      readChecklistSettings({
        green: '',
        amber: 'sixty',
        redFrom: ' ',
        boardGapPoints: '5pp',
        reviewWithinDays: 'four weeks',
        excludedItems: [],
      }),
    ).toEqual({
      settings: null,
      errors: {
        [GREEN_FIELD]: 'Enter the green threshold',
        [AMBER_FIELD]: 'Enter the amber threshold as a percentage, like 60',
        [RED_FROM_FIELD]: 'Enter the number of significantly worse indicators for red',
        [BOARD_GAP_FIELD]: 'Enter the board gap as a number of percentage points, like 5',
        [REVIEW_WITHIN_FIELD]:
          'Enter the number of days to review a report as a whole number of days, like 28',
      },
    });
  });

  it('applies the api’s own rules, in words, on the fields they concern', () => {
    expect(
      readChecklistSettings({
        green: '101',
        amber: '-5',
        redFrom: '0',
        boardGapPoints: '0',
        reviewWithinDays: '2.5',
        excludedItems: [],
      }).errors,
    ).toEqual({
      [GREEN_FIELD]: 'The green threshold must be a percentage from 0 to 100',
      [AMBER_FIELD]: 'The amber threshold must be a percentage from 0 to 100',
      [RED_FROM_FIELD]:
        'The number of significantly worse indicators for red must be a whole number of at least 1',
      [BOARD_GAP_FIELD]: 'The board gap must be more than 0 and at most 100 percentage points',
      [REVIEW_WITHIN_FIELD]: 'The number of days to review a report must be a whole number of at least 1',
    });
    expect(readChecklistSettings({ ...DEFAULTS_INPUT, green: '50', amber: '70' }).errors).toEqual({
      [AMBER_FIELD]: 'The amber threshold cannot be above the green threshold',
    });
  });

  it('keeps the message about typing when a field also breaks a rule', () => {
    expect(readChecklistSettings({ ...DEFAULTS_INPUT, green: 'high', amber: '70' }).errors).toEqual({
      [GREEN_FIELD]: 'Enter the green threshold as a percentage, like 80',
    });
  });

  it('ticks and unticks items, in the checklist’s order', () => {
    expect(withItemExcluded([], 'year-on-year', true)).toEqual(['year-on-year']);
    expect(withItemExcluded(['year-on-year'], 'on-time', true)).toEqual(['on-time', 'year-on-year']);
    expect(withItemExcluded(['on-time', 'year-on-year'], 'on-time', false)).toEqual(['year-on-year']);
  });

  it('offers every checklist item, the first carrying the group’s id', () => {
    expect(EXCLUDABLE_ITEMS.map((entry) => entry.item)).toEqual(CHECKLIST_ITEMS);
    expect(EXCLUDABLE_ITEMS[0]).toEqual({
      item: 'indicators-present',
      label: 'Every indicator given or explained',
      hint: 'Worked out from the report',
    });
    expect(EXCLUDABLE_ITEMS.find((entry) => entry.item === 'narrative-addresses-gaps')?.hint).toBe(
      'The commissioner’s own judgement',
    );
    expect(excludedItemFieldId('indicators-present')).toBe(EXCLUDED_FIELD);
    expect(excludedItemFieldId('on-time')).toBe('settings.excludedItems-on-time');
    const ids = CHECKLIST_ITEMS.map(excludedItemFieldId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the fields in the order of the page', () => {
    expect(CHECKLIST_SETTINGS_FIELD_ORDER).toEqual([
      GREEN_FIELD,
      AMBER_FIELD,
      RED_FROM_FIELD,
      BOARD_GAP_FIELD,
      REVIEW_WITHIN_FIELD,
      EXCLUDED_FIELD,
    ]);
  });
});

describe('the api’s problems with the settings', () => {
  it('puts each on its field, in words, and keeps the rest for the summary', () => {
    expect(
      settingsProblemsToErrors([
        {
          path: 'settings.selfReportedEthnicity.amber',
          messages: ['selfReportedEthnicity.amber cannot be above green'],
        },
        {
          path: 'settings.reviewWithinDays',
          messages: ['reviewWithinDays must be a whole number of at least 1'],
        },
        {
          path: 'settings.excludedItems[1]',
          messages: ['excludedItems[1] must be one of indicators-present, on-time'],
        },
        { path: 'settings.colour', messages: ['colour should not exist'] },
        { path: 'settings', messages: ['settings must be an object'] },
      ]),
    ).toEqual({
      fields: {
        [AMBER_FIELD]: 'The amber threshold cannot be above the green threshold',
        [REVIEW_WITHIN_FIELD]: 'The number of days to review a report must be a whole number of at least 1',
        [EXCLUDED_FIELD]: 'Each item left out must be one of indicators-present, on-time',
      },
      other: ['Colour should not exist', 'The settings must be an object'],
    });
  });

  it('joins several messages on one field', () => {
    expect(
      settingsProblemsToErrors([
        { path: 'settings.boardGapPoints', messages: ['boardGapPoints must be more than 0', 'Try 5'] },
      ]).fields,
    ).toEqual({ [BOARD_GAP_FIELD]: 'The board gap must be more than 0. Try 5' });
  });

  it('words a message that names its path under settings', () => {
    expect(settingsMessageInWords('settings.significantWorsening.redFrom must be a whole number')).toBe(
      'The number of significantly worse indicators for red must be a whole number',
    );
    expect(settingsMessageInWords('excludedItems must be a list of checklist items')).toBe(
      'The items left out must be a list of checklist items',
    );
  });
});

describe('a year’s settings in words', () => {
  it('says whether the year uses the defaults or its own, and when its own were saved (London’s day)', () => {
    expect(settingsSourceInWords(record())).toBe('The defaults');
    expect(settingsSourceInWords(record({ isDefault: false, updatedAt: '2025-06-30T23:30:00.000Z' }))).toBe(
      'Its own, updated 1 July 2025',
    );
    expect(settingsSourceInWords(record({ isDefault: false, updatedAt: null }))).toBe('Its own');
  });

  it('summarises every setting', () => {
    expect(checklistSettingsRows(record())).toEqual([
      { key: 'Settings', values: [{ text: 'The defaults' }] },
      {
        key: 'Staff who self-reported their ethnicity',
        values: [{ text: 'Green from 80%, amber from 60%, red below 60%' }],
      },
      {
        key: 'Significant worsening since last year',
        values: [{ text: 'Amber for 1 indicator significantly worse, red from 3' }],
      },
      { key: 'Board gap', values: [{ text: '5 percentage points' }] },
      { key: 'Review within', values: [{ text: '28 days' }] },
      { key: 'Items left out', values: [], emptyText: 'None: the checklist has every item' },
    ]);
    const own = checklistSettingsRows(
      record({
        isDefault: false,
        updatedAt: '2025-12-03T10:00:00.000Z',
        settings: {
          ...defaultChecklistSettings(),
          significantWorsening: { redFrom: 1 },
          boardGapPoints: 1,
          reviewWithinDays: 1,
          excludedItems: ['year-on-year', 'on-time'],
        },
      }),
    );
    expect(own[0].values).toEqual([{ text: 'Its own, updated 3 December 2025' }]);
    expect(own[2].values).toEqual([{ text: 'Red from 1 indicator significantly worse' }]);
    expect(own[3].values).toEqual([{ text: '1 percentage point' }]);
    expect(own[4].values).toEqual([{ text: '1 day' }]);
    expect(own[5].values).toEqual([
      { text: 'On time, or late with a reason' },
      { text: 'No significant worsening since last year' },
    ]);
  });

  it('confirms a save for the year', () => {
    expect(savedNotice(record({ isDefault: false }))).toEqual({
      heading: 'Checklist settings for 2019/20 saved',
      line: 'The assurance checklist of every 2019/20 report now uses them.',
    });
  });
});
