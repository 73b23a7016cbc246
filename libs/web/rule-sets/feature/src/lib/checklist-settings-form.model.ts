import { checklistSettingsProblems } from '@wres/domain/assurance';
import { formatLongDate, todayInLondon } from '@wres/domain/calendar';
import { AUTOMATIC_CHECKLIST_ITEMS, CHECKLIST_ITEMS, CHECKLIST_ITEM_LABELS } from '@wres/shared/contracts';
import type {
  ChecklistItemId,
  ChecklistSettings,
  ChecklistSettingsForYear,
  FieldProblem,
} from '@wres/shared/contracts';
import type { FieldErrors, SummaryListRow } from '@wres/web/shared/ui';

/** Field ids are the request's property paths, so the API's problems land on their fields. */
export const GREEN_FIELD = 'settings.selfReportedEthnicity.green';
export const AMBER_FIELD = 'settings.selfReportedEthnicity.amber';
export const RED_FROM_FIELD = 'settings.significantWorsening.redFrom';
export const BOARD_GAP_FIELD = 'settings.boardGapPoints';
export const REVIEW_WITHIN_FIELD = 'settings.reviewWithinDays';
/** The checkboxes of items left out: the first one has this id, so the error summary's link lands on it. */
export const EXCLUDED_FIELD = 'settings.excludedItems';

/** The fields in the order they appear on the page. */
export const CHECKLIST_SETTINGS_FIELD_ORDER: readonly string[] = [
  GREEN_FIELD,
  AMBER_FIELD,
  RED_FROM_FIELD,
  BOARD_GAP_FIELD,
  REVIEW_WITHIN_FIELD,
  EXCLUDED_FIELD,
];

/** A checkbox's id: the group's id for the first item, so the group's error links to it. */
export function excludedItemFieldId(item: ChecklistItemId): string {
  return item === CHECKLIST_ITEMS[0] ? EXCLUDED_FIELD : `${EXCLUDED_FIELD}-${item}`;
}

/** The checkboxes: every checklist item, in the checklist's order, with what kind of item it is. */
export const EXCLUDABLE_ITEMS: ReadonlyArray<{ item: ChecklistItemId; label: string; hint: string }> =
  CHECKLIST_ITEMS.map((item) => ({
    item,
    label: CHECKLIST_ITEM_LABELS[item],
    hint: (AUTOMATIC_CHECKLIST_ITEMS as readonly ChecklistItemId[]).includes(item)
      ? 'Worked out from the report'
      : 'The commissioner’s own judgement',
  }));

/** What the admin typed, as typed, and the items ticked. */
export interface ChecklistSettingsInput {
  green: string;
  amber: string;
  redFrom: string;
  boardGapPoints: string;
  reviewWithinDays: string;
  excludedItems: readonly ChecklistItemId[];
}

type NumberKey = Exclude<keyof ChecklistSettingsInput, 'excludedItems'>;

interface NumberField {
  key: NumberKey;
  id: string;
  /** In a sentence: "Enter the green threshold". */
  words: string;
  /** How to write it: "as a percentage, like 80". */
  howToWrite: string;
  /** A trailing "%" is allowed. */
  percent: boolean;
}

const NUMBER_FIELDS: readonly NumberField[] = [
  {
    key: 'green',
    id: GREEN_FIELD,
    words: 'the green threshold',
    howToWrite: 'as a percentage, like 80',
    percent: true,
  },
  {
    key: 'amber',
    id: AMBER_FIELD,
    words: 'the amber threshold',
    howToWrite: 'as a percentage, like 60',
    percent: true,
  },
  {
    key: 'redFrom',
    id: RED_FROM_FIELD,
    words: 'the number of significantly worse indicators for red',
    howToWrite: 'as a whole number, like 3',
    percent: false,
  },
  {
    key: 'boardGapPoints',
    id: BOARD_GAP_FIELD,
    words: 'the board gap',
    howToWrite: 'as a number of percentage points, like 5',
    percent: false,
  },
  {
    key: 'reviewWithinDays',
    id: REVIEW_WITHIN_FIELD,
    words: 'the number of days to review a report',
    howToWrite: 'as a whole number of days, like 28',
    percent: false,
  },
];

/** The form filled from a year's settings. */
export function checklistSettingsInput(settings: ChecklistSettings): ChecklistSettingsInput {
  return {
    green: String(settings.selfReportedEthnicity.green),
    amber: String(settings.selfReportedEthnicity.amber),
    redFrom: String(settings.significantWorsening.redFrom),
    boardGapPoints: String(settings.boardGapPoints),
    reviewWithinDays: String(settings.reviewWithinDays),
    excludedItems: [...settings.excludedItems],
  };
}

/** The items left out once one is ticked or unticked, kept in the checklist's order. */
export function withItemExcluded(
  items: readonly ChecklistItemId[],
  item: ChecklistItemId,
  excluded: boolean,
): ChecklistItemId[] {
  return CHECKLIST_ITEMS.filter((candidate) => (candidate === item ? excluded : items.includes(candidate)));
}

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** A number as typed ("80", "62.5", and for a percentage "80%"); null when it is not one. */
export function numberTyped(text: string, percent: boolean): number | null {
  const trimmed = text.trim();
  const bare = percent ? trimmed.replace(/\s*%$/, '') : trimmed;
  return DECIMAL.test(bare) ? Number(bare) : null;
}

/**
 * The domain names settings by path ("selfReportedEthnicity.amber cannot be above green"); say the same in
 * words. Messages the API sends may name the path under `settings.`.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bsettings\.(?=[a-zA-Z])/g, ''],
  [/\bselfReportedEthnicity\.green\b/g, 'the green threshold'],
  [/\bselfReportedEthnicity\.amber\b/g, 'the amber threshold'],
  [/\bcannot be above green\b/g, 'cannot be above the green threshold'],
  [/\bselfReportedEthnicity\b/g, 'the self-reported ethnicity thresholds'],
  [/\bsignificantWorsening\.redFrom\b/g, 'the number of significantly worse indicators for red'],
  [/\bsignificantWorsening\b/g, 'significant worsening'],
  [/\bboardGapPoints\b/g, 'the board gap'],
  [/\breviewWithinDays\b/g, 'the number of days to review a report'],
  [/\bexcludedItems\[\d+\]/g, 'each item left out'],
  [/\bexcludedItems\b/g, 'the items left out'],
  [/^settings\b/, 'the settings'],
];

export function settingsMessageInWords(message: string): string {
  const sentence = PHRASES.reduce((text, [pattern, words]) => text.replace(pattern, words), message);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The field on the page a problem's path belongs to (under `settings.`), or null for none. */
function fieldOfPath(path: string): string | null {
  if (/^settings\.excludedItems(\[\d+\])?$/.test(path)) return EXCLUDED_FIELD;
  return NUMBER_FIELDS.find((field) => field.id === path)?.id ?? null;
}

/**
 * The settings to send, or every problem with what was typed by field id. A blank or non-number is named
 * here; everything else is the API's own rule, `checklistSettingsProblems`, run in the browser.
 */
export function readChecklistSettings(input: ChecklistSettingsInput): {
  settings: ChecklistSettings | null;
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const typed = {} as Record<NumberKey, number>;
  for (const field of NUMBER_FIELDS) {
    const text = input[field.key];
    const value = numberTyped(text, field.percent);
    if (!text.trim()) errors[field.id] = `Enter ${field.words}`;
    else if (value === null) errors[field.id] = `Enter ${field.words} ${field.howToWrite}`;
    typed[field.key] = value ?? Number.NaN;
  }
  const settings: ChecklistSettings = {
    selfReportedEthnicity: { green: typed.green, amber: typed.amber },
    significantWorsening: { redFrom: typed.redFrom },
    boardGapPoints: typed.boardGapPoints,
    reviewWithinDays: typed.reviewWithinDays,
    excludedItems: CHECKLIST_ITEMS.filter((item) => input.excludedItems.includes(item)),
  };
  for (const problem of checklistSettingsProblems(settings)) {
    const fieldId = fieldOfPath(`settings.${problem.path}`);
    // A field already said to be blank or not a number keeps that message.
    if (fieldId && !errors[fieldId]) errors[fieldId] = settingsMessageInWords(problem.message);
  }
  return Object.keys(errors).length > 0 ? { settings: null, errors } : { settings, errors };
}

/** A 400's problems in words: on their fields where the page has them, the rest for the summary alone. */
export function settingsProblemsToErrors(problems: readonly FieldProblem[]): {
  fields: FieldErrors;
  other: string[];
} {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const problem of problems) {
    const message = problem.messages.map(settingsMessageInWords).join('. ');
    if (!message) continue;
    const fieldId = fieldOfPath(problem.path);
    if (!fieldId) other.push(message);
    else fields[fieldId] = fields[fieldId] ? `${fields[fieldId]}. ${message}` : message;
  }
  return { fields, other };
}

/** "3 December 2025", the London day the settings were last saved; null for the defaults. */
export function settingsUpdatedOn(record: ChecklistSettingsForYear): string | null {
  if (record.isDefault || !record.updatedAt) return null;
  const at = new Date(record.updatedAt);
  return Number.isNaN(at.getTime()) ? null : formatLongDate(todayInLondon(at));
}

/** "The defaults" or "Its own, updated 3 December 2025". */
export function settingsSourceInWords(record: ChecklistSettingsForYear): string {
  if (record.isDefault) return 'The defaults';
  const updated = settingsUpdatedOn(record);
  return updated ? `Its own, updated ${updated}` : 'Its own';
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The year's settings as a summary list, in the order the form asks for them. */
export function checklistSettingsRows(record: ChecklistSettingsForYear): SummaryListRow[] {
  const { settings } = record;
  const { green, amber } = settings.selfReportedEthnicity;
  const redFrom = settings.significantWorsening.redFrom;
  const text = (key: string, value: string): SummaryListRow => ({ key, values: [{ text: value }] });
  return [
    text('Settings', settingsSourceInWords(record)),
    text(
      'Staff who self-reported their ethnicity',
      `Green from ${green}%, amber from ${amber}%, red below ${amber}%`,
    ),
    text(
      'Significant worsening since last year',
      redFrom === 1
        ? 'Red from 1 indicator significantly worse'
        : `Amber for 1 indicator significantly worse, red from ${redFrom}`,
    ),
    text('Board gap', plural(settings.boardGapPoints, 'percentage point', 'percentage points')),
    text('Review within', plural(settings.reviewWithinDays, 'day', 'days')),
    {
      key: 'Items left out',
      values: CHECKLIST_ITEMS.filter((item) => settings.excludedItems.includes(item)).map((item) => ({
        text: CHECKLIST_ITEM_LABELS[item],
      })),
      emptyText: 'None: the checklist has every item',
    },
  ];
}

/** The success banner's words. */
export function savedNotice(record: ChecklistSettingsForYear): { heading: string; line: string } {
  return {
    heading: `Checklist settings for ${record.contractYear} saved`,
    line: `The assurance checklist of every ${record.contractYear} report now uses them.`,
  };
}
