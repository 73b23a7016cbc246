/**
 * Display helpers. Computation keeps numbers unrounded; only what a person reads is rounded
 * (relative likelihoods to 2 dp, percentages to 1 dp).
 */

export const RELATIVE_LIKELIHOOD_DECIMALS = 2;
export const PERCENT_DECIMALS = 1;

/** Rounds half away from zero, without the binary drift that makes 1.005 round to 1.00. */
export function round(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  // 15 significant digits removes the representation error (1.005 * 100 = 100.49999999999999).
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Fixed decimals with thousands separators, e.g. formatNumber(5178, 0) = '5,178'. */
export function formatNumber(value: number, decimals = 0): string {
  const [whole, fraction] = round(value, decimals).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function formatPercent(percent: number, decimals = PERCENT_DECIMALS): string {
  return `${formatNumber(percent, decimals)}%`;
}

/** Percentage points with an explicit sign and a true minus, as in "−15.5 points". */
export function formatPoints(points: number, decimals = PERCENT_DECIMALS): string {
  const rounded = round(points, decimals);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return `${sign}${formatNumber(Math.abs(rounded), decimals)}`;
}

export type RelativeLikelihoodIndicator = 'i2' | 'i3' | 'i4';

interface RelativeLikelihoodWording {
  /** The group whose rate is the numerator of the RL (domain.md §4). */
  readonly focal: string;
  readonly reference: string;
  /** "to be appointed if shortlisted" */
  readonly outcome: string;
}

/** Who is compared with whom for each RL indicator; the focal group is the RL numerator. */
export const RELATIVE_LIKELIHOOD_WORDING: {
  readonly [I in RelativeLikelihoodIndicator]: RelativeLikelihoodWording;
} = {
  i2: { focal: 'White people', reference: 'BME people', outcome: 'to be appointed if shortlisted' },
  i3: { focal: 'BME staff', reference: 'White staff', outcome: 'to enter a formal disciplinary process' },
  i4: { focal: 'White staff', reference: 'BME staff', outcome: 'to access non-mandatory training and CPD' },
};

/**
 * The template's sentence, e.g. "White people were 1.97 times as likely as BME people to be appointed if
 * shortlisted". Below 1 the groups swap so the figure reads naturally (RL 0.50 becomes "... 2.00 times as
 * likely as ..."); exactly 0 keeps the original order because nothing can be inverted.
 */
export function describeRelativeLikelihood(indicator: RelativeLikelihoodIndicator, value: number): string {
  const { focal, reference, outcome } = RELATIVE_LIKELIHOOD_WORDING[indicator];
  const shown = round(value, RELATIVE_LIKELIHOOD_DECIMALS);
  if (shown === 1) {
    return `${focal} and ${reference} were equally likely ${outcome} (relative likelihood 1.00)`;
  }
  if (value > 0 && shown < 1) {
    return `${capitalise(reference)} were ${formatNumber(1 / value, 2)} times as likely as ${focal} ${outcome}`;
  }
  return `${capitalise(focal)} were ${formatNumber(value, 2)} times as likely as ${reference} ${outcome}`;
}

/** "23.1% of 1,991 White staff and 24.0% of 488 BME staff", as the seed's narratives put it. */
export function describeSurveyGroups(
  white: { readonly percent: number; readonly respondents: number },
  bme: { readonly percent: number; readonly respondents: number },
): string {
  return (
    `${formatPercent(white.percent)} of ${formatNumber(white.respondents)} White staff and ` +
    `${formatPercent(bme.percent)} of ${formatNumber(bme.respondents)} BME staff`
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
