// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AddReports } from '../../components/add-reports';
import { CompareView } from '../../components/compare-view';
import { compareAuthority, type AuthorityComparison } from '../../lib/compare/authority-compare';
import type { CompareReport } from '../../lib/compare/history';
import { dudleyReport } from '../unit/compare/dudley';
import { axeViolations } from './axe';

afterEach(cleanup);

let newest: CompareReport;
let comparison: AuthorityComparison;
beforeAll(async () => {
  const [c12, p16, p18, p23] = await Promise.all(
    ['cabinet2012', 'ofsted2016', 'ofsted2018', 'ofsted2023'].map((k) => dudleyReport(k as never)),
  );
  newest = p23!;
  comparison = compareAuthority(newest, [c12!, p16!, p18!])!;
});

describe('CompareView', () => {
  it('shows the summary, the moves in words, and where recommendations were raised before', () => {
    const { getByText, container } = render(<CompareView comparison={comparison} recommendations={newest.recommendations} />);
    expect(getByText(/^Since 2018: leaders and management down/)).toBeTruthy();
    const moves = [...container.querySelectorAll('tr[data-row=in_care] .move')].map((m) => m.textContent!.trim());
    expect(moves).toEqual(['↓ down', '↑ up', '↓ down']);
    expect(getByText('Raised before (2 of 5)')).toBeTruthy();
    expect(container.querySelector('svg[role=img]')?.getAttribute('aria-labelledby')).toBe('timeline-title timeline-desc');
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<CompareView comparison={comparison} recommendations={newest.recommendations} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('AddReports', () => {
  it('reports progress and each result', async () => {
    const progress = {
      total: 3,
      done: 2,
      results: [
        { name: 'a.pdf', ok: true, message: 'Dudley' },
        { name: 'b.pdf', ok: false, message: 'broken' },
      ],
    };
    const { getByText, getByRole, container } = render(<AddReports progress={progress} onFiles={vi.fn()} onUrls={vi.fn()} />);
    expect(getByText('2 of 3 read')).toBeTruthy();
    expect((getByRole('button', { name: 'Add from addresses' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('adds the addresses typed, one per line', () => {
    const onUrls = vi.fn();
    const { getByLabelText, getByRole } = render(<AddReports progress={null} onFiles={vi.fn()} onUrls={onUrls} />);
    fireEvent.input(getByLabelText('Or addresses, one per line'), {
      target: { value: 'https://a.example/1.pdf\nnot-a-url\nhttps://b.example/2.pdf' },
    });
    fireEvent.click(getByRole('button', { name: 'Add from addresses' }));
    expect(onUrls).toHaveBeenCalledWith(['https://a.example/1.pdf', 'https://b.example/2.pdf']);
  });
});
