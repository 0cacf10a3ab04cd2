// Rewrites of a restated list of recommendations in the ways council papers, minutes and news word
// the same list (read by scripts/eval-rec-variants.ts): the lead-in reworded, other list markers,
// items wrapped over two lines, the whole list inside one sentence, the lead-in as a heading; and
// NEGATIVE rewrites that put the same items where they are no recommendation of an inspection to the
// authority (strengths, findings, a school's or a provider's, the council's own aims).

/** A rewritten passage and where each item's text lies in it (empty for a negative). */
export interface RecVariant {
  passage: string;
  items: { start: number; end: number }[];
}

export type RecTransform = (items: string[]) => RecVariant[];

/** Items as a list's lines: the item without a closing stop, as lists print them. */
const bare = (s: string) => s.trim().replace(/[.;,]+$/, '');
/** Items inside a sentence: lower-case first letter unless a name or acronym ("Ofsted", "LSCB"). */
const inline = (s: string) => {
  const b = bare(s);
  return /^[A-Z][a-z]/.test(b) && !/^(?:Ofsted|Local|Children|LADO|[A-Z][a-z]+shire)\b/.test(b) ? b[0]!.toLowerCase() + b.slice(1) : b;
};

/** A passage built from pieces, item pieces marked, with their positions. */
function build(pieces: (string | { item: string })[]): RecVariant {
  let passage = '';
  const items: { start: number; end: number }[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') passage += p;
    else {
      items.push({ start: passage.length, end: passage.length + p.item.length });
      passage += p.item;
    }
  }
  return { passage, items };
}

const MARKERS: Record<string, (k: number) => string> = {
  bullet: () => '• ',
  dash: () => '- ',
  star: () => '* ',
  number: (k) => `${k + 1}. `,
  letter: (k) => `(${'abcdefghij'[k]}) `,
  roman: (k) => `${['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][k]}) `,
  none: () => '',
};

/** One item per line under a lead-in line (a blank line after it when `gap`). */
function listed(lead: string, items: string[], marker: (k: number) => string, gap = false): RecVariant {
  return build([`${lead}\n${gap ? '\n' : ''}`, ...items.flatMap((it, k) => [marker(k), { item: bare(it) }, '\n'])]);
}

/** Each item broken over two lines at a blank near its middle (the continuation in lower case, as wrapped text runs). */
function wrapped(lead: string, items: string[]): RecVariant {
  const pieces: (string | { item: string })[] = [`${lead}\n`];
  items.forEach((it, k) => {
    const b = bare(it);
    const cut = b.indexOf(' ', Math.floor(b.length / 2));
    pieces.push(MARKERS.number!(k), { item: cut > 0 ? `${b.slice(0, cut)}\n${b.slice(cut + 1)}` : b }, '\n');
  });
  return build(pieces);
}

/** The items inside one sentence: "<lead> A, B and C.", "<lead> A; B; and C." */
function sentence(lead: string, items: string[], semi: boolean): RecVariant {
  const pieces: (string | { item: string })[] = [`${lead} `];
  items.forEach((it, k) => {
    if (k > 0) pieces.push(semi ? (k === items.length - 1 ? '; and ' : '; ') : k === items.length - 1 ? ' and ' : ', ');
    pieces.push({ item: inline(it) });
  });
  return build([...pieces, '.\n']);
}

const DEFAULT_LEAD = 'Ofsted identified the following areas for improvement:';
const one = (v: RecVariant): RecVariant[] => [v];
const noItems = (v: RecVariant): RecVariant[] => [{ passage: v.passage, items: [] }];
/** Sentence forms need two items or more, each short and free of the separators. */
const sentenceable = (items: string[], semi: boolean) =>
  items.length >= 2 && items.every((i) => bare(i).length <= 140 && !/[;\n]/.test(bare(i)) && (semi || !bare(i).includes(',')));

export const LEAD_INS: Record<string, string> = {
  'lead-identified': DEFAULT_LEAD,
  'lead-said-should': 'Inspectors said the council should:',
  'lead-report-recommends': 'The report recommends that the council:',
  'lead-development': 'Areas for development include:',
  'lead-want': 'Ofsted want the council to:',
  'lead-next-steps': 'Next steps',
  'lead-key-areas': 'The key areas for improvement identified by Ofsted were:',
  'lead-heading': 'Areas for improvement',
  'lead-md-heading': '## What needs to improve',
};

/** Positive rewrites: every item must still be found, with source `inspection`. */
export const REC_TRANSFORMS: Record<string, RecTransform> = {
  ...Object.fromEntries(Object.entries(LEAD_INS).map(([name, lead]) => [name, (items: string[]) => one(listed(lead, items, MARKERS.bullet!))])),
  ...Object.fromEntries(
    Object.entries(MARKERS).map(([name, m]) => [`marker-${name}`, (items: string[]) => one(listed(DEFAULT_LEAD, items, m))]),
  ),
  'gap-after-lead': (items) => one(listed('Inspectors said the council should:', items, MARKERS.dash!, true)),
  'wrapped-items': (items) => one(wrapped(DEFAULT_LEAD, items)),
  'one-sentence-including': (items) =>
    sentenceable(items, false) ? one(sentence('Ofsted identified areas for improvement, including', items, false)) : [],
  'one-sentence-such-as': (items) =>
    sentenceable(items, false) ? one(sentence('Inspectors said the council needed to improve areas such as', items, false)) : [],
  'one-sentence-semicolons': (items) =>
    sentenceable(items, true) ? one(sentence('The areas for improvement identified by Ofsted were', items, true)) : [],
  // A lead-in naming who asks and what, then the list run in after a colon; or a bulleted list.
  'one-sentence-colon-areas': (items) =>
    sentenceable(items, true) ? one(sentence('Areas that “required improvement” included:', items, true)) : [],
  'one-sentence-colon-watchdog': (items) =>
    sentenceable(items, false) ? one(sentence('The watchdog told the council it must act on:', items, false)) : [],
  'lead-watchdog-including': (items) =>
    one(listed('The watchdog said improvements need to be made, including:', items, MARKERS.bullet!)),
  // The areas singled out after the lead-in.
  'one-sentence-particularly': (items) =>
    sentenceable(items, false) ? one(sentence('There remain areas for improvement, particularly', items, false)) : [],
  'one-sentence-namely': (items) =>
    sentenceable(items, false) ? one(sentence('Inspectors found areas needing improvement, namely', items, false)) : [],
};

/** Negative rewrites: nothing in the passage may be found. */
export const REC_NEGATIVES: Record<string, RecTransform> = {
  'not-strengths': (items) => noItems(listed('Strengths included:', items, MARKERS.bullet!)),
  'not-found': (items) => noItems(listed('Inspectors found:', items, MARKERS.bullet!)),
  'not-praised': (items) => noItems(listed('Inspectors praised:', items, MARKERS.dash!)),
  'not-weaknesses': (items) => noItems(listed('Weaknesses included:', items, MARKERS.bullet!)),
  'not-school': (items) => noItems(listed('Ofsted said the school should:', items, MARKERS.bullet!)),
  'not-provider-heading': (items) => noItems(listed('What does the provider need to do to improve?', items, MARKERS.bullet!)),
  'not-we-will': (items) => noItems(listed('We will:', items, MARKERS.bullet!)),
  'not-strengths-sentence': (items) =>
    sentenceable(items, false) ? noItems(sentence('Strengths included', items, false)) : [],
  'not-praised-sentence': (items) =>
    sentenceable(items, false) ? noItems(sentence('Inspectors praised', items, false)) : [],
  'not-strengths-colon': (items) =>
    sentenceable(items, true) ? noItems(sentence('Strengths the watchdog found included:', items, true)) : [],
  'not-we-will-colon': (items) =>
    sentenceable(items, true) ? noItems(sentence('After the inspection we will improve:', items, true)) : [],
  'not-improved-namely': (items) =>
    sentenceable(items, false) ? noItems(sentence('Areas that have improved since the last visit, namely', items, false)) : [],
  'not-committee-colon': (items) =>
    sentenceable(items, false) ? noItems(sentence('Following the Ofsted inspection the Cabinet is asked to:', items, false)) : [],
};
