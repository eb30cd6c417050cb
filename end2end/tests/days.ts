// Calendar days as the tests need them: Paris today, French public holidays, and the next day
// when meeting rooms are open (a weekday that is not a holiday).

/** Easter Sunday of `year` (Gregorian computus), as a UTC date. */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

export const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Whether `d` is a public holiday in metropolitan France. */
export function isHoliday(d: Date): boolean {
  const year = d.getUTCFullYear();
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
  if (fixed.includes(iso(d).slice(5))) return true;
  const e = easter(year).getTime();
  const day = 86_400_000;
  return [1, 39, 50].some((offset) => iso(new Date(e + offset * day)) === iso(d));
}

/** Today in Paris, as a UTC date at midnight. */
export function parisToday(): Date {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  return new Date(`${text}T00:00:00Z`);
}

/**
 * The first weekday, `ahead` days from today or later, when meeting rooms are open (not a
 * weekend nor a public holiday): "tomorrow" when tomorrow is such a day.
 */
export function openDay(ahead: number): string {
  let d = new Date(parisToday().getTime() + ahead * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || isHoliday(d)) {
    d = new Date(d.getTime() + 86_400_000);
  }
  return iso(d);
}
