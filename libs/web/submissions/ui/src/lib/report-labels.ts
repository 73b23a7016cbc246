import type { IndicatorResults } from '@wres/domain/wres';

/** The nine indicators as the results name them. */
export type IndicatorKey = keyof IndicatorResults;

export type SurveyIndicatorResultKey = 'i5' | 'i6' | 'i7' | 'i8';

/** Short titles for the report's headings. */
export const INDICATOR_TITLES: { readonly [I in IndicatorKey]: string } = {
  i1: 'BME staff in each pay band compared with the overall workforce',
  i2: 'Relative likelihood of being appointed from shortlisting',
  i3: 'Relative likelihood of entering the formal disciplinary process',
  i4: 'Relative likelihood of accessing non-mandatory training and CPD',
  i5: 'Harassment, bullying or abuse from patients, relatives or the public',
  i6: 'Harassment, bullying or abuse from staff',
  i7: 'Belief that the organisation provides equal opportunities for career progression or promotion',
  i8: 'Discrimination at work from a manager, team leader or other colleagues',
  i9: 'BME representation on the board compared with the workforce',
};

/** What each indicator measures, in the reporting template's words. */
export const INDICATOR_DESCRIPTIONS: { readonly [I in IndicatorKey]: string } = {
  i1:
    'Percentage of staff in each of the Agenda for Change bands 1 to 9 and VSM (including executive board ' +
    'members) compared with the percentage of staff in the overall workforce, separately for non-clinical, ' +
    'clinical and medical staff.',
  i2: 'Relative likelihood of staff being appointed from shortlisting across all posts.',
  i3:
    'Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a ' +
    'formal disciplinary investigation, over a two-year rolling window of the current and previous year.',
  i4: 'Relative likelihood of staff accessing non-mandatory training and CPD.',
  i5:
    'Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public ' +
    'in the last 12 months (NHS Staff Survey).',
  i6: 'Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months (NHS Staff Survey).',
  i7:
    'Percentage of staff believing that the organisation provides equal opportunities for career ' +
    'progression or promotion (NHS Staff Survey).',
  i8:
    'Percentage of staff who in the last 12 months personally experienced discrimination at work from a ' +
    'manager, team leader or other colleagues (NHS Staff Survey).',
  i9:
    'Percentage-point difference between the board’s BME membership and the overall workforce’s: all ' +
    'board members, voting members and executive members.',
};

/** Column headings for the survey tables: what the percentage counts. */
export const SURVEY_PERCENT_HEADERS: { readonly [I in SurveyIndicatorResultKey]: string } = {
  i5: '% experiencing harassment, bullying or abuse from patients, relatives or the public',
  i6: '% experiencing harassment, bullying or abuse from staff',
  i7: '% believing the organisation provides equal opportunities for career progression or promotion',
  i8: '% experiencing discrimination from a manager, team leader or other colleagues',
};

/** Completes "23.1% of 1,991 White staff and 24.0% of 488 BME staff …". */
export const SURVEY_OUTCOMES: { readonly [I in SurveyIndicatorResultKey]: string } = {
  i5: 'experienced harassment, bullying or abuse from patients, relatives or the public in the last 12 months',
  i6: 'experienced harassment, bullying or abuse from staff in the last 12 months',
  i7: 'believed the organisation provides equal opportunities for career progression or promotion',
  i8: 'personally experienced discrimination at work from a manager, team leader or other colleagues in the last 12 months',
};

export const BOARD_MEMBERSHIP_LABELS = {
  all: 'All board members',
  voting: 'Voting members',
  executive: 'Executive members',
} as const;

export const NOT_COMPUTABLE = 'Not computable';
