import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ImportResult } from '../lib/contract.ts';
import { GraphQLRequestError, isAbortError, persistedDocumentId } from '../lib/graphql.ts';
import { gzipBlob, postGraphQLWithProgress, readFileAsBase64Parts } from '../lib/upload.ts';
import { checkImportFile, importFailureReason, importRequestParts, uploadPercent } from '../transforms/import.ts';

export const IMPORT_UITSTROOMMONITOR_MUTATION = /* GraphQL */ `
  mutation DashboardImportUitstroommonitor($fileName: String!, $contentBase64: String!) {
    importUitstroommonitor(fileName: $fileName, contentBase64: $contentBase64, contentEncoding: GZIP) {
      fileName
      imported
      rowCount
      created
      updated
      unchanged
      errors {
        line
        column
        reason
      }
    }
  }
`;

export interface ImportData {
  importUitstroommonitor: ImportResult;
}

/** Where one import is: checked in the browser, read, sent, then the server's answer. */
export type ImportState =
  | { status: 'idle' }
  /** Refused before sending (no file, wrong extension, too large); `message` says why. */
  | { status: 'invalid'; message: string }
  | { status: 'reading'; fileName: string }
  /** percent is null while the browser does not know the size. */
  | { status: 'sending'; fileName: string; percent: number | null }
  | { status: 'processing'; fileName: string }
  | { status: 'imported'; result: ImportResult }
  | { status: 'refused'; result: ImportResult }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'cancelled'; fileName: string };

export type ImportAction =
  | { type: 'reset' }
  | { type: 'invalid'; message: string }
  | { type: 'reading'; fileName: string }
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'sent' }
  | { type: 'answered'; result: ImportResult }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' };

export const IDLE: ImportState = { status: 'idle' };

/** The import's state machine. Progress only counts while sending; a late event cannot undo an answer. */
export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'reset':
      return IDLE;
    case 'invalid':
      return { status: 'invalid', message: action.message };
    case 'reading':
      return { status: 'reading', fileName: action.fileName };
    case 'progress':
      if (state.status !== 'reading' && state.status !== 'sending') return state;
      return { status: 'sending', fileName: state.fileName, percent: uploadPercent(action.loaded, action.total) };
    case 'sent':
      return isSending(state) ? { status: 'processing', fileName: state.fileName } : state;
    case 'answered':
      return { status: action.result.imported ? 'imported' : 'refused', result: action.result };
    case 'failed':
      return isBusy(state) ? { status: 'failed', fileName: state.fileName, message: action.message } : state;
    case 'cancelled':
      return isBusy(state) ? { status: 'cancelled', fileName: state.fileName } : state;
  }
}

type BusyState = Extract<ImportState, { status: 'reading' | 'sending' | 'processing' }>;

export function isBusy(state: ImportState): state is BusyState {
  return state.status === 'reading' || state.status === 'sending' || state.status === 'processing';
}

/** Reading or sending: until the last byte is sent, cancelling leaves the database untouched. */
export function isCancellable(state: ImportState): boolean {
  return isSending(state);
}

function isSending(state: ImportState): state is Extract<ImportState, { status: 'reading' | 'sending' }> {
  return state.status === 'reading' || state.status === 'sending';
}

export interface ImportController {
  state: ImportState;
  /** Checks the file, then reads and sends it; a running import is abandoned first. */
  start: (file: File | null) => void;
  /** Stops reading or sending. */
  cancel: () => void;
  reset: () => void;
}

/** Imports one uitstroommonitor file through the gateway, with upload progress. */
export function useImportUitstroommonitor(): ImportController {
  const [state, dispatch] = useReducer(importReducer, IDLE);
  const running = useRef<AbortController | null>(null);
  // Leaving the page abandons a running import.
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback((file: File | null) => {
    running.current?.abort();
    const problem = checkImportFile(file);
    if (problem !== null || file === null) {
      dispatch({ type: 'invalid', message: problem ?? '' });
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    // An abandoned import may still get events; only the current one moves the state.
    void runImport(file, controller.signal, (action) => {
      if (!controller.signal.aborted) dispatch(action);
    });
  }, []);

  const cancel = useCallback(() => {
    running.current?.abort();
    dispatch({ type: 'cancelled' });
  }, []);

  const reset = useCallback(() => {
    running.current?.abort();
    dispatch({ type: 'reset' });
  }, []);

  return { state, start, cancel, reset };
}

async function runImport(file: File, signal: AbortSignal, dispatch: (action: ImportAction) => void): Promise<void> {
  dispatch({ type: 'reading', fileName: file.name });
  try {
    // gzip first: a 40 MB sheet then fits well under the gateway's 25 MB request limit, and uploads faster.
    const parts = await readFileAsBase64Parts(await gzipBlob(file), signal);
    const body = new Blob(importRequestParts(persistedDocumentId(IMPORT_UITSTROOMMONITOR_MUTATION), file.name, parts), {
      type: 'application/json',
    });
    dispatch({ type: 'progress', loaded: 0, total: body.size });
    const data = await postGraphQLWithProgress<ImportData>(body, {
      signal,
      onUploadProgress: (loaded, total) => dispatch({ type: 'progress', loaded, total }),
      onUploadComplete: () => dispatch({ type: 'sent' }),
    });
    dispatch({ type: 'answered', result: data.importUitstroommonitor });
  } catch (error) {
    if (signal.aborted || isAbortError(error)) return;
    dispatch({ type: 'failed', message: failureReason(error) });
  }
}

function failureReason(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const codes = error.graphQLErrors.map((payload) => payload.extensions?.code);
    return importFailureReason({ message: error.message, status: error.status, codes });
  }
  return error instanceof Error ? error.message : String(error);
}
