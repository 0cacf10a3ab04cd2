// The provider-page banner: "Inspection Lens: 9 reports for Dudley listed here — Add to your
// history…", a choice of kinds, then the queue's progress. Closed shadow root like the finding
// card; all text is set with textContent.
import { PUBLICATION_KINDS, reportCount, type PublicationKind } from '../ofsted/publications';
import type { ProviderPage } from './provider-page';
import { BANNER_CSS, el } from './banner-dom';

export const BANNER_TAG = 'inspection-lens-banner';

export interface HistoryBanner {
  /** the page's list, and which of its files are already saved */
  show(page: ProviderPage, saved: ReadonlySet<string>): void;
  /** the queue's progress; lines are the finished files' messages */
  progress(done: number, total: number, lines: Array<{ ok: boolean; text: string }>): void;
  isOwnNode(node: Node | null): boolean;
  destroy(): void;
}

const KIND_LABELS: Record<PublicationKind, string> = {
  inspection: 'Inspections',
  'focused visit': 'Focused visits',
  'monitoring visit': 'Monitoring visits',
  'joint inspection': 'Joint inspections',
  'area SEND': 'Area SEND',
  other: 'Other publications',
};

/** Creates the banner; `onAdd` gets the chosen kinds, `onCancel` stops the queue. */
export function createHistoryBanner(
  doc: Document,
  onAdd: (kinds: PublicationKind[]) => void,
  onCancel: () => void,
): HistoryBanner {
  const host = doc.createElement(BANNER_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = el(doc, 'section', { class: 'banner', 'aria-label': 'Inspection Lens: earlier reports' });
  const headline = el(doc, 'p', { class: 'headline' });
  const body = el(doc, 'div');
  const status = el(doc, 'div', { role: 'status', 'aria-live': 'polite' });
  const close = el(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close the Inspection Lens banner' }, '×');
  close.addEventListener('click', () => (box.hidden = true));
  box.append(close, headline, body, status);
  const style = el(doc, 'style');
  style.textContent = BANNER_CSS;
  shadow.append(style, box);

  function chooser(page: ProviderPage, saved: ReadonlySet<string>): HTMLElement {
    const form = el(doc, 'form');
    const fieldset = el(doc, 'fieldset');
    fieldset.append(el(doc, 'legend', {}, 'Which kinds?'));
    for (const kind of PUBLICATION_KINDS) {
      const of = page.publications.filter((p) => p.kind === kind);
      if (of.length === 0) continue;
      const box = el(doc, 'input', { type: 'checkbox', name: 'kind', value: kind }) as HTMLInputElement;
      box.checked = kind !== 'other';
      const already = of.filter((p) => saved.has(p.fileUrl)).length;
      const label = el(doc, 'label', {}, ` ${KIND_LABELS[kind]} (${of.length}${already ? `, ${already} saved` : ''})`);
      label.prepend(box);
      fieldset.append(label);
    }
    const add = el(doc, 'button', { type: 'submit' }, 'Add the chosen reports');
    form.append(fieldset, add);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const kinds = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]:checked')].map(
        (i) => i.value as PublicationKind,
      );
      if (kinds.length > 0) onAdd(kinds);
    });
    return form;
  }

  return {
    show(page, saved) {
      if (!host.isConnected) doc.documentElement.append(host);
      const n = page.publications.length;
      if (page.layout === 'unrecognised') {
        headline.textContent = `Inspection Lens: this page’s layout is not recognised, so the reports for ${page.authority} could not be listed.`;
        body.replaceChildren();
        return;
      }
      const already = page.publications.filter((p) => saved.has(p.fileUrl)).length;
      headline.textContent = `Inspection Lens: ${reportCount(n)} for ${page.authority} listed here${already ? ` (${already} already saved)` : ''} — `;
      const open = el(doc, 'button', { type: 'button', 'aria-expanded': 'false' }, 'Add to your history…');
      const form = chooser(page, saved);
      form.hidden = true;
      open.addEventListener('click', () => {
        form.hidden = !form.hidden;
        open.setAttribute('aria-expanded', String(!form.hidden));
        if (!form.hidden) form.querySelector('input')?.focus();
      });
      headline.append(open);
      body.replaceChildren(form);
    },
    progress(done, total, lines) {
      const bar = el(doc, 'progress', { max: String(total), value: String(done), 'aria-label': 'Reports fetched' });
      const line = el(doc, 'p', { class: 'count' }, `${done} of ${total}`);
      const list = el(doc, 'ul');
      for (const l of lines) list.append(el(doc, 'li', { class: l.ok ? 'ok' : 'error' }, `${l.ok ? '✓' : '✗'} ${l.text}`));
      const parts: HTMLElement[] = [line, bar, list];
      if (done < total) {
        const cancel = el(doc, 'button', { type: 'button' }, 'Cancel');
        cancel.addEventListener('click', onCancel);
        parts.splice(2, 0, cancel);
      }
      status.replaceChildren(...parts);
    },
    isOwnNode: (node) => !!node && (node === host || host.contains(node)),
    destroy: () => host.remove(),
  };
}
