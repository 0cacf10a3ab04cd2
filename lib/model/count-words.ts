// Counts in messages: "1 clip", "2 clips", never "1 clips".

/** `n` with the word in the number that agrees with it: count(1, 'clip') → "1 clip";
 * count(2, 'clip') → "2 clips"; count(3, 'body', 'bodies') → "3 bodies". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
