import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** One link in the header's primary navigation. */
export interface HeaderNavigationItem {
  text: string;
  link: string;
  /** Only mark the item current on an exact URL match (use for "Home"). */
  exact?: boolean;
}

/** Who is signed in, as shown in the header's account area. */
export interface HeaderAccount {
  name: string;
  organisation: string;
}

@Component({
  selector: 'wres-header',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="nhsuk-header nhsuk-header--inline" role="banner">
      <div class="nhsuk-header__container nhsuk-width-container">
        <div class="nhsuk-header__service">
          <a
            class="nhsuk-header__service-logo"
            [routerLink]="homeLink()"
            [attr.aria-label]="'NHS ' + serviceName() + ' homepage'"
          >
            <svg
              class="nhsuk-header__logo"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 200 80"
              height="40"
              width="100"
              focusable="false"
              role="img"
              aria-label="NHS"
            >
              <title>NHS</title>
              <path
                fill="currentcolor"
                d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
              />
            </svg>
            <span class="nhsuk-header__service-name">{{ serviceName() }}</span>
          </a>
        </div>
        @if (account(); as account) {
          <nav class="nhsuk-header__account" aria-label="Account">
            <ul class="nhsuk-header__account-list">
              <li class="nhsuk-header__account-item">
                <svg
                  class="nhsuk-icon nhsuk-icon--user"
                  xmlns="http://www.w3.org/2000/svg"
                  viewBox="0 0 24 24"
                  width="16"
                  height="16"
                  focusable="false"
                  aria-hidden="true"
                >
                  <path
                    d="M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z"
                  />
                </svg>
                {{ account.name }}
              </li>
              <li class="nhsuk-header__account-item">{{ account.organisation }}</li>
              <li class="nhsuk-header__account-item">
                <form class="nhsuk-header__account-form" novalidate (submit)="onLogOut($event)">
                  <button class="nhsuk-header__account-button" type="submit">Log out</button>
                </form>
              </li>
            </ul>
          </nav>
        }
      </div>
      @if (navigation().length > 0) {
        <nav class="nhsuk-header__navigation" [attr.aria-label]="navigationLabel()">
          <div class="nhsuk-header__navigation-container nhsuk-width-container">
            <ul class="nhsuk-header__navigation-list">
              @for (item of navigation(); track item.link) {
                <li
                  class="nhsuk-header__navigation-item"
                  routerLinkActive="nhsuk-header__navigation-item--current"
                  [routerLinkActiveOptions]="{ exact: item.exact ?? false }"
                  #active="routerLinkActive"
                >
                  <a
                    class="nhsuk-header__navigation-link"
                    [routerLink]="item.link"
                    [attr.aria-current]="active.isActive ? 'page' : null"
                  >
                    <!-- Current item is also bold, so it does not rely on colour alone -->
                    @if (active.isActive) {
                      <strong class="nhsuk-header__navigation-item-current-fallback">{{ item.text }}</strong>
                    } @else {
                      {{ item.text }}
                    }
                  </a>
                </li>
              }
            </ul>
          </div>
        </nav>
      }
    </header>
  `,
})
export class HeaderComponent {
  readonly serviceName = input('WRES assurance portal');
  readonly homeLink = input('/');
  /** Null when nobody is signed in: the account area is left out. */
  readonly account = input<HeaderAccount | null>(null);
  readonly navigation = input<readonly HeaderNavigationItem[]>([]);
  readonly navigationLabel = input('Primary navigation');
  readonly logOut = output<void>();

  protected onLogOut(event: Event): void {
    event.preventDefault();
    this.logOut.emit();
  }
}
