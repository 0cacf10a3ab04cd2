// What a demand retold in prose may not be (read by prose-demands.ts and trailing-speaker.ts): a
// school's, about money, praise; and the words that give a demand its deadline or make "It" Ofsted.

export const PRONOUN = /^(?:[Tt]hey|[Ii]t)\b/;
/** A school's people are not the authority's; money to save is not a demand on practice. */
export const SCHOOL_SUBJECT = /\b(?:school|academy|pupils?|teachers?|headteacher|governors)\b/i;
export const MONEY = /£|\bbudget\b|\bsav(?:e|ings?)\b/i;
/** "staff should be proud of …": praise, not a demand. */
export const PRAISE = /\bbe\s+(?:proud|pleased|congratulated|commended|celebrated)\b/i;
export const DEADLINE = /\b(?:immediately|immediate|urgently|urgent|within\s+(?:one|two|three|six|twelve|\d+)\s+months)\b/i;
