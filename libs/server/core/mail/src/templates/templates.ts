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
}

export type EmailTemplateName = keyof EmailTemplateData;

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
    const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
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
