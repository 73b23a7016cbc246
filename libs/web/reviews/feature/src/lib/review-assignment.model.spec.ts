import type { ReviewQueueRow } from '@wres/shared/contracts';
import {
  assignedNotice,
  assigneeOptions,
  assignmentProblemsToErrors,
  assignmentSummary,
  isAssignable,
  NOBODY,
  reportFieldId,
  reportKey,
  selectedText,
  toAssignmentRequest,
  validateAssignment,
} from './review-assignment.model';

const ROW: ReviewQueueRow = {
  providerId: '5d1c7a8e-0b4f-4a8e-9a51-6c2f1e3d4b5a',
  providerName: 'Southbrook University Hospitals NHS Foundation Trust',
  odsCode: 'RD4',
  contractYear: '2025/26',
  state: 'submitted',
  reviewedVersion: 1,
  submittedAt: '2026-11-23T10:00:00Z',
  reviewDueBy: '2026-12-21',
  overdue: false,
  late: false,
  rating: null,
  unrated: 2,
  coordinatingCommissioner: 'NHS Southbrook CCG',
  coordinating: true,
  reviewer: null,
};
const OTHER: ReviewQueueRow = {
  ...ROW,
  providerId: 'a1b2c3d4-0000-4000-8000-000000000001',
  contractYear: '2024/25',
};
const DANA = { userId: 'd0000000-0000-4000-8000-000000000001', displayName: 'Dana Reviewer', email: 'd@x' };
const HAMEL = { userId: 'h0000000-0000-4000-8000-000000000002', displayName: 'Hamel Dhanak', email: 'h@x' };

describe('giving reports on the queue to a reviewer', () => {
  it('offers a checkbox only on undecided reports the caller’s organisation co-ordinates', () => {
    expect(isAssignable(ROW, true)).toBe(true);
    expect(isAssignable({ ...ROW, state: 'changes-requested' }, true)).toBe(true);
    expect(isAssignable(ROW, false)).toBe(false);
    expect(isAssignable({ ...ROW, coordinating: false }, true)).toBe(false);
    expect(isAssignable({ ...ROW, state: 'assured' }, true)).toBe(false);
    expect(isAssignable({ ...ROW, state: 'not-assured' }, true)).toBe(false);
    expect(reportKey(ROW)).toBe(`${ROW.providerId}|2025/26`);
    expect(reportFieldId(ROW)).toBe(`report-${ROW.providerId}-2025-26`);
  });

  it('lists each reviewer, marks the caller, and offers nobody last', () => {
    expect(assigneeOptions([DANA, HAMEL], HAMEL.userId)).toEqual([
      { value: DANA.userId, text: 'Dana Reviewer' },
      { value: HAMEL.userId, text: 'Hamel Dhanak (you)' },
      { value: NOBODY, text: 'Nobody (remove reviewer)' },
    ]);
    expect(selectedText(0)).toBe('No reports selected');
    expect(selectedText(1)).toBe('1 report selected');
    expect(selectedText(3)).toBe('3 reports selected');
  });

  it('asks for reports and a reviewer before sending, and sends nobody as null', () => {
    expect(validateAssignment([], '')).toEqual({
      reports: 'Select the reports to assign',
      reviewerId: 'Choose who will review the reports, or nobody',
    });
    expect(validateAssignment([ROW], NOBODY)).toEqual({});
    expect(toAssignmentRequest([ROW, OTHER], DANA.userId)).toEqual({
      reports: [
        { providerId: ROW.providerId, contractYear: '2025/26' },
        { providerId: OTHER.providerId, contractYear: '2024/25' },
      ],
      reviewerId: DANA.userId,
    });
    expect(toAssignmentRequest([ROW], NOBODY).reviewerId).toBeNull();
  });

  it('puts the API’s problems on each report’s checkbox and the reviewer, in the page’s order', () => {
    const { fields, other } = assignmentProblemsToErrors(
      [
        { path: 'reports[1]', messages: ['The report has been assured, so its review is over'] },
        {
          path: 'reviewerId',
          messages: ['reviewerId must be an active commissioner user of your organisation'],
        },
        { path: 'reports[0].contractYear', messages: ['contractYear must be a contract year'] },
        { path: 'somethingElse', messages: ['Something else'] },
      ],
      [ROW, OTHER],
    );
    expect(fields).toEqual({
      [reportFieldId(ROW)]: 'contractYear must be a contract year',
      [reportFieldId(OTHER)]: 'The report has been assured, so its review is over',
      reviewerId: 'reviewerId must be an active commissioner user of your organisation',
    });
    expect(other).toEqual(['Something else']);
    expect(assignmentSummary({ ...fields, reports: 'Select the reports to assign' }, [OTHER, ROW])).toEqual([
      { text: 'Select the reports to assign', fieldId: reportFieldId(OTHER) },
      { text: 'The report has been assured, so its review is over', fieldId: reportFieldId(OTHER) },
      { text: 'contractYear must be a contract year', fieldId: reportFieldId(ROW) },
      {
        text: 'reviewerId must be an active commissioner user of your organisation',
        fieldId: 'reviewerId',
      },
    ]);
  });

  it('says how many reports went to whom, and how many already had that reviewer', () => {
    expect(assignedNotice({ assigned: 3, unchanged: 0 }, 'Dana Reviewer')).toEqual({
      heading: '3 reports assigned to Dana Reviewer',
      lines: [],
    });
    expect(assignedNotice({ assigned: 1, unchanged: 2 }, 'you')).toEqual({
      heading: '1 report assigned to you',
      lines: ['2 reports were already assigned to you.'],
    });
    expect(assignedNotice({ assigned: 2, unchanged: 1 }, null)).toEqual({
      heading: 'Reviewer removed from 2 reports',
      lines: ['1 report was already without a reviewer.'],
    });
    expect(assignedNotice({ assigned: 0, unchanged: 1 }, 'Dana Reviewer')).toEqual({
      heading: '1 report was already assigned to Dana Reviewer',
      lines: [],
    });
  });
});
