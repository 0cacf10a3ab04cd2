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

  it('names an earlier inspection’s judgement apart from this inspection’s, so a screen reader hears which', async () => {
    const { getAllByRole, getByRole, container } = renderList();
    const names = getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(new Set(names).size).toBe(names.length);
    expect(getByRole('button', { name: 'Overall effectiveness, earlier inspection 2018' })).toBeTruthy();
    expect(getByRole('button', { name: 'Overall effectiveness' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
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

// An area SEND report shaped like the 2023 framework's (the table interleaved as pdf.js reads it).
const SEND = `Local area partnership report

Area SEND inspection of Dudley Local Area Partnership

Inspection dates: 20 to 24 January 2025
Dates of previous inspection: 31 January 2022 to 3 February 2022

Inspection outcome

There are widespread and/or systemic failings leading to significant concerns about the
experiences and outcomes of children and young people with SEND.

Areas for priority action

Responsible body Dudley Metropolitan Borough Council and\tAreas for priority action Leaders should urgently reduce waiting times.
Black Country ICB

Areas for improvement

Leaders across the partnership should improve the local offer.
`;

describe('FindingList on an area SEND report', () => {
  it('names the kind, shows the outcome on its own scale and each priority action’s responsible body, without violations', async () => {
    const findings = detectReport(SEND);
    const { container } = render(<FindingList findings={findings} located={[]} onSelect={vi.fn()} />);
    expect(container.querySelector('.document-kind')!.textContent).toBe(
      'Document: Area SEND inspection · previous inspection 31 January 2022 to 3 February 2022',
    );
    expect(container.querySelector('tr[data-area-key=send_outcome]')!.textContent).toBe(
      'Area SEND inspection outcome✖ Widespread and/or systemic failings',
    );
    const tags = [...container.querySelectorAll('.recommendations .tag')].map((t) => t.textContent);
    expect(tags).toEqual([
      'Area for priority action · Responsible body: Dudley Metropolitan Borough Council and Black Country ICB',
      'Area for improvement',
    ]);
    // Copied or read aloud, the badge and the recommendation stay apart ("…Area for improvement: Leaders …").
    expect(container.querySelectorAll('.recommendations li')[1]!.textContent).toMatch(/^Area for improvement: Leaders across/);
    const legend = container.querySelector('.scale-legend')!;
    expect(legend.querySelector('h3')!.textContent).toBe('Area SEND outcome: the scale, best first');
    expect([...legend.querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      'typically positive experiences and outcomes',
      'inconsistent experiences and outcomes',
      'widespread and/or systemic failings',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows no scale legend for a children’s services report on the four-point grade', () => {
    const { container } = render(<FindingList findings={detectReport(REPORT)} located={[]} onSelect={vi.fn()} />);
    expect(container.querySelector('.scale-legend')).toBeNull();
  });

  it('lists both SLAC sections’ rows, each named by its section, when their grades are the same', () => {
    const slac = `Inspection of safeguarding and looked after children services
Inspection dates: 5 March 2012 – 16 March 2012

Safeguarding services
Overall effectiveness\tAdequate

Services for looked after children
Overall effectiveness\tAdequate
`;
    const { container } = render(<FindingList findings={detectReport(slac)} located={[]} onSelect={vi.fn()} />);
    const rows = [...container.querySelectorAll('tbody')[0]!.querySelectorAll('tr td:first-child')].map((r) => r.textContent);
    expect(rows).toEqual(['Overall effectiveness (safeguarding)', 'Overall effectiveness (looked after children)']);
  });

  it('says which recommendations are the paper’s own, put to the committee, not the inspectors’', () => {
    const paper = `Report to Cabinet: the Ofsted inspection of children's services

Ofsted judged the council's children's services to require improvement to be good.

Recommendations
That the report be received.
`;
    const findings = detectReport(paper);
    expect(findings.recommendations.map((r) => r.source)).toEqual(['committee']);
    const { container } = render(<FindingList findings={findings} located={[]} onSelect={vi.fn()} />);
    expect(container.querySelector('.recommendations li .tag')?.textContent).toBe('Put to the committee');
  });
});
