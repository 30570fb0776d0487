/** An ISO day written out in a language ("27 novembre 2026"); anything that is not an ISO day is kept as it is. */
export function intlDay(locale: string): (iso: string) => string {
  // Made on first use: each format loads locale data, which a process that never writes that language skips.
  let format: Intl.DateTimeFormat | undefined;
  return (iso) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
    format ??= new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return format.format(new Date(`${iso}T00:00:00Z`));
  };
}
