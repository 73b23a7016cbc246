import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type {
  AssuranceChecklist,
  ChecklistItem,
  HumanChecklistItem,
  RagRating,
} from '@wres/shared/contracts';
import { RAG_LABELS } from '@wres/shared/contracts';
import { formatLondonDateTime, ratingTag } from '@wres/web/reviews/data-access';
import { RadiosComponent, TagComponent } from '@wres/web/shared/ui';
import { RATING_CHOICES, RatingChoice } from './checklist-form.model';

/**
 * The assurance checklist: each item's rating as a tag (in words) with its reason and what to look at, the
 * overall rating first; for the co-ordinating commissioner, a form to rate the human items.
 */
@Component({
  selector: 'wres-review-checklist',
  imports: [RadiosComponent, TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let list = checklist();
    @let overall = overallTag();
    <p>
      <span class="nhsuk-u-font-weight-bold">Overall: </span>
      <wres-tag [text]="overall.text" [colour]="overall.colour" />
    </p>
    <p class="nhsuk-body-s">{{ list.overall.reason }}</p>
    <p class="nhsuk-body-s">
      Worked out for version {{ list.version }}. Automatic items come from the report, its link checks and the
      year’s deadline; the {{ humanCount() }} marked “commissioner’s judgement” are rated by the co-ordinating
      commissioner.
    </p>
    <ul class="nhsuk-list app-checklist" aria-label="Checklist items">
      @for (item of list.items; track item.id) {
        @let tag = tagOf(item);
        <li class="app-checklist__item">
          <h3 class="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{{ item.label }}</h3>
          <p class="nhsuk-u-margin-bottom-1">
            <span class="nhsuk-u-visually-hidden">Rating: </span>
            <wres-tag [text]="tag.text" [colour]="tag.colour" />
            @if (item.kind === 'human') {
              <span class="nhsuk-body-s nhsuk-u-secondary-text-colour"> Commissioner’s judgement</span>
            }
          </p>
          <p class="nhsuk-body-s nhsuk-u-margin-bottom-1 app-break-words">{{ item.reason }}</p>
          @if (item.guidance.length > 0) {
            <ul class="nhsuk-list nhsuk-list--bullet nhsuk-body-s app-break-words">
              @for (line of item.guidance; track $index) {
                <li>{{ line }}</li>
              }
            </ul>
          }
          @if (item.proposal; as proposal) {
            <p class="nhsuk-body-s">
              Proposed by {{ proposal.by }} ({{ proposal.organisationName }}): {{ words(proposal.rating)
              }}{{ proposal.note ? ' – ' + proposal.note : '' }}
            </p>
          }
          @if (item.assessment; as assessment) {
            <p class="nhsuk-body-s nhsuk-u-secondary-text-colour">
              Rated by {{ assessment.by }}, {{ when(assessment.at) }}
            </p>
          }
        </li>
      }
    </ul>

    @if (list.canAssess && choices().length > 0) {
      <form novalidate (submit)="submit($event)" aria-labelledby="rate-heading">
        <h3 id="rate-heading">Rate your judgement</h3>
        @for (choice of choices(); track choice.item) {
          <wres-radios
            [fieldId]="'rating-' + choice.item"
            [legend]="choice.label"
            [options]="ratingOptions"
            [value]="choice.rating"
            [error]="errors()['rating-' + choice.item]"
            (valueChange)="rate.emit({ item: choice.item, rating: asRating($event) })"
          />
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" [for]="'note-' + choice.item"
              >Note on “{{ choice.label }}” (optional)</label
            >
            <textarea
              class="nhsuk-textarea"
              rows="2"
              [id]="'note-' + choice.item"
              [value]="choice.note"
              (input)="note.emit({ item: choice.item, note: valueOf($event) })"
            ></textarea>
          </div>
        }
        <button class="nhsuk-button nhsuk-button--secondary" type="submit" [disabled]="busy()">
          Save your ratings
        </button>
      </form>
    }
  `,
  styles: `
    .app-checklist__item {
      border-bottom: 1px solid #d8dde0;
      padding-bottom: 12px;
      margin-bottom: 12px;
    }
    .app-break-words {
      overflow-wrap: anywhere;
    }
  `,
})
export class ReviewChecklistComponent {
  readonly checklist = input.required<AssuranceChecklist>();
  /** The commissioner's ratings as the form holds them. */
  readonly choices = input<readonly RatingChoice[]>([]);
  readonly errors = input<Partial<Record<string, string>>>({});
  readonly busy = input(false);

  readonly rate = output<{ item: HumanChecklistItem; rating: RagRating }>();
  readonly note = output<{ item: HumanChecklistItem; note: string }>();
  readonly save = output<void>();

  protected readonly ratingOptions = RATING_CHOICES;
  protected readonly when = formatLondonDateTime;
  protected readonly overallTag = computed(() => ratingTag(this.checklist().overall.rating));
  protected readonly humanCount = computed(
    () => this.checklist().items.filter((item) => item.kind === 'human').length,
  );

  protected tagOf(item: ChecklistItem) {
    return ratingTag(item.rating);
  }

  protected words(rating: RagRating): string {
    return RAG_LABELS[rating];
  }

  protected asRating(value: string): RagRating {
    return value as RagRating;
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.save.emit();
  }
}
