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

  it('writes a deadline reminder in plain English, before and after the deadline', () => {
    const reminder = {
      displayName: 'Haseeb Ahmad',
      organisationName: 'Northfield Community NHS Trust',
      contractYear: '2015/16',
      what: 'annual report',
      description: 'Publish the annual report by 1 May 2016.',
      dueDate: '1 May 2016',
      daysFromDeadline: -28,
      link: 'http://portal.test/providers/p1?year=2015/16',
    };
    const before = renderEmail('deadline-reminder', reminder);
    expect(before.subject).toBe('Reminder: your 2015/16 WRES annual report is due in 28 days');
    expect(before.text).toContain('(deadline 1 May 2016)');
    expect(before.html).toContain('href="http://portal.test/providers/p1?year=2015/16"');
    const after = renderEmail('deadline-reminder', { ...reminder, daysFromDeadline: 1 });
    expect(after.subject).toBe('Overdue: your 2015/16 WRES annual report is 1 day overdue');
    expect(renderEmail('deadline-reminder', { ...reminder, daysFromDeadline: 0 }).subject).toContain(
      'is due today',
    );
  });
});
