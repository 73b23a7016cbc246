import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { AFC_BANDS, MEDICAL_GRADES, SEED_004_2018_19 } from '@wres/domain/wres';

/*
 * The canonical WRES document as an OpenAPI schema, for the docs only: the body is checked by the WRES
 * domain's own validator, which reports every problem by path, not by this schema.
 */

const count: SchemaObject = { type: 'integer', minimum: 0 };
const percent: SchemaObject = { type: 'number', minimum: 0, maximum: 100 };

function object(properties: Record<string, SchemaObject>, required = Object.keys(properties)): SchemaObject {
  // OpenAPI 3.0 refuses an empty `required` list: leave it out when every property is optional.
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

function whiteAndBme(group: SchemaObject): SchemaObject {
  return object({ white: group, bme: group });
}

const missing = object({
  missingReason: { type: 'string', minLength: 1, description: 'Why the organisation could not supply it' },
});

function submitted(indicator: SchemaObject, description: string): SchemaObject {
  return { description: `${description}; or a missing reason`, oneOf: [indicator, missing] };
}

const headcount = object({ white: count, bme: count, unknown: count });

function bandRow(staffGroups: string[], bands: readonly string[]): SchemaObject {
  return object({
    staffGroup: { type: 'string', enum: staffGroups },
    band: { type: 'string', enum: [...bands] },
    white: count,
    bme: count,
    unknown: count,
  });
}

const surveyGroup: SchemaObject = {
  description: 'Respondents, and either how many answered yes (preferred) or the published percentage',
  oneOf: [object({ respondents: count, count }), object({ respondents: count, percent })],
};

const survey = (description: string) =>
  submitted(
    object(
      {
        white: surveyGroup,
        bme: surveyGroup,
        publishedOverall: object({ respondents: count, percent }, []),
      },
      ['white', 'bme'],
    ),
    description,
  );

export const WRES_DOCUMENT_SCHEMA: SchemaObject = {
  ...object({
    reportingPeriodEnd: { type: 'string', format: 'date', example: '2019-03-31' },
    selfReportedEthnicity: object({ known: count, total: count }),
    indicator1: submitted(
      object(
        {
          rows: {
            type: 'array',
            items: {
              oneOf: [bandRow(['non-clinical', 'clinical'], AFC_BANDS), bandRow(['medical'], MEDICAL_GRADES)],
            },
          },
          statedTotals: object({ 'non-clinical': headcount, clinical: headcount, medical: headcount }, []),
        },
        ['rows'],
      ),
      'Indicator 1: headcount by ethnicity group for each staff group and band',
    ),
    indicator2: submitted(
      whiteAndBme(object({ shortlisted: count, appointed: count })),
      'Indicator 2: shortlisted and appointed over 12 months',
    ),
    indicator3: submitted(
      whiteAndBme(object({ cases: count, headcount: count })),
      'Indicator 3: formal disciplinary investigations over the current and previous year, and headcount',
    ),
    indicator4: submitted(
      whiteAndBme(object({ accessed: count, headcount: count })),
      'Indicator 4: staff accessing non-mandatory training and CPD, and headcount',
    ),
    indicator5: survey('Indicator 5: harassment, bullying or abuse from patients, relatives or the public'),
    indicator6: survey('Indicator 6: harassment, bullying or abuse from staff'),
    indicator7: survey(
      'Indicator 7: believing the organisation provides equal opportunities for progression',
    ),
    indicator8: survey('Indicator 8: personally experienced discrimination from a manager or colleagues'),
    indicator9: submitted(
      object(
        {
          all: headcount,
          voting: headcount,
          executive: headcount,
          statedWorkforce: object({ white: count, bme: count }),
        },
        ['all', 'voting', 'executive'],
      ),
      'Indicator 9: board members by ethnicity group (all, voting, executive)',
    ),
  }),
  description: 'One organisation’s WRES counts for one reporting period, as submitted',
  example: SEED_004_2018_19,
};
