import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../lib/contract.ts';
import { IDLE, importReducer, isBusy, isCancellable, type ImportAction, type ImportState } from './useImportUitstroommonitor.ts';

const answer = (imported: boolean): ImportResult => ({
  fileName: 'a.csv',
  imported,
  rowCount: 2,
  created: imported ? 2 : 0,
  updated: 0,
  unchanged: 0,
  errors: imported ? [] : [{ line: 2, column: 'doelgroep', reason: 'onbekende doelgroep "XX"' }],
});

const reading: ImportState = { status: 'reading', fileName: 'a.csv' };
const sending: ImportState = { status: 'sending', fileName: 'a.csv', percent: 45 };
const processing: ImportState = { status: 'processing', fileName: 'a.csv' };
const imported: ImportState = { status: 'imported', result: answer(true) };

describe('importReducer', () => {
  it.each<{ name: string; from: ImportState; action: ImportAction; to: ImportState }>([
    { name: 'a new file is read', from: IDLE, action: { type: 'reading', fileName: 'a.csv' }, to: reading },
    { name: 'a check fails', from: imported, action: { type: 'invalid', message: 'Kies eerst een bestand.' }, to: { status: 'invalid', message: 'Kies eerst een bestand.' } },
    { name: 'sending starts', from: reading, action: { type: 'progress', loaded: 0, total: 200 }, to: { status: 'sending', fileName: 'a.csv', percent: 0 } },
    { name: 'progress of unknown size', from: sending, action: { type: 'progress', loaded: 10, total: null }, to: { status: 'sending', fileName: 'a.csv', percent: null } },
    { name: 'all sent', from: sending, action: { type: 'sent' }, to: processing },
    { name: 'a late progress event after sending', from: processing, action: { type: 'progress', loaded: 200, total: 200 }, to: processing },
    { name: 'imported', from: processing, action: { type: 'answered', result: answer(true) }, to: imported },
    { name: 'refused', from: processing, action: { type: 'answered', result: answer(false) }, to: { status: 'refused', result: answer(false) } },
    { name: 'a network error', from: sending, action: { type: 'failed', message: 'weg' }, to: { status: 'failed', fileName: 'a.csv', message: 'weg' } },
    { name: 'a failure after the answer', from: imported, action: { type: 'failed', message: 'weg' }, to: imported },
    { name: 'cancelled while sending', from: sending, action: { type: 'cancelled' }, to: { status: 'cancelled', fileName: 'a.csv' } },
    { name: 'cancel with nothing running', from: IDLE, action: { type: 'cancelled' }, to: IDLE },
    { name: 'reset', from: imported, action: { type: 'reset' }, to: IDLE },
  ])('$name', ({ from, action, to }) => {
    expect(importReducer(from, action)).toEqual(to);
  });
});

describe('busy and cancellable', () => {
  it.each([
    { state: IDLE, busy: false, cancellable: false },
    { state: reading, busy: true, cancellable: true },
    { state: sending, busy: true, cancellable: true },
    // Once every byte is sent the server may already be writing: no cancelling any more.
    { state: processing, busy: true, cancellable: false },
    { state: imported, busy: false, cancellable: false },
  ])('$state.status', ({ state, busy, cancellable }) => {
    expect(isBusy(state)).toBe(busy);
    expect(isCancellable(state)).toBe(cancellable);
  });
});
