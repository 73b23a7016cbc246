import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@wres/web/auth/data-access';
import {
  BackLinkComponent,
  formatPageTitle,
  Notice,
  NoticeStore,
  NotificationBannerComponent,
  PageNotFoundComponent,
  ServiceProblemComponent,
  TagComponent,
} from '@wres/web/shared/ui';
import { actionViews, summaryText } from './action-plan.model';
import { planOnRoute } from './plan-on-route';

/**
 * `/action-plans/:providerId/:year`: a provider's WRES action plan for a contract year. Its figures, then each
 * action (what, for which indicator, who owns it, when it is due and where it stands) with its dated
 * progress updates. The provider's own submitters add actions, edit them and record progress.
 */
@Component({
  selector: 'wres-action-plan-page',
  imports: [
    BackLinkComponent,
    NotificationBannerComponent,
    PageNotFoundComponent,
    RouterLink,
    ServiceProblemComponent,
    TagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the action plan</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let plan = current.value;
        @if (own()) {
          <wres-back-link
            [link]="'/reports/' + plan.providerId + '/' + year()"
            [text]="'WRES report ' + plan.contractYear"
          />
        } @else {
          <wres-back-link link="/action-plans" text="Actions across your providers" />
        }
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            @if (notice(); as done) {
              <wres-notification-banner variant="success" [heading]="done.heading">
                @for (line of done.lines; track $index) {
                  <p>{{ line }}</p>
                }
              </wres-notification-banner>
            }
            <h1>
              <span class="nhsuk-caption-l">{{ plan.providerName }}</span>
              WRES action plan {{ plan.contractYear }}
            </h1>
            <p>
              The actions {{ own() ? 'you are' : plan.providerName + ' is' }} taking on what the
              {{ plan.contractYear }} WRES report shows. Each action has an owner, who is emailed reminders as
              its due date nears and passes until it is complete.
            </p>

            <h2 class="nhsuk-heading-m">Summary</h2>
            <dl class="nhsuk-summary-list">
              <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">Actions</dt>
                <dd class="nhsuk-summary-list__value">{{ plan.summary.total }}</dd>
              </div>
              <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">Complete</dt>
                <dd class="nhsuk-summary-list__value">{{ plan.summary.complete }}</dd>
              </div>
              <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">Overdue</dt>
                <dd class="nhsuk-summary-list__value">
                  {{ plan.summary.overdue }}
                  @if (plan.summary.overdue > 0) {
                    <wres-tag class="nhsuk-u-margin-left-2" text="Overdue" colour="red" />
                  }
                </dd>
              </div>
            </dl>

            @if (plan.canEdit) {
              <a class="nhsuk-button" [routerLink]="['actions', 'new']">Add an action</a>
            }
          </div>
        </div>

        <h2 class="nhsuk-heading-m" id="actions-heading">
          Actions<span class="nhsuk-u-visually-hidden">: {{ summary() }}</span>
        </h2>
        @for (action of actions(); track action.id) {
          <div class="nhsuk-card app-action">
            <div class="nhsuk-card__heading-container">
              <h3 class="nhsuk-card__heading">
                {{ action.title }}
                <wres-tag class="app-action__tag" [text]="action.tag.text" [colour]="action.tag.colour" />
              </h3>
              @if (plan.canEdit) {
                <ul class="nhsuk-card__actions">
                  <li class="nhsuk-card__action">
                    <a class="nhsuk-link" [routerLink]="['actions', action.id, 'updates', 'new']"
                      >Add a progress update<span class="nhsuk-u-visually-hidden">
                        to {{ action.title }}</span
                      ></a
                    >
                  </li>
                  <li class="nhsuk-card__action">
                    <a class="nhsuk-link" [routerLink]="['actions', action.id, 'edit']"
                      >Edit<span class="nhsuk-u-visually-hidden"> {{ action.title }}</span></a
                    >
                  </li>
                </ul>
              }
            </div>
            <div class="nhsuk-card__content">
              <dl class="nhsuk-summary-list nhsuk-summary-list--no-last-row-border">
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Action</dt>
                  <dd class="nhsuk-summary-list__value app-pre-line">{{ action.task }}</dd>
                </div>
                @if (action.outcome) {
                  <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">Outcome</dt>
                    <dd class="nhsuk-summary-list__value app-pre-line">{{ action.outcome }}</dd>
                  </div>
                }
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Indicator</dt>
                  <dd class="nhsuk-summary-list__value">{{ action.indicator }}</dd>
                </div>
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Owner</dt>
                  <dd class="nhsuk-summary-list__value">
                    {{ action.owner }}
                    <span class="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0 app-anywhere">{{
                      action.ownerEmail
                    }}</span>
                  </dd>
                </div>
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Due</dt>
                  <dd class="nhsuk-summary-list__value">{{ action.due }}</dd>
                </div>
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Status</dt>
                  <dd class="nhsuk-summary-list__value">{{ action.status }}</dd>
                </div>
              </dl>
              <h4 class="nhsuk-heading-xs nhsuk-u-margin-top-4 nhsuk-u-margin-bottom-2">
                Progress updates<span class="nhsuk-u-visually-hidden"> on {{ action.title }}</span>
              </h4>
              @if (action.updates.length === 0) {
                <p class="nhsuk-body-s">No progress updates yet.</p>
              } @else {
                <ol class="nhsuk-list app-updates">
                  @for (update of action.updates; track update.id) {
                    <li>
                      <p class="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">
                        {{ update.heading }}
                      </p>
                      <p class="app-pre-line nhsuk-u-margin-bottom-1">{{ update.text }}</p>
                      @for (change of update.changes; track $index) {
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">
                          <strong>{{ change }}</strong>
                        </p>
                      }
                    </li>
                  }
                </ol>
              }
            </div>
          </div>
        } @empty {
          <p>
            No actions have been added to this plan yet.
            @if (plan.canEdit) {
              Add each action from your published action plan, with its owner and due date.
            }
          </p>
        }
      }
    }
  `,
  styles: `
    .app-action .nhsuk-card__heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .app-pre-line {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .app-anywhere {
      overflow-wrap: anywhere;
    }
    .app-updates > li {
      border-left: 4px solid #d8dde0;
      padding-left: 16px;
      margin-bottom: 16px;
    }
  `,
})
export class ActionPlanPage {
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);

  /** Route parameters: the provider's id and the contract year as "2024-25". */
  readonly providerId = input.required<string>();
  readonly year = input.required<string>();

  protected readonly notice = signal<Notice | null>(inject(NoticeStore).take());

  private readonly route = planOnRoute(this.providerId, this.year);
  private readonly request = this.route.request;
  protected readonly state = this.route.state;

  private readonly plan = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  /** The provider's own users, who reach the plan from their report. */
  protected readonly own = computed(() => this.session.me()?.organisation.id === this.providerId());
  protected readonly actions = computed(() => actionViews(this.plan()?.actions ?? []));
  protected readonly summary = computed(() => {
    const plan = this.plan();
    return plan ? summaryText(plan.summary) : '';
  });

  constructor() {
    effect(() => {
      const plan = this.plan();
      if (plan)
        this.title.setTitle(formatPageTitle(`Action plan ${plan.contractYear}, ${plan.providerName}`));
      if (this.state().status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }
}
