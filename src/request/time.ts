// Exact times for a support request. Logs use numeric, zero-padded timestamps, so the request
// does too: "2026-11-25 05:35", never "11/25" or a month name that depends on the reader.

export interface ZonedTime {
  /** "2026-11-25 05:35" on the wall clock of the zone. */
  time: string;
  /** "UTC-05:00", "UTC+10:00", "UTC+00:00". */
  offset: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time and UTC offset of `when` in `timeZone`; throws RangeError for an unknown zone. */
export function zonedTime(when: Date, timeZone: string): ZonedTime {
  const parts = Object.fromEntries(formatIn(timeZone).formatToParts(when).map((p) => [p.type, p.value]));
  const offset = /^GMT([+-]\d\d:\d\d)$/.exec(parts.timeZoneName ?? '')?.[1] ?? '+00:00';
  return {
    time: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`,
    offset: `UTC${offset}`,
  };
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatIn(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone Russian hosts keep their logs and their support rota in. */
export const MOSCOW = 'Europe/Moscow';
