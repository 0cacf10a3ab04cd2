// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewerToolbar } from '../../components/viewer-toolbar';
import { axeViolations } from './axe';

afterEach(cleanup);

function renderToolbar(over: Partial<Parameters<typeof ViewerToolbar>[0]> = {}) {
  const props = {
    url: 'https://files.ofsted.gov.uk/v1/file/50212345',
    fileName: null,
    page: 2,
    pageCount: 11,
    scale: 1.25,
    matches: 0,
    currentMatch: -1,
    autoOpen: true,
    onOpenFile: vi.fn(),
    onOpenOriginal: vi.fn(),
    onPage: vi.fn(),
    onScale: vi.fn(),
    onFind: vi.fn(),
    onAutoOpen: vi.fn(),
    ...over,
  };
  return { ...render(<ViewerToolbar {...props} />), props };
}

describe('ViewerToolbar', () => {
  it('shows the original address and offers the browser’s own viewer', () => {
    const { getByText, getByRole, props } = renderToolbar();
    expect(getByText('https://files.ofsted.gov.uk/v1/file/50212345')).toBeTruthy();
    fireEvent.click(getByRole('button', { name: 'Open in the browser’s own viewer' }));
    expect(props.onOpenOriginal).toHaveBeenCalled();
  });

  it('moves between pages and zoom steps', () => {
    const { getByRole, props } = renderToolbar();
    fireEvent.click(getByRole('button', { name: 'Next page' }));
    expect(props.onPage).toHaveBeenCalledWith(3);
    fireEvent.click(getByRole('button', { name: 'Zoom in' }));
    expect(props.onScale).toHaveBeenCalledWith(1.5);
  });

  it('finds as you type and says how many matches there are', () => {
    const { getByLabelText, getByText, props } = renderToolbar({ matches: 12, currentMatch: 2 });
    fireEvent.input(getByLabelText('Find in report'), { target: { value: 'care leavers' } });
    expect(props.onFind).toHaveBeenCalledWith('care leavers', 0);
    expect(getByText('3 of 12')).toBeTruthy();
  });

  it('turns automatic opening off', () => {
    const { getByLabelText, props } = renderToolbar();
    fireEvent.click(getByLabelText('Open Ofsted reports here automatically'));
    expect(props.onAutoOpen).toHaveBeenCalledWith(false);
  });

  it('shows no page box, zoom or find while there are no pages (never "Page 1 of 0")', async () => {
    const { container, queryByLabelText } = renderToolbar({ page: 1, pageCount: 0, url: null });
    expect(container.textContent).not.toMatch(/of 0/);
    expect(queryByLabelText('Page number')).toBeNull();
    expect(queryByLabelText('Zoom')).toBeNull();
    expect(queryByLabelText('Find in report')).toBeNull();
    expect(queryByLabelText('Open a PDF…')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says "Page 1 of 1" in words for a one-page PDF (a blank or scanned page), with no page box to fill', async () => {
    const { container, queryByLabelText, queryByRole } = renderToolbar({
      page: 1,
      pageCount: 1,
      url: null,
      fileName: 'blank.pdf',
    });
    expect(container.textContent).toContain('Page 1 of 1');
    expect(queryByLabelText('Page number')).toBeNull();
    expect(queryByRole('button', { name: 'Next page' })).toBeNull();
    expect(queryByLabelText('Zoom')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no accessibility violations', async () => {
    const { container } = renderToolbar();
    expect(await axeViolations(container)).toEqual([]);
  });
});
