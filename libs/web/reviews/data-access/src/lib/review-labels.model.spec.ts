import {
  formatLondonDateTime,
  ratingTag,
  reviewLink,
  reviewStateLabel,
  reviewStateTag,
} from './review-labels.model';

describe('review labels', () => {
  it('names every review state in words, with a colour that only reinforces them', () => {
    expect(reviewStateTag('submitted')).toEqual({ text: 'Awaiting review', colour: 'blue' });
    expect(reviewStateTag('changes-requested')).toEqual({ text: 'Changes requested', colour: 'orange' });
    expect(reviewStateTag('assured')).toEqual({ text: 'Assured', colour: 'green' });
    expect(reviewStateTag('not-assured')).toEqual({ text: 'Not assured', colour: 'red' });
    expect(reviewStateLabel(null)).toBe('Not submitted');
  });

  it('writes RAG ratings as words, and "Not rated" for none', () => {
    expect(ratingTag('red')).toEqual({ text: 'Red', colour: 'red' });
    expect(ratingTag('amber')).toEqual({ text: 'Amber', colour: 'yellow' });
    expect(ratingTag('green')).toEqual({ text: 'Green', colour: 'green' });
    expect(ratingTag(null)).toEqual({ text: 'Not rated', colour: 'grey' });
  });

  it('writes times in London, summer and winter', () => {
    expect(formatLondonDateTime('2026-11-23T10:15:00Z')).toBe('23 November 2026 at 10:15am');
    expect(formatLondonDateTime('2026-06-10T13:05:00Z')).toBe('10 June 2026 at 2:05pm');
    expect(formatLondonDateTime('not a time')).toBe('not a time');
  });

  it('links to a review by provider and year', () => {
    expect(reviewLink('p1', '2025/26')).toEqual(['/reviews', 'p1', '2025-26']);
  });
});
