/**
 * A commissioner organisation's subscribable calendar. The address carries the only copy of its secret, so
 * it is shown once, when the feed is created or rotated.
 */
export interface CalendarFeedCreated {
  url: string;
}
