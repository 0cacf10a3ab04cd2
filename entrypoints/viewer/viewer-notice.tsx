// The viewer's one message when a PDF cannot be shown (or shows no text), with the next step it offers.
import type { SourceProblem } from './load-source';

interface Props {
  /** the plain-English message */
  message: string;
  /** why the source could not be read, when it could not; null for a message about the PDF itself */
  problem: SourceProblem | null;
  /** the session's phase, kept on the element for tests and styles when there is no source problem */
  phase?: string;
  /** the address asked for, if any: offered for opening in the browser instead */
  url: string | null;
  onAllow: () => void;
  onRetry: () => void;
}

/** An alert with the message and, by problem: Allow (a site's permission, saying why it is asked
 * once), Try again (a network failure), and the address to open in the browser instead. */
export function ViewerNotice({ message, problem, phase, url, onAllow, onRetry }: Props) {
  return (
    <div class="notice" role="alert" data-problem={problem ?? phase}>
      <p>{message}</p>
      {problem === 'permission' ? (
        <>
          <p class="permission-why">
            Your browser asks once for each site. Inspection Lens then reads only the PDFs you open from it, on this computer, and
            sends nothing anywhere. The browser remembers your answer; you can take it back in the add-on’s permissions.
          </p>
          <button type="button" onClick={onAllow}>
            Allow
          </button>
        </>
      ) : null}
      {problem === 'network' ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
      {url && problem ? <a href={url}>Open the address in the browser instead</a> : null}
    </div>
  );
}
