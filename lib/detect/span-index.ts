// Spans added in order of start, asked "does any overlap this one?" in logarithmic time.
import type { Span } from './text-util';

/**
 * An overlap index over spans added in order of start (offsets into one text). `overlaps` is true
 * when some added span shares a character with [start, end): a binary search for the last span
 * starting before `end`, and the furthest end among the spans up to it.
 */
export class SpanIndex {
  private readonly starts: number[] = [];
  /** furthest end among the spans up to each index */
  private readonly reach: number[] = [];

  add(span: Span): void {
    const last = this.starts.length - 1;
    if (last >= 0 && span.start < this.starts[last]!) throw new Error('SpanIndex: spans must be added in order of start');
    this.starts.push(span.start);
    this.reach.push(Math.max(span.end, last >= 0 ? this.reach[last]! : -Infinity));
  }

  overlaps(span: Span): boolean {
    let lo = 0;
    let hi = this.starts.length; // first index whose start is >= span.end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1]! > span.start;
  }

  /** True when some added span holds all of [start, end): it starts at or before `start` and ends at or after `end`. */
  covers(span: Span): boolean {
    let lo = 0;
    let hi = this.starts.length; // first index whose start is > span.start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1]! >= span.end;
  }
}
