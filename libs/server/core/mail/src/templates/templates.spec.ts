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

  it('reminds an action’s owner of the action in the plan’s own words, before and once overdue', () => {
    const reminder = {
      ownerName: 'Head of Learning & Development',
      organisationName: 'Northfield Community Health NHS Trust',
      contractYear: '2020/21',
      task: 'Record <non-mandatory> training in ESR',
      indicator: 'Indicator 4: non-mandatory training and CPD',
      dueDate: '31 March 2022',
      daysFromDeadline: -14,
      link: 'http://portal.test/action-plans/p1/2020-21',
    };
    const before = renderEmail('action-reminder', reminder);
    expect(before.subject).toBe('Reminder: a WRES action you own is due in 14 days');
    expect(before.text).toContain('Dear Head of Learning & Development,');
    expect(before.text).toContain(
      'You own this action in Northfield Community Health NHS Trust’s 2020/21 Workforce Race Equality Standard action plan. It is due in 14 days (due 31 March 2022).',
    );
    expect(before.text).toContain(
      '“Record <non-mandatory> training in ESR” (Indicator 4: non-mandatory training and CPD)',
    );
    expect(before.html).not.toContain('<non-mandatory>');
    expect(before.html).toContain('href="http://portal.test/action-plans/p1/2020-21"');
    const after = renderEmail('action-reminder', { ...reminder, indicator: null, daysFromDeadline: 7 });
    expect(after.subject).toBe('Overdue: a WRES action you own is 7 days overdue');
    expect(after.text).toContain('Your commissioner can see that it is overdue.');
    expect(after.text).not.toContain('(Indicator');
  });

  it('asks for an interim report in the commissioner’s words, escaped in HTML', () => {
    const email = renderEmail('interim-report-request', {
      displayName: 'Haseeb Ahmad',
      organisationName: 'Northfield Community NHS Trust',
      commissionerName: 'NHS Northfield CCG',
      contractYear: '2015/16',
      dueDate: '30 November 2015',
      message: 'How are <b>actions 3 and 4</b> going?',
      link: 'http://portal.test/interim-requests/r1',
    });
    expect(email.subject).toBe('NHS Northfield CCG asks for an interim WRES report by 30 November 2015');
    expect(email.text).toContain('“How are <b>actions 3 and 4</b> going?”');
    expect(email.html).toContain('actions 3 and 4');
    expect(email.html).not.toContain('<b>actions');
  });

  it('writes both commissioner letters with their own deadline', () => {
    const letter = {
      displayName: 'Haseeb Ahmad',
      organisationName: 'Northfield Community NHS Trust',
      commissionerName: 'NHS Northfield CCG',
      contractYear: '2015/16',
      link: 'http://portal.test/reports/p1',
    };
    const july = renderEmail('commissioner-letter', {
      ...letter,
      letter: 'publication-confirmation',
      dueDate: '1 July 2015',
    });
    expect(july.subject).toBe(
      '2015/16 WRES: please confirm you will publish your baseline data by 1 July 2015',
    );
    expect(july.text).toContain('SC13.5.2');
    const may = renderEmail('commissioner-letter', {
      ...letter,
      letter: 'annual-report-reminder',
      dueDate: '1 May 2016',
    });
    expect(may.subject).toBe('2015/16 WRES: your annual report is due on 1 May 2016');
    expect(may.html).toContain('href="http://portal.test/reports/p1"');
  });

  describe('review emails', () => {
    const provider = {
      displayName: 'Priya Shah',
      organisationName: 'Meadowbank Independent Hospital Ltd',
      commissionerName: 'NHS Southbrook CCG',
      contractYear: '2025/26',
      version: 1,
      link: 'http://portal.test/reports/p1/2025-26',
    };

    it('tells the co-ordinating commissioner a report is ready, and a resubmission apart', () => {
      const ready = {
        displayName: 'Hamel Dhanak',
        commissionerName: 'NHS Southbrook CCG',
        providerName: 'Meadowbank Independent Hospital Ltd',
        contractYear: '2025/26',
        version: 1,
        resubmitted: false,
        late: true,
        link: 'http://portal.test/reviews/p1/2025-26',
      };
      const first = renderEmail('review-ready', ready);
      expect(first.subject).toBe(
        'Ready for review: Meadowbank Independent Hospital Ltd’s 2025/26 WRES report',
      );
      expect(first.text).toContain('after the annual-report deadline');
      expect(first.text).toContain('Review the report: http://portal.test/reviews/p1/2025-26');
      expect(first.html).toContain('href="http://portal.test/reviews/p1/2025-26"');
      const again = renderEmail('review-ready', { ...ready, version: 2, resubmitted: true, late: false });
      expect(again.subject).toBe(
        'Resubmitted for review: Meadowbank Independent Hospital Ltd’s 2025/26 WRES report (version 2)',
      );
      expect(again.text).toContain('what changed against the version you reviewed');
      expect(again.text).not.toContain('deadline');
    });

    it('gives the provider the commissioner’s comment and a link back, escaped in HTML', () => {
      const email = renderEmail('review-changes-requested', {
        ...provider,
        comment: 'Indicator 2 <b>does not</b> match the published report',
      });
      expect(email.subject).toBe('Changes requested to your 2025/26 WRES report');
      expect(email.text).toContain('“Indicator 2 <b>does not</b> match the published report”');
      expect(email.html).toContain('Indicator 2 &lt;b&gt;does not&lt;/b&gt;');
      expect(email.text).toContain('http://portal.test/reports/p1/2025-26');
    });

    it('tells the provider the decision, that an assured report is locked, with any comment', () => {
      const assured = renderEmail('review-decided', {
        ...provider,
        version: 2,
        decision: 'assured',
        comment: null,
      });
      expect(assured.subject).toBe('Your 2025/26 WRES report is assured');
      expect(assured.text).toContain('version 2');
      expect(assured.text).toContain('locked');
      expect(assured.text).not.toContain('Their comment');
      const refused = renderEmail('review-decided', {
        ...provider,
        decision: 'not-assured',
        comment: 'The action plan has no owners',
      });
      expect(refused.subject).toBe('Your 2025/26 WRES report is not assured');
      expect(refused.text).toContain('“The action plan has no owners”');
    });

    it('gives a reviewer every report assigned at once in one email, with a link to each, escaped in HTML', () => {
      const assigned = {
        displayName: 'Dana <Reviewer>',
        assignedBy: 'Hamel Dhanak',
        commissionerName: 'NHS Southbrook CCG',
        reports: [
          {
            providerName: 'Meadowbank Independent Hospital Ltd',
            contractYear: '2024/25',
            link: 'http://portal.test/reviews/p1/2024-25',
          },
          {
            providerName: 'Southbrook & District NHS Trust',
            contractYear: '2024/25',
            link: 'http://portal.test/reviews/p2/2024-25',
          },
        ],
        link: 'http://portal.test/reviews?reviewer=me',
      };
      const many = renderEmail('review-assigned', assigned);
      expect(many.subject).toBe('For you to review: 2 WRES reports');
      expect(many.text).toContain(
        'Hamel Dhanak has given you 2 Workforce Race Equality Standard annual reports to review for NHS Southbrook CCG:',
      );
      expect(many.text).toContain(
        'Meadowbank Independent Hospital Ltd, 2024/25: http://portal.test/reviews/p1/2024-25',
      );
      expect(many.text).toContain(
        'Southbrook & District NHS Trust, 2024/25: http://portal.test/reviews/p2/2024-25',
      );
      expect(many.text).toContain('See the reports assigned to you: http://portal.test/reviews?reviewer=me');
      expect(many.html).toContain('href="http://portal.test/reviews?reviewer=me"');
      expect(many.html).toContain('Dana &lt;Reviewer&gt;');
      expect(many.html).toContain('Southbrook &amp; District NHS Trust');
      expect(many.html).not.toContain('<Reviewer>');

      const one = renderEmail('review-assigned', { ...assigned, reports: assigned.reports.slice(0, 1) });
      expect(one.subject).toBe(
        'For you to review: Meadowbank Independent Hospital Ltd’s 2024/25 WRES report',
      );
      expect(one.text).toContain(
        'Hamel Dhanak has given you Meadowbank Independent Hospital Ltd’s 2024/25 Workforce Race Equality Standard annual report to review for NHS Southbrook CCG.',
      );
    });
  });
});
