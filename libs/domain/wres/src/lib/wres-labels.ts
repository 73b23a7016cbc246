import type { AfcBand, Band, MedicalGrade, StaffGroup } from './wres-document.model';

/**
 * What people call the template's staff groups, pay bands and medical grades: one wording for the form, the
 * report, the spreadsheet template and the diff, so a row reads the same wherever it appears.
 */
export const STAFF_GROUP_LABELS: { readonly [G in StaffGroup]: string } = {
  'non-clinical': 'Non-clinical',
  clinical: 'Clinical',
  medical: 'Medical',
};

export const AFC_BAND_LABELS: { readonly [B in AfcBand]: string } = {
  'under-band-1': 'Under Band 1',
  'band-1': 'Band 1',
  'band-2': 'Band 2',
  'band-3': 'Band 3',
  'band-4': 'Band 4',
  'band-5': 'Band 5',
  'band-6': 'Band 6',
  'band-7': 'Band 7',
  'band-8a': 'Band 8a',
  'band-8b': 'Band 8b',
  'band-8c': 'Band 8c',
  'band-8d': 'Band 8d',
  'band-9': 'Band 9',
  vsm: 'VSM (including executive board members)',
};

export const MEDICAL_GRADE_LABELS: { readonly [G in MedicalGrade]: string } = {
  consultant: 'Consultant',
  'senior-medical-manager': 'Senior medical manager',
  'non-consultant-career-grade': 'Non-consultant career grade',
  'trainee-grade': 'Trainee grade',
  other: 'Other medical grade',
};

export const BAND_LABELS: { readonly [B in Band]: string } = { ...AFC_BAND_LABELS, ...MEDICAL_GRADE_LABELS };
