import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * Says what the small-numbers flag means (domain: small organisations' figures swing widely), so the flag
 * is never just a word or a colour.
 */
@Component({
  selector: 'wres-small-numbers-caution',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-card nhsuk-card--warning wres-caution">
      <div class="nhsuk-card__content">
        <h3 class="nhsuk-card__heading nhsuk-heading-s">Caution: small numbers</h3>
        <p class="nhsuk-card__description">
          At least one group here has few people, or few people with (or without) the outcome. With numbers
          this small a difference of one or two people moves the figure a lot, so it can change widely from
          one year to the next and a large-looking difference may be down to chance. Read it alongside the
          counts and the narrative, not on its own.
        </p>
      </div>
    </div>
  `,
  styles: `
    @media print {
      .wres-caution {
        break-inside: avoid;
        border: 2px solid;
      }
    }
  `,
})
export class SmallNumbersCautionComponent {}
