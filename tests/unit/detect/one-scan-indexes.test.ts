import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesLedByGrades } from '../../../lib/detect/grade-led-matches';
import { anyStartIn, candidateStarts } from '../../../lib/detect/candidate-starts';
import { endOfLastBreak } from '../../../lib/detect/clause-breaks';
import { listOpenerLines } from '../../../lib/detect/list-openers';
import { LA_SECTION, LSCB_SECTION, splitLines } from '../../../lib/detect/recommendation-source';
import { COMMITTEE_LEAD_IN, LEAD_IN, headingRules } from '../../../lib/detect/recommendation-rules';
import { findHeadings } from '../../../lib/detect/past-context';
import { GRADE_SOURCE } from '../../../lib/detect/grades';

// Issue 16, item 2: the indexes that let a rule skip the text between its candidates must give
// exactly what the whole-text scan they replace gives, on real texts and on crafted edge cases.

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/text');
const texts = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
const EDGES = [
  '‘good’ for care leavers, "Inadequate" in respect of adoption. It requires improvement to be good” for x',
  'good-rated Gateshead and ‘good’ Bromley and "requires improvement to be good" Surrey',
  'the unlikely event; services were rated as good. It may, if not…? Whether that is so',
];
const all = [...texts, ...EDGES];
const G = `(${GRADE_SOURCE})`;

describe('matchesLedByGrades: a grade-led pattern tried only at grade words', () => {
  const patterns = [
    new RegExp(`["'‘’“”]${G}["'‘’“”]\\s{1,20}for\\s{1,20}([^.;:,\\n\\t"“‘]{3,120})`, 'g'),
    new RegExp(`(?:\\b(good|outstanding)-rated|["'‘’“”]${G}["'‘’“”])\\s([A-Z][a-z]+)`, 'gi'),
    new RegExp(`["'‘’“”]?${G}["'‘’“”]?\\s{1,20}in\\s{1,20}respect\\s{1,20}of\\s{1,20}(\\w+)`, 'gid'),
    new RegExp(`${G}["'‘’“”]?\\s+\\w+`, 'g'),
  ];
  it.each(patterns.map((p) => [p.source.slice(0, 40), p]))('gives what matchAll gives: %s', (_, re) => {
    for (const text of all) {
      const whole = [...text.matchAll(re as RegExp)].map((m) => [m.index, ...m]);
      expect(matchesLedByGrades(text, re as RegExp, 1).map((m) => [m.index, ...m])).toEqual(whole);
    }
  });
  it('finds a grade inside a longer grade phrase ("… to be good")', () => {
    const re = new RegExp(`good["'‘’“”]\\s\\w+`, 'g');
    expect(matchesLedByGrades('requires improvement to be good” Surrey', re, 1).map((m) => m[0])).toEqual(['good” Surrey']);
  });
});

describe('candidateStarts and anyStartIn', () => {
  const starts = candidateStarts('likely|unlikely|not|\\?', 'i');
  it('lists overlapping starts, so a stretch that begins inside a word still finds its own', () => {
    const text = 'an unlikely event? Not so';
    expect([...starts(text)]).toEqual([3, 5, 17, 19]);
    expect(anyStartIn(starts(text), 5, 11)).toBe(true);
    expect(anyStartIn(starts(text), 6, 17)).toBe(false);
    expect(anyStartIn(starts(text), 20, 99)).toBe(false);
  });
});

describe('endOfLastBreak equals the greedy /^.*(?:break)/s it replaces', () => {
  const OLD = /^.*(?:[,;:(]|\b(?:when|since|after|following|where|as|while|whereas|which|who|that)\b)\s*/is;
  const NEW = /[,;:(]|\b(?:when|since|after|following|where|as|while|whereas|which|who|that)\b/gi;
  it('on every sentence-long stretch of the fixtures, and with no break at all', () => {
    const cases = [' ', 'services were rated', 'x (when  ', 'whereas, that  ', ...all.flatMap((t) => t.match(/[^]{1,300}/g) ?? [])];
    for (const s of cases) expect(endOfLastBreak(s, NEW, true)).toBe(OLD.exec(s)?.[0].length ?? 0);
  });
});

describe('listOpenerLines', () => {
  it('holds every line a heading rule, a section line or a lead-in reads', () => {
    for (const text of all) {
      const lines = splitLines(text);
      const openers = new Set(listOpenerLines(lines));
      lines.forEach((line, i) => {
        const t = line.text.trim();
        const clean = t.replace(/^\*\*|\*\*$/g, '');
        const opens =
          headingRules.some((r) => r.pattern.test(clean)) ||
          LSCB_SECTION.test(t) ||
          LA_SECTION.test(t) ||
          (t.endsWith(':') && (LEAD_IN.test(t) || COMMITTEE_LEAD_IN.test(t)));
        if (opens) expect(openers.has(i)).toBe(true);
      });
    }
  });
  it('skips a line that cannot open a list', () => {
    expect(listOpenerLines(splitLines('Staff were good.\n**Recommendations**\n  3.1 Areas for improvement\nThey were asked to:'))).toEqual([1, 2, 3]);
  });
  it('lets a "The…" line through only where a section line or a lead-in could read it', () => {
    const lines = [
      'The staff know their children well.',
      'The local safeguarding children board',
      'The effectiveness of the LSCB',
      'The Cabinet is asked to',
      'The Leader and Cabinet, RESOLVED to;',
      'The Committee agreed that',
      'These are the areas for improvement:',
      'The areas to improve comprised –',
      'There is more to do in early help.',
    ];
    expect(listOpenerLines(splitLines(lines.join('\n')))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('findHeadings', () => {
  it('gives the heading lines the lookbehind pattern found', () => {
    const OLD = /(?<=^|\n)[ \t]*\n([ \t]*[A-Z0-9][^\n]{2,80})\n(?=[ \t]*(?:\n|$))/g;
    for (const text of [...all, '\n\nA heading\n\nB heading\n\n', '  \nABC\n', 'x\n\n\n\nHEAD\n']) {
      const starts = [...text.matchAll(OLD)]
        .filter((m) => !/[.;,:]$/.test(m[1]!.trim()) && !/\t/.test(m[1]!.trim()))
        .map((m) => m.index + m[0].indexOf(m[1]!));
      expect(findHeadings(text).starts).toEqual(starts);
    }
  });
});
