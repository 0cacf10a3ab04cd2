// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingView } from '../../components/briefing-view';
import { makeClip, makeReport } from '../unit/storage/fixtures';
import { axeViolations } from './axe';

afterEach(cleanup);

describe('BriefingView of one report', () => {
  it('names its source address and print date, and labels each clip’s follow-up status', () => {
    const report = makeReport('fingerprint-1', { urls: ['https://files.ofsted.gov.uk/v1/file/50012345'] });
    const { container, getByRole } = render(<BriefingView report={report} clips={[makeClip()]} printed="30 November 2026" />);
    expect(container.textContent).toContain('Meeting briefing printed 30 November 2026 from Inspection Lens.');
    expect(getByRole('link', { name: 'https://files.ofsted.gov.uk/v1/file/50012345' }).getAttribute('href')).toBe(
      'https://files.ofsted.gov.uk/v1/file/50012345',
    );
    expect(container.querySelector('.follow-up-status')!.textContent).toBe('Follow-up status: to raise');
  });

  it('writes every date a councillor reads in the UK form, not ISO', () => {
    const report = makeReport('fingerprint-1', { document: { ...makeReport().document, publicationDate: '2023-01-13' } });
    const clip = makeClip('clip-1', {
      due: '2024-05-01',
      createdAt: '2024-04-03T10:00:00.000Z',
      updatedAt: '2024-04-20T08:00:00.000Z',
    });
    const { container } = render(<BriefingView report={report} clips={[clip]} printed="30 November 2026" />);
    expect(container.textContent).toContain('published 13 January 2023');
    expect(container.querySelector('.follow-up')!.textContent).toContain(
      'follow up by 1 May 2024 · clipped 3 April 2024, updated 20 April 2024',
    );
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says a report read from a file on this computer came from one, with no link', () => {
    const report = makeReport('fingerprint-1', { urls: ['file:Dudley 2018.pdf'] });
    const { container, queryByRole } = render(<BriefingView report={report} clips={[]} printed="30 November 2026" />);
    expect(container.textContent).toContain('Source: a file on this computer (Dudley 2018.pdf)');
    expect(queryByRole('link')).toBeNull();
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<BriefingView report={makeReport()} clips={[makeClip()]} printed="30 November 2026" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
