import type { DashboardIndicator, IndicatorDescription } from '@wres/shared/contracts';

/** What each dashboard indicator measures and which way is adverse for BME staff (domain.md §4). */
export const INDICATOR_DESCRIPTIONS: { readonly [I in DashboardIndicator]: IndicatorDescription } = {
  i1: {
    indicator: 'i1',
    title: 'Indicator 1: BME staff as a percentage of staff of known ethnicity',
    measure: 'percent-bme',
    parity: null,
    adverse: null,
  },
  i2: {
    indicator: 'i2',
    title:
      'Indicator 2: relative likelihood of White staff being appointed from shortlisting compared to BME staff',
    measure: 'relative-likelihood',
    parity: 1,
    adverse: 'above',
  },
  i3: {
    indicator: 'i3',
    title:
      'Indicator 3: relative likelihood of BME staff entering the formal disciplinary process compared to White staff',
    measure: 'relative-likelihood',
    parity: 1,
    adverse: 'above',
  },
  i4: {
    indicator: 'i4',
    title:
      'Indicator 4: relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff',
    measure: 'relative-likelihood',
    parity: 1,
    adverse: 'above',
  },
  i5: {
    indicator: 'i5',
    title:
      'Indicator 5: staff experiencing harassment, bullying or abuse from patients, relatives or the public (BME % minus White %)',
    measure: 'difference-points',
    parity: 0,
    adverse: 'above',
  },
  i6: {
    indicator: 'i6',
    title: 'Indicator 6: staff experiencing harassment, bullying or abuse from staff (BME % minus White %)',
    measure: 'difference-points',
    parity: 0,
    adverse: 'above',
  },
  i7: {
    indicator: 'i7',
    title:
      'Indicator 7: staff believing the organisation provides equal opportunities for career progression or promotion (BME % minus White %)',
    measure: 'difference-points',
    parity: 0,
    adverse: 'below',
  },
  i8: {
    indicator: 'i8',
    title:
      'Indicator 8: staff personally experiencing discrimination at work from a manager, team leader or colleagues (BME % minus White %)',
    measure: 'difference-points',
    parity: 0,
    adverse: 'above',
  },
  i9: {
    indicator: 'i9',
    title: 'Indicator 9: board %BME minus workforce %BME (whole board)',
    measure: 'board-gap-points',
    parity: 0,
    adverse: 'below',
  },
  i9v: {
    indicator: 'i9v',
    title: 'Indicator 9: voting board members’ %BME minus workforce %BME',
    measure: 'board-gap-points',
    parity: 0,
    adverse: 'below',
  },
  i9e: {
    indicator: 'i9e',
    title: 'Indicator 9: executive board members’ %BME minus workforce %BME',
    measure: 'board-gap-points',
    parity: 0,
    adverse: 'below',
  },
};

export function describeIndicator(indicator: DashboardIndicator): IndicatorDescription {
  return { ...INDICATOR_DESCRIPTIONS[indicator] };
}

/** Whether an indicator's figures carry a significance test: relative likelihoods and survey gaps do. */
export function isTested(indicator: DashboardIndicator): boolean {
  const { measure } = INDICATOR_DESCRIPTIONS[indicator];
  return measure === 'relative-likelihood' || measure === 'difference-points';
}
