import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';

/**
 * Lets a wide table scroll sideways on a narrow screen instead of squeezing its figures. Only while it does
 * scroll is it a named, focusable region, so keyboard users can scroll it without every table adding a tab
 * stop and a landmark. (The NHS.UK scroll component's shadows need its JavaScript, and cover the table's
 * edges in print without it.)
 */
@Component({
  selector: 'wres-table-scroll',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      #container
      class="wres-table-scroll"
      [attr.role]="scrollable() ? 'region' : null"
      [attr.aria-label]="scrollable() ? label() : null"
      [attr.tabindex]="scrollable() ? 0 : null"
    >
      <ng-content />
    </div>
  `,
  styles: `
    .wres-table-scroll {
      /* Visually hidden text is positioned absolutely: without this it escapes the clip and widens the page. */
      position: relative;
      /* NHS.UK tables hang 2px over each side; the padding keeps that from counting as overflow. */
      padding: 0 2px;
      overflow-x: auto;
    }
    /* The NHS.UK focus style: yellow, then black; the transparent outline shows in forced colours. */
    .wres-table-scroll:focus-visible {
      outline: 4px solid transparent;
      box-shadow:
        0 0 0 4px #ffeb3b,
        0 0 0 8px #212b32;
    }
    @media print {
      .wres-table-scroll {
        overflow: visible;
      }
    }
  `,
})
export class TableScrollComponent {
  /** Names the scrolling region; usually the table's caption. */
  readonly label = input.required<string>();

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('container');
  protected readonly scrollable = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.container().nativeElement;
      const measure = () => this.scrollable.set(element.scrollWidth > element.clientWidth);
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      // The table can widen without its container changing size, so watch both.
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      if (element.firstElementChild) observer.observe(element.firstElementChild);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
