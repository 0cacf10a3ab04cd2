// zod (mini, to keep the content script small) schemas for the detector's output, checked wherever findings cross a process boundary.
import { z } from 'zod/mini';
import { OTHER_AREA_KEYS, SCHOOL_AREA_KEYS } from '../detect/areas';

const AREA_KEYS = [
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
