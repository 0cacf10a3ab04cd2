// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { detectSendOutcome, previousSendInspection, writtenStatementOfAction } from '../../../lib/detect/send-outcome';
import { extractPdfText } from '../../../lib/pdf/read-pdf';

const dir = path.resolve(import.meta.dirname, '../../fixtures');
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

interface SendGold {
  outcome: string;
  rank: number;
  previous_inspection: string | null;
  priority_actions: { responsible_body: string; starts: string }[];
  improvements: { starts: string }[];
}

// Real reports (Open Government Licence) with their hand labels in tests/fixtures/gold/send.
describe.each(['80460-derbyshire_2024-11-14', '80464-dudley_2025-03-11', '80536-oxfordshire_2023-09-15'])('area SEND report %s', (name) => {
  it('gives the kind, the outcome, the previous inspection and every action as labelled', async () => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold/send', `${name.split('_')[0]}.json`), 'utf8')) as SendGold;
    const { text } = await extractPdfText(pdfjs as never, new Uint8Array(fs.readFileSync(path.join(dir, 'pdf/send', `${name}.pdf`))));
    const found = detectReport(text);
    expect(found.document.kind).toBe('area SEND inspection');
    expect(found.document.framework).toBe('area SEND 2023');
    expect(found.document.previousInspection).toBe(gold.previous_inspection);
    expect(found.judgements.map((j) => [j.areaKey, j.grade, j.rank, j.inspection])).toEqual([['send_outcome', gold.outcome, gold.rank, null]]);
    const apa = found.recommendations.filter((r) => r.group === 'priority action');
    expect(apa).toHaveLength(gold.priority_actions.length);
    apa.forEach((r, i) => {
      expect(norm(r.quote).startsWith(norm(gold.priority_actions[i]!.starts))).toBe(true);
      expect(norm(r.responsibleBody ?? '')).toBe(norm(gold.priority_actions[i]!.responsible_body));
    });
    const afi = found.recommendations.filter((r) => r.group === 'improvement');
    expect(afi.map((r) => norm(r.quote).slice(0, 40))).toEqual(gold.improvements.map((g) => norm(g.starts).slice(0, 40)));
    for (const r of found.recommendations) expect(r.start).toBeLessThan(r.end);
  });
});

describe('area SEND outcome sentences', () => {
  const cover = 'Area SEND inspection of Anyshire Local Area Partnership\n\nInspection dates: 1 to 5 July 2024\n\nInspection outcome\n\n';
  it.each([
    ['The local area partnership’s special educational needs and/or disabilities (SEND)\narrangements typically lead to positive experiences and outcomes for children', 1],
    ['The local area partnership’s arrangements lead to inconsistant experience and\noutcomes for children and young people with SEND.', 2],
    ['There are widespread and/or systematic failings leading to significant concerns', 3],
    ['There are wide-\nspread and / or systemic failings leading to significant concerns', 3],
  ])('reads %j (invented, with slips and breaks) as level %i', (sentence, rank) => {
    const j = detectSendOutcome(`${cover}${sentence}.`);
    expect(j?.rank).toBe(rank);
    expect(j?.areaKey).toBe('send_outcome');
  });
  it('takes the outcome under its heading, not a framework explanation before it', () => {
    const text = `The three outcomes are: arrangements typically lead to positive experiences and outcomes; …\n\n${cover}There are widespread and/or systemic failings leading to significant concerns.`;
    expect(detectSendOutcome(text)?.rank).toBe(3);
  });
  it('reads no outcome where none is stated', () => {
    expect(detectSendOutcome(`${cover}The partnership has improved since the last inspection.`)).toBeNull();
  });
  it('reads the previous inspection, and none for "Not previously inspected"', () => {
    expect(previousSendInspection('Dates of previous inspection: 23 to 27 May 2016\n')).toBe('23 to 27 May 2016');
    expect(previousSendInspection('Date of previous inspection: The previous full inspection was on 19 March 2018. There\nwas a subsequent revisit')).toBe('19 March 2018');
    expect(previousSendInspection('Dates of previous inspection: Not previously inspected\n')).toBeNull();
  });
});

describe('area SEND letters of 2016–22 (no grade)', () => {
  // Invented in the letters' wording (FRAMEWORKS.md §11.1 and councils' published summaries).
  const letter = (end: string) =>
    `Joint local area SEND inspection in Anyshire\n\nDear Director of Children’s Services\n\nBetween 3 and 7 October 2016, Ofsted and the Care Quality Commission (CQC) conducted a joint inspection of the local area of Anyshire.\n\n${end}`;
  it('reads whether a written statement of action is required, and gives no grade', () => {
    const required = detectReport(letter('As a result of the findings of this inspection, HMCI has determined that a Written Statement of Action is required because of significant areas of weakness.'));
    expect(required.document.kind).toBe('area SEND inspection');
    expect(required.document.framework).toBe('area SEND 2016');
    expect(required.document.writtenStatement).toBe('required');
    expect(required.judgements).toEqual([]);
    expect(writtenStatementOfAction('HMCI has determined that a written statement of action is not required.')).toBe('not required');
  });
});
