// The viewer's "open Ofsted files here" setting: read from storage once, written on every change.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AUTO_OPEN_KEY, readAutoOpen } from '../../lib/viewer/settings';

/** [on, set]: whether Ofsted's report files open in the viewer by themselves (on until read). */
export function useAutoOpen(): [boolean, (on: boolean) => void] {
  const [autoOpen, setAutoOpen] = useState(true);
  useEffect(() => void readAutoOpen().then(setAutoOpen), []);
  const set = (on: boolean) => {
    setAutoOpen(on);
    void browser.storage.local.set({ [AUTO_OPEN_KEY]: on });
  };
  return [autoOpen, set];
}
