/**
 * A database id from the address or a form field, read one way everywhere (the console's
 * routes through web/path-ids.ts, and the services that take a form's fields): a positive
 * whole number of at most 16 digits, else undefined — so "/kelompok/abc", "/pinjaman/0" or
 * "/peluang/1e3" answer a plain 404 and never reach a service as NaN or 0.
 */
export function idOf(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^[1-9]\d{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
