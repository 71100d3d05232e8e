// "Download PDF": the dashboard server prints the report as the signed-in user, so the request
// carries the bearer token (a plain link could not). Printing takes seconds: the button says so,
// and a refusal is shown in the server's own Dutch words.
import { useState } from 'react';
import { authorizationHeader } from '../lib/session.ts';
import { Button } from './utrecht/index.ts';

export function PdfDownload({ href, fallbackName = 'rapport.pdf' }: { href: string; fallbackName?: string }) {
  const [state, setState] = useState<{ busy: boolean; problem: string | null }>({ busy: false, problem: null });

  async function download() {
    setState({ busy: true, problem: null });
    try {
      const response = await fetch(href, { headers: authorizationHeader() });
      if (!response.ok) throw new Error((await response.text()).trim() || `De server antwoordde met HTTP ${response.status}.`);
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
      const url = URL.createObjectURL(await response.blob());
      const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ busy: false, problem: null });
    } catch (error) {
      setState({ busy: false, problem: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <Button type="button" onClick={() => void download()} disabled={state.busy} aria-busy={state.busy}>
        {state.busy ? 'PDF wordt gemaakt…' : 'Download PDF'}
      </Button>
      {state.problem && (
        <span role="alert" className="app-pdf-problem">
          {state.problem}
        </span>
      )}
    </>
  );
}
