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
