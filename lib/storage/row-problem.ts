// Why a backup row was refused, in a few plain words from zod's first issue: "note: too long",
// "status: not one of the values allowed". Never the value itself: a refused row may hold anything
// (50,000 characters, markup), and the reason is shown to the reader.
import type { z } from 'zod';

const MAX_FIELD = 60;
const MAX_OWN_MESSAGE = 80;

/** The field an issue is about, as a dotted path of the schema's own names ("anchor.quote",
 * "urls.2" counting from 1); '' for the row as a whole. Cut to 60 characters. */
function fieldOf(path: readonly PropertyKey[]): string {
  const field = path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join('.');
  return field.length > MAX_FIELD ? `${field.slice(0, MAX_FIELD)}…` : field;
}

function wordsFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 words it "expected string, received undefined" for an absent field.
      return /received undefined$/.test(issue.message) ? 'missing' : 'the wrong kind of value';
    case 'too_big':
      return issue.origin === 'string'
        ? 'too long'
        : issue.origin === 'array' || issue.origin === 'set'
          ? 'too many entries'
          : 'too large';
    case 'too_small':
      return issue.minimum === 1 && (issue.origin === 'string' || issue.origin === 'array') ? 'empty' : 'too short or too small';
    case 'invalid_value':
      return 'not one of the values allowed';
    case 'unrecognized_keys':
      return 'a field Inspection Lens does not know';
    case 'invalid_format':
      return 'not in the expected format';
    case 'custom':
      // The restore rules' own messages ("a date in the future") are plain words already.
      return issue.message.length <= MAX_OWN_MESSAGE ? issue.message : 'not valid';
    default:
      return 'not valid';
  }
}

/** Why a row was refused: "<field>: <words>", or the words alone when the row as a whole is wrong. */
export function rowProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not valid';
  const field = fieldOf(issue.path);
  return field ? `${field}: ${wordsFor(issue)}` : wordsFor(issue);
}
