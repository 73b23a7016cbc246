import { renderEmail } from './templates';

describe('email templates', () => {
  const data = {
    displayName: 'Asha <Patel>',
    organisationName: 'Demo Trust',
    roleLabel: 'Provider submitter',
    invitedBy: 'Admin',
    link: 'http://localhost:3000/accept-invitation?token=abc',
    expiresOn: '30 November 2026',
  };

  it('renders a text part and an HTML part with the same link', () => {
    const email = renderEmail('invitation', data);
    expect(email.subject).toBe('You have been invited to the WRES assurance portal');
    expect(email.text).toContain('http://localhost:3000/accept-invitation?token=abc');
    expect(email.html).toContain('href="http://localhost:3000/accept-invitation?token=abc"');
  });

  it('escapes names in the HTML part', () => {
    const email = renderEmail('invitation', data);
    expect(email.html).toContain('Asha &lt;Patel&gt;');
    expect(email.html).not.toContain('<Patel>');
  });
});
