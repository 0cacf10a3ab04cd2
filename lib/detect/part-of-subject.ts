// A grade given to a part of the service, not to an area or to the service as a whole: "While some
// aspects of the service were deemed ‘good’", "Several parts of the service were rated ‘good’",
// "Certain elements of the council’s children’s services were judged outstanding". Papers and news
// restate the inspectors' praise of parts; the area judgements are elsewhere. ("All areas of the
// service" is every area, and is kept.)
import type { Span } from './text-util';

const PART = String.raw`\b(?:some|many|several|certain|other|various|a\s+few|few|a\s+number\s+of)\s+(?:aspects?|parts?|elements?|areas?|features?|strands?)\s+of\s+`;
const PART_BEFORE = new RegExp(`${PART}(?:(?:the|its|their|our)\\s+)?(?:[\\w’'-]+[’']s\\s+)?$`, 'i');
const PART_OPENS = new RegExp(`^(?:(?:while|whilst|although|though)\\s+)?${PART}`, 'i');

/** Does the mention's subject name a part of the service (by the 40 characters before it, or its own opening)? */
export function partOfSubject(text: string, j: Span): boolean {
  return PART_BEFORE.test(text.slice(Math.max(0, j.start - 40), j.start)) || PART_OPENS.test(text.slice(j.start, j.start + 60));
}
