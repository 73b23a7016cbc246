import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type TagColour =
  | 'default'
  | 'white'
  | 'grey'
  | 'green'
  | 'aqua-green'
  | 'blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** A status label. The text carries the meaning; colour only reinforces it. */
@Component({
  selector: 'wres-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<strong [class]="classes()">{{ text() }}</strong>`,
})
export class TagComponent {
  readonly text = input.required<string>();
  readonly colour = input<TagColour>('default');
  protected readonly classes = computed(() =>
    this.colour() === 'default' ? 'nhsuk-tag' : `nhsuk-tag nhsuk-tag--${this.colour()}`,
  );
}
