// The one definition of the shapes that cross a boundary: the detector's findings and a clip's
// anchor, as zod (mini, to keep the content script small) schemas, parsed wherever they arrive
// (messages, the store, backups). The pure model's types are checked against them below, so the
// two cannot drift.
import { z } from 'zod/mini';
import type { TextAnchor } from './anchor';
import type { Findings } from './findings';
import { OTHER_AREA_KEYS, SCHOOL_AREA_KEYS } from '../detect/areas';

/** Every area key a judgement may carry (children's services, SEND, school and other frameworks'
 * areas), as the detector's AreaKey names them. */
export const AREA_KEYS = [
  'overall',
  'leaders',
  'help_protection',
  'in_care',
  'care_leavers',
  'in_care_and_care_leavers',
  'adoption',
  'lscb',
  'capacity',
  'other',
  'send_outcome',
  ...SCHOOL_AREA_KEYS,
  ...OTHER_AREA_KEYS,
] as const;

export const DocumentInfoSchema = z.object({
  authority: z.nullable(z.string()),
  authorityUrn: z.nullable(z.string()),
  framework: z.nullable(z.string()),
  kind: z.optional(z.nullable(z.string())),
  discusses: z.optional(z.nullable(z.object({ framework: z.nullable(z.string()), date: z.nullable(z.string()) }))),
  inspectionDates: z.nullable(z.string()),
  publicationDate: z.nullable(z.string()),
  previousInspection: z.optional(z.nullable(z.string())),
  writtenStatement: z.optional(z.nullable(z.enum(['required', 'not required']))),
  theme: z.optional(z.nullable(z.string())),
});

const Span = {
  quote: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  ruleId: z.string(),
};

export const JudgementSchema = z.object({
  ...Span,
  area: z.string(),
  areaKey: z.enum(AREA_KEYS),
  grade: z.string(),
  rank: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
  inspection: z.nullable(z.string()),
});

export const RecommendationSchema = z.object({
  ...Span,
  deadline: z.nullable(z.string()),
  source: z.enum(['inspection', 'review', 'committee']),
  section: z.nullable(z.literal('lscb')),
  group: z.optional(z.nullable(z.enum(['priority action', 'improvement']))),
  responsibleBody: z.optional(z.nullable(z.string())),
});

export const FindingsSchema = z.object({
  document: DocumentInfoSchema,
  judgements: z.array(JudgementSchema),
  recommendations: z.array(RecommendationSchema),
});

/** Where a clip sits in its document: the quote with some context, and the offset as a hint. */
export const AnchorSchema = z.object({
  quote: z.string().check(z.minLength(1), z.maxLength(20000)),
  prefix: z.string().check(z.maxLength(200)),
  suffix: z.string().check(z.maxLength(200)),
  start: z.number().check(z.int(), z.nonnegative()),
});

// Compile-time checks: each schema's output is exactly its model type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAnchor: Same<z.output<typeof AnchorSchema>, TextAnchor> = true;
const sameFindings: Same<z.output<typeof FindingsSchema>, Findings> = true;
void sameAnchor;
void sameFindings;
