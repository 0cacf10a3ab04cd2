import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// The real monitoring visit letter as a newspaper reprinted it (eval/papers), under an Ofsted
// letter's own opening lines.
const paper = fs.readFileSync(path.resolve(import.meta.dirname, '../../../eval/papers/bournemouth-christchurch-and-poole-2022-monitoring-visit-1.txt'), 'utf8');
const letter = `Monitoring visit to Bournemouth, Christchurch and Poole children’s services\n\nDear Corporate Director\n\n${paper.slice(paper.indexOf('This letter summarises'))}`;

describe('visits and joint inspections: no grade of their own', () => {
  it('reads a real monitoring visit letter: its kind, its theme, and the inadequate judgement as an earlier one', () => {
    const found = detectReport(letter);
    expect(found.document.kind).toBe('monitoring visit');
    expect(found.document.theme).toBe('the local authority ‘front door’ service');
    expect(found.judgements.length).toBeGreaterThan(0);
    expect(found.judgements.every((j) => j.inspection !== null)).toBe(true);
  });

  it('groups an invented focused visit letter’s areas for priority action and for improvement', () => {
    const text = `Focused visit to Anyshire children’s services\n\nDear Director\n\nThis letter summarises the findings of the focused visit to Anyshire children’s services on 3 and 4 May 2023. This visit looked at the local authority’s arrangements for children in care.\n\nAt the last inspection in 2019, the local authority was judged to be good.\n\nAreas for priority action\n\n• The quality of management oversight of children at risk of exploitation.\n\nAreas for improvement\n\n• The timeliness of health assessments.\n• The quality of pathway plans.\n`;
    const found = detectReport(text);
    expect(found.document.kind).toBe('focused visit');
    expect(found.document.theme).toBe('the local authority’s arrangements for children in care');
    expect(found.judgements.every((j) => j.inspection !== null)).toBe(true);
    expect(found.recommendations.map((r) => r.group)).toEqual(['priority action', 'improvement', 'improvement']);
  });
  it('knows a visit letter that opens with Ofsted’s own first sentence, without a title or salutation (real BCP letter, 2022)', () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real-kinds/visit/bcp-monitoring-visit-2022.txt'), 'utf8');
    const found = detectReport(text);
    expect(found.document.kind).toBe('monitoring visit');
    expect(found.judgements.map((j) => [j.grade, j.inspection !== null])).toEqual([['inadequate', true]]);
    const focused = 'This letter summarises the findings of the focused visit to Anyshire children’s services on 3 and 4 May 2023. This visit looked at the local authority’s arrangements for care leavers.\n';
    expect(detectReport(focused).document.kind).toBe('focused visit');
  });

  it('leaves a news page that quotes such a letter further down a news page, not a visit', () => {
    expect(detectReport(paper).document.kind).not.toBe('monitoring visit');
  });
  it('names the theme of a real monitoring letter without the trailing “including” (Gloucestershire, 2018)', () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real-kinds/visit/gloucestershire-monitoring-visit-2018.txt'), 'utf8');
    const found = detectReport(text);
    expect(found.document.kind).toBe('monitoring visit');
    expect(found.document.authority).toBe('Gloucestershire');
    expect(found.document.theme).toBe('the progress made in the area of help and protection');
  });
});
