// Ofsted's report site: the provider page of a local authority's children's services lists every
// publication as a link to files.ofsted.gov.uk/v1/file/<id> whose visually hidden text names the
// kind and date ("children's services inspection, pdf - 16 august 2013"). Pure: text in, records out.

/** The kinds of publication a councillor can choose from. */
export const PUBLICATION_KINDS = [
  'inspection',
  'focused visit',
  'monitoring visit',
  'joint inspection',
  'area SEND',
  'other',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** One publication listed on a provider page. `date` is yyyy-mm-dd (or yyyy-mm) or null. */
export interface Publication {
  kind: PublicationKind;
  date: string | null;
  fileUrl: string;
  /** the link's own words, trimmed, for the list */
  label: string;
}

/** The host of Ofsted's report pages, and of its report files. */
export const OFSTED_REPORTS_HOST = 'reports.ofsted.gov.uk';
export const OFSTED_FILES_HOST = 'files.ofsted.gov.uk';

/** The provider page of an authority's children's services (provider type 44), by Ofsted URN. */
export const providerPageUrl = (urn: string) => `https://${OFSTED_REPORTS_HOST}/provider/44/${encodeURIComponent(urn)}`;

/** The URN a provider page address ends in ("…/provider/44/80464" → "80464"), or null. */
export function providerUrnOf(url: string): string | null {
  const m = /^https:\/\/reports\.ofsted\.gov\.uk\/provider\/\d+\/(\d+)\/?(?:[?#]|$)/.exec(url);
  return m ? m[1]! : null;
}

/** Is this an Ofsted report file address (https, files.ofsted.gov.uk, /v1/file/<id>)? */
export function isOfstedFileUrl(url: string): boolean {
  return /^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/[\w-]+\/?(?:[?#].*)?$/.test(url);
}

// Order matters: the more specific names first ("joint targeted area inspection" before "inspection").
const KIND_RULES: Array<[PublicationKind, RegExp]> = [
  ['area SEND', /\bsend\b|special educational needs/i],
  ['joint inspection', /\bjoint\b|\bjtai\b/i],
  ['focused visit', /focused visit/i],
  ['monitoring visit', /monitoring visit/i],
  ['inspection', /inspection|safeguarding and looked after|children'?s services assessment|review of (?:the )?lscb/i],
];

/** The kind a publication's words name; "other" for letters and anything unrecognised. */
export function publicationKind(text: string): PublicationKind {
  const words = text.replace(/[’']/g, "'");
  return KIND_RULES.find(([, rule]) => rule.test(words))?.[0] ?? 'other';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'i');
const MONTH_YEAR = new RegExp(`(?<![a-z])${MONTH}\\s+((?:19|20)\\d\\d)(?!\\d)`, 'i');

/** The first date in the words: "16 august 2013" → "2013-08-16", "August 2013" → "2013-08", else null. */
export function publicationDate(text: string): string | null {
  const full = DAY_MONTH_YEAR.exec(text);
  if (full && Number(full[1]) >= 1 && Number(full[1]) <= 31)
    return `${full[3]}-${pad(monthOf(full[2]!))}-${pad(Number(full[1]))}`;
  const numeric = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/.exec(text);
  if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12)
    return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  const month = MONTH_YEAR.exec(text);
  return month ? `${month[2]}-${pad(monthOf(month[1]!))}` : null;
}

/**
 * A publication from a link's address and words (the hidden "kind, pdf - date" text, or for other
 * layouts the words around the link). Null when the address is not an Ofsted report file.
 */
export function parsePublication(text: string, href: string): Publication | null {
  if (!isOfstedFileUrl(href)) return null;
  const label = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  return { kind: publicationKind(label), date: publicationDate(label), fileUrl: href.split('#')[0]!, label };
}

/** The publications of a page, one per file address (the first mention wins), newest first. */
export function listPublications(links: Array<{ text: string; href: string }>): Publication[] {
  const byUrl = new Map<string, Publication>();
  for (const link of links) {
    const p = parsePublication(link.text, link.href);
    if (p && !byUrl.has(p.fileUrl)) byUrl.set(p.fileUrl, p);
  }
  return [...byUrl.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** "9 reports", "1 report". */
export const reportCount = (n: number) => `${n} report${n === 1 ? '' : 's'}`;
