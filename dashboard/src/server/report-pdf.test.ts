import { describe, expect, it } from 'vitest';
import { ReportPdfError, printViewUrl, requestedEvaluation, requesterToken } from './report-pdf.ts';
import { sharedBrowser } from './shared-browser.ts';

const ID = '0b7c5f5e-1d2a-4c3b-9e8f-001122334455';

describe('report PDF request', () => {
  it('opens the print view of the evaluation asked for', () => {
    expect(requestedEvaluation(`/rapport.pdf?evaluatie=${ID}`)).toBe(ID);
    expect(printViewUrl('http://127.0.0.1:5173/', ID)).toBe(`http://127.0.0.1:5173/?pagina=evaluaties&evaluatie=${ID}&afdruk=1`);
  });

  it.each(['/rapport.pdf', '/rapport.pdf?evaluatie=', '/rapport.pdf?evaluatie=http://elders.example/'])('refuses %s with a 400 that says what to send', (url) => {
    expect(() => requestedEvaluation(url)).toThrow(ReportPdfError);
    try {
      requestedEvaluation(url);
    } catch (error) {
      expect((error as ReportPdfError).status).toBe(400);
      expect((error as Error).message).toMatch(/^Geef de evaluatie op als \/rapport\.pdf\?evaluatie=<id>/);
    }
  });

  it('answers 503 in Dutch when there is no Chromium, and tries again on the next request', async () => {
    const browsers = sharedBrowser('/nergens/chromium');
    for (let i = 0; i < 2; i += 1) {
      await expect(browsers.use()).rejects.toMatchObject({
        status: 503,
        message: expect.stringMatching(/^De PDF kan nu niet worden gemaakt: de server heeft geen Chromium/),
      });
      browsers.done();
    }
    await browsers.close();
  });

  it.each([undefined, '', 'Basic dXNlcg==', 'Bearer '])('refuses a request without a bearer token (%s) with 401 in Dutch', (header) => {
    expect(() => requesterToken(header)).toThrow(expect.objectContaining({ status: 401, message: 'Meld u aan in het dashboard om de PDF te maken.' }));
  });

  it('takes the requester\'s bearer token', () => {
    expect(requesterToken('Bearer eyJ.abc.def')).toBe('eyJ.abc.def');
  });
});
