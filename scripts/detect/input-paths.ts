// The files a batch `detect` reads: every PATH given, and every readable document inside a
// folder (recursively), in a stable order so two runs over the same folder print the same lines.
import fs from 'node:fs/promises';
import path from 'node:path';

const DOCUMENT = /\.(?:pdf|html?|txt)$/i;

/** The files for `paths`: a file stays as given (any extension, so a wrong one is refused with its
 * reason); a folder gives its `.pdf`, `.html`, `.htm` and `.txt` files, sorted by path, hidden
 * entries skipped. A path that does not exist is kept, so the run refuses it in its place. */
export async function inputFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) out.push(...(await folderFiles(p)));
    else out.push(p);
  }
  return out;
}

async function folderFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && DOCUMENT.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter(
      (f) =>
        !path
          .relative(dir, f)
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    )
    .sort();
}
