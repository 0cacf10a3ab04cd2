import type { ComponentProps } from 'preact';
import { vi } from 'vitest';
import { ClipsView } from '../../components/clips-view';
import { makeReport } from '../unit/storage/fixtures';

type ClipsViewProps = ComponentProps<typeof ClipsView>;

/** "My clips" as the panel draws it over one saved report (`fingerprint-1`), with no drafts, nothing deleted and
 * spy handlers; `props` gives the clips and overrides any of the rest. */
export const clipsViewElement = (props: Pick<ClipsViewProps, 'clips'> & Partial<ClipsViewProps>) => (
  <ClipsView
    reports={new Map([['fingerprint-1', makeReport()]])}
    drafts={new Map()}
    onDraft={vi.fn()}
    onSave={vi.fn()}
    onDelete={vi.fn()}
    onOpen={vi.fn()}
    deleted={null}
    onUndo={vi.fn()}
    {...props}
  />
);
