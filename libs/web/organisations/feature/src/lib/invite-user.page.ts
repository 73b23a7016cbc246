import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ROLES, ROLE_LABELS, Role, type InvitationResponse } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { InvitationsApi } from '@wres/web/organisations/data-access';
import {
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  SERVICE_PROBLEM_MESSAGE,
  SelectComponent,
  SelectOption,
  TextInputComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  problemsToFieldErrors,
  summaryItems,
} from '@wres/web/shared/ui';
import { firstValueFrom } from 'rxjs';

const FIELDS = ['email', 'displayName', 'role'] as const;

const EXPIRY = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

@Component({
  selector: 'wres-invite-user-page',
  imports: [ErrorSummaryComponent, SelectComponent, TextInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (sent(); as sent) {
          <div class="nhsuk-panel">
            <h1 class="nhsuk-panel__heading">Invitation sent to {{ sent.email }}</h1>
            <div class="nhsuk-panel__body">The invitation link expires on {{ expiry(sent.expiresAt) }}.</div>
          </div>
          <p>They will get an email with a link to choose a password and sign in.</p>
          <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="inviteAnother()">
            Invite another user
          </button>
        } @else {
          @if (problems().length > 0) {
            <wres-error-summary [items]="problems()" />
          }
          <h1>Invite a user</h1>
          <p>We will email them a link to join {{ organisationName() }}.</p>
          <form novalidate (submit)="invite($event)">
            <wres-text-input
              fieldId="email"
              label="Email address"
              type="email"
              autocomplete="off"
              [error]="errors()['email']"
              [(value)]="email"
            />
            <wres-text-input
              fieldId="displayName"
              label="Display name"
              hint="Their full name, as other users will see it"
              autocomplete="off"
              [error]="errors()['displayName']"
              [(value)]="displayName"
            />
            <wres-select
              fieldId="role"
              label="Role"
              placeholder="Choose a role"
              [options]="roleOptions()"
              [error]="errors()['role']"
              [(value)]="role"
            />
            <button class="nhsuk-button" type="submit">Send invitation</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class InviteUserPage {
  private readonly api = inject(InvitationsApi);
  private readonly session = inject(SessionStore);

  protected readonly email = signal('');
  protected readonly displayName = signal('');
  protected readonly role = signal('');
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly sent = signal<InvitationResponse | null>(null);
  private submitting = false;

  protected readonly organisationName = computed(
    () => this.session.me()?.organisation.name ?? 'your organisation',
  );

  /** Only administrators can make administrators; the API enforces this too. */
  protected readonly roleOptions = computed((): SelectOption[] =>
    ROLES.filter((role) => role !== 'admin' || this.session.me()?.role === 'admin').map((role) => ({
      value: role,
      text: ROLE_LABELS[role],
    })),
  );

  protected readonly problems = computed(() => [...this.general(), ...summaryItems(this.errors(), FIELDS)]);

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected expiry(isoDateTime: string): string {
    const date = new Date(isoDateTime);
    return Number.isNaN(date.getTime()) ? isoDateTime : EXPIRY.format(date);
  }

  protected async invite(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;

    const email = this.email().trim();
    const displayName = this.displayName().trim();
    const role = this.role();
    const errors: FieldErrors = {};
    if (!email) errors['email'] = 'Enter their email address';
    if (!displayName) errors['displayName'] = 'Enter their display name';
    if (!isRole(role)) errors['role'] = 'Select a role';
    this.general.set([]);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0 || !isRole(role)) return;

    this.submitting = true;
    try {
      this.sent.set(await firstValueFrom(this.api.invite({ email, displayName, role })));
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = problemsToFieldErrors(fieldProblems(error), FIELDS);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && error.status === 403) {
        this.general.set([{ text: errorMessage(error) ?? 'You do not have permission to invite this user' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }

  protected inviteAnother(): void {
    this.email.set('');
    this.displayName.set('');
    this.role.set('');
    this.errors.set({});
    this.sent.set(null);
  }
}
