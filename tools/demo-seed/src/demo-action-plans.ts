import { addDays } from '@wres/domain/calendar';
import { applyProgressUpdate } from '@wres/domain/assurance';
import type { ActionIndicator, ActionStatus } from '@wres/shared/contracts';
import type { DemoReport } from './demo-submissions';

export interface DemoProgressUpdate {
  at: Date;
  text: string;
  status: ActionStatus | null;
  dueDate: string | null;
}

export interface DemoAction {
  provider: string;
  contractYear: string;
  task: string;
  outcome: string;
  indicator: ActionIndicator | null;
  ownerName: string;
  ownerEmail: string;
  createdAt: Date;
  /** As first set; the updates may revise it. */
  firstDueDate: string;
  dueDate: string;
  status: ActionStatus;
  updates: DemoProgressUpdate[];
}

interface ScriptedUpdate {
  /** Days after the report's first submission. */
  after: number;
  text: string;
  status?: ActionStatus;
  /** Days after the first submission, for a revised due date. */
  revisedDue?: number;
}

interface ScriptedAction {
  task: string;
  outcome: string;
  indicator: ActionIndicator | null;
  owner: { name: string; mailbox: string };
  /** Days after the report's first submission. */
  due: number;
  updates: ScriptedUpdate[];
}

/**
 * A plan in the manner of seed 001: actions with owners and completion dates, progress noted months later,
 * timescales amended and actions finished late, so that a plan about eighteen months old still has an
 * overdue action and an older one is complete.
 */
const SCRIPT: readonly ScriptedAction[] = [
  {
    task: 'Present the WRES report and this action plan to the Board and publish both on the website',
    outcome: 'The Board owns the plan and staff can read it',
    indicator: null,
    owner: { name: 'Director of People', mailbox: 'people.director' },
    due: 80,
    updates: [{ after: 70, text: 'Complete. Presented to the Board and published.', status: 'complete' }],
  },
  {
    task: 'Add an inclusivity statement to job adverts and put a BME member on every interview panel for Band 8A and above',
    outcome: 'The relative likelihood of White staff being appointed from shortlisting moves towards 1',
    indicator: 'i2',
    owner: { name: 'Head of Recruitment', mailbox: 'recruitment.lead' },
    due: 170,
    updates: [
      {
        after: 130,
        text: 'Statement drafted; panels limited while recruitment is paused. Propose to amend the timescale for completion to March.',
        status: 'in-progress',
        revisedDue: 330,
      },
      {
        after: 320,
        text: 'Complete. Statement in every advert; panel membership recorded.',
        status: 'complete',
      },
    ],
  },
  {
    task: 'Benchmark the disciplinary policy against best practice and review every case for bias before a formal investigation',
    outcome: 'Fewer BME staff entering the formal disciplinary process',
    indicator: 'i3',
    owner: { name: 'Employee Relations Manager', mailbox: 'employee.relations' },
    due: 230,
    updates: [
      { after: 150, text: 'Benchmarking under way with the staff network.', status: 'in-progress' },
      {
        after: 560,
        text: 'Complete, late: policy benchmarked and every case now reviewed by a panel before investigation.',
        status: 'complete',
      },
    ],
  },
  {
    task: 'Record non-mandatory training and CPD in ESR so that indicator 4 can be measured',
    outcome: 'Indicator 4 measured from ESR',
    indicator: 'i4',
    owner: { name: 'Learning and Development Lead', mailbox: 'learning.lead' },
    due: 320,
    updates: [
      {
        after: 150,
        text: 'Further discussion required to understand if ESR can record non-mandatory training.',
      },
      {
        after: 400,
        text: 'ESR can record it once the national release is in. Propose to amend the timescale for completion.',
        status: 'in-progress',
        revisedDue: 540,
      },
      { after: 620, text: 'Complete. Non-mandatory training is recorded in ESR.', status: 'complete' },
    ],
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Action plans for each reporting provider's two latest submitted reports, as they stand on `now`: an
 * update dated after `now` has not happened yet, so an earlier `APP_NOW` shows an earlier state.
 */
export function demoActionPlans(reports: readonly DemoReport[], now: Date): DemoAction[] {
  const submitted = reports.filter((report) => report.versions.length > 0);
  const latestTwo = new Map<string, DemoReport[]>();
  for (const report of submitted)
    latestTwo.set(report.provider, [...(latestTwo.get(report.provider) ?? []), report]);
  return [...latestTwo.values()].flatMap((providerReports) =>
    [...providerReports]
      .sort((a, b) => b.contractYear.localeCompare(a.contractYear))
      .slice(0, 2)
      .flatMap((report) => actionsFor(report, now)),
  );
}

function actionsFor(report: DemoReport, now: Date): DemoAction[] {
  const submittedAt = report.versions[0].submittedAt;
  const day = isoDate(submittedAt);
  const atDay = (days: number) => new Date(submittedAt.getTime() + days * DAY_MS);
  return SCRIPT.map((script) => {
    const firstDueDate = addDays(day, script.due);
    let current = { status: 'not-started' as ActionStatus, dueDate: firstDueDate };
    const updates: DemoProgressUpdate[] = [];
    for (const update of script.updates) {
      const at = atDay(update.after);
      if (at > now) break;
      const moved = applyProgressUpdate(current, {
        status: update.status,
        dueDate: update.revisedDue === undefined ? null : addDays(day, update.revisedDue),
      });
      updates.push({ at, text: update.text, status: moved.statusChanged, dueDate: moved.dueDateChanged });
      current = { status: moved.status, dueDate: moved.dueDate };
    }
    return {
      provider: report.provider,
      contractYear: report.contractYear,
      task: script.task,
      outcome: script.outcome,
      indicator: script.indicator,
      ownerName: script.owner.name,
      ownerEmail: `${script.owner.mailbox}@${report.provider.toLowerCase()}.demo.test`,
      createdAt: submittedAt,
      firstDueDate,
      dueDate: current.dueDate,
      status: current.status,
      updates,
    };
  });
}
