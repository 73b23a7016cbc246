import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TagComponent } from '@wres/web/shared/ui';

/** The significance marker in words; its colour only reinforces the text and says nothing of good or bad. */
@Component({
  selector: 'wres-significance-tag',
  imports: [TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-tag
      [text]="significant() ? 'Statistically significant' : 'Not statistically significant'"
      [colour]="significant() ? 'blue' : 'white'"
    />
  `,
})
export class SignificanceTagComponent {
  readonly significant = input.required<boolean>();
}
