import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

export interface FooterLink {
  text: string;
  link: string;
}

@Component({
  selector: 'wres-footer',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="nhsuk-footer" role="contentinfo">
      <div class="nhsuk-width-container">
        <div class="nhsuk-footer__meta">
          @if (links().length > 0) {
            <h2 class="nhsuk-u-visually-hidden">Support links</h2>
            <ul class="nhsuk-footer__list">
              @for (item of links(); track item.link) {
                <li class="nhsuk-footer__list-item">
                  <a class="nhsuk-footer__list-item-link" [routerLink]="item.link">{{ item.text }}</a>
                </li>
              }
            </ul>
          }
          <p class="nhsuk-body-s">{{ copyright() }}</p>
        </div>
      </div>
    </footer>
  `,
})
export class FooterComponent {
  readonly links = input<readonly FooterLink[]>([]);
  readonly copyright = input('© NHS England');
}
