import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'wres-back-link',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a class="nhsuk-back-link" [routerLink]="link()" [queryParams]="queryParams()">{{ text() }}</a>`,
})
export class BackLinkComponent {
  readonly link = input.required<string>();
  readonly text = input('Back');
  readonly queryParams = input<Record<string, string> | null>(null);
}
