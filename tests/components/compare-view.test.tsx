// @vitest-environment happy-dom
import path from 'node:path';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AddReports } from '../../components/add-reports';
import { AuthoritiesView } from '../../components/authorities-view';
import { AuthorityBriefing } from '../../components/authority-briefing';
import { BriefingView } from '../../components/briefing-view';
import { CompareView } from '../../components/compare-view';
import { groupByAuthority, newestOf } from '../../components/model/authority-list';
import { buildCompareModel, type CompareModel } from '../../components/model/compare-model';
import { decisionFor } from '../../components/model/link-model';
import type { SourceDocument } from '../../lib/compare/inspection-types';
import { dudleyReport } from '../unit/compare/dudley';
import { detectReport } from '../../lib/detect/detect-report';
import { readInputText } from '../../scripts/read-input';
import { makeClip, makeReport } from '../unit/storage/fixtures';
import { axeViolations } from './axe';

afterEach(cleanup);

let reports: SourceDocument[];
let model: CompareModel;
beforeAll(async () => {
  reports = await Promise.all(['cabinet2012', 'ofsted2016', 'ofsted2018', 'ofsted2023'].map((k) => dudleyReport(k as never)));
  model = buildCompareModel(reports[3]!, reports.slice(0, 3), [])!;
}, 90000); // four real PDFs read on a shared machine

const view = (m = model, onDecide = vi.fn()) => render(<CompareView model={m} onDecide={onDecide} onBriefing={vi.fn()} />);

/** The items of the list named `name`. */
const getRole = (all: (role: string, o?: object) => HTMLElement[], name: string) =>
  [...all('list', { name })[0]!.querySelectorAll('li')].map((li) => li.textContent);

describe('CompareView', () => {
  it('counts a report saved as its web page and its PDF as one stored report', () => {
    const page = { ...reports[1]!, id: 'https://reports.ofsted.gov.uk/provider/44/80464' };
    const twice = buildCompareModel(reports[3]!, [...reports.slice(0, 3), page], [])!;
    const { container } = view(twice);
    expect(container.querySelector('.compared-reports summary')!.textContent).toBe('4 stored reports compared');
    const items = [...container.querySelectorAll('.compared-reports li')].map((li) => li.textContent);
    expect(items.filter((t) => t!.includes(reports[1]!.title))).toEqual([expect.stringContaining('saved as PDF and web page')]);
  });

  it('lists a paper by its own title, with the inspection it speaks of, not under that inspection’s date', () => {
    const { container } = view();
    const items = [...container.querySelectorAll('.compared-reports li')].map((li) => li.textContent!);
    const paper = items.find((t) => t.includes(reports[0]!.title))!;
    expect(paper).toMatch(/^.+ \(about the (\w+ )?\d{4} inspection\)$/);
    expect(items.filter((t) => t !== paper)).toEqual(items.filter((t) => t !== paper).map(() => expect.stringMatching(/^\w+ \d{4}: /)));
  });

  it('names a paper by the inspection it discusses, not by an earlier one it also quotes', async () => {
    // The commissioner's 2016 review discusses the Jan–Feb 2016 inspection and quotes the 2011 one too.
    const review = await dudleyReport('commissioner2016');
    const m = buildCompareModel(reports[3]!, [...reports.slice(0, 3), review], [])!;
    const line = m.reports.find((r) => r.id === 'commissioner2016')!;
    expect(line.about).toBe(true);
    expect(line.label).toMatch(/2016/);
  });

  it('says so when two stored reports of one inspection give an area different grades, keeping the open report’s', async () => {
    // A saved web page of the Nov 2022 inspection that says Good where Ofsted's PDF says requires improvement.
    const text = await readInputText(path.resolve(import.meta.dirname, '../fixtures/pages/ilacs-summary.html'));
    const page = { id: 'summary-page', title: 'Dudley summary page', ...detectReport(text) };
    const m = buildCompareModel(reports[3]!, [...reports.slice(0, 3), page], [])!;
    const { container } = view(m);
    const block = container.querySelector('.area-block[data-row="in_care_and_care_leavers"], .area-block[data-row="in_care"]')!;
    const newest = block.querySelector('.area-grades > li')!;
    expect(newest.querySelector('.grade-chip')!.textContent).toMatch(/requires improvement/i);
    expect(newest.querySelector('.disputed')!.textContent).toBe('Documents disagree: Dudley summary page says good');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says which report recommendations are compared from, and that a later stored one holds its own', () => {
    const fromOlder = buildCompareModel(reports[2]!, [reports[0]!, reports[1]!, reports[3]!], [])!;
    const { container } = view(fromOlder);
    const line = [...container.querySelectorAll('p')].find((p) => /Recommendations compared from/.test(p.textContent!))!;
    expect(line.textContent).toMatch(
      /^Recommendations compared from the \w+ 2018 inspection\. A later inspection is stored \(Nov 2022\): open its report to see which of its recommendations were raised before\.$/,
    );
    cleanup();
    const newest = view();
    const own = [...newest.container.querySelectorAll('p')].find((p) => /Recommendations compared from/.test(p.textContent!))!;
    expect(own.textContent).toMatch(/^Recommendations compared from the Nov 2022 inspection\.$/);
  });

  it('names an undated earlier inspection without doubling the word', () => {
    const { container } = view({ ...model, openInspection: 'previous inspection', laterInspections: [] });
    const line = [...container.querySelectorAll('p')].find((p) => /Recommendations compared from/.test(p.textContent!))!;
    expect(line.textContent).toBe('Recommendations compared from the previous inspection.');
  });

  it('lists a dateless document’s earlier grade as an earlier inspection’s, not placed in time', () => {
    const grade = {
      key: 'overall',
      grade: 'inadequate',
      rank: 4,
      sourceId: 's',
      source: 'Story',
      quote: 'left its rating behind',
    };
    const history = { ...model.history, unplacedGrades: [{ ...grade, earlier: true }] };
    const { container } = view({ ...model, history } as CompareModel);
    const item = container.querySelector('.unplaced-grades li')!.textContent!;
    expect(item).toMatch(/^Overall effectiveness at an earlier inspection: .*Inadequate.* from Story: “left its rating behind”$/);
  });

  it('compares from the newest children’s services inspection, never from a later area SEND report', async () => {
    const file = path.resolve(import.meta.dirname, '../fixtures/pdf/send/80464-dudley_2025-03-11.pdf');
    const send: SourceDocument = { id: 'send2025', title: 'Dudley area SEND', ...detectReport(await readInputText(file)) };
    const stored = [reports[2]!, reports[3]!, send];
    const open = newestOf('332', stored)!;
    expect(open.id).toBe(reports[3]!.id);
    const { container } = view(buildCompareModel(open, stored, [])!);
    const line = [...container.querySelectorAll('p')].find((p) => /Recommendations compared from/.test(p.textContent!))!;
    expect(line.textContent).toMatch(/^Recommendations compared from the Nov 2022 inspection\.$/);
    expect(container.textContent).not.toMatch(/no inspection recommendations open here/);
  }, 60000);

  it('lists the 2013 looked after children report as its own inspection, not SLAC, in inspections and sources', async () => {
    const pdf = (f: string) => readInputText(path.resolve(import.meta.dirname, '../fixtures/pdf', f));
    const lac: SourceDocument = { id: 'kent2013', title: 'Kent 2013', ...detectReport(await pdf('80476-kent_2013-08-23.pdf')) };
    const sif: SourceDocument = { id: 'kent2017', title: 'Kent 2017', ...detectReport(await pdf('80476-kent_2017-06-13.pdf')) };
    const kent = buildCompareModel(sif, [lac], [])!;
    expect(kent.reports.find((r) => r.id === 'kent2013')!.label).toBe('Jul 2013');
    const { container } = view(kent);
    const items = [...container.querySelectorAll('.inspections > li')].map((li) => li.textContent!);
    expect(items.find((t) => t.startsWith('Jul 2013'))).toMatch(/^Jul 2013 · looked after children services 2012–13/);
    expect(items.find((t) => t.startsWith('Jan 2013'))).toMatch(
      /^Jan 2013 · protection of children 2012–13.*known only from a later document/,
    );
    expect(items.filter((t) => / · SLAC/.test(t))).toHaveLength(1);
  }, 60000);

  it('reads down: inspections newest first, labelled by publication month, dates beneath', () => {
    const { container } = view();
    const items = [...container.querySelectorAll('.inspections > li')].map((li) => li.textContent!);
    // No publication date is found in the 2023 PDF, so the month the inspection ended names it.
    expect(items[0]).toMatch(/^Nov 2022 · ILACS.*inspected 31 October to 11 November 2022/);
    expect(items.at(-1)).toMatch(/ · SLAC/);
    expect(container.querySelector('table')).toBeNull();
  });

  it('says each move in words against the previous grade shown in its area', () => {
    const { container } = view();
    const moves = [...container.querySelectorAll('[data-row=in_care] .move')].map((m) => m.textContent!.replace(/^\W+/, ''));
    expect(moves[0]).toBe('down from good (2018)');
    const words = [...container.querySelectorAll('.move')].map((m) => m.textContent!);
    expect(words.every((w) => /^(?:↑ up from|↓ down from|→ same as) [a-z ]+ \([^)]+\)$/.test(w))).toBe(true);
  });

  it('draws one small chart per area, and names who reported a quoted grade in text', () => {
    const { container } = view();
    expect(container.querySelectorAll('svg.area-chart').length).toBe(container.querySelectorAll('.area-block').length);
    for (const reported of container.querySelectorAll('.reported')) expect(reported.textContent).toMatch(/^reported by /);
  });

  it('shows raised before with the earlier wording, and the closest later wording under a neutral heading', () => {
    const { getByText, container } = view();
    expect(container.querySelector('.recurring')!.textContent).toContain('raised before: 2016');
    expect(getByText(/^Not repeated in later reports/)).toBeTruthy();
    expect(container.textContent).not.toMatch(/dealt with/i);
    fireEvent.click(container.querySelector('.not-repeated-groups button[aria-expanded=false]')!);
    expect(container.querySelector('.not-repeated .closest')!.textContent).toMatch(/match score 0\.\d\d/);
  });

  it('asks to confirm or reject a suggested link, and the decision wins over the score', () => {
    const onDecide = vi.fn();
    const { getAllByRole } = view(model, onDecide);
    fireEvent.click(getAllByRole('button', { name: /^Not the same:/ })[0]!);
    const [from, to, decision] = onDecide.mock.calls[0]!;
    expect(decision).toBe('rejected');
    const rejected = buildCompareModel(reports[3]!, reports.slice(0, 3), [decisionFor('332', from, to, 'rejected')])!;
    const link = rejected.links.find((l) => l.from.sourceId === from.sourceId && l.from.index === from.index)!;
    expect(link.rejected.map((r) => r.quote)).toEqual([to.quote]);
    expect(link.to?.quote).not.toBe(to.quote);
    cleanup();
    const { container } = view(rejected);
    for (const b of container.querySelectorAll('.not-repeated-groups button')) fireEvent.click(b);
    expect(container.textContent).toContain('✗ Rejected by you');
  });

  it('turns a confirmed closest wording into a link, however low its score', () => {
    const onDecide = vi.fn();
    const { container } = view(model, onDecide);
    fireEvent.click(container.querySelector('.not-repeated-groups button[aria-expanded=false]')!);
    const item = container.querySelector('.not-repeated > li')!;
    fireEvent.click(item.querySelector('button[aria-label^="Same recommendation:"]')!);
    const [from, to] = onDecide.mock.calls[0]!;
    const confirmed = buildCompareModel(reports[3]!, reports.slice(0, 3), [decisionFor('332', from, to, 'confirmed')])!;
    const link = confirmed.links.find((l) => l.from.sourceId === from.sourceId && l.from.index === from.index)!;
    expect([link.linked, link.confirmed, link.to!.quote]).toEqual([true, true, to.quote]);
  });

  it('names every statistical neighbour, "not saved" when none is stored', () => {
    const { container } = view();
    const items = [...container.querySelectorAll('.neighbours > li')];
    expect(items).toHaveLength(model.authority.neighbours.length);
    expect(items.every((li) => /not saved/.test(li.textContent!))).toBe(true);
  });

  it('has no accessibility violations', async () => {
    const { container } = view();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('keyboard focus after an action', () => {
  it('moves focus to the heading of a comparison opened from Authorities', () => {
    render(<CompareView model={model} onDecide={vi.fn()} onBriefing={vi.fn()} focusTitle />);
    expect(document.activeElement?.id).toBe('compare-title');
  });

  it('keeps focus on the re-rendered decision after "Same recommendation"', () => {
    const onDecide = vi.fn();
    const { getAllByRole, rerender } = render(<CompareView model={model} onDecide={onDecide} onBriefing={vi.fn()} />);
    const button = getAllByRole('button', { name: /^Same recommendation:/ })[0]!;
    button.focus();
    fireEvent.click(button);
    const [from, to] = onDecide.mock.calls[0]!;
    const confirmed = buildCompareModel(reports[3]!, reports.slice(0, 3), [decisionFor('332', from, to, 'confirmed')])!;
    rerender(<CompareView model={confirmed} onDecide={onDecide} onBriefing={vi.fn()} />);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Undo confirming/);
  });

  it('names every decision button by its visible words first, so a speech-input user can say what they see (WCAG 2.5.3)', () => {
    const { container } = render(<CompareView model={model} onDecide={vi.fn()} onBriefing={vi.fn()} />);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.decision button')];
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons)
      expect(b.getAttribute('aria-label') ?? b.textContent).toMatch(new RegExp(`^${b.textContent!.trim()}`));
  });

  it('moves focus to the next report after a removal', () => {
    const groups = groupByAuthority(reports);
    const props = { onCompare: vi.fn(), onBriefing: vi.fn(), onRemove: vi.fn() };
    const { getAllByRole, rerender } = render(<AuthoritiesView groups={groups} {...props} />);
    const listed = groups[0]!.reports;
    const remove = getAllByRole('button', { name: /^Remove / })[1]!;
    remove.focus();
    fireEvent.click(remove);
    const left = groupByAuthority(reports.filter((r) => r.id !== listed[1]!.id));
    rerender(<AuthoritiesView groups={left} {...props} />);
    expect(document.activeElement).toBe(getAllByRole('button', { name: /^Remove / })[1]);
    expect(document.activeElement?.closest('li')?.textContent).toContain(listed[2]!.title);
  });
});

describe('AuthoritiesView', () => {
  it('lists authorities with their reports, compares one and removes one report', async () => {
    const onCompare = vi.fn();
    const onRemove = vi.fn();
    const groups = groupByAuthority(reports);
    const { getByRole, container } = render(
      <AuthoritiesView groups={groups} onCompare={onCompare} onBriefing={vi.fn()} onRemove={onRemove} />,
    );
    expect(groups[0]!.name).toBe('Dudley');
    fireEvent.click(getByRole('button', { name: 'Compare Dudley’s inspections' }));
    expect(onCompare).toHaveBeenCalledWith('332');
    fireEvent.click(getByRole('button', { name: `Remove ${reports[1]!.title}` }));
    expect(onRemove).toHaveBeenCalledWith([reports[1]!.id], reports[1]!.title);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists a report saved as its web page and its PDF once, and removes both copies together', async () => {
    const page = { ...reports[1]!, id: 'https://reports.ofsted.gov.uk/provider/44/80464' };
    const onRemove = vi.fn();
    const groups = groupByAuthority([...reports, page]);
    const { getAllByRole, getByRole, container } = render(
      <AuthoritiesView groups={groups} onCompare={vi.fn()} onBriefing={vi.fn()} onRemove={onRemove} />,
    );
    const rows = getAllByRole('listitem').filter((li) => !li.querySelector('li') && li.textContent!.includes(reports[1]!.title));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('saved as PDF and web page');
    fireEvent.click(getByRole('button', { name: `Remove ${reports[1]!.title} (both copies)` }));
    expect(onRemove).toHaveBeenCalledWith([reports[1]!.id, page.id], reports[1]!.title);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('AuthorityBriefing', () => {
  it('names each report in the sources by its own inspection, not by an earlier one it quotes', () => {
    // The 2016 SIF report quotes the 2011 inspection's grades; it is still the report of April 2016.
    expect(model.reports.map((r) => [r.id, r.label])).toEqual([
      ['cabinet2012', 'Dec 2011'],
      ['ofsted2016', 'Feb 2016'],
      ['ofsted2018', 'Nov 2018'],
      ['ofsted2023', 'Nov 2022'],
    ]);
  });

  it('lists every saved document of the authority in the sources, one with no grade or recommendation too', () => {
    const document = {
      authority: 'Dudley',
      authorityUrn: '80464',
      framework: null,
      kind: 'other',
      inspectionDates: null,
      publicationDate: null,
    };
    const bare: SourceDocument = {
      id: 'news',
      title: 'Dudley: report “Council news”',
      document,
      judgements: [],
      recommendations: [],
    };
    const withBare = buildCompareModel(reports[3]!, [...reports.slice(0, 3), bare], [])!;
    expect(withBare.reports.at(-1)).toMatchObject({ id: 'news', label: 'not placed in time' });
  });

  it('prints what moved, the history, recurring recommendations and sources, without violations', async () => {
    const sources = model.reports.map((r) => ({ ...r, url: `https://example.org/${r.id}` }));
    const { container, getByText } = render(
      <AuthorityBriefing model={model} clips={[]} sources={sources} printed="29 November 2026" />,
    );
    expect(getByText(/^From Nov 2018 to \w{3} 20\d\d: /)).toBeTruthy();
    expect(container.querySelectorAll('.sources li')).toHaveLength(4);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('prints matches the councillor confirmed apart from unchecked suggestions, which it says to check first', async () => {
    const suggested = model.links.filter((l) => l.linked && l.to && !l.confirmed);
    expect(suggested.length).toBeGreaterThan(0);
    const { container, getByRole } = render(
      <AuthorityBriefing model={model} clips={[]} sources={[]} printed="29 November 2026" />,
    );
    expect(getByRole('heading', { name: 'Recommendations raised again, confirmed (0)' })).toBeTruthy();
    const heading = getByRole('heading', { name: `Possible repeats to check (${suggested.length})` });
    expect(heading.nextElementSibling?.textContent).toMatch(/matched by wording alone/);
    // Compare lists a pair under "Raised before" only when opened from the later report: the briefing says where.
    expect(heading.nextElementSibling?.textContent).toMatch(/Compare opened from the later inspection’s report \(the second of each pair\)/);
    expect(container.querySelectorAll('ol.recurring:not(.suggested) li')).toHaveLength(0);
    expect(container.querySelectorAll('ol.suggested li')).toHaveLength(suggested.length);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists every possible repeat the briefing prints under Raised before in Compare opened from its later report', () => {
    const suggested = model.links.filter((l) => l.linked && l.to && !l.confirmed);
    for (const l of suggested) {
      const later = reports.find((r) => r.id === l.to!.sourceId)!;
      const from = buildCompareModel(later, reports.filter((r) => r !== later), [])!;
      const listed = [...from.raised.values()].flat().map((x) => `${x.from.quote}|${x.to!.quote}`);
      expect(listed).toContain(`${l.from.quote}|${l.to!.quote}`);
    }
  });

  it('prints the possible repeats strongest match first, so the likeliest are checked first', () => {
    const suggested = model.links.filter((l) => l.linked && l.to && !l.confirmed);
    // Put the suggestions in rising order of score, as the model may hold them in document order.
    const rising = { ...model, links: [...suggested].sort((a, b) => a.score - b.score) };
    const { container } = render(<AuthorityBriefing model={rising} clips={[]} sources={[]} printed="29 November 2026" />);
    const printed = [...container.querySelectorAll('ol.suggested li strong')].map((s) => Number(/score ([\d.]+)/.exec(s.textContent!)![1]));
    expect(printed).toHaveLength(suggested.length);
    expect(printed).toEqual([...printed].sort((a, b) => b - a));
    expect(new Set(printed).size).toBeGreaterThan(1);
  });

  it('prints the authority’s other inspections (area SEND) on their own scale', async () => {
    const send = {
      kind: 'area SEND inspection',
      label: 'Area SEND inspection',
      entries: [
        {
          source: 'send2024',
          inspectionDates: '15 to 19 April 2024',
          publicationDate: '2024-06-01',
          previousInspection: null,
          grades: { 'Inspection outcome': 'widespread and/or systemic failings' },
        },
      ],
    };
    const withSend = { ...model, otherKinds: [send] };
    const { container } = render(<AuthorityBriefing model={withSend} clips={[]} sources={[]} printed="29 November 2026" />);
    expect(container.querySelector('.kind-history')?.textContent).toContain('widespread and/or systemic failings');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists clips for follow-up exactly as the one-report briefing does', () => {
    const clip = makeClip();
    const sources = model.reports.map((r) => ({ ...r, url: null }));
    const authority = render(<AuthorityBriefing model={model} clips={[clip]} sources={sources} printed="29 November 2026" />);
    const rows = authority.container.querySelector('.follow-up')!.outerHTML;
    cleanup();
    const one = render(<BriefingView report={makeReport()} clips={[clip]} printed="29 November 2026" />);
    expect(one.container.querySelector('.follow-up')!.outerHTML).toBe(rows);
    expect(rows).toContain('to raise');
    expect(rows).toContain('follow up by 10 December 2026 · clipped 21 November 2026, updated 21 November 2026');
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

  it('says which lines are not addresses, instead of ignoring them', () => {
    const onUrls = vi.fn();
    const { getByLabelText, getByRole, getByText } = render(<AddReports progress={null} onFiles={vi.fn()} onUrls={onUrls} />);
    fireEvent.input(getByLabelText('Or addresses, one per line'), {
      target: { value: 'https://a.example/1.pdf\nDudley 2018 report\n\nftp://c.example/3.pdf' },
    });
    fireEvent.click(getByRole('button', { name: 'Add from addresses' }));
    expect(onUrls).toHaveBeenCalledWith(['https://a.example/1.pdf']);
    expect(getByText('Line 2: “Dudley 2018 report” is not a web address (http or https).')).toBeTruthy();
    expect(getByText('Line 4: “ftp://c.example/3.pdf” is not a web address (http or https).')).toBeTruthy();
  });

  it('reports every line it cannot use, by line number, and reads each address once', () => {
    const onUrls = vi.fn();
    const { getByLabelText, getByRole, getAllByRole } = render(<AddReports progress={null} onFiles={vi.fn()} onUrls={onUrls} />);
    fireEvent.input(getByLabelText('Or addresses, one per line'), {
      target: {
        value:
          'https://a.example/1.pdf\n- https://b.example/2.pdf\nhttps://a.example/1.pdf\nhttps://exa mple/3.pdf\nhttps://c.example/4.pdf',
      },
    });
    fireEvent.click(getByRole('button', { name: 'Add from addresses' }));
    expect(onUrls).toHaveBeenCalledWith(['https://a.example/1.pdf', 'https://c.example/4.pdf']);
    const unused = getRole(getAllByRole, 'Lines not used (3)');
    expect(unused).toEqual([
      'Line 2: “- https://b.example/2.pdf” is not a web address (http or https).',
      'Line 3: the same address as line 1, read once.',
      'Line 4: “https://exa mple/3.pdf” is not a web address (http or https).',
    ]);
  });

  it('keeps the heading order when it is the first section under the page heading (the empty Compare tab)', async () => {
    const { container } = render(
      <main>
        <h1>Inspection Lens</h1>
        <AddReports progress={null} onFiles={vi.fn()} onUrls={vi.fn()} level={2} />
      </main>,
    );
    expect(container.querySelector('#add-title')!.tagName).toBe('H2');
    expect(await axeViolations(container)).toEqual([]);
  });
});

// An invented focused visit letter to Dudley after its 2022 inspection (no real one is at hand),
// worded as Ofsted's ILACS focused visit letters are.
const VISIT = `Focused visit to Dudley children’s services\n\nDear Director\n\nThis letter summarises the findings of the focused visit to Dudley children’s services on 3 and 4 May 2024. This visit looked at the local authority’s arrangements for children in care.\n\nAt the last inspection in 2022, the local authority was judged to require improvement to be good.\n\nAreas for priority action\n\n• The quality of management oversight of children at risk of exploitation.\n\nAreas for improvement\n\n• The timeliness of health assessments.\n• The quality of pathway plans.\n`;

describe('CompareView with a visit between inspections', () => {
  it('shows the visit on the timeline with its theme and recommendations, and keeps the moves and charts of the graded inspections', async () => {
    const visit: SourceDocument = { id: 'visit.pdf', title: 'Focused visit', ...detectReport(VISIT) };
    const withVisit = buildCompareModel(reports[3]!, [...reports.slice(0, 3), visit], [])!;
    const { container } = view(withVisit);
    const first = container.querySelector('.inspections > li')!;
    expect(first.classList.contains('visit')).toBe(true);
    expect(first.textContent).toMatch(/^May 2024 · Focused visit, no grades/);
    expect(first.querySelector('.theme')!.textContent).toBe('Theme: the local authority’s arrangements for children in care');
    expect(first.querySelector('summary')!.textContent).toBe('3 recommendations from this visit');
    expect([...first.querySelectorAll('.visit-recommendations li')].map((l) => l.textContent)).toEqual([
      'The quality of management oversight of children at risk of exploitation.',
      'The timeliness of health assessments.',
      'The quality of pathway plans.',
    ]);
    expect(container.querySelector('.summary')!.textContent).toMatch(/^From Nov 2018 to \w{3} 20\d\d: /);
    expect(container.querySelectorAll('svg.area-chart').length).toBe(container.querySelectorAll('.area-block').length);
    expect(await axeViolations(container)).toEqual([]);
  });
});
