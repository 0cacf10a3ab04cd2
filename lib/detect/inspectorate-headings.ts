// How a council paper names the inspection's own list when it restates it: a heading ("Ofsted’s
// recommendations", "Recommendations from the inspection") and lead-ins naming the list ("Three
// recommendations were made:") or what needs to improve. Read by the list reader through
// recommendation-rules.ts; each is anchored to its line's end and bounded, so linear in the line.
import type { HeadingRule } from './recommendation-rules';

/** A heading naming the inspectorate's recommendations: the list under it is the inspection's. */
export const INSPECTORATE_RECOMMENDATIONS_HEADING: HeadingRule = {
  // A council paper's heading over the inspection's own list, restated: "Ofsted’s recommendations",
  // "Recommendations from the inspection", "Areas for improvement identified by Ofsted", "What Ofsted
  // said we need to improve", "Recommendations for the local authority". The inspectorate, or the
  // authority as the one asked, is named, so the list is the inspection's, not the paper's.
  id: 'inspectorate-recommendations-heading',
  pattern:
    /^(?:#+\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:the\s+)?(?:ofsted|inspection|inspectors?|ILACS)(?:[’']s?)?\s+(?:(?:key|main)\s+)?(?:recommendations?|areas?\s+for\s+(?:improvement|development))|(?:(?:key|main)\s+)?(?:recommendations?|areas?\s+for\s+(?:improvement|development))\s+(?:from|made\s+by|identified\s+by|arising\s+from|of)\s+(?:the\s+)?(?:ofsted|inspectors?|(?:[\w’'-]+\s+){0,3}inspection)(?:\s+(?:report|inspection|visit|letter))?|recommendations?\s+for\s+the\s+(?:local\s+authority|council|partnership|local\s+area)|what\s+(?:did\s+)?(?:ofsted|(?:the\s+)?inspectors?)\s+(?:recommended|recommend|(?:said|says|say|told\s+us|tell\s+us|asked\s+us|ask\s+us|found)\s+(?:that\s+)?(?:we\s+|the\s+council\s+|it\s+)?(?:needs?\s+to|should|must|to)\s+(?:improve|do(?:\s+better)?)))\s*\??\s*:?$/i,
  source: 'inspection',
  examples: {
    match: [
      'Ofsted’s recommendations',
      '3. Ofsted recommendations',
      'Recommendations from the inspection',
      'Recommendations arising from the ILACS inspection',
      'Areas for improvement identified by Ofsted',
      'What Ofsted said we need to improve',
      'What did Ofsted say we need to improve?',
      'What the inspectors recommended',
      'Recommendations for the local authority',
      'The inspection’s recommendations',
    ],
    miss: [
      'Ofsted’s recommendations were discussed at the Improvement Board.',
      'Recommendations from the Scrutiny Panel',
      'Recommendations of the peer review',
      'What Ofsted found',
      'Recommendations for the Cabinet',
    ],
  },
};

/**
 * A line that ends by naming the list it opens: "The report makes the following recommendations:", "Ofsted
 * made five recommendations:", "… the following recommendations for the local authority:", "Three
 * recommendations were made:".
 */
export const NAMED_LIST_LEAD_IN =
  /\b(?:the\s+following|these|its|their|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of)\s+(?:(?:key|main|further)\s+)?(?:recommendations|areas\s+for\s+(?:improvement|development)|priorities(?:\s+for\s+(?:improvement|action))?|improvements\s+(?:needed|required))(?:\s+(?:for|to)\s+(?:the\s+)?(?:(?:local\s+)?authority|council|partnership|partners|local\s+area|service|leaders))?(?:\s+(?:were|was|have\s+been|had\s+been)\s+(?:made|identified|given|set\s+out|highlighted))?[ \t]*:[ \t]*$/i;

/** "The report sets out what needs to improve:", "Inspectors identified what still needs to be done:": the inspection's list follows. */
export const WHAT_NEEDS_LEAD_IN =
  /\b(?:sets?\s+out|outlined|outlines|identifie[sd]|describe[sd]|summarise[sd]|lists|listed)\s+what\s+(?:still\s+)?needs?\s+to\s+(?:improve|be\s+improved|be\s+done|happen)(?:\s+(?:further|next|now))?[ \t]*:[ \t]*$/i;

