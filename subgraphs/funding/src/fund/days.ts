// The day of a step or booking: given, or today (Europe/Amsterdam); never in the future, and never
// before the last booking, so the ledger is written in the order of its days.
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import { badInput } from './access.ts';

export function dayOf(given: string | null | undefined, today: string = todayInNetherlands()): string {
  const on = given ?? today;
  if (on > today) throw badInput(`the day ${on} is in the future (today is ${today})`);
  return on;
}

export function notBeforeLastBooking(on: string, ledger: readonly { bookedOn: string }[]): void {
  const last = ledger.at(-1)?.bookedOn;
  if (last !== undefined && on < last) throw badInput(`the ledger already has bookings up to ${last}; a booking on ${on} would change history`);
}
