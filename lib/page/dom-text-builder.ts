// The text model's builder: text nodes and block breaks in, one string and its map to the text
// nodes out (see dom-text.ts for the walk that feeds it).

export interface DomSegment {
  start: number;
  node: Text;
}

export interface DomTextModel {
  text: string;
  /** text nodes in order, each with the offset its text starts at */
  segments: DomSegment[];
}

/** Does `text` end in white space? Its last character alone: a regular expression anchored at the
 * end would try every position of the page's text so far, once per white-space node. */
const endsInSpace = (text: string) => text !== '' && /\s/.test(text[text.length - 1]!);

/** Joins text nodes and the breaks between blocks into the model's text. */
export class Builder {
  text = '';
  segments: DomSegment[] = [];
  private pendingBreak = '';
  /** "• " before the first text of a list item, so lists read as lists */
  pendingPrefix = '';

  breakAt(kind: '\n' | '\n\n' | '\t'): void {
    if (this.text === '') return;
    if (kind === '\t') this.pendingBreak = this.pendingBreak.includes('\n') ? this.pendingBreak : '\t';
    else if (kind.length > this.pendingBreak.length || this.pendingBreak === '\t') this.pendingBreak = kind;
  }

  addText(node: Text): void {
    const value = node.data;
    if (value.trim() === '') {
      if (value.length > 0 && this.pendingBreak === '' && !endsInSpace(this.text)) this.synthetic(' ');
      return;
    }
    if (this.pendingBreak) {
      this.synthetic(this.pendingBreak);
      this.pendingBreak = '';
    }
    if (this.pendingPrefix) {
      if (!/^\s*[-•◼▪■●*·–]/.test(value)) this.synthetic(this.pendingPrefix);
      this.pendingPrefix = '';
    }
    this.segments.push({ start: this.text.length, node });
    this.text += value.replace(/[\t\n\r\f]/g, ' ');
  }

  synthetic(s: string): void {
    this.text += s;
  }
}
