// A cheap first look, so pages that cannot be about an inspection cost next to nothing.

const REPORT_WORDS =
  /\b(?:ofsted|inspect(?:ion|ors?|ed)|judge?ments?|requires improvement|inadequate|outstanding|recommendations?|areas? for (?:priority action|improvement)|what needs to improve)\b/i;

/** Could this text hold a judgement or a recommendation? False means: do not run the detector. */
export function looksLikeReport(text: string): boolean {
  return REPORT_WORDS.test(text);
}
