// How the text after a demand's head is cut: into sentences (a line's end always ends one), and a
// sentence's demand text into its parts ("improve X and ensure Y"; "…; and that …"). Read by
// prose-demands.ts; every pattern is bounded or anchored, so each runs in time linear in its input.
import { DEMAND_VERB } from './prose-demand-rules';

/** A sentence's end inside a line: a stop (and closing quotes) before a capital, or the line's end. */
const STOP = /[.!?]["'’”)]*(?=\s+["'‘“(]?[A-Z0-9]|\s*$)/g;

/** A demand, or a part of the text after a head, with its offset in the sentence. */
export type Part = { text: string; at: number };

/** Where one demand ends and the next begins: "; ", ", and that", " and that", " and (to) <verb>", ", and <subject> <verb>". */
const SPLIT = new RegExp(
  `;\\s+|,?\\s+and\\s+that\\s+|,?\\s+and\\s+(?=(?:to\\s+)?${DEMAND_VERB}\\b)|,\\s+and\\s+(?=[a-z]+(?:\\s[a-z]+){0,3}\\s(?:were|was|is|are|had|have|has|did|needed|must|should)\\b)`,
  'g',
);
const ENDS_WITH_VERB = new RegExp(`(?:^|\\s)${DEMAND_VERB}$`);

/** Splits the demand text into its parts, each with its offset in the sentence. */
export function partsOf(rest: string, at: number): Part[] {
  const out: Part[] = [];
  let from = 0;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(rest); m; m = SPLIT.exec(rest)) {
    // "improve and sustain": a verb alone is not a demand; the next verb shares its object.
    if (m[0].includes('and') && ENDS_WITH_VERB.test(rest.slice(from, m.index).trim())) continue;
    out.push({ text: rest.slice(from, m.index), at: at + from });
    from = m.index + m[0].length;
  }
  out.push({ text: rest.slice(from), at: at + from });
  return out;
}

/** Each sentence of the text: its offset and text; a line's end always ends one. */
export function* sentences(text: string): Generator<{ at: number; text: string }> {
  // Lines found with indexOf, not /[^\n]+/g: that pattern overflowed the regex engine's stack on a
  // page with a 5 MB line of tabs ("Maximum call stack size exceeded").
  for (let lineAt = 0; lineAt < text.length; ) {
    const nl = text.indexOf('\n', lineAt);
    const line = text.slice(lineAt, nl === -1 ? text.length : nl);
    const at = lineAt;
    lineAt += line.length + 1;
    let from = 0;
    STOP.lastIndex = 0;
    for (let m = STOP.exec(line); m; m = STOP.exec(line)) {
      const chunk = line.slice(from, m.index + m[0].length);
      const lead = chunk.length - chunk.trimStart().length;
      yield { at: at + from + lead, text: chunk.slice(lead) };
      from = m.index + m[0].length;
    }
    if (line.slice(from).trim()) yield { at: at + from, text: line.slice(from) };
  }
}
