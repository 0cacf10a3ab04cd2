// What a demand retold in prose may not be (read by prose-demands.ts and trailing-speaker.ts): a
// school's, about money, praise; and the words that give a demand its deadline or make "It" Ofsted.

export const PRONOUN = /^(?:[Tt]hey|[Ii]t)\b/;
/** A school's people are not the authority's; money to save is not a demand on practice. */
export const SCHOOL_SUBJECT = /\b(?:school|academy|pupils?|teachers?|headteacher|governors)\b/i;
export const MONEY = /£|\bbudget\b|\bsav(?:e|ings?)\b/i;
/** "staff should be proud of …", "should continue to develop its strong practice": praise, not a demand. */
export const PRAISE =
  /\bbe\s+(?:proud|pleased|congratulated|commended|celebrated)\b|\bcontinue\s+to\s+[a-z]+(?:\s+(?:on|upon))?\s+(?:its|their|the|this)\s+(?:strong|good|excellent|effective|positive|impressive)\b/i;
/** A body other than the inspectorate making demands of the authority (an improvement notice, a direction). */
export const OTHER_BODY = /\b(?:government|Department\s+for\s+Education|DfE|minister|Secretary\s+of\s+State|commissioner)\b/i;
export const DEADLINE = /\b(?:immediately|immediate|urgently|urgent|within\s+(?:one|two|three|six|twelve|\d+)\s+months)\b/i;
/**
 * A judgement restated in "needs improvement" words, not a demand: "Leadership, management and
 * governance also needs improving", "… identified as an area that needs improvement to be good". The
 * titles of the SIF and ILACS judgement areas as a subject, or the grade's own words.
 */
export const GRADED_AREA_SUBJECT =
  /^(?:the\s+)?(?:leadership,?\s+management\s+and\s+governance|overall\s+effectiveness|impact\s+of\s+leaders\b[^,;]{0,80}|experiences?\s+and\s+progress\s+of\b[^,;]{0,80}?)(?:\s+(?:also|still|was|were|is|are|has\s+been|had\s+been))*\s*$/i;
/** "three out of five key areas still need improvement": a count of graded areas, a judgement not a demand. */
export const AREA_COUNT = /\b(?:one|two|three|four|five|six|seven|\d)\s+(?:out\s+)?of\s+(?:the\s+)?(?:two|three|four|five|six|seven|\d)\s+(?:\w+\s+)?areas\b/i;
export const GRADE_WORDS = /\bimprovement\s+to\s+be\s+good\b/i;
/** "told to improve its children's services after …", "told they must improve following concerns …": the whole service, no action named. */
export const WHOLE_SERVICE =
  /^improve(?:\s+(?:its|their|the|our)\s+(?:(?:children['’]s|social\s+care)\s+)?services?)?\b(?=\s+(?:after|following|because|since|as|when)\b|[\s.]*$)/i;
/** A reported question, not a demand: "The Chair questioned whether Ofsted had named any areas that may need improvement". */
export const REPORTED_QUESTION = /\b(?:asked|questioned|queried|wondered|enquired|inquired)\s+(?:whether|if)\b/i;
