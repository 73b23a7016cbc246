import { CHECKLIST_ITEMS } from '@wres/shared/contracts';
import type { ChecklistItemId, ChecklistSettings } from '@wres/shared/contracts';

export interface SettingsProblem {
  path: string;
  message: string;
}

/**
 * The settings a year uses unless an admin sets its own (a fresh copy each call). Seed 004's trust recorded 97.6% of its staff's
 * ethnicity; below 80% a report's percentages rest on a workforce with a sizeable unknown share, and below
 * 60% they say little. A review is due within four weeks of a (re)submission, a commissioner's usual cycle.
 */
export function defaultChecklistSettings(): ChecklistSettings {
  return {
    selfReportedEthnicity: { green: 80, amber: 60 },
    significantWorsening: { redFrom: 3 },
    boardGapPoints: 5,
    reviewWithinDays: 28,
    excludedItems: [],
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every problem with a year's settings, by path. A year's settings are complete: an admin edits the
 * defaults into the year's own, so no value is silently inherited from code that may change.
 */
export function checklistSettingsProblems(value: unknown): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!isObject(value)) return [{ path: 'settings', message: 'settings must be an object' }];

  const percent = (path: string, given: unknown): given is number => {
    if (typeof given === 'number' && Number.isFinite(given) && given >= 0 && given <= 100) return true;
    add(path, `${path} must be a percentage from 0 to 100`);
    return false;
  };
  const whole = (path: string, given: unknown, least: number): void => {
    if (!Number.isInteger(given) || (given as number) < least)
      add(path, `${path} must be a whole number of at least ${least}`);
  };

  const ethnicity = value['selfReportedEthnicity'];
  if (!isObject(ethnicity)) add('selfReportedEthnicity', 'selfReportedEthnicity must give green and amber');
  else {
    const green = percent('selfReportedEthnicity.green', ethnicity['green']);
    const amber = percent('selfReportedEthnicity.amber', ethnicity['amber']);
    if (green && amber && (ethnicity['amber'] as number) > (ethnicity['green'] as number))
      add('selfReportedEthnicity.amber', 'selfReportedEthnicity.amber cannot be above green');
  }

  const worsening = value['significantWorsening'];
  if (!isObject(worsening)) add('significantWorsening', 'significantWorsening must give redFrom');
  else whole('significantWorsening.redFrom', worsening['redFrom'], 1);

  const points = value['boardGapPoints'];
  if (typeof points !== 'number' || !Number.isFinite(points) || points <= 0 || points > 100)
    add('boardGapPoints', 'boardGapPoints must be more than 0 and at most 100 percentage points');
  whole('reviewWithinDays', value['reviewWithinDays'], 1);

  const excluded = value['excludedItems'];
  if (!Array.isArray(excluded)) add('excludedItems', 'excludedItems must be a list of checklist items');
  else
    excluded.forEach((item, index) => {
      if (!CHECKLIST_ITEMS.includes(item as ChecklistItemId))
        add(
          `excludedItems[${index}]`,
          `excludedItems[${index}] must be one of ${CHECKLIST_ITEMS.join(', ')}`,
        );
    });

  const known = [
    'selfReportedEthnicity',
    'significantWorsening',
    'boardGapPoints',
    'reviewWithinDays',
    'excludedItems',
  ];
  for (const key of Object.keys(value)) if (!known.includes(key)) add(key, `${key} should not exist`);
  return problems;
}

/**
 * The settings a year uses: its own where stored and still valid, else the defaults. A stored value that
 * no longer reads as settings (an older shape) falls back rather than breaking every review of the year.
 */
export function checklistSettingsFor(stored: unknown): ChecklistSettings {
  if (stored === null || stored === undefined || checklistSettingsProblems(stored).length > 0)
    return defaultChecklistSettings();
  const settings = stored as ChecklistSettings;
  return {
    selfReportedEthnicity: {
      green: settings.selfReportedEthnicity.green,
      amber: settings.selfReportedEthnicity.amber,
    },
    significantWorsening: { redFrom: settings.significantWorsening.redFrom },
    boardGapPoints: settings.boardGapPoints,
    reviewWithinDays: settings.reviewWithinDays,
    excludedItems: [...new Set(settings.excludedItems)],
  };
}
