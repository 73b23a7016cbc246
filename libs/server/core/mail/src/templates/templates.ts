import { EmailContent, RenderedEmail, renderLayout } from './layout';

/** The data each template needs. Adding a template means adding it here, and the compiler finds every gap. */
export interface EmailTemplateData {
  invitation: {
    displayName: string;
    organisationName: string;
    roleLabel: string;
    invitedBy: string;
    link: string;
    expiresOn: string;
  };
  'password-reset': { displayName: string; link: string; expiresInMinutes: number };
  'deadline-reminder': {
    displayName: string;
    organisationName: string;
    contractYear: string;
    /** What is due, in a few words: "annual report", "baseline data publication". */
    what: string;
    /** The deadline's plain-English description, as the calendar gives it. */
    description: string;
    /** Written long, e.g. "1 May 2016". */
    dueDate: string;
    /** Negative before the deadline, 0 on the day, positive when overdue. */
    daysFromDeadline: number;
    link: string;
  };
  /** To the owner of an action in a provider's WRES action plan, as its due date nears and passes. */
  'action-reminder': {
    ownerName: string;
    organisationName: string;
    contractYear: string;
    task: string;
    /** The indicator the action addresses, in words, or null for the plan as a whole. */
    indicator: string | null;
    /** Written long, e.g. "31 March 2022". */
    dueDate: string;
    /** Negative before the due date, 0 on the day, positive when overdue. */
    daysFromDeadline: number;
    link: string;
  };
  'interim-report-request': {
    displayName: string;
    organisationName: string;
    commissionerName: string;
    contractYear: string;
    /** Written long, e.g. "30 November 2015". */
    dueDate: string;
    /** The commissioner's own words. */
    message: string;
    link: string;
  };
  'commissioner-letter': {
    displayName: string;
    organisationName: string;
    commissionerName: string;
    contractYear: string;
    letter: 'publication-confirmation' | 'annual-report-reminder';
    /** The deadline the letter is about, written long: "1 July 2015", "1 May 2016". */
    dueDate: string;
    link: string;
  };
  /** To the co-ordinating commissioner's users: a provider submitted, or resubmitted, a report. */
  'review-ready': {
    displayName: string;
    commissionerName: string;
    providerName: string;
    contractYear: string;
    version: number;
    resubmitted: boolean;
    /** Submitted after the annual-report deadline. */
    late: boolean;
    link: string;
  };
  /** To the provider's users: the commissioner sent the report back, in its own words. */
  'review-changes-requested': {
    displayName: string;
    organisationName: string;
    commissionerName: string;
    contractYear: string;
    version: number;
    comment: string;
    link: string;
  };
  /** To the provider's users: the commissioner's decision. */
  'review-decided': {
    displayName: string;
    organisationName: string;
    commissionerName: string;
    contractYear: string;
    version: number;
    decision: 'assured' | 'not-assured';
    comment: string | null;
    link: string;
  };
  /** To a commissioner's user: a colleague gave them reports to review, one email for all given at once. */
  'review-assigned': {
    displayName: string;
    /** Who gave them the reports. */
    assignedBy: string;
    commissionerName: string;
    /** At least one. */
    reports: Array<{ providerName: string; contractYear: string; link: string }>;
    /** The reviewer's own queue. */
    link: string;
  };
}

export type EmailTemplateName = keyof EmailTemplateData;

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

const TEMPLATES: { [T in EmailTemplateName]: (data: EmailTemplateData[T]) => EmailContent } = {
  invitation: (d) => ({
    subject: `You have been invited to the WRES assurance portal`,
    paragraphs: [
      `Dear ${d.displayName},`,
      `${d.invitedBy} has invited you to join the WRES assurance portal as ${d.roleLabel} for ${d.organisationName}.`,
      `Use the link below to choose a password and sign in. The link works once and expires on ${d.expiresOn}.`,
    ],
    action: { label: 'Accept the invitation', url: d.link },
    footnote: 'If you were not expecting this invitation, you can ignore this email.',
  }),
  'password-reset': (d) => ({
    subject: 'Reset your WRES assurance portal password',
    paragraphs: [
      `Dear ${d.displayName},`,
      `We received a request to reset your password. Use the link below within ${d.expiresInMinutes} minutes to choose a new one.`,
    ],
    action: { label: 'Reset your password', url: d.link },
    footnote: 'If you did not ask for this, you can ignore this email: your password has not changed.',
  }),
  'deadline-reminder': (d) => {
    const when =
      d.daysFromDeadline < 0
        ? `is due in ${days(-d.daysFromDeadline)}`
        : d.daysFromDeadline === 0
          ? 'is due today'
          : `is ${days(d.daysFromDeadline)} overdue`;
    return {
      subject: `${d.daysFromDeadline > 0 ? 'Overdue' : 'Reminder'}: your ${d.contractYear} WRES ${d.what} ${when}`,
      paragraphs: [
        `Dear ${d.displayName},`,
        `The ${d.contractYear} Workforce Race Equality Standard ${d.what} for ${d.organisationName} ${when} (deadline ${d.dueDate}).`,
        d.description,
        d.daysFromDeadline > 0
          ? 'We have not yet received it. Please submit it as soon as you can, or tell your commissioner why it is late.'
          : 'You can prepare and submit it in the portal.',
      ],
      action: { label: 'Go to your WRES report', url: d.link },
      footnote:
        'You are receiving this because you submit WRES reports for your organisation. Reminders stop once the report is submitted.',
    };
  },
  'action-reminder': (d) => {
    const when =
      d.daysFromDeadline < 0
        ? `is due in ${days(-d.daysFromDeadline)}`
        : d.daysFromDeadline === 0
          ? 'is due today'
          : `is ${days(d.daysFromDeadline)} overdue`;
    return {
      subject: `${d.daysFromDeadline > 0 ? 'Overdue' : 'Reminder'}: a WRES action you own ${when}`,
      paragraphs: [
        `Dear ${d.ownerName},`,
        `You own this action in ${d.organisationName}’s ${d.contractYear} Workforce Race Equality Standard action plan. It ${when} (due ${d.dueDate}).`,
        `“${d.task}”${d.indicator ? ` (${d.indicator})` : ''}`,
        d.daysFromDeadline > 0
          ? 'Your commissioner can see that it is overdue. Please record its progress, or a revised date with the reason, in the action plan.'
          : 'When there is progress, record it in the action plan so your commissioner can see it.',
      ],
      action: { label: 'Go to the action plan', url: d.link },
      footnote:
        'You are receiving this because you are named as the owner of this action. Reminders stop once the action is marked complete.',
    };
  },
  'interim-report-request': (d) => ({
    subject: `${d.commissionerName} asks for an interim WRES report by ${d.dueDate}`,
    paragraphs: [
      `Dear ${d.displayName},`,
      `${d.commissionerName} asks ${d.organisationName} for an interim report on its ${d.contractYear} Workforce Race Equality Standard action plan by ${d.dueDate}.`,
      `Their message: “${d.message}”`,
      'Tell them how your actions are progressing and, if you have them, any updated figures. It takes a few minutes in the portal.',
    ],
    action: { label: 'Answer the interim-report request', url: d.link },
    footnote:
      'You are receiving this because you submit WRES reports for your organisation. We will remind you before the due date until you answer.',
  }),
  'commissioner-letter': (d) =>
    d.letter === 'publication-confirmation'
      ? {
          subject: `${d.contractYear} WRES: please confirm you will publish your baseline data by ${d.dueDate}`,
          paragraphs: [
            `Dear ${d.displayName},`,
            `Under the NHS Standard Contract (SC13.5.2) ${d.organisationName} must implement the Workforce Race Equality Standard. As your co-ordinating commissioner, ${d.commissionerName} asks you to confirm that you will publish your baseline WRES data by ${d.dueDate}, with any shortcomings in the data and your plans to address them.`,
            'Please send us a copy and the web address where it is published, through the portal.',
          ],
          action: { label: 'Go to your WRES reports', url: d.link },
          footnote: `This letter is sent to every provider in scope of the WRES whose contract ${d.commissionerName} co-ordinates.`,
        }
      : {
          subject: `${d.contractYear} WRES: your annual report is due on ${d.dueDate}`,
          paragraphs: [
            `Dear ${d.displayName},`,
            `This is a reminder from ${d.commissionerName}, your co-ordinating commissioner, that the ${d.contractYear} Workforce Race Equality Standard annual report for ${d.organisationName} is due on ${d.dueDate}.`,
            'The report must be sent to us, published on your website at its own web address, and taken to your Board. Please submit the nine indicators, the link to the published report, your action plan and the board sign-off in the portal.',
          ],
          action: { label: 'Go to your WRES reports', url: d.link },
          footnote: `This letter is sent to every provider in scope of the WRES whose contract ${d.commissionerName} co-ordinates.`,
        },
  'review-ready': (d) => ({
    subject: d.resubmitted
      ? `Resubmitted for review: ${d.providerName}’s ${d.contractYear} WRES report (version ${d.version})`
      : `Ready for review: ${d.providerName}’s ${d.contractYear} WRES report`,
    paragraphs: [
      `Dear ${d.displayName},`,
      d.resubmitted
        ? `${d.providerName} has resubmitted its ${d.contractYear} Workforce Race Equality Standard annual report as version ${d.version}, after the changes ${d.commissionerName} requested. You can see what changed against the version you reviewed.`
        : `${d.providerName} has submitted its ${d.contractYear} Workforce Race Equality Standard annual report (version ${d.version}). As co-ordinating commissioner, ${d.commissionerName} reviews it and decides its assurance.`,
      ...(d.late
        ? [
            'The report was submitted after the annual-report deadline; the provider gives its reason in the report.',
          ]
        : []),
      'The assurance checklist is filled in from the report’s own checks; the judgement on the narrative and the action plan is yours.',
    ],
    action: { label: 'Review the report', url: d.link },
    footnote: `You are receiving this because you are a commissioner at ${d.commissionerName}, which co-ordinates this provider’s contract.`,
  }),
  'review-changes-requested': (d) => ({
    subject: `Changes requested to your ${d.contractYear} WRES report`,
    paragraphs: [
      `Dear ${d.displayName},`,
      `${d.commissionerName} has reviewed version ${d.version} of the ${d.contractYear} Workforce Race Equality Standard annual report for ${d.organisationName} and asks for changes before it can be assured.`,
      `Their comment: “${d.comment}”`,
      'Make the changes in your report and submit it again. The version they reviewed stays as it was, so they can see what you changed.',
    ],
    action: { label: 'See the comments and change your report', url: d.link },
    footnote: 'You are receiving this because you submit WRES reports for your organisation.',
  }),
  'review-decided': (d) => ({
    subject:
      d.decision === 'assured'
        ? `Your ${d.contractYear} WRES report is assured`
        : `Your ${d.contractYear} WRES report is not assured`,
    paragraphs: [
      `Dear ${d.displayName},`,
      d.decision === 'assured'
        ? `${d.commissionerName} has assured version ${d.version} of the ${d.contractYear} Workforce Race Equality Standard annual report for ${d.organisationName}. The report is now locked: the assured version stays your report for ${d.contractYear}.`
        : `${d.commissionerName} has decided that version ${d.version} of the ${d.contractYear} Workforce Race Equality Standard annual report for ${d.organisationName} is not assured.`,
      ...(d.comment ? [`Their comment: “${d.comment}”`] : []),
    ],
    action: { label: 'See your report and its review', url: d.link },
    footnote: 'You are receiving this because you submit WRES reports for your organisation.',
  }),
  'review-assigned': (d) => {
    const [first] = d.reports;
    const one = d.reports.length === 1;
    return {
      subject: one
        ? `For you to review: ${first.providerName}’s ${first.contractYear} WRES report`
        : `For you to review: ${d.reports.length} WRES reports`,
      paragraphs: [
        `Dear ${d.displayName},`,
        one
          ? `${d.assignedBy} has given you ${first.providerName}’s ${first.contractYear} Workforce Race Equality Standard annual report to review for ${d.commissionerName}.`
          : `${d.assignedBy} has given you ${d.reports.length} Workforce Race Equality Standard annual reports to review for ${d.commissionerName}:`,
        ...d.reports.map((report) => `${report.providerName}, ${report.contractYear}: ${report.link}`),
        'Each review shows the report, its assurance checklist and anything already said about it.',
      ],
      action: { label: 'See the reports assigned to you', url: d.link },
      footnote: `You are receiving this because you are a commissioner at ${d.commissionerName}, which co-ordinates these providers’ contracts.`,
    };
  },
};

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, name);
}

export function renderEmail<T extends EmailTemplateName>(
  template: T,
  data: EmailTemplateData[T],
): RenderedEmail {
  return renderLayout(TEMPLATES[template](data));
}
