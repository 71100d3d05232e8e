// Splits a plain-SQL pg_dump file into its statements, the way psql reads it: a statement ends at a
// semicolon outside quotes, comments, parentheses and a BEGIN ATOMIC body; `COPY … FROM stdin;` is
// followed by its data up to a line `\.`; a line starting with a backslash is a psql meta-command.
// The restore runs the statements one by one in one transaction, so it must find exactly psql's
// boundaries: a semicolon inside a function body or a string is not one.

export type ScriptItem =
  | { kind: 'sql'; text: string; line: number }
  | { kind: 'copy'; text: string; data: string; line: number }
  | { kind: 'meta'; text: string; line: number };

export class ScriptSyntaxError extends Error {}

const COPY_FROM_STDIN = /^COPY\s[\s\S]*\sFROM\s+stdin\b/i;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/;

/** Splits the whole script; throws ScriptSyntaxError for an unterminated statement, string or COPY block. */
export function splitScript(script: string): ScriptItem[] {
  const scanner = new Scanner(script);
  const items: ScriptItem[] = [];
  for (;;) {
    scanner.skipBlankAndComments();
    if (scanner.atEnd()) return items;
    const line = scanner.line;
    if (scanner.peek() === '\\') {
      items.push({ kind: 'meta', text: scanner.restOfLine().trim(), line });
      continue;
    }
    const text = scanner.statement(line);
    if (COPY_FROM_STDIN.test(text)) {
      items.push({ kind: 'copy', text, data: scanner.copyData(line), line });
    } else {
      items.push({ kind: 'sql', text, line });
    }
  }
}

class Scanner {
  private readonly source: string;
  private position = 0;
  line = 1;

  constructor(source: string) {
    this.source = source;
  }

  atEnd(): boolean {
    return this.position >= this.source.length;
  }

  peek(offset = 0): string {
    return this.source[this.position + offset] ?? '';
  }

  private advance(count = 1): void {
    for (let i = 0; i < count && this.position < this.source.length; i++) {
      if (this.source[this.position] === '\n') this.line++;
      this.position++;
    }
  }

  skipBlankAndComments(): void {
    while (!this.atEnd()) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') this.advance();
      else if (c === '-' && this.peek(1) === '-') this.restOfLine();
      else return;
    }
  }

  restOfLine(): string {
    const end = this.source.indexOf('\n', this.position);
    const stop = end === -1 ? this.source.length : end + 1;
    const text = this.source.slice(this.position, stop);
    this.advance(stop - this.position);
    return text;
  }

  /** Reads up to the terminating semicolon (consumed, not returned). */
  statement(line: number): string {
    const start = this.position;
    let parens = 0;
    const atomic = new AtomicDepth();
    while (!this.atEnd()) {
      const c = this.peek();
      if (c === ';' && parens === 0 && atomic.depth === 0) {
        const text = this.source.slice(start, this.position);
        this.advance();
        return text.trim();
      }
      if (c === "'") this.quoted("'", isEscapeString(this.source, this.position));
      else if (c === '"') this.quoted('"', false);
      else if (c === '-' && this.peek(1) === '-') this.restOfLine();
      else if (c === '/' && this.peek(1) === '*') this.blockComment();
      else if (c === '$' && this.dollarQuoted()) continue;
      else if (/[A-Za-z_]/.test(c) && !isWordChar(this.source[this.position - 1])) atomic.word(this.word(), parens);
      else {
        if (c === '(') parens++;
        else if (c === ')') parens--;
        this.advance();
      }
    }
    throw new ScriptSyntaxError(`the file ends in the middle of the statement that starts on line ${line}`);
  }

  /** The data lines of a COPY block, each ending in a newline, up to the line `\.` (consumed). */
  copyData(line: number): string {
    this.restOfLine();
    const start = this.position;
    for (;;) {
      if (this.atEnd()) throw new ScriptSyntaxError(`the COPY data that starts on line ${line} has no closing line \\.`);
      const lineStart = this.position;
      const text = this.restOfLine();
      if (text === '\\.\n' || text === '\\.' || text === '\\.\r\n') return this.source.slice(start, lineStart);
    }
  }

  private word(): string {
    const match = /^[A-Za-z_][\w$]*/.exec(this.source.slice(this.position, this.position + 64));
    const word = match?.[0] ?? this.peek();
    this.advance(word.length);
    return word;
  }

  private quoted(quote: string, backslashEscapes: boolean): void {
    const line = this.line;
    this.advance();
    while (!this.atEnd()) {
      const c = this.peek();
      if (backslashEscapes && c === '\\') this.advance(2);
      else if (c === quote && this.peek(1) === quote) this.advance(2);
      else if (c === quote) return this.advance();
      else this.advance();
    }
    throw new ScriptSyntaxError(`the file ends inside a quoted string that starts on line ${line}`);
  }

  private blockComment(): void {
    let depth = 0;
    while (!this.atEnd()) {
      if (this.peek() === '/' && this.peek(1) === '*') {
        depth++;
        this.advance(2);
      } else if (this.peek() === '*' && this.peek(1) === '/') {
        depth--;
        this.advance(2);
        if (depth === 0) return;
      } else this.advance();
    }
  }

  /** A $tag$ … $tag$ string: true when one was read; a lone $ (as in $1) is not one. */
  private dollarQuoted(): boolean {
    if (isWordChar(this.source[this.position - 1])) return false;
    const tag = DOLLAR_TAG.exec(this.source.slice(this.position, this.position + 66))?.[0];
    if (!tag) return false;
    const line = this.line;
    const end = this.source.indexOf(tag, this.position + tag.length);
    if (end === -1) throw new ScriptSyntaxError(`the file ends inside a $-quoted body that starts on line ${line}`);
    this.advance(end + tag.length - this.position);
    return true;
  }
}

/**
 * psql's rule for SQL-standard function bodies: in CREATE FUNCTION/PROCEDURE, BEGIN (ATOMIC) opens a
 * block that CASE … END nests in and END closes; semicolons inside do not end the statement.
 */
class AtomicDepth {
  depth = 0;
  private words: string[] = [];

  word(word: string, parens: number): void {
    const w = word.toLowerCase();
    if (this.words.length < 4) this.words.push(w);
    if (!this.isRoutine() || parens !== 0) return;
    if (w === 'begin' || (w === 'case' && this.depth > 0)) this.depth++;
    else if (w === 'end' && this.depth > 0) this.depth--;
  }

  private isRoutine(): boolean {
    const [first, second, third, fourth] = this.words;
    if (first !== 'create') return false;
    const kind = second === 'or' && third === 'replace' ? fourth : second;
    return kind === 'function' || kind === 'procedure';
  }
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\w$\u0080-\uffff]/.test(c);
}

/** E'…' (or e'…') takes backslash escapes; a plain string does with standard_conforming_strings on. */
function isEscapeString(source: string, quoteAt: number): boolean {
  const before = source[quoteAt - 1];
  return (before === 'E' || before === 'e') && !isWordChar(source[quoteAt - 2]);
}
