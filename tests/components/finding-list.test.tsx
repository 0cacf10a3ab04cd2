// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingList } from '../../components/finding-list';
import { detectReport } from '../../lib/detect/detect-report';
import { axeViolations } from './axe';

afterEach(cleanup);

const REPORT = `Inspection of Dudley local authority children’s services
Inspection dates: 31 October to 11 November 2022

Judgement\tGrade
The impact of leaders on social work practice with children and families\tRequires improvement to be good
Overall effectiveness\tRequires improvement to be good

At the last inspection in 2018, overall effectiveness was judged to be good.

Overall effectiveness: requires improvement to be good

What needs to improve?
• Management oversight of children in unregulated settings.
`;

function renderList(onSelect = vi.fn()) {
  const findings = detectReport(REPORT);
  const located = [
    ...findings.judgements.map((j, index) => ({ kind: 'judgement' as const, index, start: j.start })),
    ...findings.recommendations.map((r, index) => ({ kind: 'recommendation' as const, index, start: r.start })),
  ].sort((a, b) => a.start - b.start);
  return { ...render(<FindingList findings={findings} located={located} onSelect={onSelect} />), findings, located, onSelect };
}

describe('FindingList', () => {
  it('lists each area once, with its grade as words', () => {
    const { container } = renderList();
    const rows = [...container.querySelectorAll('tbody')[0]!.querySelectorAll('tr')].map((r) => r.textContent);
    expect(rows).toEqual([
      'The impact of leaders on social work practice with children and families▲ Requires improvement to be good',
      'Overall effectiveness▲ Requires improvement to be good',
    ]);
  });

  it('keeps an earlier inspection’s judgement apart, with its date', () => {
    const { getByText } = renderList();
    expect(getByText('Earlier inspections quoted here (1)')).toBeTruthy();
    expect(getByText('2018')).toBeTruthy();
  });

  it('reports a click on a finding with its place in document order', () => {
    const { getByRole, located, onSelect } = renderList();
    fireEvent.click(getByRole('button', { name: /Management oversight/ }));
    expect(onSelect).toHaveBeenCalledWith(located.findIndex((l) => l.kind === 'recommendation'));
  });

  it('has no accessibility violations', async () => {
    const { container } = renderList();
    expect(await axeViolations(container)).toEqual([]);
  });
});
