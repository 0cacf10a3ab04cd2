// The side panel in Chromium, as a councillor uses it: findings of the open report, click to scroll,
// clip two recommendations with notes, restart the browser and find them again, then back up,
// delete everything and restore. The panel is opened as a page pinned to the report's tab
// (sidepanel.html?tab=ID), because Playwright cannot click the toolbar button.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId, launchWithExtension, serveFixtures } from '../../support/browser-harness';
import { frontTabId, readClipMarks, readHighlights, squash, waitForLens } from './page-helpers';
import { axeViolations } from './axe-helpers';

const REPORT = '80432-bolton_2014-03-21.html';
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-profile-'));
let server: Awaited<ReturnType<typeof serveFixtures>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

/** The report page and a panel pinned to its tab. */
async function openReportAndPanel(): Promise<{ report: Page; panel: Page }> {
  const report = await context.newPage();
  await report.goto(server.url(REPORT));
  expect(await waitForLens(report)).toBe('painted');
  await report.bringToFront();
  const tabId = await frontTabId(context);
  const panel = await context.newPage();
  panel.on('dialog', (dialog) => void dialog.accept());
  await panel.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('.finding-list', { timeout: 20000 });
  return { report, panel };
}

/** Every row of one object store, read from IndexedDB itself in an extension page. */
const storedRows = <T>(page: Page, store: 'clips' | 'drafts') =>
  page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('inspection-lens');
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => (resolve(all.result), open.result.close());
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  ) as Promise<T[]>;
type StoredClip = { id: string; note: string; tags: string[]; updatedAt: string };
const storedClip = async (page: Page, id: string) => (await storedRows<StoredClip>(page, 'clips')).find((c) => c.id === id);

// Another window's reaction goes through a broadcast and a full re-read: allow for a busy machine.
const SLOW = { timeout: 15000 };

/** The first clip card in My clips, and its id. */
async function firstCard(panel: Page) {
  await panel.getByRole('tab', { name: /My clips/ }).click();
  const card = panel.locator('ul.clips > li').first();
  await card.waitFor();
  return { card, id: (await card.getAttribute('id'))!.replace('clip-card-', '') };
}

/** The clips marked on a web page (in the closed shadow root: page scripts cannot read them). */
const clipHighlights = readClipMarks;

describe('side panel', () => {
  it('shows the findings, scrolls the page to one, and keeps two clipped recommendations across a restart', async () => {
    context = await launchWithExtension({ userDataDir: profile });
    const { report, panel } = await openReportAndPanel();
    expect(await panel.getByRole('heading', { name: /Judgements \(\d+\)/ }).textContent()).toMatch(/Judgements \(7\)/);
    expect(await panel.locator('.grade-chip').first().textContent()).toMatch(
      /Requires improvement to be good|Good|Inadequate|Outstanding/,
    );

    const last = panel.locator('.recommendations button.link').last();
    await last.click();
    await expect.poll(() => report.evaluate(() => scrollY)).toBeGreaterThan(1000);
    expect(await report.evaluate(() => CSS.highlights.has('lens-focus'))).toBe(true);

    await panel.getByRole('button', { name: 'Clip recommendation 1', exact: true }).click();
    await expect
      .poll(() => panel.getByRole('button', { name: 'Recommendation 1 clipped', exact: true }).textContent())
      .toBe('Clipped');
    await panel.getByRole('button', { name: 'Clip recommendation 2', exact: true }).click();
    await expect.poll(() => clipHighlights(report)).toHaveLength(2);

    await panel.getByRole('tab', { name: /My clips/ }).click();
    const notes = panel.getByLabel('Note');
    await expect.poll(() => notes.count()).toBe(2);
    for (const [i, text] of ['Ask the director at the March panel', 'Check against the improvement plan'].entries()) {
      await notes.nth(i).fill(text);
      await panel.getByRole('button', { name: 'Save clip' }).nth(i).click();
    }
    // Read the notes back from IndexedDB itself, so the browser closes only after both writes landed.
    const storedNotes = () =>
      panel.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('inspection-lens');
            open.onsuccess = () => {
              const all = open.result.transaction('clips').objectStore('clips').getAll();
              all.onsuccess = () => resolve((all.result as Array<{ note: string }>).map((c) => c.note).sort());
            };
          }),
      );
    await expect.poll(storedNotes).toEqual(['Ask the director at the March panel', 'Check against the improvement plan']);
    await context.close();

    context = await launchWithExtension({ userDataDir: profile });
    const again = await openReportAndPanel();
    await expect.poll(() => clipHighlights(again.report)).toHaveLength(2);
    await again.panel.getByRole('tab', { name: /My clips \(2\)/ }).click();
    const values = await again.panel
      .getByLabel('Note')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).sort());
    expect(values).toEqual(['Ask the director at the March panel', 'Check against the improvement plan']);
  });

  it('backs up, deletes everything, restores, and everything is back', async () => {
    const { report, panel } = await openReportAndPanel();
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
    ]);
    const backupFile = path.join(profile, 'backup.json');
    await download.saveAs(backupFile);
    const backup = JSON.parse(fs.readFileSync(backupFile, 'utf8'));
    expect([backup.reports.length, backup.clips.length]).toEqual([1, 2]);

    await panel.getByRole('button', { name: 'Delete all saved reports and clips…' }).click();
    await expect.poll(() => panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (0)');
    await report.reload();
    await waitForLens(report);
    expect(await clipHighlights(report)).toEqual([]);

    await panel.setInputFiles('input[type=file][accept*=json]', backupFile);
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toBe('Restored: 1 report and 2 clips added, 0 clips updated.');
    await panel.setInputFiles('input[type=file][accept*=json]', backupFile);
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toBe('Restored: 0 reports and 0 clips added, 0 clips updated.');
    expect(await panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (2)');
    await report.reload();
    await waitForLens(report);
    await expect.poll(() => clipHighlights(report)).toHaveLength(2);
  });

  it('refuses a corrupt backup with a message and changes nothing', async () => {
    const { panel } = await openReportAndPanel();
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    const bad = path.join(profile, 'bad.json');
    fs.writeFileSync(bad, '{"format":"inspection-lens-backup","version":1,"reports":[');
    await panel.setInputFiles('input[type=file][accept*=json]', bad);
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('or it was cut short');
    expect(await panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (2)');
    const empty = path.join(profile, 'empty.json');
    fs.writeFileSync(empty, '');
    await panel.setInputFiles('input[type=file][accept*=json]', empty);
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toMatch(/^This file is empty, so there is nothing to restore\./);
    expect(await panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (2)');
  });

  it('restores the good rows of a backup with one bad report, and names the bad one in words', async () => {
    const { panel } = await openReportAndPanel();
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    const backup = JSON.parse(fs.readFileSync(path.join(profile, 'backup.json'), 'utf8'));
    const bad = { ...backup.reports[0], id: 'bad-copy', title: 'Calderdale 2018 inspection', urls: null };
    const file = path.join(profile, 'one-bad-report.json');
    fs.writeFileSync(file, JSON.stringify({ ...backup, reports: [...backup.reports, bad] }));
    await panel.setInputFiles('input[type=file][accept*=json]', file);
    await expect
      .poll(() => panel.getByRole('status').textContent(), SLOW)
      .toBe(
        'Restored: 0 reports and 0 clips added, 0 clips updated. 1 report could not be read and was left out: “Calderdale 2018 inspection” (urls: the wrong kind of value). Everything already saved here is kept.',
      );
    expect(await panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (2)');
  });

  it('keeps two panels in two windows in step', async () => {
    const first = await openReportAndPanel();
    const second = await openReportAndPanel();
    await first.panel.getByRole('tab', { name: /My clips/ }).click();
    await second.panel.getByRole('tab', { name: /My clips/ }).click();
    await first.panel.getByRole('button', { name: 'Delete clip' }).first().click();
    await expect.poll(() => second.panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (1)');
  });

  it('two panels editing one clip end with the later edit and a message in the other, nothing lost', async () => {
    const [a, b] = [(await openReportAndPanel()).panel, (await openReportAndPanel()).panel];
    const [{ card: cardA, id }, { card: cardB }] = [await firstCard(a), await firstCard(b)];
    // B changes only the tags; A saves a new note first. B follows A's note, and its save keeps both.
    await cardB.getByLabel('Tags (comma separated)').fill('placements, health');
    await cardA.getByLabel('Note').fill('Note saved in window A');
    await cardA.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => cardB.getByLabel('Note').inputValue(), SLOW).toBe('Note saved in window A');
    expect(await cardB.getByRole('status').textContent()).toMatch(/changes saved in another window/);
    await cardB.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => storedClip(b, id)).toMatchObject({ note: 'Note saved in window A', tags: ['placements', 'health'] });

    // Both type a note, A right after B's save (before A's window may have painted it). A follows B's
    // tags, keeps its typing, and saves first; B is told, and its save is refused until B saves again knowingly.
    await cardA.getByLabel('Note').fill('A: a second thought');
    await cardB.getByLabel('Note').fill('B: the later edit');
    await expect.poll(() => cardA.getByRole('status').textContent(), SLOW).toMatch(/changes saved in another window/);
    expect(await cardA.getByLabel('Tags (comma separated)').inputValue()).toBe('placements, health');
    expect(await cardA.getByLabel('Note').inputValue()).toBe('A: a second thought');
    await cardA.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(async () => (await storedClip(b, id))!.note, SLOW).toBe('A: a second thought');
    // The row is stored before A's panel has read it back and confirmed: wait for the confirmation.
    await expect.poll(() => cardA.getByRole('status').textContent(), SLOW).toBe('Clip saved.');
    await expect
      .poll(() => cardB.getByRole('alert').textContent(), SLOW)
      .toMatch(/also changed in another window.*A: a second thought/);
    await cardB.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => cardB.getByRole('alert').textContent(), SLOW).toMatch(/^Not saved: .*A: a second thought.*again/);
    expect([await cardB.getByLabel('Note').inputValue(), (await storedClip(b, id))!.note]).toEqual([
      'B: the later edit',
      'A: a second thought',
    ]);
    await cardB.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(async () => (await storedClip(b, id))!.note, SLOW).toBe('B: the later edit');
    await expect.poll(() => cardA.getByLabel('Note').inputValue(), SLOW).toBe('B: the later edit');
    expect(await cardA.getByRole('status').textContent()).toMatch(/changes saved in another window/);
    await Promise.all([a.close(), b.close()]);
  });

  it('a reloaded window shows its own saved note, never the unsaved draft of another window still open', async () => {
    const [a, b] = [(await openReportAndPanel()).panel, (await openReportAndPanel()).panel];
    const [{ card: cardA, id }, { card: cardB }] = [await firstCard(a), await firstCard(b)];
    await cardA.getByLabel('Note').fill('Window A note');
    await cardB.getByLabel('Note').fill('Window B note');
    await cardA.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(async () => (await storedClip(a, id))!.note, SLOW).toBe('Window A note');
    await expect.poll(() => cardB.getByRole('alert').textContent(), SLOW).toMatch(/also changed in another window/);
    await cardB.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => cardB.getByRole('alert').textContent(), SLOW).toMatch(/^Not saved: /);
    await expect
      .poll(async () => (await storedRows<{ note: string }>(b, 'drafts')).map((d) => d.note), SLOW)
      .toEqual(['Window B note']);

    await a.reload();
    const reloadedA = (await firstCard(a)).card;
    await expect.poll(() => reloadedA.getByLabel('Note').inputValue(), SLOW).toBe('Window A note');
    // B's draft is still B's: B's own reload brings it back.
    await b.reload();
    const reloadedB = (await firstCard(b)).card;
    await expect.poll(() => reloadedB.getByLabel('Note').inputValue(), SLOW).toBe('Window B note');
    expect(await reloadedA.getByLabel('Note').inputValue()).toBe('Window A note');
    await reloadedB.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => storedRows(b, 'drafts'), SLOW).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps a note typed in My clips across switching panel tabs and closing the panel, until saved', async () => {
    const { panel } = await openReportAndPanel();
    const { card, id } = await firstCard(panel);
    const before = (await storedClip(panel, id))!.note;
    const draft = 'Draft: ask how many return interviews were late';
    await card.getByLabel('Note').fill(draft);
    await panel.getByRole('tab', { name: 'This report' }).click();
    expect(await panel.locator('ul.clips').count()).toBe(0);
    expect(await (await firstCard(panel)).card.getByLabel('Note').inputValue()).toBe(draft);
    await expect
      .poll(async () => (await storedRows<{ note: string }>(panel, 'drafts')).map((d) => d.note), SLOW)
      .toEqual([draft]);
    const address = panel.url();
    await panel.close();

    const reopened = await context.newPage();
    await reopened.goto(address);
    const again = await firstCard(reopened);
    expect(await again.card.getByLabel('Note').inputValue()).toBe(draft);
    expect((await storedClip(reopened, id))!.note).toBe(before);
    await again.card.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => again.card.getByRole('status').textContent(), SLOW).toBe('Clip saved.');
    expect((await storedClip(reopened, id))!.note).toBe(draft);
    expect(await storedRows(reopened, 'drafts')).toEqual([]);
    await reopened.close();
  });

  it('deletes a clip, and Undo delete brings it back as it was', async () => {
    const { panel } = await openReportAndPanel();
    const { card, id } = await firstCard(panel);
    const before = await storedClip(panel, id);
    const count = await panel.getByRole('tab', { name: /My clips/ }).textContent();
    await card.getByRole('button', { name: 'Delete clip' }).click();
    await expect.poll(async () => await storedClip(panel, id), SLOW).toBeUndefined();
    const undo = panel.getByRole('button', { name: 'Undo delete' });
    await expect.poll(() => undo.evaluate((b) => b === document.activeElement), SLOW).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => storedClip(panel, id), SLOW).toEqual(before);
    await expect.poll(() => panel.getByRole('tab', { name: /My clips/ }).textContent(), SLOW).toBe(count);
    // The Undo button goes with its message: the focus lands on the clip brought back, and a status says so.
    const focusedCard = () => panel.evaluate(() => document.activeElement?.closest('li')?.id ?? null);
    await expect.poll(focusedCard, SLOW).toBe(`clip-card-${id}`);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Restored the clip' }).count(), SLOW).toBe(1);
    await panel.close();
  });

  it('shows an unsaved note restored from a backup in My clips at once, across a tab switch and a panel reload, and in a second open panel', async () => {
    const { panel } = await openReportAndPanel();
    const { id } = await firstCard(panel);
    const clip = (await storedClip(panel, id))!;
    // A second window's panel, open on My clips with that clip's editor shown before the restore.
    const other = await context.newPage();
    await other.setViewportSize({ width: 360, height: 800 });
    await other.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
    await firstCard(other);
    const otherNote = () => other.locator(`#clip-card-${id}`).getByLabel('Note').inputValue();
    expect(await otherNote()).toBe(clip.note);
    // A backup made in another browser: its draft names a panel that is not open here. It holds only
    // this clip (an older version, so not restored over it): the clip deleted earlier would come back
    // as the newest, first card, and the later tests expect one clip.
    const backup = JSON.parse(fs.readFileSync(path.join(profile, 'backup.json'), 'utf8'));
    const note = 'Ask the director for an update at the March committee';
    const draft = {
      clipId: id,
      note,
      tags: '',
      status: 'to raise',
      due: '',
      baseUpdatedAt: clip.updatedAt,
      savedAt: clip.updatedAt,
      editor: 'a-closed-panel',
    };
    const clips = backup.clips.filter((c: StoredClip) => c.id === id);
    expect(clips).toHaveLength(1);
    const file = path.join(profile, 'with-draft.json');
    fs.writeFileSync(file, JSON.stringify({ ...backup, clips, drafts: [draft] }));
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    await panel.setInputFiles('input[type=file][accept*=json]', file);
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Restored' }).textContent(), SLOW)
      .toMatch(/0 clips added, 0 clips updated\. 1 unsaved clip edits were added/);
    // Found by its id: the newest clip comes first, whichever clip that is.
    const noteOf = async () => (await firstCard(panel), panel.locator(`#clip-card-${id}`).getByLabel('Note').inputValue());
    expect(await noteOf()).toBe(note);
    // The other panel shows it too, without reopening, once.
    await expect.poll(otherNote, SLOW).toBe(note);
    expect(await other.locator(`#clip-card-${id}`).count()).toBe(1);
    expect(await other.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(
      true,
    );
    expect(await axeViolations(other)).toEqual([]);
    await other.close();
    await panel.getByRole('tab', { name: 'This report' }).click();
    expect(await noteOf()).toBe(note);
    await panel.reload();
    await expect.poll(noteOf, SLOW).toBe(note);
    expect(await panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (1)');
    // Leave the store as the later tests expect it: no drafts.
    await panel.locator(`#clip-card-${id}`).getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => storedRows(panel, 'drafts'), SLOW).toEqual([]);
    await panel.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { panel } = await openReportAndPanel();
    await panel.getByRole('tab', { name: 'This report' }).focus();
    await panel.keyboard.press('ArrowRight');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Compare');
    await panel.keyboard.press('ArrowLeft');
    // Tab from the tabs reaches Save, then the judgements, then the recommendations and their Clip buttons.
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await panel.keyboard.press('Tab');
      reached.push(
        (await panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)) ??
          '',
      );
    }
    expect(reached.some((r) => /overall/i.test(r))).toBe(true); // a judgement in the table
    const clip = reached.find(
      (r) => /^Clip recommendation \d+$/.test(r) && r !== 'Clip recommendation 1' && r !== 'Clip recommendation 2',
    );
    expect(clip).toBeDefined();
    while ((await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== clip)
      await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('tab', { name: /My clips/ }).textContent()).toBe('My clips (2)');
  });

  it('follows a PDF open in the viewer, and its clips are painted there', async () => {
    const id = await extensionId(context);
    const viewer = await context.newPage();
    await viewer.goto(
      `chrome-extension://${id}/viewer.html?file=${encodeURIComponent(server.url('80464-dudley_2018-12-10.pdf'))}`,
    );
    await viewer.waitForSelector('.finding-list');
    await viewer.bringToFront();
    const tabId = await frontTabId(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.finding-list', { timeout: 20000 });
    expect(await panel.getByRole('heading', { name: /Recommendations/ }).textContent()).toBe('Recommendations (7)');
    await panel.getByRole('button', { name: 'Clip recommendation 3', exact: true }).click();
    await expect
      .poll(async () => (await readHighlights(viewer))['lens-clip']?.map(squash))
      .toEqual([squash('When children go missing, all are offered and receive a timely return home interview.')]);
  });

  it('keeps showing the report when the store cannot be opened', async () => {
    // Another page holds the database at a newer version, as a newer extension would leave it.
    const holder = await context.newPage();
    await holder.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
    await holder.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const all = indexedDB.open('inspection-lens', 99);
          all.onsuccess = () => resolve();
        }),
    );
    const { panel } = await openReportAndPanel();
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('newer Inspection Lens');
    expect(await panel.locator('.finding-list h2').first().textContent()).toMatch(/Judgements/);
    await panel.locator('.recommendations button.link').first().click(); // moving to findings still works
  });
});
