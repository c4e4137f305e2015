/** ms.date values: the Learn format (MM/DD/YYYY, M/D/YYYY accepted), read as 00:00 UTC. */

/** A calendar day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type MsDateReading =
  | { ok: true; date: CalendarDate }
  /** `fix` is the same day in MM/DD/YYYY, when the writer's intent is unambiguous. */
  | { ok: false; reason: 'format'; fix?: string }
  | { ok: false; reason: 'impossible' };

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Year first (ISO `2020-04-15`, or `2020/04/15`): only one reading, so it can be fixed. */
const YEAR_FIRST = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** MM/DD/YYYY. */
export function formatMsDate({ year, month, day }: CalendarDate): string {
  return `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}

/** Read an ms.date value as written (quotes removed). */
export function readMsDate(text: string): MsDateReading {
  const us = US.exec(text);
  if (us) {
    const date = { month: Number(us[1]), day: Number(us[2]), year: Number(us[3]) };
    return isRealDate(date) ? { ok: true, date } : { ok: false, reason: 'impossible' };
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const date = { year: Number(yearFirst[1]), month: Number(yearFirst[3]), day: Number(yearFirst[4]) };
    return isRealDate(date)
      ? { ok: false, reason: 'format', fix: formatMsDate(date) }
      : { ok: false, reason: 'format' };
  }
  return { ok: false, reason: 'format' };
}

/** "Today" of the run (`settings.now`, YYYY-MM-DD, maybe a full ISO time) as a calendar day. */
export function todayOf(now: string): CalendarDate {
  const [year, month, day] = now.slice(0, 10).split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
  );
}

/** YYYY-MM-DD, for messages. */
export const isoDate = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
